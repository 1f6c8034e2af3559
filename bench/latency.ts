/** (a) GraphQL overhead: supplygraph over HTTP vs hand-written Cypher through the driver, interleaved. */
import type { Driver } from 'neo4j-driver';
import { failed, postGraphQL, type GraphQLResponse } from './http.js';
import type { Operation, Variables } from './ops.js';
import { distribution, ratio, type Distribution } from './stats.js';

export interface OverheadResult {
  operation: string;
  supplygraphHttp: Distribution;
  driverCypher: Distribution;
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

export async function measureOverhead(op: Operation, url: string, driver: Driver, settings: OverheadSettings): Promise<OverheadResult> {
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
  const viaDriver = async (variables: Variables) => {
    const started = performance.now();
    try {
      const result = await driver.executeQuery(op.cypher, op.cypherParams ? op.cypherParams(variables) : variables, {
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
    if (!g || failed(g) || !c) continue;
    const a = JSON.stringify(op.fromSupplygraph(g.body!.data));
    const b = JSON.stringify(op.fromCypher(c.rows));
    if (a !== b) {
      mismatches++;
      firstError ??= `answers differ for ${JSON.stringify(variables)}: supplygraph ${a.slice(0, 200)} vs Cypher ${b.slice(0, 200)}`;
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
    await viaDriver(variables);
  }
  const graphqlMs: number[] = [];
  const driverMs: number[] = [];
  let cut = false;
  for (let i = 0; i < settings.iterations; i++) {
    if (overBudget(i)) {
      cut = true;
      break;
    }
    const variables = op.variables[i % op.variables.length]!;
    // Alternate which side goes first, so drift and noise fall on both alike.
    const order = i % 2 === 0 ? (['g', 'd'] as const) : (['d', 'g'] as const);
    for (const side of order) {
      if (side === 'g') {
        const started = performance.now();
        const r = await viaGraphql(variables);
        if (r) graphqlMs.push(r.ms);
        else graphqlMs.push(performance.now() - started);
      } else {
        const r = await viaDriver(variables);
        if (r) driverMs.push(r.ms);
      }
    }
  }
  const g = distribution(graphqlMs);
  const d = distribution(driverMs);
  return {
    operation: op.name,
    supplygraphHttp: g,
    driverCypher: d,
    ratioMedian: ratio(g.median, d.median),
    ratioP95: ratio(g.p95, d.p95),
    sameAnswer: true,
    errors,
    ...(firstError ? { firstError } : {}),
    ...(cut ? { budgetSeconds: settings.maxSeconds } : {}),
  };
}
