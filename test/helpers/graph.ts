/** A fingerprint of the whole graph: counts plus a hash of every node's and relationship's labels and properties. */
import { createHash } from 'node:crypto';
import type { Database } from '../../src/db/database.js';
import { scalarText } from '../../src/db/values.js';

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

/** A transaction the engine is running, as `SHOW TRANSACTIONS` reports it. */
export interface EngineTransaction {
  id: string;
  /** What the API named it (`request` for a request's reads, the statement's name for writes). */
  query: string | null;
  requestId: string | null;
  elapsedMs: number;
  /** `Running`, `Blocked by: […]`, … */
  status: string;
}

/** The engine's running transactions, besides the one asking. */
export async function engineTransactions(db: Database): Promise<EngineTransaction[]> {
  const rows = await db.read(
    'test.transactions',
    `SHOW TRANSACTIONS YIELD transactionId, metaData, elapsedTime, currentQuery, status
     WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS'
     RETURN transactionId AS id, metaData.query AS query, metaData.requestId AS requestId, elapsedTime.milliseconds AS elapsedMs, status`,
  );
  return rows.map((r) => ({ id: scalarText(r.id), query: (r.query as string | null) ?? null, requestId: (r.requestId as string | null) ?? null, elapsedMs: Number(r.elapsedMs), status: scalarText(r.status) }));
}
