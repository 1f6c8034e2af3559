/**
 * The reference data files (data/reference/) and how they are read: every file is checked
 * against data/reference/SHA256SUMS before anything is parsed, so a changed or damaged file stops
 * the load with its name. Problems are collected with file, line and reason, and the load writes
 * nothing while there is any.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

export const REFERENCE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../data/reference');
export const CHECKSUM_FILE = 'SHA256SUMS';

export interface ReferenceProblem {
  /** Relative to the reference folder, e.g. `hs/hs2022-nomenclature.csv`. */
  file: string;
  line?: number;
  /** The column, where one cell is at fault. */
  column?: string;
  message: string;
}

export class ReferenceDataError extends Error {
  constructor(readonly problems: ReferenceProblem[]) {
    const shown = problems.slice(0, 50).map(formatReferenceProblem);
    const more = problems.length > shown.length ? [`  … and ${problems.length - shown.length} more`] : [];
    super(`${problems.length} problem(s) in the reference data; nothing was written:\n${[...shown, ...more].join('\n')}`);
    this.name = 'ReferenceDataError';
  }
}

export function formatReferenceProblem(p: ReferenceProblem): string {
  return `  data/reference/${p.file}${p.line ? `:${p.line}` : ''}${p.column ? `, column ${p.column}` : ''}  ${p.message}`;
}

/** Collects problems while the files are read; `fail()` throws when there are any. */
export class Problems {
  readonly list: ReferenceProblem[] = [];
  add(file: string, line: number | undefined, message: string, column?: string): void {
    this.list.push({ file, line, message, ...(column ? { column } : {}) });
  }
  failIfAny(): void {
    if (this.list.length > 0) throw new ReferenceDataError(this.list);
  }
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * Reads SHA256SUMS (`<hex>  <file>` lines) and checks each listed file. Returns the files' bytes
 * by name; a missing file, a changed file or a malformed checksum line is a problem.
 */
export async function readChecked(dir: string, problems: Problems): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  let listing: string;
  try {
    listing = await readFile(path.join(dir, CHECKSUM_FILE), 'utf8');
  } catch {
    problems.add(CHECKSUM_FILE, undefined, 'missing: the checksum list is needed to load the reference data');
    return files;
  }
  const lines = listing.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.trim();
    if (text === '' || text.startsWith('#')) continue;
    const match = /^([0-9a-f]{64}) [ *]?(\S+)$/.exec(text);
    if (!match) {
      problems.add(CHECKSUM_FILE, i + 1, 'not a checksum line ("<sha256>  <file>")');
      continue;
    }
    const expected = match[1]!;
    const name = match[2]!;
    let bytes: Buffer;
    try {
      bytes = await readFile(path.join(dir, name));
    } catch {
      problems.add(name, undefined, 'missing (listed in SHA256SUMS)');
      continue;
    }
    const actual = sha256(bytes);
    if (actual !== expected) {
      problems.add(name, undefined, `checksum mismatch: SHA-256 is ${actual}, SHA256SUMS expects ${expected} (the file changed; check it, then update SHA256SUMS)`);
      continue;
    }
    files.set(name, bytes);
  }
  return files;
}

/** A CSV row as named cells, with the line it starts on (the header is line 1). */
export interface CsvRow {
  line: number;
  cells: Record<string, string>;
}

/** A CSV file as its header and records by position, each with the line it starts on. */
export interface CsvRecords {
  header: string[];
  rows: { line: number; values: string[] }[];
}

/** Parses a CSV file (BOM and CRLF allowed); undefined (with a problem naming line and column) when it is not CSV. */
export function readCsvRecords(name: string, bytes: Buffer, problems: Problems): CsvRecords | undefined {
  // The line each record ends on, so a row can be named by the line it starts on.
  const ends: number[] = [];
  let records: string[][];
  try {
    records = parse(bytes, {
      bom: true,
      skip_empty_lines: true,
      on_record: (record: string[], context) => {
        ends.push(context.lines);
        return record;
      },
    });
  } catch (error) {
    const { lines, column } = error as { lines?: number; column?: number | string };
    const where = column !== undefined && column !== null ? ` (column ${typeof column === 'number' ? column + 1 : column})` : '';
    problems.add(name, lines, `not valid CSV${where}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    return undefined;
  }
  const header = records[0];
  if (!header) {
    problems.add(name, 1, 'empty file');
    return undefined;
  }
  // context.lines is the line a record ends on; a record starts after the previous one ended.
  return { header, rows: records.slice(1).map((values, i) => ({ line: ends[i]! + 1, values })) };
}

/**
 * Parses a CSV file whose header must hold `required` columns (extra columns are allowed).
 * Returns undefined (with a problem) when the file cannot be parsed or lacks a column.
 */
export function readCsv(name: string, bytes: Buffer, required: readonly string[], problems: Problems): CsvRow[] | undefined {
  const records = readCsvRecords(name, bytes, problems);
  if (!records) return undefined;
  const { header } = records;
  const missing = required.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    problems.add(name, 1, `missing column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `"${c}"`).join(', ')}`);
    return undefined;
  }
  return records.rows.map(({ line, values }) => {
    const cells: Record<string, string> = {};
    header.forEach((column, j) => (cells[column] = values[j] ?? ''));
    return { line, cells };
  });
}

/** Parses a JSON file; undefined (with a problem) when it is not JSON. */
export function readJson(name: string, bytes: Buffer, problems: Problems): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    problems.add(name, undefined, `not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

/** The line of a JSON file on which `needle` first appears (for pointing at an entry). */
export function lineOfText(bytes: Buffer, needle: string): number | undefined {
  const text = bytes.toString('utf8');
  const at = text.indexOf(needle);
  return at < 0 ? undefined : text.slice(0, at).split('\n').length;
}

export const slugify = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
