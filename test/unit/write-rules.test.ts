/** The rules every write path shares: calendar dates, text limits, URL schemes, self-loops, safe echoes. */
import { describe, expect, it } from 'vitest';
import { entitySchema, relationshipSchema, sourceSchema, TEXT_LIMITS } from '../../src/model/records.js';
import { decodeCursor, encodeCursor } from '../../src/cypher/cursor.js';
import { dateBounds, isPartialDate, isPeriod, periodBounds } from '../../src/model/dates.js';
import { RELATIONSHIP_TYPES, SELF_LOOPS_ALLOWED, selfLoopProblem } from '../../src/model/relationships.js';
import { printable } from '../../src/printable.js';
import { formatProblems } from '../../src/ingest/import/report.js';
import type { ImportResult } from '../../src/ingest/import/import.js';

describe('the date parser', () => {
  it.each(['2025', '2025-02', '2025-02-28', '2024-02-29', '2025-12-31', '2025-04-30'])('accepts %s', (d) => expect(isPartialDate(d)).toBe(true));
  it.each(['2025-02-30', '2025-02-29', '2025-04-31', '2025-13-99', '2025-13', '2025-00', '2025-06-00', '25-06-01', '2025-6-1', '2025-06-01T00:00', ''])('refuses %s', (d) =>
    expect(isPartialDate(d)).toBe(false),
  );
  it('periods and their bounds', () => {
    for (const p of ['2025', '2025-H1', '2025-Q4', '2025-06']) expect(isPeriod(p)).toBe(true);
    for (const p of ['2025-Q5', '2025-H3', '2025-13', '2025-06-01']) expect(isPeriod(p)).toBe(false);
    expect(periodBounds('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(periodBounds('2025-Q2')).toEqual({ start: '2025-04-01', end: '2025-06-30' });
    expect(dateBounds('2025-02')).toEqual({ start: '2025-02-01', end: '2025-02-28' });
  });
  it('writes refuse impossible dates too', () => {
    const base = { kind: 'Event', id: 'event:x', name: 'X', summary: 'x', sources: ['source:x'] };
    expect(entitySchema.safeParse({ ...base, date: '2025-02-28' }).success).toBe(true);
    expect(entitySchema.safeParse({ ...base, date: '2025-02-30' }).success).toBe(false);
  });
});

describe('text limits and URL schemes, shared by seed, import and mutations', () => {
  const company = { kind: 'Company', id: 'company:x', name: 'X', sources: ['source:x'] };
  const problems = (value: unknown) => {
    const parsed = entitySchema.safeParse(value);
    return parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'));
  };
  it('accepts ordinary text', () => expect(problems({ ...company, description: 'Line one.\nLine two.', aliases: ['X Corp'], website: 'https://x.example' })).toEqual([]));
  it('refuses control characters in a name, a 900 KB description, 20,000 aliases', () => {
    expect(problems({ ...company, name: 'X\u0000Y' })).toEqual(['name']);
    expect(problems({ ...company, name: 'X\u001b[31mred' })).toEqual(['name']);
    expect(problems({ ...company, description: 'x'.repeat(900_000) })).toEqual(['description']);
    expect(problems({ ...company, aliases: Array.from({ length: 20_000 }, (_, i) => `a${i}`) })).toEqual(['aliases']);
    expect(problems({ ...company, aliases: ['y'.repeat(TEXT_LIMITS.alias + 1)] })).toEqual(['aliases.0']);
  });
  it.each(['javascript:alert(1)', 'data:text/html,hi', 'file:///etc/passwd', 'ftp://x.example/a', 'https://'])('refuses the URL %s', (url) => {
    expect(problems({ ...company, website: url })).toEqual(['website']);
    expect(sourceSchema.safeParse({ id: 'source:x', title: 'T', publisher: 'P', url, sourceType: 'NEWS' }).success).toBe(false);
  });
  it('relationship text properties are bounded too', () => {
    const r = { type: 'STATED', from: 'official:a', to: 'country:CN', sources: ['source:x'] };
    expect(relationshipSchema.safeParse({ ...r, quote: 'fine' }).success).toBe(true);
    expect(relationshipSchema.safeParse({ ...r, quote: 'q'.repeat(TEXT_LIMITS.paragraph + 1) }).success).toBe(false);
    expect(relationshipSchema.safeParse({ ...r, quote: 'bell\u0007' }).success).toBe(false);
  });
});

describe('self-loops', () => {
  it('one table covers every relationship type', () => expect(Object.keys(SELF_LOOPS_ALLOWED).sort()).toEqual(Object.keys(RELATIONSHIP_TYPES).sort()));
  it('a refused self-loop is named', () => {
    expect(selfLoopProblem('LINKED_TO', 'company:a', 'company:a')).toMatch(/own start/);
    expect(selfLoopProblem('LINKED_TO', 'company:a', 'company:b')).toBeUndefined();
  });
});

describe('untrusted text is never echoed raw', () => {
  it('printable escapes terminal escapes, NUL and bidi overrides, and cuts long text', () => {
    expect(printable('a\u001b[2Jb\u0000c\u202ed')).toBe('a\\u001b[2Jb\\u0000c\\u202ed');
    expect(printable('x'.repeat(500), 10)).toBe(`${'x'.repeat(10)}…`);
  });
  it("a forged cursor's text is not repeated in the error", () => {
    const forged = encodeCursor({ field: '\u001b[31mEVIL<script>', direction: 'ASC', value: 'v', id: 'i' });
    let message = '';
    try {
      decodeCursor(forged, { field: 'name', direction: 'ASC' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/another ordering/);
    expect(message).not.toContain('EVIL');
    expect(message).not.toContain('\u001b');
  });
  it('the import report escapes bytes from a bad file', () => {
    const result = { file: 'bad.jsonl', problems: [{ line: 3, path: 'name\u001b]0;title\u0007', message: 'got "\u001b[2J\u0000"' }], problemCount: 1, badRows: 1 } as unknown as ImportResult;
    const text = formatProblems(result);
    // eslint-disable-next-line no-control-regex -- the test looks for control characters
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(text).toContain('\\u001b[2J\\u0000');
  });
});
