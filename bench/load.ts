/** The load test: many clients against one or more supplygraph processes for a while, errors and each server's memory. */
import { failed, postGraphQL } from './http.js';
import type { Operation } from './ops.js';
import type { MemorySample, ServerProcess } from './servers.js';
import { distribution, slope } from './stats.js';

type Sample = { t: number } & MemorySample;
const mb = (b: number) => Math.round((b / 1024 / 1024) * 10) / 10;

/**
 * Client i talks to server i mod n, so with several processes (as behind a load balancer) each gets an
 * equal share of the clients; every request is checked for errors. A request refused by the bound on
 * the queue (503 SERVER_BUSY) is counted apart, not as an error: the client waits the Retry-After it
 * was given, as a well-behaved client does, and the latencies are those of the requests served.
 */
export async function loadTest(servers: ServerProcess[], ops: Operation[], clients: number, seconds: number) {
  const samples = servers.map((): Sample[] => []);
  const start = await Promise.all(servers.map((s) => s.memory(true)));
  const began = performance.now();
  const sampler = setInterval(() => {
    servers.forEach((server, k) => void server.memory().then((m) => samples[k]!.push({ t: (performance.now() - began) / 1000, ...m }), () => {}));
  }, 1_000);
  const ms: number[] = [];
  const perServer = servers.map(() => ({ requests: 0, errors: 0 }));
  let errors = 0;
  let refused = 0;
  let firstError: string | undefined;
  let next = 0;
  const deadline = began + seconds * 1000;
  try {
    await Promise.all(
      Array.from({ length: clients }, async (_, client) => {
        const k = client % servers.length;
        while (performance.now() < deadline) {
          const n = next++;
          const op = ops[n % ops.length]!;
          perServer[k]!.requests++;
          try {
            const r = await postGraphQL(servers[k]!.url, op.supplygraph, op.variables[Math.floor(n / ops.length) % op.variables.length]!);
            const busy = r.status === 503 && r.body?.errors?.[0]?.extensions?.code === 'SERVER_BUSY';
            if (busy) {
              refused++;
              const seconds = Number(r.body?.errors?.[0]?.extensions?.retryAfterSeconds ?? 1);
              await new Promise((resolve) => setTimeout(resolve, Math.min(seconds * 1000, Math.max(0, deadline - performance.now()))));
              continue;
            }
            ms.push(r.ms);
            if (failed(r)) {
              errors++;
              perServer[k]!.errors++;
              firstError ??= `${r.status} ${JSON.stringify(r.body?.errors?.[0] ?? r.body).slice(0, 300)}`;
            }
          } catch (error) {
            errors++;
            perServer[k]!.errors++;
            firstError ??= String(error);
          }
        }
      }),
    );
  } finally {
    clearInterval(sampler);
  }
  const elapsed = (performance.now() - began) / 1000;
  const end = await Promise.all(servers.map((s) => s.memory(true)));
  return {
    clients,
    processes: servers.length,
    seconds: Math.round(elapsed * 10) / 10,
    requests: ms.length,
    errors,
    /** Answered 503 SERVER_BUSY at once (the bound on the queue), not counted in `requests`. */
    refused,
    ...(firstError ? { firstError } : {}),
    throughput: Math.round((ms.length / elapsed) * 10) / 10,
    latency: distribution(ms),
    perServer: perServer.map((p, k) => ({ url: servers[k]!.url, ...p })),
    /** The first server's memory (each server's in memoryMbByServer). */
    memoryMb: memory(start[0]!, end[0]!, samples[0]!, elapsed),
    memoryMbByServer: servers.map((_, k) => memory(start[k]!, end[k]!, samples[k]!, elapsed)),
  };
}

function memory(start: MemorySample, end: MemorySample, samples: Sample[], elapsed: number) {
  const half = samples.filter((s) => s.t >= elapsed / 2);
  return {
    samples: samples.length,
    rss: { start: mb(start.rss), end: mb(end.rss), max: mb(Math.max(start.rss, end.rss, ...samples.map((s) => s.rss))) },
    heapUsed: { start: mb(start.heapUsed), end: mb(end.heapUsed), max: mb(Math.max(start.heapUsed, end.heapUsed, ...samples.map((s) => s.heapUsed))) },
    /**
     * Start and end are taken after a forced GC, so end − start is what the run left behind. The heap
     * between GCs is a sawtooth, so its trend is the slope of the per-5-second minimums (the floor after
     * each collection); RSS is smoother and is fitted over the second half. MB per minute.
     */
    heapRetainedAfterGc: mb(end.heapUsed - start.heapUsed),
    // Trends need time: under 30 s there are too few points to tell growth from a GC cycle.
    heapFloorSlopeMbPerMin: elapsed >= 30 ? Math.round(slope(...floors(samples)) * 60 * 10) / 10 : null,
    rssSlopeSecondHalfMbPerMin: elapsed >= 30 ? Math.round(slope(half.map((s) => s.t), half.map((s) => mb(s.rss))) * 60 * 10) / 10 : null,
    series: samples.map((s) => ({ t: Math.round(s.t), rss: mb(s.rss), heapUsed: mb(s.heapUsed) })),
  };
}

/** Minimum heapUsed (MB) per 5-second window: the heap's floor after each collection. */
function floors(samples: ({ t: number } & MemorySample)[]): [number[], number[]] {
  const windows = new Map<number, { t: number; heap: number }>();
  for (const s of samples) {
    const w = Math.floor(s.t / 5);
    const heap = s.heapUsed / 1024 / 1024;
    const current = windows.get(w);
    if (!current || heap < current.heap) windows.set(w, { t: s.t, heap });
  }
  const points = [...windows.values()];
  return [points.map((p) => p.t), points.map((p) => p.heap)];
}
