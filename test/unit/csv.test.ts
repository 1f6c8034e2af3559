/**
 * The one CSV reader (src/ingest/csv.ts) that the reference files and `npm run import` share:
 * the same records and the same start lines, whole or streamed, so a problem names the line an
 * editor shows — after a BOM, CRLF, blank lines and quoted line breaks.
 */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CsvError, readCsvBytes, readCsvStream, type CsvRecord } from '../../src/ingest/csv.js';

const TEXT = '\uFEFFid,name,note\r\ncountry:CN,China,"two\nlines"\r\n\r\n\r\ncountry:US,"United States, the","said ""yes"""\r\ncountry:JP,Japan\r\n';
const EXPECTED: CsvRecord[] = [
  { line: 1, cells: ['id', 'name', 'note'] },
  { line: 2, cells: ['country:CN', 'China', 'two\nlines'] },
  // Two blank lines after the record that ended on line 3.
  { line: 6, cells: ['country:US', 'United States, the', 'said "yes"'] },
  // Fewer cells than the header: kept, for the caller to report with its line.
  { line: 7, cells: ['country:JP', 'Japan'] },
];

async function streamed(text: string, chunk = 5): Promise<CsvRecord[]> {
  const bytes = Buffer.from(text);
  const chunks = Array.from({ length: Math.ceil(bytes.length / chunk) }, (_, i) => bytes.subarray(i * chunk, (i + 1) * chunk));
  const records: CsvRecord[] = [];
  for await (const record of readCsvStream(Readable.from(chunks))) records.push(record);
  return records;
}

describe('the CSV reader', () => {
  it('reads whole files and streams alike: cells, quoting, BOM, and the line each record starts on', async () => {
    expect(readCsvBytes(Buffer.from(TEXT))).toEqual(EXPECTED);
    expect(await streamed(TEXT)).toEqual(EXPECTED);
  });

  it('refuses broken quoting with the line, both ways', async () => {
    const broken = 'id,name\ncountry:CN,"China\ncountry:US,United States\n';
    expect(() => readCsvBytes(Buffer.from(broken))).toThrow(CsvError);
    await expect(streamed(broken)).rejects.toThrow(CsvError);
  });
});
