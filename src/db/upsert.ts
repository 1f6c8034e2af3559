/**
 * The one way nodes and relationships are written: batched `UNWIND` upserts by id, used by the
 * seed loader, the bulk import and the API's mutations, so the same item is stored the same way
 * whichever path wrote it. Writing the same rows again changes nothing, and every statement
 * reports what it created, updated or left unchanged.
 */
import { ENTITY_KINDS, type EntityKind } from '../model/kinds.js';
import { DERIVED_RELATIONSHIP_TYPES, RELATIONSHIP_TYPES } from '../model/relationships.js';
import type { SeedDataset, SeedEdge, SeedNode } from '../../seed/validate.js';
import type { Transaction } from './database.js';

export interface WriteCounts {
  created: number;
  updated: number;
  unchanged: number;
}
/** Counts per node kind or relationship type. */
export type WriteSummary = Record<string, WriteCounts>;

const STATEMENT_ROWS = 1_000;
const KNOWN_TYPES = new Set<string>([...Object.keys(RELATIONSHIP_TYPES), ...DERIVED_RELATIONSHIP_TYPES]);

/** Neo4j properties must be scalars or lists of scalars; undefined means "not set". */
const storable = (properties: Record<string, unknown>) => Object.fromEntries(Object.entries(properties).filter(([, v]) => v !== undefined));

function nodeProperties(node: SeedNode): Record<string, unknown> {
  const aliases = node.properties.aliases as string[] | undefined;
  // The full-text index reads strings, so aliases are also kept as one string.
  return storable({ ...node.properties, id: node.id, aliasText: aliases?.join(' | ') });
}

// One statement per label / relationship type: labels and types cannot be parameters, so they
// come from the model's fixed tables (never from data, which only fills $rows).
const upsertNodes = (kind: EntityKind) => /* cypher */ `
  // graph.upsertNodes
  UNWIND $rows AS row
  OPTIONAL MATCH (existing:Entity {id: row.id})
  WITH row, existing IS NULL AS isNew, existing IS NOT NULL AND properties(existing) <> row.props AS isChanged
  MERGE (n:Entity:${kind} {id: row.id})
  SET n = row.props
  RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS created,
         sum(CASE WHEN isChanged THEN 1 ELSE 0 END) AS updated,
         sum(CASE WHEN NOT isNew AND NOT isChanged THEN 1 ELSE 0 END) AS unchanged,
         count(row) AS written`;

// Relationships are found by their id through the relationship index, not by expanding from an
// endpoint, so writing stays fast on hubs with thousands of relationships.
const upsertEdges = (type: string) => /* cypher */ `
  // graph.upsertEdges
  UNWIND $rows AS row
  OPTIONAL MATCH ()-[existing:${type} {id: row.id}]->()
  WITH row, existing,
       CASE WHEN existing IS NULL THEN 'created' WHEN properties(existing) <> row.props THEN 'updated' ELSE 'unchanged' END AS outcome
  CALL (row, existing, outcome) {
    WITH row, outcome WHERE outcome = 'created'
    MATCH (a:Entity {id: row.from})
    MATCH (b:Entity {id: row.to})
    CREATE (a)-[r:${type}]->(b)
    SET r = row.props
    RETURN outcome AS done
    UNION ALL
    WITH row, existing, outcome WHERE outcome = 'updated'
    SET existing = row.props
    RETURN outcome AS done
    UNION ALL
    WITH outcome WHERE outcome = 'unchanged'
    RETURN outcome AS done
  }
  RETURN sum(CASE done WHEN 'created' THEN 1 ELSE 0 END) AS created,
         sum(CASE done WHEN 'updated' THEN 1 ELSE 0 END) AS updated,
         sum(CASE done WHEN 'unchanged' THEN 1 ELSE 0 END) AS unchanged,
         count(done) AS written`;

async function run(tx: Transaction, cypher: string, rows: unknown[], counts: WriteCounts): Promise<number> {
  let written = 0;
  for (let i = 0; i < rows.length; i += STATEMENT_ROWS) {
    const [result] = await tx.run(cypher, { rows: rows.slice(i, i + STATEMENT_ROWS) });
    counts.created += Number(result?.created ?? 0);
    counts.updated += Number(result?.updated ?? 0);
    counts.unchanged += Number(result?.unchanged ?? 0);
    written += Number(result?.written ?? 0);
  }
  return written;
}

/**
 * Writes a dataset inside a transaction the caller owns: nodes by kind, then relationships by
 * type. The counts are this call's own, so a retried transaction does not count twice.
 */
export async function writeDatasetIn(tx: Transaction, dataset: Pick<SeedDataset, 'nodes' | 'edges'>): Promise<WriteSummary> {
  const summary: WriteSummary = {};
  const counts = (key: string) => (summary[key] ??= { created: 0, updated: 0, unchanged: 0 });
  for (const kind of ENTITY_KINDS) {
    const rows = dataset.nodes.filter((n) => n.kind === kind).map((n) => ({ id: n.id, props: nodeProperties(n) }));
    if (rows.length > 0) await run(tx, upsertNodes(kind), rows, counts(kind));
  }
  const byType = new Map<string, SeedEdge[]>();
  for (const edge of dataset.edges) {
    const group = byType.get(edge.type);
    if (group) group.push(edge);
    else byType.set(edge.type, [edge]);
  }
  for (const [type, edges] of byType) {
    if (!KNOWN_TYPES.has(type)) throw new Error(`unknown relationship type ${type}`);
    const rows = edges.map((e) => ({ id: e.id, from: e.from, to: e.to, props: storable({ ...e.properties, id: e.id }) }));
    const written = await run(tx, upsertEdges(type), rows, counts(type));
    // Validation guarantees both ends exist; a shortfall means a node vanished while writing.
    if (written !== rows.length) throw new Error(`${type}: wrote ${written} of ${rows.length} relationships (an endpoint is missing)`);
  }
  return summary;
}
