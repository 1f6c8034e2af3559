/** (b) Throughput: closed-loop concurrent clients against two servers, in ABBA halves. */
import { failed, postGraphQL } from './http.js';
import type { Variables } from './ops.js';
import { distribution, type Distribution } from './stats.js';

export interface ThroughputSide {
  requests: number;
  errors: number;
  seconds: number;
  throughput: number;
  latency: Distribution;
  firstError?: string;
}

export async function closedLoop(url: string, query: string, variables: Variables[], clients: number, seconds: number): Promise<{ ms: number[]; errors: number; firstError?: string; elapsed: number }> {
  const ms: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let next = 0;
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < deadline) {
        const vars = variables[next++ % variables.length]!;
        try {
          const r = await postGraphQL(url, query, vars);
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
export async function compareThroughput(
  sides: { name: string; url: string; query: string }[],
  variables: Variables[],
  clients: number,
  seconds: number,
): Promise<Record<string, ThroughputSide>> {
  const acc = new Map(sides.map((s) => [s.name, { ms: [] as number[], errors: 0, elapsed: 0, firstError: undefined as string | undefined }]));
  const warm = Math.min(2, seconds / 4);
  for (const side of sides) await closedLoop(side.url, side.query, variables, clients, warm);
  for (const order of [sides, [...sides].reverse()]) {
    for (const side of order) {
      const r = await closedLoop(side.url, side.query, variables, clients, seconds / 2);
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
