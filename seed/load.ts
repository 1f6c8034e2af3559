/**
 * Loads the seed into Neo4j: validates every file completely first (nothing is written when any
 * file has a problem), then writes everything in one transaction with batched `UNWIND … MERGE`
 * by id. Loading twice changes nothing; the summary says what was created, updated or unchanged.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database, Transaction } from '../src/db/database.js';
import { ENTITY_KINDS, type EntityKind } from '../src/model/kinds.js';
import { DERIVED_RELATIONSHIP_TYPES, RELATIONSHIP_TYPES } from '../src/model/relationships.js';
import { listSeedFiles, validateSeedFiles, type SeedDataset, type SeedEdge, type SeedNode } from './validate.js';

export const SEED_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data');
const BATCH_SIZE = 500;

export interface LoadCounts {
  created: number;
  updated: number;
  unchanged: number;
}
export type LoadSummary = Record<string, LoadCounts>;

/** Neo4j properties must be scalars or lists of scalars; undefined means "not set". */
function storable(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(properties).filter(([, v]) => v !== undefined));
}

function nodeProperties(node: SeedNode): Record<string, unknown> {
  const aliases = node.properties.aliases as string[] | undefined;
  // The full-text index reads strings, so aliases are also kept as one string.
  return storable({ ...node.properties, id: node.id, aliasText: aliases?.join(' | ') });
}

// One statement per label / relationship type: labels and types cannot be parameters, so they
// come from the model's fixed tables (never from seed text, which only fills $rows).
const upsertNodes = (kind: EntityKind) => /* cypher */ `
  // seed.upsertNodes
  UNWIND $rows AS row
  OPTIONAL MATCH (existing:Entity {id: row.id})
  WITH row, existing IS NULL AS isNew, existing IS NOT NULL AND properties(existing) <> row.props AS isChanged
  MERGE (n:Entity:${kind} {id: row.id})
  SET n = row.props
  RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS created,
         sum(CASE WHEN isChanged THEN 1 ELSE 0 END) AS updated,
         sum(CASE WHEN NOT isNew AND NOT isChanged THEN 1 ELSE 0 END) AS unchanged`;

const upsertEdges = (type: string) => /* cypher */ `
  // seed.upsertEdges
  UNWIND $rows AS row
  MATCH (a:Entity {id: row.from})
  MATCH (b:Entity {id: row.to})
  OPTIONAL MATCH (a)-[existing:${type} {id: row.id}]->(b)
  WITH row, a, b, existing IS NULL AS isNew, existing IS NOT NULL AND properties(existing) <> row.props AS isChanged
  MERGE (a)-[r:${type} {id: row.id}]->(b)
  SET r = row.props
  RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS created,
         sum(CASE WHEN isChanged THEN 1 ELSE 0 END) AS updated,
         sum(CASE WHEN NOT isNew AND NOT isChanged THEN 1 ELSE 0 END) AS unchanged,
         count(row) AS written`;

const KNOWN_TYPES = new Set<string>([...Object.keys(RELATIONSHIP_TYPES), ...DERIVED_RELATIONSHIP_TYPES]);

async function runBatched(tx: Transaction, cypher: string, rows: unknown[], into: LoadCounts): Promise<number> {
  let written = 0;
  for (let i = 0; i < rows.length; i += BATCH_SIZE) {
    const [result] = await tx.run(cypher, { rows: rows.slice(i, i + BATCH_SIZE) });
    into.created += Number(result?.created ?? 0);
    into.updated += Number(result?.updated ?? 0);
    into.unchanged += Number(result?.unchanged ?? 0);
    written += Number(result?.written ?? 0);
  }
  return written;
}

/** Writes a validated dataset in one transaction. */
export async function writeDataset(db: Database, dataset: SeedDataset): Promise<LoadSummary> {
  return db.writeTransaction('seed.load', (tx) => writeDatasetIn(tx, dataset));
}

/** Writes a validated dataset inside a transaction the caller owns (the API's mutations do). */
export async function writeDatasetIn(tx: Transaction, dataset: SeedDataset): Promise<LoadSummary> {
  const summary: LoadSummary = {};
  const counts = (key: string) => (summary[key] ??= { created: 0, updated: 0, unchanged: 0 });
  for (const kind of ENTITY_KINDS) {
    const rows = dataset.nodes.filter((n) => n.kind === kind).map((n) => ({ id: n.id, props: nodeProperties(n) }));
    if (rows.length > 0) await runBatched(tx, upsertNodes(kind), rows, counts(kind));
  }
  const byType = new Map<string, SeedEdge[]>();
  for (const edge of dataset.edges) byType.set(edge.type, [...(byType.get(edge.type) ?? []), edge]);
  for (const [type, edges] of byType) {
    if (!KNOWN_TYPES.has(type)) throw new Error(`unknown relationship type ${type}`);
    const rows = edges.map((e) => ({ id: e.id, from: e.from, to: e.to, props: storable({ ...e.properties, id: e.id }) }));
    const written = await runBatched(tx, upsertEdges(type), rows, counts(type));
    // Validation guarantees both ends exist; a shortfall means a node vanished mid-load.
    if (written !== rows.length) throw new Error(`${type}: wrote ${written} of ${rows.length} relationships (an endpoint is missing)`);
  }
  return summary;
}

/** Validates then loads the seed folder. Throws SeedValidationError (listing every problem) before any write. */
export async function loadSeed(db: Database, dir: string = SEED_DIR): Promise<LoadSummary> {
  const dataset = await validateSeedFiles(await listSeedFiles(dir));
  return writeDataset(db, dataset);
}

export function formatSummary(summary: LoadSummary): string {
  const rows = Object.entries(summary).map(([key, c]) => `  ${key.padEnd(18)} ${String(c.created).padStart(7)} ${String(c.updated).padStart(7)} ${String(c.unchanged).padStart(9)}`);
  return [`  ${'kind / type'.padEnd(18)} ${'created'.padStart(7)} ${'updated'.padStart(7)} ${'unchanged'.padStart(9)}`, ...rows].join('\n');
}
