/**
 * Bulk import of a JSON Lines or CSV file into the graph, streaming: the file is read several
 * times, one row at a time, and only ids (and one or two batches of rows) are kept in memory.
 *
 *   pass "check"        every row's shape (src/model/records.ts), duplicate ids, in-row rules; the
 *                       ids it defines and refers to (looked up in the database in batches)
 *   pass "references"   (--on-error=stop only) every reference resolved, so that every bad row
 *                       is reported before anything is written; skipped when the ids alone show
 *                       that every reference is good (Registry.allReferencesResolve)
 *   pass "nodes"        sources and entities written, batch by batch
 *   pass "relationships" relationships and trade observations written, batch by batch
 *
 * With --on-error=stop nothing is written when any row is bad. With --on-error=skip bad rows,
 * and rows that refer to a skipped row's id, are left out and listed; the rest is written.
 */
import { stat } from 'node:fs/promises';
import type { Database } from '../../db/database.js';
import { DERIVED_RELATIONSHIP_TYPES, RELATIONSHIP_TYPES } from '../../model/relationships.js';
import { checkShape, databaseIds, referencesOf, Registry, type IdLookup, type KindProblem, type Row } from './check.js';
import { silentProgress, type Progress } from './progress.js';
import { fileSize, formatOf, readRecords, type FileFormat, type RawRecord, type ReadStats } from './reader.js';
import { DataError, type RowProblem } from '../problems.js';
import { RECORD_KINDS, type RecordKind } from './records.js';
import { BatchWriter, type CountsByLabel, type RowSink, type WriteCounts } from './write.js';

export type OnError = 'stop' | 'skip';

export interface ImportOptions {
  file: string;
  /** stop (default): write nothing when any row is bad. skip: write the good rows. */
  onError?: OnError;
  /** Rows per write transaction (default 5,000). */
  batchSize?: number;
  /** Check everything (the database included) but write nothing. */
  dryRun?: boolean;
  /** For a CSV file without a `record` column: the kind of every row. */
  record?: RecordKind;
  /** How many problems to keep for the report (default 100); all are counted. */
  maxReported?: number;
  progress?: Progress;
}

export interface RecordCounts extends WriteCounts {
  /** Good rows of this kind (written, or to be written in a dry run). */
  rows: number;
  /** Bad rows of this kind, and rows skipped because they refer to one. */
  skipped: number;
}

export interface ImportResult {
  file: string;
  format: FileFormat;
  onError: OnError;
  dryRun: boolean;
  /** False when the file has bad rows and --on-error=stop: nothing was written. */
  ok: boolean;
  rowsRead: number;
  /** Rows that were bad or skipped (every one, though only `problems` are kept). */
  badRows: number;
  problemCount: number;
  /** The first problems by line (up to maxReported). */
  problems: RowProblem[];
  records: Record<RecordKind, RecordCounts>;
  /** Rows without a readable record kind. */
  unreadableRows: number;
  /** The relationships derived from rows: REPORTED_IN, EXPORTER, IMPORTER, OF. */
  derived: Record<string, WriteCounts>;
  /** Everything written, per node kind and relationship type. */
  byLabel: CountsByLabel;
  batches: number;
  passes: number;
  /** Each pass over the file: what it did, its rows and its time. */
  passTimes: { label: string; rows: number; ms: number }[];
  durationMs: number;
  /** Time spent in the passes that write. */
  writeMs: number;
}

export const DEFAULT_BATCH_SIZE = 5_000;

/** Keeps the first `limit` problems by line, in bounded memory, and counts them all. */
class ProblemList {
  private items: RowProblem[] = [];
  count = 0;
  constructor(private readonly limit: number) {}
  add(problem: RowProblem): void {
    this.count++;
    this.items.push(problem);
    if (this.items.length >= this.limit * 2 + 100) this.trim();
  }
  private trim(): void {
    this.items.sort((a, b) => a.line - b.line);
    this.items.length = Math.min(this.items.length, this.limit);
  }
  list(): RowProblem[] {
    this.trim();
    return this.items;
  }
}

const zero = (): WriteCounts => ({ created: 0, updated: 0, unchanged: 0 });
const STATED_TYPES = new Set(Object.keys(RELATIONSHIP_TYPES));
const DERIVED_TYPES = new Set<string>(DERIVED_RELATIONSHIP_TYPES);

function recordKindOfLabel(label: string): RecordKind | 'derived' {
  if (label === 'Source') return 'source';
  if (label === 'TradeObservation') return 'trade';
  if (STATED_TYPES.has(label)) return 'relationship';
  if (DERIVED_TYPES.has(label)) return 'derived';
  return 'entity';
}

/** Imports a file into a database: checked against its ids, written in transactions (db/upsert.ts). */
export function importFile(db: Database, options: ImportOptions): Promise<ImportResult> {
  return importRows({ ...options, lookup: databaseIds(db), sink: () => new BatchWriter(db) });
}

/**
 * Reads, checks and hands a file's rows to a sink, in the order that lets every reference resolve:
 * sources and entities, then relationships and trade. `lookup` says which ids the target graph
 * already holds; `sink` is made once the checks let writing start (never in a dry run).
 */
export async function importRows(options: ImportOptions & { lookup: IdLookup; sink: () => RowSink }): Promise<ImportResult> {
  const started = Date.now();
  const { file, onError = 'stop', batchSize = DEFAULT_BATCH_SIZE, dryRun = false, record, maxReported = 100, progress = silentProgress } = options;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new DataError(`--batch-size must be a whole number of rows, at least 1 (got ${batchSize}).`);
  const format = formatOf(file);
  recordOnlyForCsv(format, record);
  const size = await fileSize(file);
  const { mtimeMs } = await stat(file);

  const registry = new Registry(options.lookup, Math.min(Math.max(batchSize, 1_000), 20_000));
  const problems = new ProblemList(maxReported);
  const records = Object.fromEntries(RECORD_KINDS.map((k) => [k, { rows: 0, skipped: 0, ...zero() }])) as Record<RecordKind, RecordCounts>;
  let unreadableRows = 0;
  let badRows = 0;
  const bad = (kind: RecordKind | undefined, rowProblems: RowProblem[]) => {
    badRows++;
    if (kind) records[kind].skipped++;
    else unreadableRows++;
    for (const p of rowProblems) problems.add(p);
  };
  const badElsewhere = (found: KindProblem[]) => {
    for (const { kind, problem } of found) bad(kind, [problem]);
  };

  let nodeRows = 0;
  let edgeRows = 0;
  let rowsRead = 0;
  let writer: RowSink | undefined;
  let writeStarted = 0;
  const stats: ReadStats = { bytes: 0 };
  const passTimes: ImportResult['passTimes'] = [];
  let passIndex = 0;
  let plannedPasses = onError === 'stop' ? 4 : 3;
  /** One pass over the file; `each` gets every row in order. */
  const pass = async (
    label: string,
    each: (record: RawRecord) => Promise<void> | void,
    end?: () => Promise<void>,
  ) => {
    const now = await stat(file).catch(() => undefined);
    if (!now || now.size !== size || now.mtimeMs !== mtimeMs) {
      const written = writer && writer.committed > 0 ? ` ${writer.committed} batch(es) were written before; importing the file again is safe (rows already there stay unchanged).` : ' Nothing was written.';
      throw new DataError(`${file} changed while it was being imported. Run the import again once the file is complete.${written}`);
    }
    passIndex++;
    progress.pass(label, passIndex, plannedPasses);
    stats.bytes = 0;
    const passStarted = Date.now();
    let rows = 0;
    for await (const raw of readRecords(file, format, stats, record)) {
      rows++;
      if ((rows & 255) === 0) progress.update(rows, stats.bytes);
      await each(raw);
    }
    progress.update(rows, stats.bytes);
    await end?.();
    passTimes.push({ label, rows, ms: Date.now() - passStarted });
    return rows;
  };

  try {
    // 1. Shapes, duplicates, in-row rules; ids defined and referred to.
    rowsRead = await pass('checking rows', async (raw) => {
      const { row, problems: rowProblems, id } = checkShape(raw);
      if (!row) {
        bad(raw.kind, rowProblems);
        if (id) registry.fail(id, raw.line);
        return;
      }
      const duplicate = registry.define(row);
      if (duplicate) return bad(row.kind, [duplicate]);
      if (row.kind === 'source' || row.kind === 'entity') {
        nodeRows++;
        badElsewhere(await registry.wantDefined(row));
      } else {
        edgeRows++;
      }
      badElsewhere(await registry.want(referencesOf(row)));
    });
    badElsewhere(await registry.flush());
    // When the file is clean and every id it refers to exists, of a kind allowed where it is named
    // (known from the ids alone), no row can have a reference problem: the references pass is skipped.
    const referencesPass = onError === 'stop' && (badRows > 0 || !registry.allReferencesResolve());
    plannedPasses = (referencesPass ? 2 : 1) + (nodeRows > 0 ? 1 : 0) + (edgeRows > 0 ? 1 : 0);

    // A row is written by the pass for its kind when it is the row defining its id and nothing has failed it.
    const isCandidate = (row: Row) => registry.isDefinedAt(row.id, row.line) && !registry.isFailed(row.id);

    if (referencesPass) {
      // 2. Every reference, so that every bad row is reported before anything is written.
      await pass('checking references', (raw) => {
        const { row } = checkShape(raw);
        if (!row || !isCandidate(row)) return;
        // A row that refers to a bad row is not reported: the bad row is.
        const { problems: refProblems } = registry.checkReferences(row);
        if (refProblems.length > 0) bad(row.kind, refProblems);
      });
      if (badRows > 0) return finish(false);
    }

    writer = dryRun ? undefined : options.sink();
    writeStarted = Date.now();
    let batch: Row[] = [];
    const take = async (row: Row) => {
      records[row.kind].rows++;
      if (!writer) return;
      batch.push(row);
      if (batch.length >= batchSize) {
        await writer.submit(batch);
        batch = [];
      }
    };
    const flushBatch = async () => {
      if (writer && batch.length > 0) await writer.submit(batch);
      batch = [];
      await writer?.wait();
    };
    const writeKinds = async (label: string, kinds: ReadonlySet<RecordKind>) => {
      await pass(label, async (raw) => {
        // Rows of the other pass's kinds are not even checked again.
        if (!raw.kind || !kinds.has(raw.kind)) return;
        const { row } = checkShape(raw);
        if (!row || !isCandidate(row)) return;
        const { problems: refProblems, dependsOn } = registry.checkReferences(row);
        if (refProblems.length > 0 || dependsOn.length > 0) {
          bad(row.kind, [...refProblems, ...dependsOn]);
          registry.fail(row.id, row.line);
          return;
        }
        await take(row);
      }, flushBatch);
    };

    // 3. Sources and entities, then 4. relationships and trade (whose ends must exist by then).
    if (nodeRows > 0) await writeKinds(dryRun ? 'checking sources and entities' : 'writing sources and entities', new Set(['source', 'entity']));
    if (edgeRows > 0) await writeKinds(dryRun ? 'checking relationships and trade' : 'writing relationships and trade', new Set(['relationship', 'trade']));
    return finish(true);
  } finally {
    progress.stop();
  }

  function finish(ok: boolean): ImportResult {
    const byLabel = writer?.counts ?? {};
    const derived: Record<string, WriteCounts> = {};
    for (const [label, c] of Object.entries(byLabel)) {
      const kind = recordKindOfLabel(label);
      const into = kind === 'derived' ? (derived[label] ??= zero()) : records[kind];
      into.created += c.created;
      into.updated += c.updated;
      into.unchanged += c.unchanged;
    }
    const finished = Date.now();
    return {
      file,
      format,
      onError,
      dryRun,
      ok,
      rowsRead,
      badRows,
      problemCount: problems.count,
      problems: problems.list(),
      records,
      unreadableRows,
      derived,
      byLabel,
      batches: writer?.committed ?? 0,
      passes: passIndex,
      passTimes,
      durationMs: finished - started,
      writeMs: writeStarted ? finished - writeStarted : 0,
    };
  }
}

/**
 * Checks what can be checked without a database: the path, the extension, and for a CSV file its
 * header (and first row's record kind). Throws DataError saying what to fix.
 */
export async function checkFile(file: string, record?: RecordKind): Promise<{ format: FileFormat; size: number }> {
  const format = formatOf(file);
  recordOnlyForCsv(format, record);
  const size = await fileSize(file);
  if (format === 'csv') {
    // Reading the first row makes the reader check the header (and with it, the record kind).
    for await (const _ of readRecords(file, format, { bytes: 0 }, record)) break;
  }
  return { format, size };
}

function recordOnlyForCsv(format: FileFormat, record: RecordKind | undefined): void {
  if (record && format !== 'csv') {
    throw new DataError(`--record is for CSV files; in JSON Lines each row names its own "record". Leave --record out.`);
  }
}
