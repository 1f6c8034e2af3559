/**
 * The reference data files (data/reference/) and how they are read: every file is checked
 * against data/reference/SHA256SUMS before anything is parsed, so a changed or damaged file stops
 * the load with its name. Problems are collected with file, line and reason, and the load writes
 * nothing while there is any.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../../startup/config.js';
import { readCsvBytes, type CsvRecord } from '../csv.js';
import { Problems } from '../problems.js';

export const REFERENCE_DIR = path.join(PROJECT_ROOT, 'data', 'reference');
export const CHECKSUM_FILE = 'SHA256SUMS';

/** Problems with the reference files, each shown from the project folder (`data/reference/hs/…`). */
export const referenceProblems = () => new Problems('the reference data', (file) => `data/reference/${file}`);

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

/** Parses a CSV file (the one reader, src/ingest/csv.ts); undefined (with a problem naming the line) when it is not CSV or a row's cells do not match the header. */
export function readCsvRecords(name: string, bytes: Buffer, problems: Problems): CsvRecords | undefined {
  let records: CsvRecord[];
  try {
    records = readCsvBytes(bytes);
  } catch (error) {
    const { lines, column } = error as { lines?: number; column?: number | string };
    const where = column !== undefined && column !== null ? ` (column ${typeof column === 'number' ? column + 1 : column})` : '';
    problems.add(name, lines, `not valid CSV${where}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    return undefined;
  }
  const [header, ...rows] = records;
  if (!header) {
    problems.add(name, 1, 'empty file');
    return undefined;
  }
  let whole = true;
  for (const row of rows) {
    if (row.cells.length === header.cells.length) continue;
    problems.add(name, row.line, `has ${row.cells.length} cell(s) but the header has ${header.cells.length} column(s)`);
    whole = false;
  }
  return whole ? { header: header.cells, rows: rows.map(({ line, cells }) => ({ line, values: cells })) } : undefined;
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
