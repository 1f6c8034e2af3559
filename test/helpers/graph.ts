/** A fingerprint of the whole graph: counts plus a hash of every node's and relationship's labels and properties. */
import { createHash } from 'node:crypto';
import type { Database } from '../../src/db/database.js';

export interface GraphFingerprint {
  nodes: number;
  relationships: number;
  checksum: string;
}

const stable = (value: unknown): string =>
  JSON.stringify(value, (_k, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v));

export async function graphFingerprint(db: Database): Promise<GraphFingerprint> {
  const nodes = await db.read('test.nodes', 'MATCH (n) RETURN labels(n) AS labels, properties(n) AS props');
  const rels = await db.read(
    'test.rels',
    'MATCH (a)-[r]->(b) RETURN type(r) AS type, coalesce(a.id, elementId(a)) AS from, coalesce(b.id, elementId(b)) AS to, properties(r) AS props',
  );
  const lines = [...nodes.map(stable), ...rels.map(stable)].sort();
  return { nodes: nodes.length, relationships: rels.length, checksum: createHash('sha256').update(lines.join('\n')).digest('hex') };
}
