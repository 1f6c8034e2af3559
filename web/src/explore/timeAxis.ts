/**
 * The trade chart's time axis, worked out without a browser (test/unit/explorer-charts.test.ts).
 * A trade flow is reported for months, for the first five months of a year, for half-years…:
 * figures for periods of different lengths are not comparable, so each length is its own series,
 * and every point stands where its period is on a real calendar axis, spanning it.
 */

export interface Period {
  /** UTC milliseconds at the start of the period's first day. */
  start: number;
  /** UTC milliseconds at the end of its last day (the start of the next day). */
  end: number;
  /** Whole calendar months it covers (a month: 1; 2025-01/2025-05: 5; a half-year: 6). */
  months: number;
}

const DAY = 86_400_000;

function utc(iso: string): number {
  const [y = NaN, m = 1, d = 1] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

export function periodOf(periodStart: string, periodEnd: string): Period {
  const start = utc(periodStart);
  const end = utc(periodEnd) + DAY;
  const a = new Date(start);
  const b = new Date(end - DAY);
  const months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth() + 1;
  return { start, end, months };
}

export function seriesName(months: number): string {
  switch (months) {
    case 1:
      return 'monthly';
    case 3:
      return 'quarterly';
    case 6:
      return 'half-yearly';
    case 12:
      return 'yearly';
    default:
      return `${months}-month totals`;
  }
}

export interface Series<T> {
  months: number;
  name: string;
  points: (T & { span: Period })[];
}

/** Points by period length, shortest first; each series in time order. */
export function seriesOf<T extends { periodStart: string; periodEnd: string }>(points: readonly T[]): Series<T>[] {
  const byLength = new Map<number, (T & { span: Period })[]>();
  for (const point of points) {
    const span = periodOf(point.periodStart, point.periodEnd);
    const list = byLength.get(span.months) ?? [];
    list.push({ ...point, span });
    byLength.set(span.months, list);
  }
  return [...byLength]
    .sort(([a], [b]) => a - b)
    .map(([months, list]) => ({ months, name: seriesName(months), points: list.sort((p, q) => p.span.start - q.span.start) }));
}

/** True when `b` starts where `a` ends: a line may join them; across a gap it must not. */
export function adjacent(a: Period, b: Period): boolean {
  return b.start === a.end;
}

/** The segments of a series a line joins: runs of adjacent periods. */
export function runs<T extends { span: Period }>(points: readonly T[]): T[][] {
  const out: T[][] = [];
  for (const point of points) {
    const run = out[out.length - 1];
    const previous = run?.[run.length - 1];
    if (run && previous && adjacent(previous.span, point.span)) run.push(point);
    else out.push([point]);
  }
  return out;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Ticks at month starts between `min` and `max`, every 1, 2, 3, 6, 12… months: at most `maxTicks`. */
export function timeTicks(min: number, max: number, maxTicks: number): { t: number; label: string }[] {
  const first = new Date(min);
  const firstMonth = first.getUTCFullYear() * 12 + first.getUTCMonth() + (first.getUTCDate() > 1 ? 1 : 0);
  const last = new Date(max);
  const lastMonth = last.getUTCFullYear() * 12 + last.getUTCMonth();
  const span = lastMonth - firstMonth + 1;
  const step = [1, 2, 3, 6, 12, 24, 60, 120].find((s) => Math.ceil(span / s) <= Math.max(1, maxTicks)) ?? 120;
  const ticks: { t: number; label: string }[] = [];
  for (let m = Math.ceil(firstMonth / step) * step; m <= lastMonth; m += step) {
    const year = Math.floor(m / 12);
    const month = m % 12;
    ticks.push({ t: Date.UTC(year, month, 1), label: month === 0 || step >= 12 ? String(year) : MONTHS[month]! });
  }
  return ticks;
}

/** 0 and round steps (1, 2, 5 × 10^k) up to at least `max`: about `count` of them. */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((f) => f * power >= raw) ?? 10) * power;
  const ticks: number[] = [];
  for (let v = 0; v < max + step - 1e-9; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return ticks;
}
