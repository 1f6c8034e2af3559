/** Concentration measures over producer shares (0..1), and the concentration answer built from them; pure, for unit tests. */
import type { EntityRecord } from '../entity/entity.model.js';

/** Herfindahl–Hirschman index on the 0–10,000 scale: the sum of squared percentage shares. */
export function hhi(shares: number[]): number {
  return shares.reduce((sum, s) => sum + (s * 100) ** 2, 0);
}

export function topNShare(shares: number[], n: number): number {
  return [...shares].sort((a, b) => b - a).slice(0, n).reduce((sum, s) => sum + s, 0);
}

/** Sums of shares like 0.7 + 0.12 + 0.09 come out as 0.9099999…; six decimals is beyond any source's precision. */
const round = (value: number) => Math.round(value * 1e6) / 1e6;

/** One producer's share as the concentration query returns it: the producer and the PRODUCES properties. */
export interface ShareRow {
  producer: EntityRecord;
  properties: Record<string, unknown>;
}

export interface ProducerShareRecord {
  producer: EntityRecord;
  share: number;
  stage: string | null;
  year: number | null;
  quantity: number | null;
  unit: string | null;
  estimate: boolean;
  note: string | null;
  sourceIds: string[];
}

export interface ConcentrationRecord {
  commodity: EntityRecord;
  stage: string | null;
  year: number | null;
  usgsType: string | null;
  worldTotal: number | null;
  worldTotalUnit: string | null;
  shares: ProducerShareRecord[];
  hhi: number;
  topN: number;
  topNShare: number;
  coverage: number;
  threshold: number;
  chokepoints: ProducerShareRecord[];
  available: { stage: string | null; year: number | null; usgsType: string | null; producers: number }[];
}

export interface ConcentrationChoice {
  stage: string | null;
  year: number | null;
  usgsType: string | null;
  topN: number;
  threshold: number;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const numeric = (value: unknown): number | null => (typeof value === 'number' ? value : null);

/**
 * The concentration of one commodity's production from its producers' shares. Shares compare only
 * within one measure: a stage, a year and (for USGS rows) what was measured; the measure is the
 * one asked for, or by default the one with most producers.
 */
export function concentrationOf(
  found: { commodity: EntityRecord; shares: ShareRow[]; worldTotals: Record<string, unknown>[] },
  asked: ConcentrationChoice,
  thisYear: number,
): ConcentrationRecord {
  const combos = new Map<string, { stage: string | null; year: number | null; usgsType: string | null; producers: Set<string> }>();
  for (const s of found.shares) {
    const stage = text(s.properties.stage);
    const year = numeric(s.properties.year);
    const usgsType = text(s.properties.usgsType);
    const key = `${stage}|${year}|${usgsType}`;
    if (!combos.has(key)) combos.set(key, { stage, year, usgsType, producers: new Set() });
    combos.get(key)!.producers.add(s.producer.id);
  }
  // The default is the stage/year with most producers; among equals, the latest year that is
  // not in the future (a projection only when nothing else is known).
  const recency = (year: number | null) => (year === null ? -1e5 : year <= thisYear ? year : -1e6 - year);
  const available = [...combos.values()]
    .map((c) => ({ stage: c.stage, year: c.year, usgsType: c.usgsType, producers: c.producers.size }))
    .sort((a, b) => b.producers - a.producers || recency(b.year) - recency(a.year));
  const wanted = available.find(
    (c) => (asked.stage === null || c.stage === asked.stage) && (asked.year === null || c.year === asked.year) && (asked.usgsType === null || c.usgsType === asked.usgsType),
  );
  const stage = wanted?.stage ?? asked.stage;
  const year = wanted?.year ?? asked.year;
  const usgsType = wanted?.usgsType ?? asked.usgsType;
  const sameMeasure = (p: Record<string, unknown>) => wanted !== undefined && text(p.stage) === stage && numeric(p.year) === year && text(p.usgsType) === usgsType;
  // One share per producer: the largest when a producer has several for the same stage and year.
  const seen = new Set<string>();
  const shares = found.shares
    .filter((s) => sameMeasure(s.properties))
    .filter((s) => (seen.has(s.producer.id) ? false : (seen.add(s.producer.id), true)))
    .map((s) => ({
      producer: s.producer,
      share: Number(s.properties.share),
      stage,
      year,
      quantity: numeric(s.properties.quantity),
      unit: text(s.properties.unit),
      estimate: s.properties.estimate === true,
      note: text(s.properties.note),
      sourceIds: (Array.isArray(s.properties.sources) ? s.properties.sources : []).map(String),
    }));
  const values = shares.map((s) => s.share);
  const world = found.worldTotals.find(sameMeasure);
  return {
    commodity: found.commodity,
    stage,
    year,
    usgsType,
    worldTotal: numeric(world?.quantity),
    worldTotalUnit: text(world?.unit),
    shares,
    hhi: round(hhi(values)),
    topN: asked.topN,
    topNShare: round(topNShare(values, asked.topN)),
    coverage: round(values.reduce((a, b) => a + b, 0)),
    threshold: asked.threshold,
    chokepoints: shares.filter((s) => s.share > asked.threshold),
    available,
  };
}
