import { describe, expect, it } from 'vitest';
import { hhi, topNShare } from '../../src/modules/research/concentration.js';
import { scorePath } from '../../src/modules/research/reach.js';
import type { EntityRecord } from '../../src/modules/entity/entity.model.js';
import type { PathRecord } from '../../src/modules/research/research.repository.js';
import { dateBounds } from '../../src/model/dates.js';
import { overlaps } from '../../src/modules/research/timeline.js';
import { buildSeries, previousPeriod, reconcilable, reconcileSums, roundingTolerance, type Observation } from '../../src/modules/research/tradeSeries.js';

const obs = (period: string, quantity: number, changes: Observation['changes'] = [], id = `t-${period}`): Observation => ({
  id, period, quantity, unit: 't', changes, sourceIds: [`source:${id}`],
});

describe('trade series arithmetic', () => {
  it('knows the period a change compares with', () => {
    expect(previousPeriod('2025-06', 'MONTH_ON_MONTH')).toBe('2025-05');
    expect(previousPeriod('2025-01', 'MONTH_ON_MONTH')).toBe('2024-12');
    expect(previousPeriod('2025-06', 'YEAR_ON_YEAR')).toBe('2024-06');
    expect(previousPeriod('2025-H1', 'YEAR_ON_YEAR')).toBe('2024-H1');
    expect(previousPeriod('2025-H1', 'PERIOD_ON_PERIOD')).toBe('2024-H2');
    expect(previousPeriod('2025-Q3', 'PERIOD_ON_PERIOD')).toBe('2025-Q2');
    expect(previousPeriod('2025', 'MONTH_ON_MONTH')).toBeNull();
    expect(previousPeriod('2025-01/2025-05', 'YEAR_ON_YEAR')).toBe('2024-01/2024-05');
    expect(previousPeriod('2024-04/2025-03', 'YEAR_ON_YEAR')).toBe('2023-04/2024-03');
    expect(previousPeriod('2025-01/2025-05', 'MONTH_ON_MONTH')).toBeNull();
  });

  it('tolerates half a unit of the reported precision', () => {
    expect(roundingTolerance(660)).toBeCloseTo(0.5);
    expect(roundingTolerance(157.5)).toBeCloseTo(0.05);
    expect(roundingTolerance(-38.12)).toBeCloseTo(0.005);
  });

  it('computes changes, flags disagreement beyond rounding, and back-computes missing points', () => {
    const series = buildSeries(
      [
        obs('2025-05', 1238),
        obs('2025-06', 3188, [{ basis: 'MONTH_ON_MONTH', percent: 157.5, comparedTo: '2025-05' }, { basis: 'YEAR_ON_YEAR', percent: -38.1, comparedTo: '2024-06' }]),
      ],
      [],
    );
    expect(series.map((p) => p.period)).toEqual(['2024-06', '2025-05', '2025-06']);
    // Reported and derived points alike carry exactly a TradePoint's fields (no stray start/end).
    const fields = ['period', 'periodStart', 'periodEnd', 'quantity', 'unit', 'derived', 'formula', 'observationId', 'changes', 'shareOfTotal', 'sourceIds'].sort();
    for (const point of series) expect(Object.keys(point).sort()).toEqual(fields);
    const [june2024, , june] = series;
    expect(june2024).toMatchObject({ derived: true, observationId: null, sourceIds: ['source:t-2025-06'] });
    expect(june2024!.quantity).toBeCloseTo(3188 / 0.619, 6);
    expect(june2024!.formula).toContain('3188 / (1 + -38.1/100)');
    const mom = june!.changes.find((c) => c.basis === 'MONTH_ON_MONTH')!;
    expect(mom.reported).toBe(157.5);
    expect(mom.computed).toBeCloseTo(157.512, 3);
    expect(mom.disagrees).toBe(false);
    // The YoY change cannot be checked: its earlier point is derived from it.
    expect(june!.changes.find((c) => c.basis === 'YEAR_ON_YEAR')).toMatchObject({ reported: -38.1, computed: null, disagrees: false });
  });

  it("accepts a reported change that the quantities' own rounding allows", () => {
    // 353 t over 46 t is +667.4%, but 46 t may be anything from 45.5 t to 46.5 t: +658% to +677%.
    const [, june] = buildSeries([obs('2025-05', 46), obs('2025-06', 353, [{ basis: 'MONTH_ON_MONTH', percent: 660, comparedTo: '2025-05' }])], []);
    expect(june!.changes[0]).toMatchObject({ reported: 660, disagrees: false });
    expect(june!.changes[0]!.computed).toBeCloseTo(667.391, 3);
  });

  it('flags a reported change that no rounding reconciles', () => {
    const [, later] = buildSeries([obs('2025-05', 100), obs('2025-06', 300, [{ basis: 'MONTH_ON_MONTH', percent: 250, comparedTo: '2025-05' }])], []);
    expect(later!.changes[0]).toMatchObject({ reported: 250, computed: 200, disagrees: true });
    expect(reconcilable(660, 353, 46)).toBe(true);
    expect(reconcilable(157.5, 3188, 1238)).toBe(true);
    expect(reconcilable(150, 3188, 1238)).toBe(false);
  });

  it('computes a share of the total where both exist, and keeps to the range', () => {
    const series = buildSeries([obs('2025-05', 46), obs('2025-06', 353)], [obs('2025-06', 3188)], { from: '2025-06-01' });
    expect(series).toHaveLength(1);
    expect(series[0]!.shareOfTotal).toBeCloseTo(353 / 3188, 9);
    expect(series[0]!.changes).toEqual([{ basis: 'MONTH_ON_MONTH', comparedTo: '2025-05', reported: null, computed: expect.closeTo((353 / 46 - 1) * 100, 6), disagrees: false }]);
  });

  it('orders halves after the months they close', () => {
    const series = buildSeries([obs('2025-H1', 22319), obs('2025-06', 3188), obs('2025-05', 1238)], []);
    expect(series.map((p) => p.period)).toEqual(['2025-05', '2025-06', '2025-H1']);
  });
});

describe('concentration', () => {
  it('computes the HHI on the 0–10,000 scale and the top-N share', () => {
    expect(hhi([0.7, 0.12, 0.09])).toBeCloseTo(5125, 6);
    expect(hhi([1])).toBe(10_000);
    expect(topNShare([0.09, 0.7, 0.12], 2)).toBeCloseTo(0.82, 9);
  });
});

describe('exposure score', () => {
  const TYPES = { ProducesRelationship: 'PRODUCES', InputToRelationship: 'INPUT_TO', UsesRelationship: 'USES' } as const;
  const rel = (graphqlType: keyof typeof TYPES, props: Record<string, unknown> = {}) => ({ id: 'r', type: TYPES[graphqlType], graphqlType, from: {} as EntityRecord, to: {} as EntityRecord, sourceIds: [], ...props });
  const path = (...steps: ReturnType<typeof rel>[][]): PathRecord => ({ length: steps.length, nodes: [], steps: steps.map((relationships) => ({ from: {} as EntityRecord, to: {} as EntityRecord, relationships })), sourceIds: [] });

  it('multiplies known shares, prefers the latest year up to the reference year, and counts missing ones', () => {
    const p = path(
      [rel('ProducesRelationship', { share: 0.9, year: 2025 }), rel('ProducesRelationship', { share: 0.54, year: 2030 }), rel('ProducesRelationship', { share: 0.6, year: 2022 })],
      [rel('InputToRelationship')],
      [rel('UsesRelationship')],
    );
    expect(scorePath(p, 2026)).toEqual({ score: 0.9, missingShares: 1 });
    expect(scorePath(p, 2023)).toEqual({ score: 0.6, missingShares: 1 });
  });
});

describe('partial dates', () => {
  it('spans the days a partial date can mean', () => {
    expect(dateBounds('2025-02')).toEqual({ start: '2025-02-01', end: '2025-02-28' });
    expect(dateBounds('2024')).toEqual({ start: '2024-01-01', end: '2024-12-31' });
    expect(overlaps('2025-04', '2025-04-15', '2025-05-01')).toBe(true);
    expect(overlaps('2025-03-31', '2025-04', null)).toBe(false);
  });
});

describe('sums of adjacent periods', () => {
  it('orders runs of months among months, quarters and halves by their last day, the shorter first', () => {
    const series = buildSeries([obs('2025-06', 3188), obs('2025-H1', 22319), obs('2025-05', 1238), obs('2025-01/2025-05', 19132)], []);
    expect(series.map((p) => p.period)).toEqual(['2025-05', '2025-01/2025-05', '2025-06', '2025-H1']);
    expect(series[1]).toMatchObject({ periodStart: '2025-01-01', periodEnd: '2025-05-31' });
  });

  it('a year-to-date figure and the next month add up to the half within rounding: no disagreement', () => {
    // China's rare-earth magnet exports: Jan–May 19,132 t + June 3,188 t = 22,320 t; H1 reported as 22,319 t.
    const sums = reconcileSums([obs('2025-01/2025-05', 19132), obs('2025-06', 3188), obs('2025-H1', 22319), obs('2025-05', 1238)]);
    expect(sums).toEqual([{ period: '2025-H1', reported: 22319, parts: ['2025-01/2025-05', '2025-06'], sumOfParts: 22320, difference: -1, disagrees: false }]);
  });

  it('flags a year-to-date figure its months do not add up to, beyond rounding', () => {
    const months = [obs('2025-01', 100), obs('2025-02', 120), obs('2025-03', 130), obs('2025-04', 150)];
    const [agrees] = reconcileSums([...months, obs('2025-01/2025-04', 500)]);
    expect(agrees).toMatchObject({ parts: ['2025-01', '2025-02', '2025-03', '2025-04'], sumOfParts: 500, disagrees: false });
    const [off] = reconcileSums([...months, obs('2025-01/2025-04', 520)]);
    expect(off).toMatchObject({ period: '2025-01/2025-04', sumOfParts: 500, difference: 20, disagrees: true });
    // Rounding of five figures reported to 0.1 t allows 0.25 t; 0.3 t is a real disagreement, 0.2 t is not.
    const tenths = [obs('2025-01', 10.1), obs('2025-02', 10.1), obs('2025-03', 10.1), obs('2025-04', 10.1)];
    expect(reconcileSums([...tenths, obs('2025-01/2025-04', 40.6)])[0]?.disagrees).toBe(false);
    expect(reconcileSums([...tenths, obs('2025-01/2025-04', 40.7)])[0]?.disagrees).toBe(true);
  });

  it('checks every level once, with the fewest parts, and leaves uncovered periods alone', () => {
    const quarters = [obs('2024-Q1', 30), obs('2024-Q2', 30), obs('2024-Q3', 30), obs('2024-Q4', 30)];
    const sums = reconcileSums([...quarters, obs('2024-H1', 60), obs('2024-H2', 65), obs('2024', 120), obs('2024-01', 10), obs('2024-02', 10)]);
    expect(sums.map((s) => [s.period, s.parts.join('+'), s.disagrees])).toEqual([
      ['2024-H1', '2024-Q1+2024-Q2', false],
      ['2024-H2', '2024-Q3+2024-Q4', true],
      ['2024', '2024-H1+2024-H2', true],
    ]);
  });
});
