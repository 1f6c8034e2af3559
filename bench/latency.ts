/** (a) GraphQL overhead: supplygraph over HTTP vs hand-written Cypher through the driver, interleaved. */
import type { Driver } from 'neo4j-driver';
import { failed, postGraphQL } from './http.js';
import type { Operation } from './ops.js';
import type { ServerProcess } from './servers.js';
import { distribution, ratio, type Distribution } from './stats.js';

export interface OverheadResult {
  operation: string;
  supplygraphHttp: Distribution;
  driverCypher: Distribution;
  ratioMedian: number;
  ratioP95: number;
  sameAnswer: boolean;
  errors: number;
}

export async function measureOverhead(op: Operation, server: ServerProcess, driver: Driver, iterations: number, warmup: number): Promise<OverheadResult> {
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
