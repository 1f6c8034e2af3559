/**
 * The one date and period parser, for reads (asOf, from, to, DateFilter) and writes (seed, import,
 * mutations) alike. Dates may be partial where only a month or year is known; every day must exist
 * in the calendar (2025-02-29, 2025-04-31 and 2025-13-01 are refused, 2024-02-29 is fine).
 */

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const PERIOD = /^(\d{4})(?:-(?:(\d{2})|Q([1-4])|H([12])))?$/;
/** A run of whole months as statistical offices report cumulative figures: 2025-01/2025-04 (January to April). */
const MONTH_RANGE = /^(\d{4})-(\d{2})\/(\d{4})-(\d{2})$/;

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad = (n: number) => String(n).padStart(2, '0');

/** True for 2025-07-20, 2025-07 or 2025 when that day (or month) exists. */
export function isPartialDate(value: string): boolean {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  if (match[2] === undefined) return year >= 1;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return false;
  if (match[3] === undefined) return true;
  const day = Number(match[3]);
  return day >= 1 && day <= daysIn(year, month);
}

/**
 * True for a reporting period: 2025, 2025-H1, 2025-Q2, 2025-06, or a run of months as reported
 * (year to date, January–April, a fiscal year): 2025-01/2025-04, the first month not after the last.
 */
export function isPeriod(value: string): boolean {
  const range = MONTH_RANGE.exec(value);
  if (range) {
    const [from, to] = [Number(range[2]), Number(range[4])];
    if (from < 1 || from > 12 || to < 1 || to > 12) return false;
    return Number(range[1]) * 12 + from <= Number(range[3]) * 12 + to;
  }
  const match = PERIOD.exec(value);
  if (!match) return false;
  if (match[2] === undefined) return true;
  const month = Number(match[2]);
  return month >= 1 && month <= 12;
}

/** How periods are written, for messages and documentation. */
export const PERIOD_FORMAT_HINT = 'a period as YYYY, YYYY-H1, YYYY-Q2, YYYY-MM or a run of months YYYY-MM/YYYY-MM (e.g. 2025-01/2025-04, January to April)';

/** True for a run of months (2025-01/2025-04) rather than a calendar period. */
export const isMonthRange = (period: string): boolean => MONTH_RANGE.test(period);

/** The first and last day a partial date covers: 2025-06 → 2025-06-01 … 2025-06-30. */
export function dateBounds(date: string): { start: string; end: string } {
  const [year, month, day] = date.split('-');
  if (day) return { start: date, end: date };
  if (month) return { start: `${year}-${month}-01`, end: `${year}-${month}-${pad(daysIn(Number(year), Number(month)))}` };
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

/** The first and last day of a period, so that periods of any length can be compared as dates. */
export function periodBounds(period: string): { start: string; end: string } {
  const range = MONTH_RANGE.exec(period);
  if (range) {
    const [y1, m1, y2, m2] = range.slice(1).map(Number) as [number, number, number, number];
    return { start: `${y1}-${pad(m1)}-01`, end: `${y2}-${pad(m2)}-${pad(daysIn(y2, m2))}` };
  }
  const year = Number(period.slice(0, 4));
  const months = (from: number, to: number) => ({ start: `${year}-${pad(from)}-01`, end: `${year}-${pad(to)}-${pad(daysIn(year, to))}` });
  const rest = period.slice(5);
  if (rest === '') return months(1, 12);
  if (rest.startsWith('H')) return rest === 'H1' ? months(1, 6) : months(7, 12);
  if (rest.startsWith('Q')) {
    const q = Number(rest.slice(1));
    return months(q * 3 - 2, q * 3);
  }
  const m = Number(rest);
  return months(m, m);
}

export const DATE_FORMAT_HINT = 'a date as YYYY-MM-DD, YYYY-MM or YYYY, on a day that exists in the calendar';
