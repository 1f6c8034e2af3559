/**
 * The one CSV reader of every way in (csv-parse): RFC 4180 quoting, UTF-8 with or without a BOM,
 * CRLF or LF, blank lines skipped, and each record with the line it starts on (the header is line
 * 1, a record after blank lines or a quoted line break counted right), so a problem names the line
 * a user's editor shows. Streamed for imports of any size; whole for the small reference files.
 * A row may hold more or fewer cells than the header: the caller reports that with the row's line.
 */
import { parse } from 'csv-parse';
import { parse as parseWhole } from 'csv-parse/sync';

export { CsvError } from 'csv-parse';

export interface CsvRecord {
  /** The line the record starts on (1-based). */
  line: number;
  cells: string[];
}

const OPTIONS = { info: true, bom: true, skip_empty_lines: true, relax_column_count: true } as const;

interface RecordInfo {
  lines: number;
  empty_lines: number;
}

/** Start lines from csv-parse's info: `lines` is where a record ends; it starts after the previous one and the blank lines between. */
function startLines(): (info: RecordInfo) => number {
  let previousEnd = 0;
  let previousEmpty = 0;
  return (info) => {
    const line = previousEnd + 1 + (info.empty_lines - previousEmpty);
    previousEnd = info.lines;
    previousEmpty = info.empty_lines;
    return line;
  };
}

/** The records of a CSV stream as they are read. Broken quoting throws csv-parse's CsvError (with `lines`). */
export async function* readCsvStream(input: NodeJS.ReadableStream): AsyncGenerator<CsvRecord> {
  const parser = parse(OPTIONS);
  input.on('error', (error: Error) => parser.destroy(error));
  input.pipe(parser);
  const lineOf = startLines();
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: RecordInfo }>) yield { line: lineOf(info), cells: record };
  } finally {
    parser.destroy();
  }
}

/** The records of a whole CSV file. Broken quoting throws CsvError, as readCsvStream does. */
export function readCsvBytes(bytes: Buffer): CsvRecord[] {
  const lineOf = startLines();
  const records: CsvRecord[] = [];
  parseWhole(bytes, {
    ...OPTIONS,
    info: false,
    on_record: (cells: string[], info: RecordInfo) => {
      records.push({ line: lineOf(info), cells });
      return null; // kept here, with its line
    },
  });
  return records;
}
