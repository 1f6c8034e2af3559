/**
 * `npm run bench`: supplygraph's benchmarks, in one self-contained run.
 *
 * Starts a throwaway local engine (temporary folder, free port), applies the schema, loads the seed and
 * a synthetic graph (bench/generate.ts), serves supplygraph and @neo4j/graphql 7 over the same data from
 * their own processes (bench/server.ts, 127.0.0.1 only), then measures:
 *
 *   a. GraphQL overhead   the same question through supplygraph's /graphql (HTTP) and as hand-written Cypher
 *                         through the driver; warm-up, N interleaved iterations, median/p95/p99 and ratios
 *   b. vs @neo4j/graphql  equivalent operations, 8 concurrent clients for a fixed time each, in ABBA rounds:
 *                         throughput and p99
 *   c. round trips        Cypher round trips of a 3-level nested query at two very different row counts
 *   d. (future)           paths / exposure latency, from FUTURE_LATENCY_BENCHES once those fields exist
 *   load                  64 concurrent clients for --load-seconds against supplygraph, errors and the
 *                         server's memory sampled every second
 *
 * Prints a table and writes JSON to <os.tmpdir()>/supplygraph-bench/latest.json (or --out). Everything it
 * starts it stops: servers (which also exit when this process dies), driver, engine, temporary folder.
 *
 *   npm run bench -- [--relationships 100000] [--iterations 200] [--warmup 30] [--clients 8]
 *                    [--seconds 8] [--load-seconds 60] [--load-clients 64] [--seed N] [--out file]
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { loadSeed } from '../seed/load.js';
import { createDriver, Database } from '../src/db/database.js';
import { freePort, startEngine, type RunningEngine } from '../src/db/localEngine.js';
import { applySchema } from '../src/db/schema.js';
import { createLogger } from '../src/logger.js';
import { DEFAULT_SEED, generateGraph, numberFlag, parseFlags, type GeneratedGraphSummary } from './generate.js';
import type { ChildMessage, ParentMessage, ServerMode } from './server.js';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));

// ── Statistics ──────────────────────────────────────────────────────────────────────────────────

export interface Distribution {
  n: number;
  median: number;
  p95: number;
  p99: number;
  mean: number;
}

/** Nearest-rank percentiles, in milliseconds rounded to 0.01. */
export function distribution(samples: number[]): Distribution {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
  const r = (x: number) => Math.round(x * 100) / 100;
  return { n: sorted.length, median: r(at(0.5)), p95: r(at(0.95)), p99: r(at(0.99)), mean: r(sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length)) };
}
const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

/** Least-squares slope of y over x. */
function slope(xs: number[], ys: number[]): number {
  const n = xs.length;
  if (n < 2) return 0;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    num += (xs[i]! - mx) * (ys[i]! - my);
    den += (xs[i]! - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}

// ── HTTP (keep-alive, loopback only) ────────────────────────────────────────────────────────────

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

interface GraphQLResponse {
  status: number;
  body: { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[]; extensions?: Record<string, any> } | undefined;
  ms: number;
}

function postGraphQL(url: string, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}): Promise<GraphQLResponse> {
  const target = new URL(url);
  if (target.hostname !== '127.0.0.1') throw new Error(`refusing to send bench traffic to ${target.hostname}: 127.0.0.1 only`);
  const payload = JSON.stringify({ query, variables });
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port: target.port,
        path: target.pathname,
        method: 'POST',
        agent,
        timeout: 30_000,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...headers },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const ms = performance.now() - started;
          let body: GraphQLResponse['body'];
          try {
            body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
          } catch {
            body = undefined;
          }
          resolve({ status: response.statusCode ?? 0, body, ms });
        });
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error('request timed out')));
    request.on('error', reject);
    request.end(payload);
  });
}

const failed = (r: GraphQLResponse) => r.status !== 200 || !r.body || (r.body.errors?.length ?? 0) > 0;

// ── Servers in their own processes ──────────────────────────────────────────────────────────────

interface MemorySample {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
}

class ServerProcess {
  private nextId = 0;
  private readonly waiting = new Map<number, (m: MemorySample) => void>();
  private constructor(
    readonly mode: ServerMode,
    readonly url: string,
    private readonly child: ChildProcess,
  ) {
    child.on('message', (message: ChildMessage) => {
      if (message.type === 'memory') {
        this.waiting.get(message.id)?.(message);
        this.waiting.delete(message.id);
      }
    });
  }

  static start(mode: ServerMode, boltUri: string): Promise<ServerProcess> {
    const child = fork(path.join(BENCH_DIR, 'server.ts'), [mode, boltUri], {
      execArgv: ['--import', 'tsx', '--expose-gc'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => (child.kill('SIGKILL'), reject(new Error(`${mode} server did not start within 60 s`))), 60_000);
      child.once('exit', (code) => (clearTimeout(timer), reject(new Error(`${mode} server exited (${code}) before it was ready`))));
      child.on('message', function onMessage(message: ChildMessage) {
        if (message.type === 'ready') {
          clearTimeout(timer);
          child.off('message', onMessage);
          resolve(new ServerProcess(mode, `${message.url}/graphql`, child));
        } else if (message.type === 'failed') {
          clearTimeout(timer);
          reject(new Error(`${mode} server failed to start:\n${message.message}`));
        }
      });
    });
  }

  memory(gc = false): Promise<MemorySample> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => (this.waiting.delete(id), reject(new Error('no memory sample within 5 s'))), 5_000);
      this.waiting.set(id, (m) => (clearTimeout(timer), resolve(m)));
      this.child.send({ type: 'memory', id, gc } satisfies ParentMessage);
    });
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.send({ type: 'stop' } satisfies ParentMessage);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  }
}

// ── The operations ──────────────────────────────────────────────────────────────────────────────

/** One question, asked three ways: supplygraph GraphQL, hand-written Cypher, @neo4j/graphql. */
interface Operation {
  name: string;
  /** Ids to rotate through (both sides get the same sequence). */
  ids: string[];
  supplygraph: string;
  cypher: string;
  neo4jGraphql?: string;
  /** The answer as comparable JSON, from each side, to check the sides agree. */
  fromSupplygraph: (data: any) => unknown;
  fromCypher: (rows: Record<string, any>[]) => unknown;
  fromNeo4jGraphql?: (data: any) => unknown;
}

function operations(known: GeneratedGraphSummary['known'], countries: string[]): Operation[] {
  return [
    {
      name: 'country + produces (50)',
      ids: countries,
      supplygraph: /* GraphQL */ `query CountryProduces($id: ID!) {
        entity(id: $id) { id name ... on Country { produces(first: 50) { edges { relationship { ... on ProducesRelationship { share } } node { id name } } } } } }`,
      cypher: /* cypher */ `
        MATCH (c:Entity {id: $id})
        RETURN c.id AS id, c.name AS name, COLLECT {
          MATCH (c)-[p:PRODUCES]->(m:Entity)
          WITH p, m ORDER BY m.name, m.id, p.id LIMIT 50
          RETURN { share: p.share, node: { id: m.id, name: m.name } } } AS produces`,
      neo4jGraphql: /* GraphQL */ `query CountryProduces($id: ID!) {
        countries(where: { id: { eq: $id } }) { id name
          producesConnection(first: 50, sort: [{ node: { name: ASC } }]) { edges { properties { share } node { id name } } } } }`,
      fromSupplygraph: (d) => d.entity.produces.edges.map((e: any) => [e.node.id, e.relationship.share]),
      fromCypher: ([row]) => row!.produces.map((e: any) => [e.node.id, e.share]),
      fromNeo4jGraphql: (d) => d.countries[0].producesConnection.edges.map((e: any) => [e.node.id, e.properties.share]),
    },
    {
      name: 'companies by HQ country (20)',
      ids: [known.topHeadquarters.country, ...countries.filter((c) => c !== known.topHeadquarters.country)],
      supplygraph: /* GraphQL */ `query CompaniesIn($id: ID!) {
        companies(where: { headquarteredIn: { id: { eq: $id } } }, first: 20) { nodes { id name } } }`,
      cypher: /* cypher */ `
        MATCH (n:Company)-[:HEADQUARTERED_IN]->(:Entity {id: $id})
        WITH DISTINCT n ORDER BY n.name, n.id LIMIT 20
        RETURN n.id AS id, n.name AS name`,
      neo4jGraphql: /* GraphQL */ `query CompaniesIn($id: ID!) {
        companies(where: { headquarteredIn: { some: { id: { eq: $id } } } }, limit: 20, sort: [{ name: ASC }]) { id name } }`,
      fromSupplygraph: (d) => d.companies.nodes.map((n: any) => n.id),
      fromCypher: (rows) => rows.map((r) => r.id),
      fromNeo4jGraphql: (d) => d.companies.map((n: any) => n.id),
    },
    {
      name: 'nested produces→inputTo (10×10)',
      ids: countries,
      supplygraph: /* GraphQL */ `query Nested($id: ID!) {
        entity(id: $id) { id ... on Country { produces(first: 10) { edges { node { id name ... on Commodity { inputTo(first: 10) { edges { node { id name } } } } } } } } } }`,
      cypher: /* cypher */ `
        MATCH (c:Entity {id: $id})
        RETURN c.id AS id, COLLECT {
          MATCH (c)-[p:PRODUCES]->(m:Entity)
          WITH p, m ORDER BY m.name, m.id, p.id LIMIT 10
          RETURN { id: m.id, name: m.name, inputTo: COLLECT {
            MATCH (m)-[q:INPUT_TO]->(o:Entity)
            WITH q, o ORDER BY o.name, o.id, q.id LIMIT 10
            RETURN { id: o.id, name: o.name } } } } AS produces`,
      neo4jGraphql: /* GraphQL */ `query Nested($id: ID!) {
        countries(where: { id: { eq: $id } }) { id
          producesConnection(first: 10, sort: [{ node: { name: ASC } }]) { edges { node { id name
            inputToConnection(first: 10, sort: [{ node: { name: ASC } }]) { edges { node { id name } } } } } } } }`,
      fromSupplygraph: (d) => d.entity.produces.edges.map((e: any) => [e.node.id, e.node.inputTo.edges.map((x: any) => x.node.id)]),
      fromCypher: ([row]) => row!.produces.map((e: any) => [e.id, e.inputTo.map((x: any) => x.id)]),
      fromNeo4jGraphql: (d) =>
        d.countries[0].producesConnection.edges.map((e: any) => [e.node.id, e.node.inputToConnection.edges.map((x: any) => x.node.id)]),
    },
  ];
}

/**
 * (d) Latency benches for root fields that do not exist yet. When `paths` / `exposure` land, return an
 * Operation here (supplygraph query + hand-written Cypher; the generator's summary has facts to check
 * against: known.knownPath, known.exposure, known.concentration, known.upstreamChain). Entries that
 * return null are listed as "pending" in the report; the others run exactly like the (a) cases.
 */
export const FUTURE_LATENCY_BENCHES: Record<string, (known: GeneratedGraphSummary['known']) => Operation | null> = {
  // paths(from: known.knownPath.from, to: known.knownPath.to): every directed INPUT_TO path is known.knownPath.hops long.
  paths: () => null,
  // exposure(of: known.exposure.commodity): known.exposure.downstreamCommodities / exposedCompanies.
  exposure: () => null,
};

// ── (a) GraphQL overhead: interleaved latency ───────────────────────────────────────────────────

interface OverheadResult {
  operation: string;
  supplygraphHttp: Distribution;
  driverCypher: Distribution;
  ratioMedian: number;
  ratioP95: number;
  sameAnswer: boolean;
  errors: number;
}

async function measureOverhead(op: Operation, server: ServerProcess, driver: Driver, iterations: number, warmup: number): Promise<OverheadResult> {
  let errors = 0;
  let mismatches = 0;
  const viaGraphql = async (id: string) => {
    const r = await postGraphQL(server.url, op.supplygraph, { id });
    if (failed(r)) errors++;
    return r;
  };
  const viaDriver = async (id: string) => {
    const started = performance.now();
    const result = await driver.executeQuery(op.cypher, { id }, { routing: 'READ' });
    const rows = result.records.map((record) => record.toObject());
    return { rows, ms: performance.now() - started };
  };
  for (const id of op.ids) {
    const [g, c] = [await viaGraphql(id), await viaDriver(id)];
    if (!failed(g) && JSON.stringify(op.fromSupplygraph(g.body!.data)) !== JSON.stringify(op.fromCypher(c.rows))) mismatches++;
  }
  for (let i = 0; i < warmup; i++) {
    const id = op.ids[i % op.ids.length]!;
    await viaGraphql(id);
    await viaDriver(id);
  }
  const graphqlMs: number[] = [];
  const driverMs: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const id = op.ids[i % op.ids.length]!;
    // Alternate which side goes first, so drift and noise fall on both alike.
    if (i % 2 === 0) {
      graphqlMs.push((await viaGraphql(id)).ms);
      driverMs.push((await viaDriver(id)).ms);
    } else {
      driverMs.push((await viaDriver(id)).ms);
      graphqlMs.push((await viaGraphql(id)).ms);
    }
  }
  const g = distribution(graphqlMs);
  const d = distribution(driverMs);
  return { operation: op.name, supplygraphHttp: g, driverCypher: d, ratioMedian: ratio(g.median, d.median), ratioP95: ratio(g.p95, d.p95), sameAnswer: mismatches === 0, errors };
}

// ── (b) Throughput with concurrent clients ──────────────────────────────────────────────────────

interface ThroughputSide {
  requests: number;
  errors: number;
  seconds: number;
  throughput: number;
  latency: Distribution;
  firstError?: string;
}

async function closedLoop(url: string, query: string, ids: string[], clients: number, seconds: number): Promise<{ ms: number[]; errors: number; firstError?: string; elapsed: number }> {
  const ms: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let next = 0;
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < deadline) {
        const id = ids[next++ % ids.length]!;
        try {
          const r = await postGraphQL(url, query, { id });
          ms.push(r.ms);
          if (failed(r)) {
            errors++;
            firstError ??= `${r.status} ${JSON.stringify(r.body?.errors?.[0] ?? r.body).slice(0, 300)}`;
          }
        } catch (error) {
          errors++;
          firstError ??= String(error);
        }
      }
    }),
  );
  return { ms, errors, firstError, elapsed: (performance.now() - started) / 1000 };
}

/** Runs both sides for `seconds` each, in ABBA halves so slow drift hits both alike. */
async function compareThroughput(
  sides: { name: string; url: string; query: string }[],
  ids: string[],
  clients: number,
  seconds: number,
): Promise<Record<string, ThroughputSide>> {
  const acc = new Map(sides.map((s) => [s.name, { ms: [] as number[], errors: 0, elapsed: 0, firstError: undefined as string | undefined }]));
  const warm = Math.min(2, seconds / 4);
  for (const side of sides) await closedLoop(side.url, side.query, ids, clients, warm);
  for (const order of [sides, [...sides].reverse()]) {
    for (const side of order) {
      const r = await closedLoop(side.url, side.query, ids, clients, seconds / 2);
      const a = acc.get(side.name)!;
      a.ms.push(...r.ms);
      a.errors += r.errors;
      a.elapsed += r.elapsed;
      a.firstError ??= r.firstError;
    }
  }
  return Object.fromEntries(
    [...acc].map(([name, a]) => [
      name,
      { requests: a.ms.length, errors: a.errors, seconds: Math.round(a.elapsed * 10) / 10, throughput: Math.round((a.ms.length / a.elapsed) * 10) / 10, latency: distribution(a.ms), ...(a.firstError ? { firstError: a.firstError } : {}) },
    ]),
  );
}

// ── (c) Round trips ─────────────────────────────────────────────────────────────────────────────

const NESTED_3_LEVELS = /* GraphQL */ `query RoundTrips($id: ID!, $first: Int!) {
  entity(id: $id) { id ... on Country { produces(first: $first) { edges { node { id ... on Commodity { inputTo(first: $first) { edges { node { id } } } } } } } } } }`;

async function roundTrips(server: ServerProcess, id: string, first: number) {
  const r = await postGraphQL(server.url, NESTED_3_LEVELS, { id, first }, { 'x-supplygraph-stats': '1' });
  if (failed(r)) throw new Error(`round-trip query failed: ${JSON.stringify(r.body?.errors ?? r.status)}`);
  const produces = r.body!.data.entity.produces.edges as { node: { inputTo?: { edges: unknown[] } } }[];
  const rows = 1 + produces.length + produces.reduce((a, p) => a + (p.node.inputTo?.edges.length ?? 0), 0);
  return { id, first, rows, cypherRoundTrips: Number(r.body!.extensions?.supplygraph?.cypherRoundTrips) };
}

// ── Load test ───────────────────────────────────────────────────────────────────────────────────

async function loadTest(server: ServerProcess, ops: Operation[], clients: number, seconds: number) {
  const samples: ({ t: number } & MemorySample)[] = [];
  const start = await server.memory(true);
  const began = performance.now();
  const sampler = setInterval(() => {
    server.memory().then((m) => samples.push({ t: (performance.now() - began) / 1000, ...m }), () => {});
  }, 1_000);
  const ms: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let next = 0;
  const deadline = began + seconds * 1000;
  try {
    await Promise.all(
      Array.from({ length: clients }, async () => {
        while (performance.now() < deadline) {
          const n = next++;
          const op = ops[n % ops.length]!;
          try {
            const r = await postGraphQL(server.url, op.supplygraph, { id: op.ids[Math.floor(n / ops.length) % op.ids.length]! });
            ms.push(r.ms);
            if (failed(r)) {
              errors++;
              firstError ??= `${r.status} ${JSON.stringify(r.body?.errors?.[0] ?? r.body).slice(0, 300)}`;
            }
          } catch (error) {
            errors++;
            firstError ??= String(error);
          }
        }
      }),
    );
  } finally {
    clearInterval(sampler);
  }
  const elapsed = (performance.now() - began) / 1000;
  const end = await server.memory(true);
  const mb = (b: number) => Math.round((b / 1024 / 1024) * 10) / 10;
  const half = samples.filter((s) => s.t >= elapsed / 2);
  return {
    clients,
    seconds: Math.round(elapsed * 10) / 10,
    requests: ms.length,
    errors,
    ...(firstError ? { firstError } : {}),
    throughput: Math.round((ms.length / elapsed) * 10) / 10,
    latency: distribution(ms),
    memoryMb: {
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
    },
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

// ── Main ────────────────────────────────────────────────────────────────────────────────────────

const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : '—');

async function main() {
  const flags = parseFlags(process.argv.slice(2));
  const settings = {
    relationships: Math.round(numberFlag(flags, 'relationships', 100_000)),
    seed: Math.round(numberFlag(flags, 'seed', DEFAULT_SEED)),
    iterations: Math.round(numberFlag(flags, 'iterations', 200)),
    warmup: Math.round(numberFlag(flags, 'warmup', 30)),
    clients: Math.round(numberFlag(flags, 'clients', 8)),
    seconds: numberFlag(flags, 'seconds', 8),
    loadSeconds: numberFlag(flags, 'load-seconds', 60),
    loadClients: Math.round(numberFlag(flags, 'load-clients', 64)),
  };
  const out = flags.out ?? path.join(os.tmpdir(), 'supplygraph-bench', 'latest.json');
  const log = (m: string) => console.log(m);
  const logger = createLogger('silent');

  let engine: RunningEngine | undefined;
  let dataDir: string | undefined;
  let db: Database | undefined;
  let driver: Driver | undefined;
  const servers: ServerProcess[] = [];
  let cleaning: Promise<void> | undefined;
  const cleanup = () =>
    (cleaning ??= (async () => {
      for (const s of servers) await s.stop().catch(() => {});
      await driver?.close().catch(() => {});
      await db?.close().catch(() => {});
      await engine?.stop().catch(() => {});
      agent.destroy();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    })());
  process.once('SIGINT', () => void cleanup().finally(() => process.exit(130)));

  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 1024 ** 3), loadAverageAtStart: os.loadavg().map((l) => Math.round(l * 100) / 100), node: process.version },
    settings,
  };
  try {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'supplygraph-bench-'));
    engine = await startEngine({ dataDir, port: await freePort(), heapMb: 2048, pageCacheMb: 1024, startTimeoutMs: 180_000, onProgress: log });
    db = new Database({ uri: engine.uri, queryTimeoutMs: 60_000, logger });
    await applySchema(db);
    await loadSeed(db);
    log('Seed loaded.');
    const graph = await generateGraph(db, { relationships: settings.relationships, seed: settings.seed, enginePid: engine.pid, onProgress: log });
    results.generator = { nodes: graph.nodes, relationships: graph.relationships, relationshipsByType: graph.relationshipsByType, timing: graph.timing };
    const known = graph.known;

    log('Starting supplygraph and @neo4j/graphql servers…');
    const supplygraph = await ServerProcess.start('supplygraph', engine.uri);
    servers.push(supplygraph);
    let neo4jGraphql: ServerProcess | undefined;
    let neo4jGraphqlProblem: string | undefined;
    try {
      neo4jGraphql = await ServerProcess.start('neo4j-graphql', engine.uri);
      servers.push(neo4jGraphql);
    } catch (error) {
      neo4jGraphqlProblem = error instanceof Error ? error.message : String(error);
      log(`@neo4j/graphql could not be started: ${neo4jGraphqlProblem}`);
    }
    driver = createDriver({ uri: engine.uri });

    // Ten synthetic countries with the most to say (the generator skews headquarters toward low numbers).
    const countries = Array.from({ length: 10 }, (_, i) => `country:syn-${String(i + 1).padStart(3, '0')}`);
    const ops = operations(known, countries);

    // (a)
    log(`(a) GraphQL overhead: ${settings.warmup} warm-up + ${settings.iterations} interleaved iterations per operation…`);
    const overhead: OverheadResult[] = [];
    for (const op of ops) overhead.push(await measureOverhead(op, supplygraph, driver, settings.iterations, settings.warmup));
    // The fixed cost of each path, for reference: an HTTP + Apollo request that reads nothing vs a driver round trip.
    const floor: Operation = {
      name: 'floor: { __typename } / RETURN 1',
      ids: ['-'],
      supplygraph: 'query Floor { __typename }',
      cypher: 'RETURN 1 AS one',
      fromSupplygraph: () => 1,
      fromCypher: () => 1,
    };
    overhead.unshift(await measureOverhead(floor, supplygraph, driver, settings.iterations, settings.warmup));
    const future: Record<string, OverheadResult | 'pending'> = {};
    for (const [name, make] of Object.entries(FUTURE_LATENCY_BENCHES)) {
      const op = make(known);
      future[name] = op ? await measureOverhead(op, supplygraph, driver, settings.iterations, settings.warmup) : 'pending';
    }
    results.overhead = overhead;
    results.futureLatency = future;

    // (b)
    const comparison: Record<string, unknown>[] = [];
    if (neo4jGraphql) {
      log(`(b) vs @neo4j/graphql: ${settings.clients} clients, ${settings.seconds} s per side per operation (ABBA halves)…`);
      for (const op of ops) {
        // Do both answer the same? (first id)
        const [a, b] = await Promise.all([postGraphQL(supplygraph.url, op.supplygraph, { id: op.ids[0] }), postGraphQL(neo4jGraphql.url, op.neo4jGraphql!, { id: op.ids[0] })]);
        const sameAnswer = !failed(a) && !failed(b) && JSON.stringify(op.fromSupplygraph(a.body!.data)) === JSON.stringify(op.fromNeo4jGraphql!(b.body!.data));
        const sides = await compareThroughput(
          [
            { name: 'supplygraph', url: supplygraph.url, query: op.supplygraph },
            { name: 'neo4jGraphql', url: neo4jGraphql.url, query: op.neo4jGraphql! },
          ],
          op.ids,
          settings.clients,
          settings.seconds,
        );
        const s = sides.supplygraph!;
        const n = sides.neo4jGraphql!;
        comparison.push({
          operation: op.name,
          sameAnswer,
          ...(sameAnswer ? {} : { answers: { supplygraph: a.body?.errors ?? 'ok', neo4jGraphql: b.body?.errors ?? 'ok' } }),
          supplygraph: s,
          neo4jGraphql: n,
          throughputRatio: ratio(s.throughput, n.throughput),
          p99Ratio: ratio(s.latency.p99, n.latency.p99),
        });
      }
    }
    results.vsNeo4jGraphql = neo4jGraphql ? comparison : { skipped: neo4jGraphqlProblem };

    // (c)
    log('(c) Cypher round trips of a 3-level nested query…');
    const smallest = countries[countries.length - 1]!;
    const small = await roundTrips(supplygraph, smallest, 1);
    const large = await roundTrips(supplygraph, known.topProducer.country, 100);
    results.roundTrips = { depth: 3, small, large, equal: small.cypherRoundTrips === large.cypherRoundTrips, withinDepth: Math.max(small.cypherRoundTrips, large.cypherRoundTrips) <= 3 };

    // Load
    log(`Load: ${settings.loadClients} clients for ${settings.loadSeconds} s against supplygraph…`);
    results.load = await loadTest(supplygraph, ops, settings.loadClients, settings.loadSeconds);

    await mkdir(path.dirname(out), { recursive: true });
    await writeFile(out, JSON.stringify(results, null, 2));
    printTable(results);
    log(`\nResults: ${out}`);
  } finally {
    await cleanup();
  }
}

function printTable(results: Record<string, any>) {
  const lines: string[] = [];
  const m = results.machine;
  lines.push('', `supplygraph bench — ${results.date} — ${m.cpus} cores (${m.cpuModel}), load average at start ${m.loadAverageAtStart.join(' ')}`);
  const g = results.generator;
  lines.push(
    `generator: ${g.nodes.toLocaleString('en-US')} nodes, ${g.relationships.toLocaleString('en-US')} relationships; ` +
      `${g.timing.relationshipsPerSecond.toLocaleString('en-US')} rel/s (${g.timing.relationshipsPerSecondWithIndexes.toLocaleString('en-US')} with index rebuild` +
      (g.timing.relationshipsPerEngineCpuSecond ? `; ${g.timing.relationshipsPerEngineCpuSecond.toLocaleString('en-US')} per engine CPU-s` : '') +
      ')',
  );
  lines.push('', '(a) GraphQL overhead, ms            supplygraph /graphql (HTTP)   driver + Cypher         ratio', '    operation                        median    p95    p99      median    p95    p99    median  p95  same');
  for (const o of results.overhead) {
    const s = o.supplygraphHttp;
    const d = o.driverCypher;
    lines.push(
      `    ${o.operation.padEnd(32)} ${fmt(s.median).padStart(6)} ${fmt(s.p95).padStart(6)} ${fmt(s.p99).padStart(6)}    ${fmt(d.median).padStart(6)} ${fmt(d.p95).padStart(6)} ${fmt(d.p99).padStart(6)}   ${fmt(o.ratioMedian).padStart(5)} ${fmt(o.ratioP95).padStart(5)}  ${o.sameAnswer ? 'yes' : 'NO'}`,
    );
  }
  for (const [name, f] of Object.entries(results.futureLatency)) if (f === 'pending') lines.push(`    ${name.padEnd(32)} pending (the field does not exist yet)`);
  if (Array.isArray(results.vsNeo4jGraphql)) {
    lines.push('', '(b) vs @neo4j/graphql 7.6.3            supplygraph            @neo4j/graphql          ratio', '    operation                        req/s  p99 ms errs    req/s  p99 ms errs    thr   p99  same');
    for (const c of results.vsNeo4jGraphql) {
      const s = c.supplygraph;
      const n = c.neo4jGraphql;
      lines.push(
        `    ${c.operation.padEnd(32)} ${s.throughput.toFixed(0).padStart(5)} ${fmt(s.latency.p99).padStart(7)} ${String(s.errors).padStart(4)}    ${n.throughput.toFixed(0).padStart(5)} ${fmt(n.latency.p99).padStart(7)} ${String(n.errors).padStart(4)}   ${fmt(c.throughputRatio).padStart(5)} ${fmt(c.p99Ratio).padStart(5)}  ${c.sameAnswer ? 'yes' : 'NO'}`,
      );
    }
  } else lines.push('', `(b) vs @neo4j/graphql: skipped — ${results.vsNeo4jGraphql.skipped}`);
  const r = results.roundTrips;
  lines.push(
    '',
    `(c) round trips, 3-level nested query: ${r.small.rows} rows → ${r.small.cypherRoundTrips}, ${r.large.rows} rows → ${r.large.cypherRoundTrips} ` +
      `(equal: ${r.equal ? 'yes' : 'NO'}, ≤ depth 3: ${r.withinDepth ? 'yes' : 'NO'})`,
  );
  const l = results.load;
  lines.push(
    '',
    `load: ${l.clients} clients × ${l.seconds} s: ${l.requests.toLocaleString('en-US')} requests, ${l.throughput} req/s, ${l.errors} errors, ` +
      `median ${fmt(l.latency.median)} ms, p99 ${fmt(l.latency.p99)} ms`,
    `      server RSS MB start/end/max ${l.memoryMb.rss.start}/${l.memoryMb.rss.end}/${l.memoryMb.rss.max}, heap MB ${l.memoryMb.heapUsed.start}/${l.memoryMb.heapUsed.end}/${l.memoryMb.heapUsed.max}, ` +
      `heap retained after GC ${l.memoryMb.heapRetainedAfterGc} MB` +
      (l.memoryMb.heapFloorSlopeMbPerMin === null
        ? ' (trends need --load-seconds ≥ 30)'
        : `, heap-floor slope ${l.memoryMb.heapFloorSlopeMbPerMin} MB/min, RSS 2nd-half slope ${l.memoryMb.rssSlopeSecondHalfMbPerMin} MB/min`),
  );
  console.log(lines.join('\n'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
