/**
 * A large first load at the engine's own speed: `npm run import -- <file> --bulk` builds a new
 * local database with Neo4j's bulk importer (`neo4j-admin database import full`), which writes the
 * store files directly instead of running a transaction per batch.
 *
 * The graph is the one `npm start` followed by `npm run import -- <file>` would give: the story
 * (seed/) and the reference data (src/ingest/reference/), then the file's rows, checked by the same rules
 * (import.ts), turned into nodes and relationships by the same function (model/dataset.ts) and
 * stored with the same properties (db/upsert.ts's nodeProperties and edgeProperties). A row of the
 * file that restates an id of the story or the reference data replaces it, as an import would.
 * Then the engine starts once to build the constraints and indexes (db/schema.ts), so the database
 * is ready to serve.
 *
 * Rows are staged as JSON Lines per label and type while the file is read (the columns a label
 * needs are known only at the end), then written as the importer's CSV files with typed headers.
 * Nothing is written to the data folder before every row has passed its checks.
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream, existsSync, type WriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Database } from '../../db/database.js';
import { startEngine, type EngineOptions } from '../../db/localEngine.js';
import { DATABASE, mustBeStopped, neo4jAdmin } from '../../db/neo4jAdmin.js';
import { applySchema } from '../../db/schema.js';
import { createLogger } from '../../logger.js';
import { edgeProperties, nodeProperties, STATEMENT_ROWS } from '../../db/upsert.js';
import { toDataset, type DatasetEdge, type DatasetNode } from '../../model/dataset.js';
import type { EntityKind } from '../../model/kinds.js';
import type { EntityItem, RelationshipItem, SourceItem, TradeItem } from '../../model/records.js';
import { readReference } from '../reference/load.js';
import { listSeedFiles, validateSeedFiles } from '../seed/validate.js';
import { SEED_DIR } from '../seed/load.js';
import type { Row } from './check.js';
import { importRows, type ImportOptions, type ImportResult } from './import.js';
import { DataError } from '../problems.js';
import type { CountsByLabel, RowSink } from './write.js';

/**
 * Splits list values in the importer's CSV. Text in the graph holds no control characters
 * (model/records.ts), so the unit separator cannot occur inside a value.
 */
const ARRAY_DELIMITER = '\u001f';

/** A property's type as the importer's header names it. */
type ColumnType = 'string' | 'double' | 'boolean' | 'string[]' | 'double[]' | 'boolean[]';

function columnTypeOf(value: unknown, where: string): ColumnType | 'list' {
  if (typeof value === 'string') return 'string';
  // The driver sends JavaScript numbers as floats, so the transactional path stores every number as one.
  if (typeof value === 'number') return 'double';
  if (typeof value === 'boolean') return 'boolean';
  if (Array.isArray(value)) {
    if (value.length === 0) return 'list';
    const element = columnTypeOf(value[0], where);
    if (element === 'list' || element.endsWith('[]') || value.some((v) => columnTypeOf(v, where) !== element)) throw new Error(`${where}: a list must hold values of one type`);
    return `${element}[]` as ColumnType;
  }
  throw new Error(`${where}: ${typeof value} cannot be stored`);
}

/** Text, numbers and booleans as the importer reads them (the shortest text that gives the same double back). */
const scalarCell = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '');

function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  // Quoted, so that an empty text or list is stored as such, not left out like a missing value.
  const text = Array.isArray(value) ? value.map(scalarCell).join(ARRAY_DELIMITER) : scalarCell(value);
  return `"${text.replaceAll('"', '""')}"`;
}

/** One label's nodes or one type's relationships, staged as JSON Lines, with the columns seen so far. */
class StagedFile {
  readonly columns = new Map<string, ColumnType | 'list'>();
  rows = 0;
  /** Rows with an empty list, and those properties: the importer leaves an empty cell out, so they are set afterwards. */
  readonly emptyLists: { id: string; props: Record<string, never[]> }[] = [];
  private readonly out: WriteStream;

  constructor(
    readonly staging: string,
    readonly name: string,
  ) {
    this.out = createWriteStream(staging);
  }

  async add(key: string[], props: Record<string, unknown>): Promise<void> {
    const empty = Object.entries(props).filter(([, v]) => Array.isArray(v) && v.length === 0);
    if (empty.length > 0) this.emptyLists.push({ id: key[key.length - 1]!, props: Object.fromEntries(empty.map(([k]) => [k, []])) });
    for (const [column, value] of Object.entries(props)) {
      const type = columnTypeOf(value, `${this.name}.${column}`);
      const seen = this.columns.get(column);
      if (seen === undefined || seen === 'list') this.columns.set(column, type === 'list' ? (seen ?? 'list') : type);
      else if (type !== 'list' && type !== seen) throw new Error(`${this.name}.${column} is a ${seen} in one row and a ${type} in another`);
      else if (type === 'list' && !seen.endsWith('[]')) throw new Error(`${this.name}.${column} is a ${seen} in one row and a list in another`);
    }
    this.rows++;
    if (!this.out.write(`${JSON.stringify([key, props])}\n`)) await once(this.out, 'drain');
  }

  async close(): Promise<void> {
    if (this.out.closed) return;
    const closed = once(this.out, 'close');
    this.out.end();
    await closed;
  }

  /** Writes the importer's CSV: `head` columns (ids, ends), then every property with its type. */
  async writeCsv(file: string, head: string[]): Promise<boolean> {
    const columns = [...this.columns.entries()].filter(([name]) => name !== 'id');
    // A list empty in every row has no element type; its cells are left out and set afterwards (setEmptyLists).
    const header = [...head, ...columns.map(([name, type]) => `${name}:${type === 'list' ? 'string[]' : type}`)];
    const out = createWriteStream(file);
    out.write(`${header.join(',')}\n`);
    let multiline = false;
    const lines = createInterface({ input: createReadStream(this.staging), crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line) continue;
      const [key, props] = JSON.parse(line) as [string[], Record<string, unknown>];
      const cells = [...key.map(csvCell), ...columns.map(([name]) => csvCell(props[name]))];
      const text = cells.join(',');
      if (/[\n\r]/.test(text)) multiline = true;
      if (!out.write(`${text}\n`)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'close');
    return multiline;
  }
}

// Labels and types come from the model's fixed tables, never from the file (which only fills $rows).
const setNodeLists = (kind: EntityKind) => /* cypher */ `
  // bulk.emptyLists
  UNWIND $rows AS row
  MATCH (n:${kind} {id: row.id})
  SET n += row.props`;
const setEdgeLists = (type: string) => /* cypher */ `
  // bulk.emptyLists
  UNWIND $rows AS row
  MATCH ()-[r:${type} {id: row.id}]->()
  SET r += row.props`;

/** The graph's rows before they are files: nodes by kind, relationships by type, in bounded memory. */
class BulkStaging implements RowSink {
  committed = 0;
  readonly counts: CountsByLabel = {};
  private readonly nodes = new Map<EntityKind, StagedFile>();
  private readonly edges = new Map<string, StagedFile>();
  /** Ids of the story and reference data that a row of the file replaced. */
  private readonly replaced = new Set<string>();

  constructor(
    private readonly dir: string,
    private readonly base: BaseGraph,
  ) {}

  /** Names of the file's entities and the base's, for trade observations' names (as the import reads them from the database). */
  private readonly names = new Map<string, string>();

  async submit(rows: Row[]): Promise<void> {
    const items = { sources: [] as SourceItem[], entities: [] as EntityItem[], relationships: [] as RelationshipItem[], trade: [] as TradeItem[] };
    for (const row of rows) {
      if (row.kind === 'source') items.sources.push(row.value);
      else if (row.kind === 'entity') {
        items.entities.push(row.value);
        this.names.set(row.value.id, row.value.name);
      } else if (row.kind === 'relationship') items.relationships.push(row.value);
      else items.trade.push(row.value);
    }
    const dataset = toDataset(items, (id) => this.names.get(id) ?? this.baseName(id) ?? id);
    for (const node of dataset.nodes) {
      if (this.base.nodes.has(node.id)) this.replaced.add(node.id);
      await this.addNode(node);
    }
    for (const edge of dataset.edges) {
      if (this.base.edges.has(edge.id)) this.replaced.add(edge.id);
      await this.addEdge(edge);
    }
    this.committed++;
  }

  private baseName(id: string): string | undefined {
    const name = this.base.nodes.get(id)?.properties.name;
    return typeof name === 'string' ? name : undefined;
  }

  async wait(): Promise<void> {}

  private count(label: string): void {
    (this.counts[label] ??= { created: 0, updated: 0, unchanged: 0 }).created++;
  }

  private async addNode(node: DatasetNode): Promise<void> {
    let file = this.nodes.get(node.kind);
    if (!file) this.nodes.set(node.kind, (file = new StagedFile(path.join(this.dir, `nodes-${node.kind}.jsonl`), node.kind)));
    await file.add([node.id], nodeProperties(node));
    this.count(node.kind);
  }

  private async addEdge(edge: DatasetEdge): Promise<void> {
    let file = this.edges.get(edge.type);
    if (!file) this.edges.set(edge.type, (file = new StagedFile(path.join(this.dir, `relationships-${edge.type}.jsonl`), edge.type)));
    await file.add([edge.from, edge.to, edge.id], edgeProperties(edge));
    this.count(edge.type);
  }

  /** Stages what the file did not replace of the story and the reference data; returns how many nodes and relationships. */
  async addBase(): Promise<{ nodes: number; relationships: number }> {
    let nodes = 0;
    let relationships = 0;
    for (const node of this.base.nodes.values()) {
      if (this.replaced.has(node.id)) continue;
      await this.addNode(node);
      nodes++;
    }
    for (const edge of this.base.edges.values()) {
      if (this.replaced.has(edge.id)) continue;
      await this.addEdge(edge);
      relationships++;
    }
    return { nodes, relationships };
  }

  /** Writes the importer's CSV files; returns its arguments for them. */
  async writeCsv(): Promise<{ args: string[]; multiline: boolean; nodes: number; relationships: number }> {
    const args: string[] = [];
    let multiline = false;
    let nodes = 0;
    let relationships = 0;
    for (const [kind, staged] of this.nodes) {
      await staged.close();
      const file = path.join(this.dir, `nodes-${kind}.csv`);
      // `id:ID` is the node's key for relationships and is stored as its `id` property.
      multiline = (await staged.writeCsv(file, ['id:ID'])) || multiline;
      args.push(`--nodes=Entity:${kind}=${file}`);
      nodes += staged.rows;
    }
    for (const [type, staged] of this.edges) {
      await staged.close();
      const file = path.join(this.dir, `relationships-${type}.csv`);
      multiline = (await staged.writeCsv(file, [':START_ID', ':END_ID', 'id:string'])) || multiline;
      args.push(`--relationships=${type}=${file}`);
      relationships += staged.rows;
    }
    return { args, multiline, nodes, relationships };
  }

  /** Sets the empty lists the importer left out, through the id constraints (so after applySchema). */
  async setEmptyLists(db: Database): Promise<void> {
    const parts = [...[...this.nodes].map(([kind, f]) => ({ cypher: setNodeLists(kind), f })), ...[...this.edges].map(([type, f]) => ({ cypher: setEdgeLists(type), f }))];
    for (const { cypher, f } of parts) {
      for (let i = 0; i < f.emptyLists.length; i += STATEMENT_ROWS) {
        const rows = f.emptyLists.slice(i, i + STATEMENT_ROWS);
        await db.writeTransaction('bulk.emptyLists', (tx) => tx.run(cypher, { rows }));
      }
    }
  }

  async discard(): Promise<void> {
    for (const staged of [...this.nodes.values(), ...this.edges.values()]) await staged.close().catch(() => {});
  }
}

/** Calls `each` with every complete, non-blank line of a stream of text chunks. */
function lineByLine(each: (line: string) => void): (chunk: string) => void {
  let rest = '';
  return (chunk) => {
    const lines = (rest + chunk).split(/\r?\n/);
    rest = lines.pop() ?? '';
    for (const line of lines) if (line.trim()) each(line.trimEnd());
  };
}

async function removeDatabase(dataDir: string): Promise<void> {
  for (const part of ['databases', 'transactions']) await rm(path.join(dataDir, 'data', part, DATABASE), { recursive: true, force: true });
}

/** The story and the reference data as `npm start` writes them: later rows of an id replace earlier ones. */
interface BaseGraph {
  nodes: Map<string, DatasetNode>;
  edges: Map<string, DatasetEdge>;
}

async function readBase(seedDir: string, referenceDir: string | undefined): Promise<BaseGraph> {
  const reference = await readReference({ dir: referenceDir, seedDir });
  const seed = await validateSeedFiles(await listSeedFiles(seedDir));
  const base: BaseGraph = { nodes: new Map(), edges: new Map() };
  for (const dataset of [seed, ...reference.steps.map((s) => s.dataset)]) {
    for (const node of dataset.nodes) base.nodes.set(node.id, node);
    for (const edge of dataset.edges) base.edges.set(edge.id, edge);
  }
  return base;
}

export interface BulkImportOptions extends Pick<ImportOptions, 'file' | 'onError' | 'record' | 'maxReported' | 'progress'> {
  /** The local engine the database is for: its data folder, and how to start it to build the indexes. */
  engine: Omit<EngineOptions, 'onProgress'>;
  /** Where the story and the reference data are read from (tests). */
  seedDir?: string;
  referenceDir?: string;
  onProgress?: (message: string) => void;
}

export interface BulkImportResult extends ImportResult {
  /** Set once the database was built. */
  bulk?: {
    nodes: number;
    relationships: number;
    /** Of those, the story's and the reference data's. */
    baseNodes: number;
    baseRelationships: number;
    /** Reading and checking the file and writing the importer's files. */
    prepareSeconds: number;
    /** neo4j-admin database import. */
    importSeconds: number;
    /** Starting the engine and building the constraints and indexes. */
    schemaSeconds: number;
  };
}

/** Builds a new local database from the story, the reference data and `file` (see the top of this file). */
export async function bulkImport(options: BulkImportOptions): Promise<BulkImportResult> {
  const started = Date.now();
  const { engine, onProgress = () => {} } = options;
  const dataDir = engine.dataDir;
  mustBeStopped(dataDir, 'bulk-import into');
  if (existsSync(path.join(dataDir, 'data', 'databases', DATABASE))) {
    throw new DataError(
      `${dataDir} already holds a database. --bulk builds a new one: set SUPPLYGRAPH_DATA_DIR to an empty or new folder, or import into the existing database without --bulk.`,
    );
  }
  onProgress('reading the story and the reference data…');
  const base = await readBase(options.seedDir ?? SEED_DIR, options.referenceDir);
  // The rows are staged next to the store they become (it may be large); a folder made here goes again if nothing is built.
  const madeDataDir = !existsSync(dataDir);
  await mkdir(dataDir, { recursive: true });
  const work = await mkdtemp(path.join(dataDir, '.bulk-'));
  const staging = new BulkStaging(work, base);
  let built = false;
  try {
    const result: BulkImportResult = await importRows({
      ...options,
      batchSize: 5_000,
      // The new database holds the story and the reference data, nothing else.
      lookup: (ids) => Promise.resolve(new Map(ids.flatMap((id) => (base.nodes.has(id) ? [[id, base.nodes.get(id)!.kind] as const] : [])))),
      sink: () => staging,
    });
    if (!result.ok) return result;
    const { nodes: baseNodes, relationships: baseRelationships } = await staging.addBase();
    onProgress('writing the importer’s files…');
    const files = await staging.writeCsv();
    const prepared = Date.now();
    onProgress(`neo4j-admin database import: ${files.nodes.toLocaleString('en-US')} nodes, ${files.relationships.toLocaleString('en-US')} relationships…`);
    try {
      await neo4jAdmin(
        dataDir,
        [
          'database',
          'import',
          'full',
          DATABASE,
          ...files.args,
          `--array-delimiter=${ARRAY_DELIMITER}`,
          `--multiline-fields=${files.multiline}`,
          '--bad-tolerance=0',
          `--report-file=${path.join(work, 'import.report')}`,
        ],
        onProgress,
        // The importer's own account, line by line: its four stages, their times and the totals (not its rows of dots).
        { heap: '1g', onOutput: lineByLine((line) => (/^[.\-\s]+\d+%/.test(line) ? undefined : onProgress(`  neo4j-admin: ${line}`))) },
      );
    } catch (error) {
      // A failed import leaves a partial store: removed, so the folder is as it was.
      await removeDatabase(dataDir);
      throw error;
    }
    const imported = Date.now();
    onProgress('building constraints and indexes (the engine starts once)…');
    const running = await startEngine({ ...engine, onProgress });
    const db = new Database({ uri: running.uri, queryTimeoutMs: 600_000, logger: createLogger('silent') });
    try {
      await applySchema(db);
      await staging.setEmptyLists(db);
    } finally {
      await db.close();
      await running.stop();
    }
    const finished = Date.now();
    built = true;
    return {
      ...result,
      durationMs: finished - started,
      bulk: {
        nodes: files.nodes,
        relationships: files.relationships,
        baseNodes,
        baseRelationships,
        prepareSeconds: (prepared - started) / 1000,
        importSeconds: (imported - prepared) / 1000,
        schemaSeconds: (finished - imported) / 1000,
      },
    };
  } finally {
    await staging.discard();
    await rm(work, { recursive: true, force: true });
    if (!built && madeDataDir) await rm(dataDir, { recursive: true, force: true });
  }
}
