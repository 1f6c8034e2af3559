/**
 * The one way nodes and relationships are written: batched `UNWIND` upserts by id, used by the
 * seed loader, the bulk import and the API's mutations, so the same item is stored the same way
 * whichever path wrote it. Writing the same rows again changes nothing, and every statement
 * reports what it created, updated or left unchanged.
 *
 * The database's uniqueness constraints (db/schema.ts) decide every race: an upsert that loses a
 * race to create an id fails its transaction, which is retried and then finds the id (writers run
 * it with `retryConflicts`); a creation (`createOnly`) uses CREATE and fails with CONFLICT. This is
 * also the one place that checks what every write must satisfy: it names at least one existing
 * Source, and its relationships are self-loops only where the model allows them.
 */
import { ENTITY_KINDS, type EntityKind } from '../model/kinds.js';
import { DERIVED_RELATIONSHIP_TYPES, isRelationshipType, RELATIONSHIP_TYPES, selfLoopProblem } from '../model/relationships.js';
import { InvalidInputError, type FieldProblem } from '../errors.js';
import type { SeedDataset, SeedEdge, SeedNode } from '../../seed/validate.js';
import type { Transaction } from './database.js';

export interface WriteCounts {
  created: number;
  updated: number;
  unchanged: number;
}
/** Counts per node kind or relationship type. */
export type WriteSummary = Record<string, WriteCounts>;

const STATEMENT_ROWS = 10_000;
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
//
// An upsert is a read of the ids that exist already (through the id constraints' indexes) and
// whether their properties differ, then writes of only the rows that are new or changed: an
// unchanged row costs one index seek and nothing else.
const existingNodes = /* cypher */ `
  // graph.existingNodes
  UNWIND $rows AS row
  MATCH (existing:Entity {id: row.id})
  RETURN row.id AS id, properties(existing) = row.props AS same`;

// New and changed nodes alike: MERGE on the constrained id (another writer may have created it since).
const mergeNodes = (kind: EntityKind) => /* cypher */ `
  // graph.mergeNodes
  UNWIND $rows AS row
  MERGE (n:Entity:${kind} {id: row.id})
  SET n = row.props
  RETURN count(n) AS written`;

// A creation: the id constraint refuses an id that exists (or is being created by another write).
const createNodes = (kind: EntityKind) => /* cypher */ `
  // graph.createNodes
  UNWIND $rows AS row
  CREATE (n:Entity:${kind})
  SET n = row.props
  RETURN count(n) AS written`;

/** Property names become Cypher map keys in createEdges: only plain identifiers. */
const PROPERTY_NAME = /^[A-Za-z][A-Za-z0-9]*$/;

/**
 * Creates relationships with their properties written inline (`{id: row.props.id, …}`) for the keys
 * the rows hold: `SET r = row.props` makes the planner add an Eager step that buffers every row
 * and costs about twice the engine time. A key a row lacks is null there, which sets nothing.
 */
const createEdges = (type: string, keys: readonly string[]) => /* cypher */ `
  // graph.createEdges
  UNWIND $rows AS row
  MATCH (a:Entity {id: row.from})
  MATCH (b:Entity {id: row.to})
  CREATE (a)-[r:${type} {${keys.map((k) => `${k}: row.props.${k}`).join(', ')}}]->(b)
  RETURN count(r) AS written`;

const MISSING_SOURCES = /* cypher */ `
  // graph.missingSources
  UNWIND $ids AS id
  OPTIONAL MATCH (s:Source {id: id})
  WITH id, s WHERE s IS NULL
  RETURN collect(id) AS missing`;

// Relationships are found by their id through the relationship index, not by expanding from an
// endpoint, so writing stays fast on hubs with thousands of relationships.
const existingEdges = (type: string) => /* cypher */ `
  // graph.existingEdges
  UNWIND $rows AS row
  MATCH ()-[existing:${type} {id: row.id}]->()
  RETURN row.id AS id, properties(existing) = row.props AS same`;

const updateEdges = (type: string) => /* cypher */ `
  // graph.updateEdges
  UNWIND $rows AS row
  MATCH ()-[r:${type} {id: row.id}]->()
  SET r = row.props
  RETURN count(r) AS written`;

/** Rows per statement: many, since each statement costs a round trip and its own operators' setup. */
function* chunksOf<T>(rows: T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += STATEMENT_ROWS) yield rows.slice(i, i + STATEMENT_ROWS);
}

async function runWrite(tx: Transaction, cypher: string, rows: unknown[]): Promise<number> {
  const [result] = await tx.run(cypher, { rows });
  return Number(result?.written ?? 0);
}

interface Keyed {
  id: string;
  props: Record<string, unknown>;
}

/** Splits rows into new, changed and unchanged ones by what the database holds. */
async function partition<T extends Keyed>(tx: Transaction, lookup: string, rows: T[]): Promise<{ fresh: T[]; changed: T[]; unchanged: number }> {
  const found = new Map<string, boolean>();
  for (const r of await tx.run(lookup, { rows: rows.map(({ id, props }) => ({ id, props })) })) found.set(String(r.id), r.same === true);
  const fresh: T[] = [];
  const changed: T[] = [];
  let unchanged = 0;
  for (const row of rows) {
    const same = found.get(row.id);
    if (same === undefined) fresh.push(row);
    else if (same) unchanged++;
    else changed.push(row);
  }
  return { fresh, changed, unchanged };
}

export interface DatasetWriteOptions {
  /** Ids of nodes and relationships that must not exist yet: created, or CONFLICT. The rest are upserted. */
  createOnly?: ReadonlySet<string>;
  /**
   * The sources the write itself names, where its items carry more (an update adds sources to the
   * stored ones): at least one, each an existing Source. Without it, each item's own sources count.
   */
  cites?: readonly string[];
  /** Prefix of the field paths in problems, e.g. `input` (mutations). */
  path?: string;
}

/** What every write must satisfy before anything is written: sources named, no refused self-loops. */
function datasetProblems(dataset: Pick<SeedDataset, 'nodes' | 'edges'>, options: DatasetWriteOptions): { problems: FieldProblem[]; cited: Set<string> } {
  const at = (field: string) => (options.path ? `${options.path}.${field}` : field);
  const problems: FieldProblem[] = [];
  const cited = new Set<string>();
  if (options.cites !== undefined) {
    if (options.cites.length === 0) problems.push({ path: at('sources'), message: 'name at least one source for this change' });
    for (const id of options.cites) cited.add(id);
  }
  for (const node of dataset.nodes) {
    if (node.kind === 'Source') continue;
    if (node.sources.length === 0) problems.push({ path: at('sources'), message: `${node.id} names no source; every write needs at least one` });
    for (const id of node.sources) cited.add(id);
  }
  for (const edge of dataset.edges) {
    const sources = Array.isArray(edge.properties.sources) ? (edge.properties.sources as unknown[]).map(String) : [];
    if (sources.length === 0) problems.push({ path: at('sources'), message: `${edge.id} names no source; every write needs at least one` });
    for (const id of sources) cited.add(id);
    if (isRelationshipType(edge.type)) {
      const loop = selfLoopProblem(edge.type, edge.from, edge.to);
      if (loop) problems.push({ path: at('to'), message: loop });
    }
  }
  return { problems, cited };
}

/**
 * Writes a dataset inside a transaction the caller owns: nodes by kind, then relationships by
 * type. The counts are this call's own, so a retried transaction does not count twice.
 */
export async function writeDatasetIn(tx: Transaction, dataset: Pick<SeedDataset, 'nodes' | 'edges'>, options: DatasetWriteOptions = {}): Promise<WriteSummary> {
  const { problems, cited } = datasetProblems(dataset, options);
  if (problems.length > 0) throw new InvalidInputError(problems);
  const createOnly = options.createOnly ?? new Set<string>();
  const summary: WriteSummary = {};
  const counts = (key: string) => (summary[key] ??= { created: 0, updated: 0, unchanged: 0 });
  for (const kind of ENTITY_KINDS) {
    const rows = dataset.nodes.filter((n) => n.kind === kind).map((n) => ({ id: n.id, props: nodeProperties(n) }));
    const created = rows.filter((r) => createOnly.has(r.id));
    const upserted = rows.filter((r) => !createOnly.has(r.id));
    for (const chunk of chunksOf(created)) counts(kind).created += await runWrite(tx, createNodes(kind), chunk);
    for (const chunk of chunksOf(upserted)) {
      const c = counts(kind);
      const { fresh, changed, unchanged } = await partition(tx, existingNodes, chunk);
      c.unchanged += unchanged;
      if (fresh.length > 0) c.created += await runWrite(tx, mergeNodes(kind), fresh);
      if (changed.length > 0) c.updated += await runWrite(tx, mergeNodes(kind), changed);
    }
  }
  // Sources may be written by this very dataset (the seed, an import batch), so they are checked after the nodes.
  if (cited.size > 0) {
    const [row] = await tx.run(MISSING_SOURCES, { ids: [...cited] });
    const missing = Array.isArray(row?.missing) ? row.missing.map(String) : [];
    if (missing.length > 0) {
      throw new InvalidInputError(missing.map((id) => ({ path: options.path ? `${options.path}.sources` : 'sources', message: `unknown source ${id}` })));
    }
  }
  const byType = new Map<string, SeedEdge[]>();
  for (const edge of dataset.edges) {
    const group = byType.get(edge.type);
    if (group) group.push(edge);
    else byType.set(edge.type, [edge]);
  }
  for (const [type, edges] of byType) {
    if (!KNOWN_TYPES.has(type)) throw new Error(`unknown relationship type ${type}`);
    // Sorted by id, so that concurrent writers of overlapping batches take their locks in the same order.
    const rows = edges
      .map((e) => ({ id: e.id, from: e.from, to: e.to, props: storable({ ...e.properties, id: e.id }) }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const created = rows.filter((r) => createOnly.has(r.id));
    const upserted = rows.filter((r) => !createOnly.has(r.id));
    const keys = [...new Set(rows.flatMap((r) => Object.keys(r.props)))].sort();
    const badKey = keys.find((k) => !PROPERTY_NAME.test(k));
    if (badKey !== undefined) throw new Error(`${type}: property name ${JSON.stringify(badKey)} is not a plain identifier`);
    const c = counts(type);
    let written = 0;
    for (const chunk of chunksOf(created)) {
      const n = await runWrite(tx, createEdges(type, keys), chunk);
      c.created += n;
      written += n;
    }
    for (const chunk of chunksOf(upserted)) {
      const { fresh, changed, unchanged } = await partition(tx, existingEdges(type), chunk);
      c.unchanged += unchanged;
      written += unchanged;
      if (fresh.length > 0) {
        const n = await runWrite(tx, createEdges(type, keys), fresh);
        c.created += n;
        written += n;
      }
      if (changed.length > 0) {
        const n = await runWrite(tx, updateEdges(type), changed);
        c.updated += n;
        written += n;
      }
    }
    // Validation guarantees both ends exist; a shortfall means a node vanished while writing.
    if (written !== rows.length) throw new Error(`${type}: wrote ${written} of ${rows.length} relationships (an endpoint is missing)`);
  }
  return summary;
}
