/** (c) Cypher round trips of a 3-level nested query, at two very different row counts. */
import { failed, postGraphQL } from './http.js';
import type { ServerProcess } from './servers.js';

const NESTED_3_LEVELS = /* GraphQL */ `query RoundTrips($id: ID!, $first: Int!) {
  entity(id: $id) { id ... on Country { produces(first: $first) { edges { node { id ... on Commodity { inputTo(first: $first) { edges { node { id } } } } } } } } } }`;

export async function roundTrips(server: ServerProcess, id: string, first: number) {
  const r = await postGraphQL(server.url, NESTED_3_LEVELS, { id, first }, { 'x-supplygraph-stats': '1' });
  if (failed(r)) throw new Error(`round-trip query failed: ${JSON.stringify(r.body?.errors ?? r.status)}`);
  const produces = r.body!.data.entity.produces.edges as { node: { inputTo?: { edges: unknown[] } } }[];
  const rows = 1 + produces.length + produces.reduce((a, p) => a + (p.node.inputTo?.edges.length ?? 0), 0);
  return { id, first, rows, cypherRoundTrips: Number(r.body!.extensions?.supplygraph?.cypherRoundTrips) };
}
