/**
 * The first call of every operation after a restart: the engine and the API processes started
 * again on the loaded database (the engine's plan cache and page cache empty), the API warmed up as
 * `npm start` warms up before "Ready". What a user meets first:
 *
 * - each bench operation (bench/ops.ts) once through supplygraph, then its hand-written Cypher once
 *   through the driver: shapes the documentation does not show, so these first calls include
 *   planning a new statement (the cost of a new shape);
 * - the documented operations (client/operations, as the explorer sends them) on the graph's hubs:
 *   planned by the warm-up, so what remains is reading a cold page cache.
 */
import type { Driver } from 'neo4j-driver';
import { documentedOperations } from '../src/startup/catalogue.js';
import { EXPLORER_REQUESTS } from '../web/src/explore/fixedVariables.js';
import { failed, postGraphQL } from './http.js';
import type { Operation, OperationVariables } from './ops.js';

export interface FirstCall {
  operation: string;
  documented: boolean;
  supplygraphMs: number;
  /** The hand-written Cypher's first run through the driver (bench operations only). */
  cypherMs?: number;
  error?: string;
}

/** The typed operations the explorer sends, on the hubs (each with its own first call). */
export function documentedCalls(v: OperationVariables): { name: string; query: string; variables: Record<string, unknown> }[] {
  const typed = new Map(documentedOperations().filter((o) => o.origin === 'typed operation').map((o) => [o.name, o.query]));
  const call = (operation: string, label: string, variables: Record<string, unknown>) => {
    const query = typed.get(operation);
    if (!query) throw new Error(`client/operations has no ${operation}`);
    return { name: `${operation} (${label})`, query, variables };
  };
  const [trade] = v.trade;
  return [
    ...v.entities.map((id) => call('EntityDetails', id, { id })),
    call('Exposure', v.exposure[0]!, { to: v.exposure[0] }),
    call('Dependencies', v.dependencies[0]!, { of: v.dependencies[0] }),
    // As the explorer asks (its fixed routes and hops), so the warm-up's plan is the one met.
    call('Paths', `${v.paths[0]!.from} → ${v.pathTo}, k ${EXPLORER_REQUESTS.Paths('', '').k}`, EXPLORER_REQUESTS.Paths(v.paths[0]!.from, v.pathTo)),
    call('Search', v.searchTexts[0]!, { text: v.searchTexts[0], first: 20 }),
    call('Timeline', v.entities[0]!, { entity: v.entities[0] }),
    call('Concentration', v.commodity, { commodity: v.commodity }),
    ...(trade ? [call('TradeSeries', `${trade.exporter} → ${trade.importer}`, trade)] : []),
  ];
}

export async function firstCalls(url: string, driver: Driver, ops: Operation[], documented: ReturnType<typeof documentedCalls>, timeoutMs: number): Promise<FirstCall[]> {
  const results: FirstCall[] = [];
  const viaGraphql = async (query: string, variables: Record<string, unknown>) => {
    try {
      const r = await postGraphQL(url, query, variables);
      return { ms: r.ms, ...(failed(r) ? { error: `${r.status} ${JSON.stringify(r.body?.errors?.[0] ?? r.body).slice(0, 200)}` } : {}) };
    } catch (error) {
      return { ms: NaN, error: String(error) };
    }
  };
  for (const op of ops) {
    const variables = op.variables[0]!;
    const g = await viaGraphql(op.supplygraph, variables);
    const started = performance.now();
    let cypherError: string | undefined;
    try {
      await driver.executeQuery(op.cypher, op.cypherParams ? op.cypherParams(variables) : variables, { routing: 'READ', transactionConfig: { timeout: timeoutMs } });
    } catch (error) {
      cypherError = error instanceof Error ? error.message.slice(0, 200) : String(error);
    }
    const error = g.error ?? (cypherError ? `Cypher: ${cypherError}` : undefined);
    results.push({ operation: op.name, documented: false, supplygraphMs: g.ms, cypherMs: performance.now() - started, ...(error ? { error } : {}) });
  }
  for (const call of documented) {
    const g = await viaGraphql(call.query, call.variables);
    results.push({ operation: call.name, documented: true, supplygraphMs: g.ms, ...(g.error ? { error: g.error } : {}) });
  }
  return results;
}
