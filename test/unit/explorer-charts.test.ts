/**
 * The trade chart's time axis and the CSV files (web/src/explore/timeAxis.ts, csv.ts), without a
 * browser: periods of different lengths are separate series on a calendar axis; lines never
 * join periods across a gap; CSV quotes what needs quoting and never hands a spreadsheet a formula.
 */
import { describe, expect, it } from 'vitest';
import { csvFileName, toCsv } from '../../web/src/explore/csv.js';
import { niceTicks, periodOf, runs, seriesOf, timeTicks } from '../../web/src/explore/timeAxis.js';

// China → world, rare-earth magnets, as the seed records it: months, five-month totals and half-years.
const points = [
  ['2024-05', '2024-05-01', '2024-05-31', 4762],
  ['2024-01/2024-05', '2024-01-01', '2024-05-31', 22377],
  ['2024-06', '2024-06-01', '2024-06-30', 5150],
  ['2024-H1', '2024-01-01', '2024-06-30', 27520],
  ['2025-04', '2025-04-01', '2025-04-30', 2628],
  ['2025-05', '2025-05-01', '2025-05-31', 1238],
  ['2025-06', '2025-06-01', '2025-06-30', 3188],
  ['2025-H1', '2025-01-01', '2025-06-30', 22319],
].map(([period, periodStart, periodEnd, quantity]) => ({ period: String(period), periodStart: String(periodStart), periodEnd: String(periodEnd), quantity: Number(quantity) }));

describe('the trade chart', () => {
  it('makes one series per period length, shortest first, each in time order', () => {
    const series = seriesOf(points);
    expect(series.map((s) => [s.name, s.points.map((p) => p.period)])).toEqual([
      ['monthly', ['2024-05', '2024-06', '2025-04', '2025-05', '2025-06']],
      ['5-month totals', ['2024-01/2024-05']],
      ['half-yearly', ['2024-H1', '2025-H1']],
    ]);
  });

  it('measures periods on the calendar', () => {
    expect(periodOf('2024-01-01', '2024-06-30')).toEqual({ start: Date.UTC(2024, 0, 1), end: Date.UTC(2024, 6, 1), months: 6 });
    expect(periodOf('2024-02-01', '2024-02-29').months).toBe(1);
    expect(periodOf('2024-12-01', '2025-02-28').months).toBe(3);
  });

  it('joins only periods that follow each other', () => {
    const monthly = seriesOf(points)[0]!;
    expect(runs(monthly.points).map((run) => run.map((p) => p.period))).toEqual([
      ['2024-05', '2024-06'],
      ['2025-04', '2025-05', '2025-06'],
    ]);
    const halves = seriesOf(points)[2]!;
    expect(runs(halves.points)).toHaveLength(2);
  });

  it('puts ticks at month starts, sparser as room shrinks', () => {
    const start = Date.UTC(2024, 0, 1);
    const end = Date.UTC(2025, 6, 1);
    expect(timeTicks(start, end, 20).map((t) => t.label)).toEqual(['2024', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', '2025', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul']);
    expect(timeTicks(start, end, 7).map((t) => t.label)).toEqual(['2024', 'Apr', 'Jul', 'Oct', '2025', 'Apr', 'Jul']);
    expect(timeTicks(start, end, 2).map((t) => t.label)).toEqual(['2024', '2025']);
  });

  it('rounds the quantity axis', () => {
    expect(niceTicks(27520)).toEqual([0, 10000, 20000, 30000]);
    expect(niceTicks(353)).toEqual([0, 100, 200, 300, 400]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });
});

describe('CSV', () => {
  it('quotes commas, quotes and line breaks, and leaves numbers as they are', () => {
    expect(toCsv(['name', 'share', 'note'], [['China, PRC', 0.69, 'said "most"\nof it'], ['Chile', -0.5, null]])).toBe('name,share,note\r\n"China, PRC",0.69,"said ""most""\nof it"\r\nChile,-0.5,\r\n');
  });

  it('never hands a spreadsheet a formula', () => {
    expect(toCsv(['a'], [['=HYPERLINK("x")'], ['+1'], ['-2'], ['@SUM(A1)']])).toBe(`a\r\n"'=HYPERLINK(""x"")"\r\n'+1\r\n'-2\r\n'@SUM(A1)\r\n`);
  });

  it('names files after what they hold', () => {
    expect(csvFileName('trade Rare-earth magnets China → World')).toBe('trade-rare-earth-magnets-china-world.csv');
    expect(csvFileName('→')).toBe('supplygraph.csv');
  });
});
