/**
 * Trade-series arithmetic, kept pure so it is tested without a database: changes computed from
 * two reported points, points back-computed from a reported change where the earlier point is
 * missing, disagreement between reported and computed changes, and shares of a total.
 */
import { isMonthRange, periodBounds } from '../../model/dates.js';

export type ChangeBasis = 'MONTH_ON_MONTH' | 'YEAR_ON_YEAR' | 'PERIOD_ON_PERIOD';

export interface Observation {
  id: string;
  period: string;
  quantity: number;
  unit: string;
  changes: { basis: ChangeBasis; percent: number; comparedTo: string | null }[];
  sourceIds: string[];
}

export interface SeriesChange {
  basis: ChangeBasis;
  comparedTo: string;
  reported: number | null;
  computed: number | null;
  disagrees: boolean;
}

export interface SeriesPoint {
  period: string;
  periodStart: string;
  periodEnd: string;
  quantity: number;
  unit: string;
  derived: boolean;
  formula: string | null;
  observationId: string | null;
  changes: SeriesChange[];
  shareOfTotal: number | null;
  sourceIds: string[];
}

/** The period a change of this basis compares with: 2025-06 → 2025-05 (MoM) or 2024-06 (YoY). */
export function previousPeriod(period: string, basis: ChangeBasis): string | null {
  const year = Number(period.slice(0, 4));
  const rest = period.slice(5);
  if (basis === 'YEAR_ON_YEAR') {
    if (isMonthRange(period)) return period.replace(/\d{4}/g, (y) => String(Number(y) - 1));
    return `${year - 1}${period.slice(4)}`;
  }
  if (isMonthRange(period)) return null;
  if (basis === 'MONTH_ON_MONTH') {
    if (!/^\d{2}$/.test(rest)) return null;
    const month = Number(rest);
    return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
  }
  // Period on period: the half or quarter before.
  const match = /^([HQ])(\d)$/.exec(rest);
  if (!match) return null;
  const n = Number(match[2]);
  const count = match[1] === 'H' ? 2 : 4;
  return n === 1 ? `${year - 1}-${match[1]}${count}` : `${year}-${match[1]}${n - 1}`;
}

/** Half a unit in the last reported decimal: 660 → 0.5, 157.5 → 0.05. */
export function roundingTolerance(reported: number): number {
  const text = String(reported);
  const decimals = text.includes('.') ? text.split('.')[1]!.length : 0;
  return 0.5 * 10 ** -decimals + 1e-9;
}

export const percentChange = (current: number, earlier: number): number | null => (earlier === 0 ? null : (current / earlier - 1) * 100);

/**
 * Whether a reported change can be reconciled with the two reported quantities, allowing for the
 * rounding of all three: the quantities by half a unit of their last digit (46 t may be 45.5 t to
 * 46.5 t), the percentage likewise.
 */
export function reconcilable(reported: number, current: number, earlier: number): boolean {
  const dc = roundingTolerance(current);
  const de = roundingTolerance(earlier);
  if (earlier - de <= 0) return true;
  const low = ((current - dc) / (earlier + de) - 1) * 100;
  const high = ((current + dc) / (earlier - de) - 1) * 100;
  const slack = roundingTolerance(reported);
  return reported + slack >= low && reported - slack <= high;
}

const BASES: ChangeBasis[] = ['MONTH_ON_MONTH', 'YEAR_ON_YEAR', 'PERIOD_ON_PERIOD'];
const byPeriod = (a: { periodStart: string; periodEnd: string }, b: { periodStart: string; periodEnd: string }) =>
  a.periodEnd.localeCompare(b.periodEnd) || b.periodStart.localeCompare(a.periodStart);

export function buildSeries(
  observations: Observation[],
  totals: Observation[],
  range: { from?: string | null; to?: string | null } = {},
): SeriesPoint[] {
  const inRange = (period: string) => {
    const { start, end } = periodBounds(period);
    return (!range.from || end >= range.from) && (!range.to || start <= range.to);
  };
  const reported = new Map(observations.map((o) => [o.period, o]));
  const points = new Map<string, SeriesPoint>();
  for (const o of observations) {
    const { start, end } = periodBounds(o.period);
    points.set(o.period, { period: o.period, periodStart: start, periodEnd: end, quantity: o.quantity, unit: o.unit, derived: false, formula: null, observationId: o.id, changes: [], shareOfTotal: null, sourceIds: o.sourceIds });
  }
  // Back-compute missing earlier points from the changes reported against them.
  for (const o of observations) {
    for (const change of o.changes) {
      const earlier = change.comparedTo ?? previousPeriod(o.period, change.basis);
      if (!earlier || points.has(earlier) || change.percent <= -100) continue;
      const { start, end } = periodBounds(earlier);
      points.set(earlier, {
        period: earlier,
        periodStart: start,
        periodEnd: end,
        quantity: o.quantity / (1 + change.percent / 100),
        unit: o.unit,
        derived: true,
        formula: `${o.quantity} / (1 + ${change.percent}/100): ${o.period}'s quantity and its reported ${change.basis.toLowerCase().replaceAll('_', '-')} change of ${change.percent}%`,
        observationId: null,
        changes: [],
        shareOfTotal: null,
        sourceIds: o.sourceIds,
      });
    }
  }
  const totalByPeriod = new Map(totals.map((t) => [t.period, t]));
  for (const point of points.values()) {
    const observation = reported.get(point.period);
    for (const basis of BASES) {
      const reportedChange = observation?.changes.find((c) => c.basis === basis);
      const earlierPeriod = reportedChange?.comparedTo ?? previousPeriod(point.period, basis);
      if (!earlierPeriod) continue;
      // Compare only reported quantities: a point derived from this very change would agree by construction.
      const earlier = reported.get(earlierPeriod);
      const computed = observation && earlier ? percentChange(observation.quantity, earlier.quantity) : null;
      if (!reportedChange && computed === null) continue;
      point.changes.push({
        basis,
        comparedTo: earlierPeriod,
        reported: reportedChange?.percent ?? null,
        computed,
        disagrees: reportedChange !== undefined && observation !== undefined && earlier !== undefined && !reconcilable(reportedChange.percent, observation.quantity, earlier.quantity),
      });
    }
    const total = totalByPeriod.get(point.period);
    if (observation && total && total.quantity > 0 && total.unit === point.unit) point.shareOfTotal = observation.quantity / total.quantity;
  }
  return [...points.values()].filter((p) => inRange(p.period)).sort(byPeriod);
}

export interface PeriodSum {
  period: string;
  reported: number;
  parts: string[];
  sumOfParts: number;
  difference: number;
  disagrees: boolean;
}

/** The day after a YYYY-MM-DD day. */
const nextDay = (day: string): string => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * Reconciles reported periods with the smaller reported periods that add up to them: for each
 * reported period, the fewest adjacent reported parts (each shorter than it) that cover its days
 * exactly, e.g. a year by its halves, a January–April figure by 2025-Q1 and 2025-04. Checking
 * the fewest parts, and each of those against its own parts, checks every level once. The sum may
 * differ from the reported total by the rounding of every figure involved (half a unit of each one's
 * last digit); only a larger difference disagrees.
 */
export function reconcileSums(observations: Observation[]): PeriodSum[] {
  const items = observations.map((o) => ({ o, ...periodBounds(o.period) }));
  const sums: PeriodSum[] = [];
  for (const whole of items) {
    const parts = items.filter(
      (p) => p !== whole && p.o.unit === whole.o.unit && p.start >= whole.start && p.end <= whole.end && !(p.start === whole.start && p.end === whole.end),
    );
    if (parts.length < 2) continue;
    // Breadth-first over days: the first path reaching past the last day uses the fewest parts.
    const byStart = new Map<string, typeof parts>();
    for (const p of parts) byStart.set(p.start, [...(byStart.get(p.start) ?? []), p]);
    const target = nextDay(whole.end);
    const cameFrom = new Map<string, { from: string; part: (typeof parts)[number] }>();
    let frontier = [whole.start];
    while (frontier.length > 0 && !cameFrom.has(target)) {
      const next: string[] = [];
      for (const day of frontier) {
        for (const part of (byStart.get(day) ?? []).sort((a, b) => a.o.period.localeCompare(b.o.period))) {
          const after = nextDay(part.end);
          if (cameFrom.has(after) || after === whole.start) continue;
          cameFrom.set(after, { from: day, part });
          next.push(after);
        }
      }
      frontier = next;
    }
    if (!cameFrom.has(target)) continue;
    const chain: (typeof parts)[number][] = [];
    for (let day = target; day !== whole.start; ) {
      const step = cameFrom.get(day)!;
      chain.unshift(step.part);
      day = step.from;
    }
    const sumOfParts = chain.reduce((total, p) => total + p.o.quantity, 0);
    const tolerance = chain.reduce((total, p) => total + roundingTolerance(p.o.quantity), roundingTolerance(whole.o.quantity));
    const difference = whole.o.quantity - sumOfParts;
    sums.push({
      period: whole.o.period,
      reported: whole.o.quantity,
      parts: chain.map((p) => p.o.period),
      sumOfParts,
      difference,
      disagrees: Math.abs(difference) > tolerance,
    });
  }
  const bounds = new Map(items.map((i) => [i.o.period, { periodStart: i.start, periodEnd: i.end }]));
  return sums.sort((a, b) => byPeriod(bounds.get(a.period)!, bounds.get(b.period)!));
}
