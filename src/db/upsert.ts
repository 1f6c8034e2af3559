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
import { ENTITY_KINDS, kindOfId, type EntityKind } from '../model/kinds.js';
import { isRelationshipType, selfLoopProblem } from '../model/relationships.js';
import { knownType } from '../cypher/relationshipTypes.js';
import { InvalidInputError, type FieldProblem } from '../errors.js';
import type { Dataset, DatasetEdge, DatasetNode } from '../model/dataset.js';
import type { Transaction } from './database.js';
import type { Statement } from '../cypher/statement.js';
import { scalarText } from './values.js';

export interface WriteCounts {
  created: number;
  updated: number;
  unchanged: number;
}
/** Counts per node kind or relationship type. */
export type WriteSummary = Record<string, WriteCounts>;

/**
 * Rows per statement. Larger statements cost the engine less per row (fewer executions, fewer
 * round trips); 5,000 rows of an import row's size are a few hundred kilobytes of parameters.
 */
export const STATEMENT_ROWS = 5_000;
/**
 * Below this many rows of one type between one pair of kinds, their ends are found through
 * :Entity's id constraint, so that all such rows share one statement text. Planning a new text
 * costs the engine 5–100 ms (the most on a cold engine: the seed's 900 relationships wrote through
 * 72 texts); the smaller per-kind index saves far less on a few hundred seeks.
 */
export const FEW_ROWS = 1_000;

/** Neo4j properties must be scalars or lists of scalars; undefined means "not set". */
const storable = (properties: Record<string, unknown>) => Object.fromEntries(Object.entries(properties).filter(([, v]) => v !== undefined));

/** A node's stored properties: its own, its id, and its aliases as one text for the full-text index. */
export function nodeProperties(node: DatasetNode): Record<string, unknown> {
  const aliases = node.properties.aliases as string[] | undefined;
  return storable({ ...node.properties, id: node.id, aliasText: aliases?.join(' | ') });
}

/** A relationship's stored properties: its own and its id. */
export const edgeProperties = (edge: DatasetEdge): Record<string, unknown> => storable({ ...edge.properties, id: edge.id });

// Labels and types come from the model's fixed tables (never from data, which only fills $rows).
// A statement that finds nodes or relationships names them in its text, as only a fixed label or
// type lets the planner use its index: one statement per label / relationship type. A creation
// finds nothing by them, so it takes the kind or type as a parameter (`$(…)`), and all kinds' and
// types' creations share one text, planned once: the seed's 32 creation statements were 32 texts
// to plan on a cold engine, about 100 ms each.
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

// A creation: the id constraint refuses an id that exists (or is being created by another write).
const CREATE_NODES = /* cypher */ `
  // graph.createNodes
  UNWIND $rows AS row
  CREATE (n:Entity:$($kind))
  SET n = row.props
  RETURN count(n) AS created, 0 AS updated, 0 AS unchanged, count(n) AS written`;

/** An endpoint's label: the kind its id's prefix names (records.ts ties each kind to its prefix). */
type EndLabel = EntityKind | 'Entity';
const endLabel = (id: string): EndLabel => kindOfId(id) ?? 'Entity';

// Each end is found through its own kind's id constraint: the per-kind index is smaller than
// :Entity's, and the rows are grouped by (type, from kind, to kind) so the labels are fixed text.
// A pair of kinds with few rows finds its ends through :Entity's instead (FEW_ROWS).
// A row whose end is missing (or of another kind) is not matched, so the count falls short.
const createEdges = (from: EndLabel, to: EndLabel) => /* cypher */ `
  // graph.createEdges
  UNWIND $rows AS row
  MATCH (a:${from} {id: row.from})
  MATCH (b:${to} {id: row.to})
  CREATE (a)-[r:$($type)]->(b)
  SET r = row.props
  RETURN count(r) AS created, 0 AS updated, 0 AS unchanged, count(r) AS written`;

const MISSING_SOURCES = /* cypher */ `
  // graph.missingSources
  UNWIND $ids AS id
  OPTIONAL MATCH (s:Source {id: id})
  WITH id, s WHERE s IS NULL
  RETURN collect(id) AS missing`;

// Relationships are found by their id through the relationship index, not by expanding from an
// endpoint, so writing stays fast on hubs with thousands of relationships. An upsert first reads
// which of its ids exist and whether they differ (one index seek a row, nothing returned for new
// ids); then new rows are created (createEdges) and changed ones set (updateEdges). Should another
// writer create one of the new ids in between, the uniqueness constraint fails this transaction,
// which is retried and then finds the id: the database still decides.
const edgeStates = (type: string) => /* cypher */ `
  // graph.edgeStates
  UNWIND $rows AS row
  MATCH ()-[existing:${type} {id: row.id}]->()
  RETURN existing.id AS id, properties(existing) = row.props AS unchanged`;

const updateEdges = (type: string) => /* cypher */ `
  // graph.updateEdges
  UNWIND $rows AS row
  MATCH ()-[r:${type} {id: row.id}]->()
  SET r = row.props
  RETURN 0 AS created, count(r) AS updated, 0 AS unchanged, count(r) AS written`;

/** A write statement, and the node kind or relationship type whose counts it adds to. */
export interface WriteStatement extends Statement {
  counts: string;
}

/** One statement per STATEMENT_ROWS rows. */
function chunked(name: string, counts: string, cypher: string, rows: unknown[], params: Record<string, unknown> = {}): WriteStatement[] {
  const statements: WriteStatement[] = [];
  for (let i = 0; i < rows.length; i += STATEMENT_ROWS) statements.push({ name, counts, cypher, params: { ...params, rows: rows.slice(i, i + STATEMENT_ROWS) } });
  return statements;
}

async function run(tx: Transaction, statement: WriteStatement, counts: WriteCounts): Promise<number> {
  const [result] = await tx.run(statement.cypher, statement.params);
  counts.created += Number(result?.created ?? 0);
  counts.updated += Number(result?.updated ?? 0);
  counts.unchanged += Number(result?.unchanged ?? 0);
  return Number(result?.written ?? 0);
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
function datasetProblems(dataset: Pick<Dataset, 'nodes' | 'edges'>, options: DatasetWriteOptions): { problems: FieldProblem[]; cited: Set<string> } {
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

/** A relationship as its statements take it: id, ends, and every property (its id included). */
export interface EdgeRow {
  id: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

/** Up to STATEMENT_ROWS relationships of one type between two kinds, and how they are written. */
export interface EdgeChunk {
  type: string;
  /** Reads which of the rows' ids exist and whether they differ; absent for creations (createOnly). */
  states?: Statement;
  rows: EdgeRow[];
  from: EndLabel;
  to: EndLabel;
}

/** What writing a dataset runs, in order: nodes by kind, the check of cited sources, relationships by type. */
export interface DatasetWritePlan {
  nodes: WriteStatement[];
  /** Returns the cited ids that name no Source (`missing`); run after the nodes, which may write those sources. */
  missingSources: Statement | undefined;
  /** Per relationship type, how many relationships it must write, in chunks (see edgeWrites). */
  edges: { type: string; rows: number; chunks: EdgeChunk[] }[];
}

/**
 * The statements that write a chunk once its states are known (`existing`: id → unchanged, as
 * graph.edgeStates returns them): CREATE for the ids that do not exist, SET for those that differ.
 */
export function edgeWrites(chunk: EdgeChunk, existing: ReadonlyMap<string, boolean>): WriteStatement[] {
  const fresh = chunk.rows.filter((r) => !existing.has(r.id));
  const changed = chunk.rows.filter((r) => existing.get(r.id) === false);
  const statements: WriteStatement[] = [];
  if (fresh.length > 0) statements.push({ name: 'graph.createEdges', counts: chunk.type, cypher: createEdges(chunk.from, chunk.to), params: { type: chunk.type, rows: fresh } });
  if (changed.length > 0) statements.push({ name: 'graph.updateEdges', counts: chunk.type, cypher: updateEdges(chunk.type), params: { rows: changed } });
  return statements;
}

/**
 * The statements that write a dataset, built without the database; InvalidInputError when the
 * dataset breaks a rule every write must satisfy (datasetProblems).
 */
export function planDatasetWrite(dataset: Pick<Dataset, 'nodes' | 'edges'>, options: DatasetWriteOptions = {}): DatasetWritePlan {
  const { problems, cited } = datasetProblems(dataset, options);
  if (problems.length > 0) throw new InvalidInputError(problems);
  const createOnly = options.createOnly ?? new Set<string>();
  const nodes: WriteStatement[] = [];
  for (const kind of ENTITY_KINDS) {
    const rows = dataset.nodes.filter((n) => n.kind === kind).map((n) => ({ id: n.id, props: nodeProperties(n) }));
    nodes.push(...chunked('graph.createNodes', kind, CREATE_NODES, rows.filter((r) => createOnly.has(r.id)), { kind }));
    nodes.push(...chunked('graph.upsertNodes', kind, upsertNodes(kind), rows.filter((r) => !createOnly.has(r.id))));
  }
  const missingSources = cited.size > 0 ? { name: 'graph.missingSources', cypher: MISSING_SOURCES, params: { ids: [...cited] } } : undefined;
  const byType = new Map<string, DatasetEdge[]>();
  for (const edge of dataset.edges) {
    const group = byType.get(edge.type);
    if (group) group.push(edge);
    else byType.set(edge.type, [edge]);
  }
  const edges: DatasetWritePlan['edges'] = [];
  for (const [type, group] of byType) {
    knownType(type);
    // Grouped by the kinds of their ends (each group's statements name those labels), and sorted by
    // id, so that concurrent writers of overlapping batches take their locks in the same order.
    const byEnds = new Map<string, { from: EndLabel; to: EndLabel; rows: EdgeRow[] }>();
    const pairs = new Map<string, number>();
    for (const e of group) {
      const key = `${endLabel(e.from)}>${endLabel(e.to)}`;
      pairs.set(key, (pairs.get(key) ?? 0) + 1);
    }
    for (const e of group) {
      const few = pairs.get(`${endLabel(e.from)}>${endLabel(e.to)}`)! < FEW_ROWS;
      const from = few ? 'Entity' : endLabel(e.from);
      const to = few ? 'Entity' : endLabel(e.to);
      const key = `${from}>${to}`;
      const row = { id: e.id, from: e.from, to: e.to, props: edgeProperties(e) };
      const ends = byEnds.get(key);
      if (ends) ends.rows.push(row);
      else byEnds.set(key, { from, to, rows: [row] });
    }
    const chunks: EdgeChunk[] = [];
    for (const key of [...byEnds.keys()].sort()) {
      const { from, to, rows } = byEnds.get(key)!;
      rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      const cut = (part: EdgeRow[], upsert: boolean) => {
        for (let i = 0; i < part.length; i += STATEMENT_ROWS) {
          const slice = part.slice(i, i + STATEMENT_ROWS);
          chunks.push({ type, from, to, rows: slice, ...(upsert ? { states: { name: 'graph.edgeStates', cypher: edgeStates(type), params: { rows: slice } } } : {}) });
        }
      };
      cut(rows.filter((r) => createOnly.has(r.id)), false);
      cut(rows.filter((r) => !createOnly.has(r.id)), true);
    }
    edges.push({ type, rows: group.length, chunks });
  }
  return { nodes, missingSources, edges };
}

/**
 * Writes a dataset inside a transaction the caller owns: nodes by kind, then relationships by
 * type. The counts are this call's own, so a retried transaction does not count twice.
 */
export async function writeDatasetIn(tx: Transaction, dataset: Pick<Dataset, 'nodes' | 'edges'>, options: DatasetWriteOptions = {}): Promise<WriteSummary> {
  const plan = planDatasetWrite(dataset, options);
  const summary: WriteSummary = {};
  const counts = (key: string) => (summary[key] ??= { created: 0, updated: 0, unchanged: 0 });
  for (const statement of plan.nodes) await run(tx, statement, counts(statement.counts));
  // Sources may be written by this very dataset (the seed, an import batch), so they are checked after the nodes.
  if (plan.missingSources) {
    const [row] = await tx.run(plan.missingSources.cypher, plan.missingSources.params);
    const missing = Array.isArray(row?.missing) ? row.missing.map(String) : [];
    if (missing.length > 0) {
      throw new InvalidInputError(missing.map((id) => ({ path: options.path ? `${options.path}.sources` : 'sources', message: `unknown source ${id}` })));
    }
  }
  for (const { type, rows, chunks } of plan.edges) {
    const typeCounts = counts(type);
    let written = 0;
    for (const chunk of chunks) {
      const existing = new Map<string, boolean>();
      if (chunk.states) {
        for (const row of await tx.run(chunk.states.cypher, chunk.states.params)) existing.set(scalarText(row.id), row.unchanged === true);
      }
      for (const unchanged of existing.values()) {
        if (!unchanged) continue;
        typeCounts.unchanged++;
        written++;
      }
      for (const statement of edgeWrites(chunk, existing)) written += await run(tx, statement, typeCounts);
    }
    // Validation guarantees both ends exist; a shortfall means a node vanished while writing.
    if (written !== rows) throw new Error(`${type}: wrote ${written} of ${rows} relationships (an endpoint is missing)`);
  }
  return summary;
}
