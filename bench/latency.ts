/**
 * (a) GraphQL overhead: supplygraph over HTTP vs the same Cypher written by hand, served two ways:
 * a hand-written HTTP endpoint (Fastify + the driver, JSON out: the fair floor, bench/server.ts) and
 * the driver alone (no HTTP at all). Interleaved, the order rotating.
 */
import type { Driver } from 'neo4j-driver';
import { failed, postGraphQL, postJson, type GraphQLResponse } from './http.js';
import type { Operation, Variables } from './ops.js';
import { distribution, ratio, type Distribution } from './stats.js';

export interface OverheadResult {
  operation: string;
  supplygraphHttp: Distribution;
  /** The hand-written HTTP endpoint running the same Cypher (absent in older results). */
  handwrittenHttp?: Distribution;
  driverCypher: Distribution;
  /** supplygraph / hand-written endpoint. */
  ratioHandwrittenMedian?: number;
  ratioHandwrittenP95?: number;
  ratioMedian: number;
  ratioP95: number;
  sameAnswer: boolean;
  errors: number;
  /** The first error either side gave (a request error, a timeout, or an answer that differs). */
  firstError?: string;
  /** Set when the timed iterations were not run, because the answer check already failed. */
  skipped?: string;
  /** Set when the time budget ended the iterations early. */
  budgetSeconds?: number;
}

export interface OverheadSettings {
  iterations: number;
  warmup: number;
  /** Time budget per operation (warm-up and iterations, both sides); at least 5 iterations run. */
  maxSeconds: number;
  /** Per-request timeout of the driver side, like the server's query timeout. */
  timeoutMs: number;
}

const describe = (r: GraphQLResponse) => `${r.status} ${JSON.stringify(r.body?.errors?.[0] ?? r.body).slice(0, 300)}`;

export async function measureOverhead(op: Operation, url: string, driver: Driver, settings: OverheadSettings, handwrittenUrl?: string): Promise<OverheadResult> {
  let errors = 0;
  let firstError: string | undefined;
  const viaGraphql = async (variables: Variables) => {
    try {
      const r = await postGraphQL(url, op.supplygraph, variables);
      if (failed(r)) {
        errors++;
        firstError ??= `supplygraph: ${describe(r)}`;
      }
      return r;
    } catch (error) {
      errors++;
      firstError ??= `supplygraph: ${String(error)}`;
      return undefined;
    }
  };
  const params = (variables: Variables) => (op.cypherParams ? op.cypherParams(variables) : variables);
  const viaEndpoint = async (variables: Variables) => {
    if (!handwrittenUrl) return undefined;
    try {
      const r = await postJson(`${handwrittenUrl}/op/${encodeURIComponent(op.name)}`, { variables });
      if (r.status !== 200 || !r.body?.rows) {
        errors++;
        firstError ??= `hand-written endpoint: ${describe(r)}`;
        return undefined;
      }
      return { rows: r.body.rows, ms: r.ms };
    } catch (error) {
      errors++;
      firstError ??= `hand-written endpoint: ${String(error)}`;
      return undefined;
    }
  };
  const viaDriver = async (variables: Variables) => {
    const started = performance.now();
    try {
      const result = await driver.executeQuery(op.cypher, params(variables), {
        routing: 'READ',
        transactionConfig: { timeout: settings.timeoutMs },
      });
      const rows = result.records.map((record) => record.toObject());
      return { rows, ms: performance.now() - started };
    } catch (error) {
      errors++;
      firstError ??= `Cypher: ${error instanceof Error ? error.message.slice(0, 300) : String(error)}`;
      return undefined;
    }
  };
  // Check every set of variables once: both sides must answer, and answer the same.
  let mismatches = 0;
  for (const variables of op.variables) {
    // One failure is the answer (often a timeout): the others would only repeat it, slowly.
    if (errors > 0) break;
    const g = await viaGraphql(variables);
    const c = await viaDriver(variables);
    const h = await viaEndpoint(variables);
    if (!g || failed(g) || !c) continue;
    const a = JSON.stringify(op.fromSupplygraph(g.body!.data));
    const b = JSON.stringify(op.fromCypher(c.rows));
    if (a !== b) {
      mismatches++;
      firstError ??= `answers differ for ${JSON.stringify(variables)}: supplygraph ${a.slice(0, 200)} vs Cypher ${b.slice(0, 200)}`;
    }
    if (h && JSON.stringify(op.fromCypher(h.rows)) !== b) {
      mismatches++;
      firstError ??= `the hand-written endpoint answers differently for ${JSON.stringify(variables)}: ${JSON.stringify(op.fromCypher(h.rows)).slice(0, 200)}`;
    }
  }
  const empty = distribution([]);
  if (errors > 0 || mismatches > 0) {
    return {
      operation: op.name,
      supplygraphHttp: empty,
      driverCypher: empty,
      ratioMedian: NaN,
      ratioP95: NaN,
      sameAnswer: mismatches === 0,
      errors,
      ...(firstError ? { firstError } : {}),
      skipped: errors > 0 ? 'a request failed in the answer check' : 'the answers differ',
    };
  }
  const began = performance.now();
  const overBudget = (done: number) => done >= 5 && performance.now() - began > settings.maxSeconds * 1000;
  for (let i = 0; i < settings.warmup && !overBudget(5); i++) {
    const variables = op.variables[i % op.variables.length]!;
    await viaGraphql(variables);
    await viaEndpoint(variables);
    await viaDriver(variables);
  }
  const graphqlMs: number[] = [];
  const endpointMs: number[] = [];
  const driverMs: number[] = [];
  let cut = false;
  for (let i = 0; i < settings.iterations; i++) {
    if (overBudget(i)) {
      cut = true;
      break;
    }
    const variables = op.variables[i % op.variables.length]!;
    // Rotate which side goes first, so drift and noise fall on all alike.
    const sides = ['g', 'h', 'd'] as const;
    const order = [0, 1, 2].map((k) => sides[(k + i) % 3]!);
    for (const side of order) {
      if (side === 'g') {
        const started = performance.now();
        const r = await viaGraphql(variables);
        if (r) graphqlMs.push(r.ms);
        else graphqlMs.push(performance.now() - started);
      } else if (side === 'h') {
        const r = await viaEndpoint(variables);
        if (r) endpointMs.push(r.ms);
      } else {
        const r = await viaDriver(variables);
        if (r) driverMs.push(r.ms);
      }
    }
  }
  const g = distribution(graphqlMs);
  const h = distribution(endpointMs);
  const d = distribution(driverMs);
  return {
    operation: op.name,
    supplygraphHttp: g,
    ...(handwrittenUrl ? { handwrittenHttp: h, ratioHandwrittenMedian: ratio(g.median, h.median), ratioHandwrittenP95: ratio(g.p95, h.p95) } : {}),
    driverCypher: d,
    ratioMedian: ratio(g.median, d.median),
    ratioP95: ratio(g.p95, d.p95),
    sameAnswer: true,
    errors,
    ...(firstError ? { firstError } : {}),
    ...(cut ? { budgetSeconds: settings.maxSeconds } : {}),
  };
}
