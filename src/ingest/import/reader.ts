/**
 * Streams an import file as records, one at a time, with the line each starts on. Nothing here
 * holds more than the current line (JSON Lines) or the current record (CSV) and the header.
 *
 * A row that cannot be read (bad JSON, no `record`, wrong cell count) is still yielded, with its
 * problems, so that the caller reports it like any other bad row. Problems with the file as a
 * whole (missing, unreadable header, broken CSV quoting) throw DataError.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import readline from 'node:readline';
import { CsvError, readCsvStream } from '../csv.js';
import { cellValue, FIELD_TYPES, isRecordKind, RECORD_KINDS, type CellProblem, type RecordKind } from './records.js';
import { pathText } from '../../printable.js';
import { DataError, type RowProblem } from '../problems.js';

export type FileFormat = 'jsonl' | 'csv';

export interface RawRecord {
  line: number;
  kind?: RecordKind;
  fields: Record<string, unknown>;
  /** Problems found while reading the row (before its schema is checked). */
  problems: RowProblem[];
  /** The row could not be read into fields: its schema is not checked (its problems say why). */
  unreadable?: boolean;
}

/** Updated as the file is read, for progress. */
export interface ReadStats {
  bytes: number;
}

const KINDS_TEXT = RECORD_KINDS.map((k) => `"${k}"`).join(', ');

export function formatOf(file: string): FileFormat {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.csv') return 'csv';
  throw new DataError(
    `${file}: unknown file type "${ext || '(no extension)'}". Name the file .jsonl or .ndjson (JSON Lines: one {"record": …} object per line) or .csv (one record type per file); see docs/IMPORT.md.`,
  );
}

/** The file's size, or an DataError saying what is wrong with the path. */
export async function fileSize(file: string): Promise<number> {
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new DataError(`${file} is not a file. Give the path of a .jsonl, .ndjson or .csv file.`);
    return info.size;
  } catch (error) {
    if (error instanceof DataError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new DataError(`${file}: no such file. Check the path (relative paths are read from the directory you ran the command in).`);
    if (code === 'EACCES') throw new DataError(`${file}: permission denied. Make the file readable (chmod +r) and run again.`);
    throw new DataError(`${file}: cannot read it (${(error as Error).message}).`);
  }
}

export function readRecords(file: string, format: FileFormat, stats: ReadStats, record?: RecordKind): AsyncGenerator<RawRecord> {
  return format === 'jsonl' ? readJsonLines(file, stats) : readCsv(file, stats, record);
}

function openFile(file: string) {
  // A small buffer keeps the read-ahead (and the memory it takes) small.
  const stream = createReadStream(file, { highWaterMark: 64 * 1024 });
  return stream;
}

function rethrowReadError(file: string, error: unknown): never {
  if (error instanceof DataError) throw error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') throw new DataError(`${file}: cannot read it (${code}). Check the path and its permissions.`);
  throw error;
}

async function* readJsonLines(file: string, stats: ReadStats): AsyncGenerator<RawRecord> {
  const stream = openFile(file);
  const lines = readline.createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  try {
    for await (const raw of lines) {
      line++;
      stats.bytes = stream.bytesRead;
      const text = line === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
      if (text.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        yield { line, fields: {}, problems: [{ line, path: '', message: `not valid JSON (${(error as Error).message}); each line must be one JSON object` }] };
        continue;
      }
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        yield { line, fields: {}, problems: [{ line, path: '', message: 'each line must be one JSON object, like {"record": "entity", …}' }] };
        continue;
      }
      const { record, ...fields } = value as Record<string, unknown>;
      if (!isRecordKind(record)) {
        const got = record === undefined ? 'missing' : `got ${JSON.stringify(record)}`;
        yield { line, fields, problems: [{ line, path: 'record', message: `must be one of ${KINDS_TEXT} (${got})` }] };
        continue;
      }
      yield { line, kind: record, fields, problems: [] };
    }
    stats.bytes = stream.bytesRead;
  } catch (error) {
    rethrowReadError(file, error);
  } finally {
    lines.close();
    stream.destroy();
  }
}

interface CsvHeader {
  columns: string[];
  /** Index of the `record` column, or -1. */
  recordIndex: number;
}

function readHeader(file: string, cells: string[], record: RecordKind | undefined): CsvHeader {
  const columns = cells.map((c) => c.trim());
  if (columns.every((c) => c === '')) {
    throw new DataError(`${file}:1: the CSV header is empty. The first line must name the columns, e.g. "record,id,kind,name,sources".`);
  }
  const blank = columns.indexOf('');
  if (blank >= 0) throw new DataError(`${file}:1: CSV header column ${blank + 1} has no name. Name every column (or remove the trailing comma).`);
  const seen = new Set<string>();
  for (const c of columns) {
    if (seen.has(c)) throw new DataError(`${file}:1: the CSV header names the column "${c}" twice. Keep one.`);
    seen.add(c);
  }
  const recordIndex = columns.indexOf('record');
  if (!record && recordIndex !== 0) {
    throw new DataError(
      `${file}:1: cannot tell what the CSV rows are. Make the first column "record" (with one of ${KINDS_TEXT} in each row), or pass --record=<kind> for the whole file. The header starts with "${columns[0]}".`,
    );
  }
  return { columns, recordIndex };
}

function checkColumns(file: string, header: CsvHeader, kind: RecordKind): void {
  const known = FIELD_TYPES[kind];
  const unknown = header.columns.filter((c, i) => i !== header.recordIndex && !known.has(c));
  if (unknown.length > 0) {
    throw new DataError(
      `${file}:1: unknown CSV column(s) for ${kind} records: ${unknown.map((c) => `"${c}"`).join(', ')}. ` +
        `The columns ${kind} records may have: record, ${[...known.keys()].join(', ')}.`,
    );
  }
}

async function* readCsv(file: string, stats: ReadStats, record: RecordKind | undefined): AsyncGenerator<RawRecord> {
  const stream = openFile(file);
  let header: CsvHeader | undefined;
  let kind: RecordKind | undefined = record;
  let columnsChecked = false;
  try {
    for await (const { line, cells } of readCsvStream(stream)) {
      stats.bytes = stream.bytesRead;
      if (!header) {
        header = readHeader(file, cells, record);
        if (kind) {
          checkColumns(file, header, kind);
          columnsChecked = true;
        }
        continue;
      }
      const problems: RowProblem[] = [];
      const given = header.recordIndex >= 0 ? (cells[header.recordIndex] ?? '').trim() : '';
      if (!kind) {
        // The file's record type is the first row's.
        if (!isRecordKind(given)) {
          yield { line, fields: {}, problems: [{ line, path: 'record', message: `must be one of ${KINDS_TEXT} (got ${JSON.stringify(given)})` }] };
          continue;
        }
        kind = given;
      }
      if (!columnsChecked) {
        checkColumns(file, header, kind);
        columnsChecked = true;
      }
      if (given !== '' && given !== kind) {
        const why = record ? `--record=${record} was given` : `this file's rows are ${kind} records (from its first row)`;
        const problem = { line, path: 'record', message: `is "${given}", but ${why}; a CSV file holds one record type, so put ${given} rows in their own file` };
        yield { line, kind, fields: {}, problems: [problem], unreadable: true };
        continue;
      }
      if (cells.length !== header.columns.length) {
        problems.push({ line, path: '', message: `has ${cells.length} cell(s) but the header has ${header.columns.length} column(s); check for a missing or extra comma, or quote a cell that contains one` });
      }
      const fields: Record<string, unknown> = {};
      const cellProblems: CellProblem[] = [];
      const types = FIELD_TYPES[kind];
      header.columns.forEach((column, i) => {
        if (i === header!.recordIndex) return;
        const value = cellValue(column, types.get(column)!, cells[i] ?? '', cellProblems);
        if (value !== undefined) fields[column] = value;
      });
      for (const p of cellProblems) problems.push({ line, path: pathText(p.path), message: p.message });
      yield { line, kind, fields, problems };
    }
    stats.bytes = stream.bytesRead;
    if (!header) throw new DataError(`${file} is empty: a CSV file needs a header line and at least one row.`);
  } catch (error) {
    if (error instanceof CsvError) {
      const at = (error as CsvError & { lines?: number }).lines;
      throw new DataError(
        `${file}${at ? `:${at}` : ''}: the CSV cannot be read (${error.message}). A cell holding a comma, a quote or a line break must be wrapped in double quotes, with quotes inside it doubled (""). Nothing was written.`,
      );
    }
    rethrowReadError(file, error);
  } finally {
    stream.destroy();
  }
}
