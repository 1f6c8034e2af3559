/**
 * Writing import rows: the nodes and relationships a row stands for (exactly as seed/validate.ts's
 * buildDataset makes them), and batched `UNWIND $rows … MERGE` in write transactions.
 *
 * The two statements and the property helpers are copies of seed/load.ts (which does not export
 * them, and whose writeDataset runs the whole dataset in one transaction, 500 rows per statement,
 * grouping edges with an array copy per edge). They must stay the same shape: a row imported
 * here and the same row loaded by the seed give the same node or relationship, and loading one
 * after the other changes nothing (test/integration/import.test.ts checks this on seed rows).
 */
import type { Database, Transaction } from '../db/database.js';
import type { EntityKind } from '../model/kinds.js';
import { DERIVED_RELATIONSHIP_TYPES, RELATIONSHIP_TYPES } from '../model/relationships.js';
import { periodBounds, relationshipId, type SeedEdge, type SeedNode } from '../../seed/validate.js';
import type { Row } from './check.js';

export interface WriteCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** Counts per node kind or relationship type, as written. */
export type CountsByLabel = Record<string, WriteCounts>;

// ── copied from seed/load.ts ────────────────────────────────────────────────────────────────

/** Neo4j properties must be scalars or lists of scalars; undefined means "not set". */
function storable(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(properties).filter(([, v]) => v !== undefined));
}

function nodeProperties(node: SeedNode): Record<string, unknown> {
  const aliases = node.properties.aliases as string[] | undefined;
  // The full-text index reads strings, so aliases are also kept as one string.
  return storable({ ...node.properties, id: node.id, aliasText: aliases?.join(' | ') });
}

// Labels and types come from the model's fixed tables (KNOWN_TYPES, EntityKind), never from file text.
const upsertNodes = (kind: EntityKind) => /* cypher */ `
  // import.upsertNodes
  UNWIND $rows AS row
  OPTIONAL MATCH (existing:Entity {id: row.id})
  WITH row, existing IS NULL AS isNew, existing IS NOT NULL AND properties(existing) <> row.props AS isChanged
  MERGE (n:Entity:${kind} {id: row.id})
  SET n = row.props
  RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS created,
         sum(CASE WHEN isChanged THEN 1 ELSE 0 END) AS updated,
         sum(CASE WHEN NOT isNew AND NOT isChanged THEN 1 ELSE 0 END) AS unchanged`;

const upsertEdges = (type: string) => /* cypher */ `
  // import.upsertEdges
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

// ── end of the copy ─────────────────────────────────────────────────────────────────────────

const KNOWN_TYPES = new Set<string>([...Object.keys(RELATIONSHIP_TYPES), ...DERIVED_RELATIONSHIP_TYPES]);

const NAMES = /* cypher */ `
  // import.names
  UNWIND $ids AS id
  MATCH (n:Entity {id: id})
  RETURN n.id AS id, n.name AS name`;

/** The nodes and relationships one row stands for (as buildDataset in seed/validate.ts makes them). */
export function graphOf(row: Row, names: ReadonlyMap<string, string>): { nodes: SeedNode[]; edges: SeedEdge[] } {
  const nodes: SeedNode[] = [];
  const edges: SeedEdge[] = [];
  switch (row.kind) {
    case 'source': {
      const { id, ...properties } = row.value;
      nodes.push({ kind: 'Source', id, properties: { ...properties, name: row.value.title }, sources: [] });
      break;
    }
    case 'entity': {
      const { id, kind, sources, ...properties } = row.value;
      nodes.push({ kind, id, properties, sources });
      break;
    }
    case 'trade': {
      const value = row.value;
      const id = row.id;
      const { sources: refs, changes, ...rest } = value;
      const { start, end } = periodBounds(value.period);
      const name = (ref: string) => names.get(ref) ?? ref;
      nodes.push({
        kind: 'TradeObservation',
        id,
        sources: refs,
        properties: {
          ...rest,
          name: `${name(value.exporter)} → ${name(value.importer)}: ${name(value.commodity)}, ${value.period}`,
          periodStart: start,
          periodEnd: end,
          changeBases: (changes ?? []).map((c) => c.basis),
          changePercents: (changes ?? []).map((c) => c.percent),
          changeComparedTo: (changes ?? []).map((c) => c.comparedTo ?? ''),
        },
      });
      edges.push(
        { type: 'EXPORTER', id: `${id}|EXPORTER`, from: id, to: value.exporter, properties: { sources: refs } },
        { type: 'IMPORTER', id: `${id}|IMPORTER`, from: id, to: value.importer, properties: { sources: refs } },
        { type: 'OF', id: `${id}|OF`, from: id, to: value.commodity, properties: { sources: refs } },
      );
      break;
    }
    case 'relationship': {
      const { type, from, to, key: _key, ...properties } = row.value;
      edges.push({ type, id: relationshipId(row.value), from, to, properties });
      break;
    }
  }
  for (const node of nodes) {
    for (const ref of node.sources) {
      edges.push({ type: 'REPORTED_IN', id: `${node.id}|REPORTED_IN|${ref}`, from: node.id, to: ref, properties: { sources: [ref] } });
    }
  }
  return { nodes, edges };
}

function add(into: CountsByLabel, key: string, result: Record<string, unknown> | undefined): void {
  const c = (into[key] ??= { created: 0, updated: 0, unchanged: 0 });
  c.created += Number(result?.created ?? 0);
  c.updated += Number(result?.updated ?? 0);
  c.unchanged += Number(result?.unchanged ?? 0);
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Writes one batch of rows in one transaction: nodes (by kind) first, then relationships (by type). */
async function writeBatch(tx: Transaction, rows: Row[]): Promise<CountsByLabel> {
  const counts: CountsByLabel = {};
  // Trade observations are named after their exporter, importer and commodity, which are in the database by now.
  const wanted = new Set<string>();
  for (const row of rows) if (row.kind === 'trade') wanted.add(row.value.exporter).add(row.value.importer).add(row.value.commodity);
  const names = new Map<string, string>();
  if (wanted.size > 0) {
    for (const r of await tx.run(NAMES, { ids: [...wanted] })) names.set(String(r.id), String(r.name));
  }
  const nodes: SeedNode[] = [];
  const edges: SeedEdge[] = [];
  for (const row of rows) {
    const graph = graphOf(row, names);
    nodes.push(...graph.nodes);
    edges.push(...graph.edges);
  }
  for (const [kind, group] of groupBy(nodes, (n) => n.kind)) {
    const [result] = await tx.run(upsertNodes(kind as EntityKind), { rows: group.map((n) => ({ id: n.id, props: nodeProperties(n) })) });
    add(counts, kind, result);
  }
  for (const [type, group] of groupBy(edges, (e) => e.type)) {
    if (!KNOWN_TYPES.has(type)) throw new Error(`unknown relationship type ${type}`);
    const params = group.map((e) => ({ id: e.id, from: e.from, to: e.to, props: storable({ ...e.properties, id: e.id }) }));
    const [result] = await tx.run(upsertEdges(type), { rows: params });
    add(counts, type, result);
    const written = Number(result?.written ?? 0);
    // Checking guarantees both ends exist; a shortfall means a node was deleted while importing.
    if (written !== params.length) throw new Error(`${type}: wrote ${written} of ${params.length} relationships: an endpoint is missing (was it deleted while importing?)`);
  }
  return counts;
}

/**
 * Writes batches one transaction each, keeping one batch in flight so that the next batch is read
 * and checked while the database writes this one. Counts are added only once a transaction has
 * committed (a retried transaction is not counted twice).
 */
export class BatchWriter {
  private inFlight: Promise<void> | undefined;
  private failure: unknown;
  /** Batches committed so far. */
  committed = 0;
  readonly counts: CountsByLabel = {};

  constructor(private readonly db: Database) {}

  async submit(rows: Row[]): Promise<void> {
    await this.wait();
    this.inFlight = this.db
      .writeTransaction('import.batch', (tx) => writeBatch(tx, rows))
      .then(
        (counts) => {
          for (const [key, c] of Object.entries(counts)) add(this.counts, key, c as unknown as Record<string, unknown>);
          this.committed++;
        },
        (error: unknown) => {
          this.failure = error;
        },
      );
  }

  /** Waits for the batch in flight; rethrows its failure. */
  async wait(): Promise<void> {
    if (this.inFlight) await this.inFlight;
    this.inFlight = undefined;
    if (this.failure !== undefined) throw this.failure;
  }
}
