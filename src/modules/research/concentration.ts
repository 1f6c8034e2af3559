/** Concentration measures over producer shares (0..1), and the concentration answer built from them; pure, for unit tests. */
import { numberOrNull, roundFigure, textOrNull } from '../../db/values.js';
import { BadUserInputError } from '../../errors.js';
import type { EntityRecord } from '../entity/entity.model.js';

/** Herfindahl–Hirschman index on the 0–10,000 scale: the sum of squared percentage shares. */
export function hhi(shares: number[]): number {
  return shares.reduce((sum, s) => sum + (s * 100) ** 2, 0);
}

export function topNShare(shares: number[], n: number): number {
  return [...shares].sort((a, b) => b - a).slice(0, n).reduce((sum, s) => sum + s, 0);
}

/** One producer's share as the concentration query returns it: the producer and the PRODUCES properties. */
export interface ShareRow {
  producer: EntityRecord;
  properties: Record<string, unknown>;
}

export interface ProducerShareRecord {
  /** The commodity the figure is stated for (another node's for otherSources). */
  commodity: EntityRecord;
  producer: EntityRecord;
  share: number;
  stage: string | null;
  year: number | null;
  quantity: number | null;
  unit: string | null;
  usgsType: string | null;
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
  hhi: number | null;
  topN: number;
  topNShare: number | null;
  coverage: number | null;
  coverageNote: string | null;
  threshold: number;
  chokepoints: ProducerShareRecord[];
  available: { stage: string | null; year: number | null; usgsType: string | null; producers: number }[];
  otherSources: ProducerShareRecord[];
  reason: string | null;
}

export interface ConcentrationChoice {
  /** Only shares valid on this date were read, where given (for the no-data reason). */
  asOf?: string | null;
  stage: string | null;
  year: number | null;
  usgsType: string | null;
  topN: number;
  threshold: number;
}

/** A share row of the statement as the record the API answers (concentration and disruption). */
export function toShare(commodity: EntityRecord, s: ShareRow): ProducerShareRecord {
  return {
    commodity,
    producer: s.producer,
    share: Number(s.properties.share),
    stage: textOrNull(s.properties.stage),
    year: numberOrNull(s.properties.year),
    quantity: numberOrNull(s.properties.quantity),
    unit: textOrNull(s.properties.unit),
    usgsType: textOrNull(s.properties.usgsType),
    estimate: s.properties.estimate === true,
    note: textOrNull(s.properties.note),
    sourceIds: (Array.isArray(s.properties.sources) ? s.properties.sources : []).map(String),
  };
}

const sameText = (a: string | null, b: string | null) => (a ?? '').toLowerCase() === (b ?? '').toLowerCase();
const listed = (values: (string | number | null)[]) => [...new Set(values.map((v) => (v === null ? '(none)' : String(v))))].sort().join(', ');

/**
 * Refuses a stage, year or measure the commodity has no shares for, naming the ones it has, so
 * that a typo never reads as "no concentration". Stages compare without case ("Mining" is mining).
 */
function checkAsked(name: string, available: ConcentrationRecord['available'], asked: ConcentrationChoice): void {
  const withStage = available.filter((c) => asked.stage === null || sameText(c.stage, asked.stage));
  if (withStage.length === 0) {
    throw new BadUserInputError(`"stage" "${asked.stage}" is not a stage of ${name}'s producer shares; stages with shares: ${listed(available.map((c) => c.stage))}.`, 'stage');
  }
  const withYear = withStage.filter((c) => asked.year === null || c.year === asked.year);
  if (withYear.length === 0) {
    throw new BadUserInputError(`"year" ${asked.year} has no producer shares of ${name}${asked.stage ? ` at stage ${asked.stage}` : ''}; years with shares: ${listed(withStage.map((c) => c.year))}.`, 'year');
  }
  if (asked.usgsType !== null && !withYear.some((c) => sameText(c.usgsType, asked.usgsType))) {
    throw new BadUserInputError(`"usgsType" "${asked.usgsType}" is not measured for ${name}${asked.stage || asked.year ? ' at that stage and year' : ''}; measures: ${listed(withYear.map((c) => c.usgsType))}.`, 'usgsType');
  }
}

/** Why the shares add up to more than 1, where they do (beyond the rounding of 4-decimal shares). */
function coverageNoteOf(coverage: number, shares: ProducerShareRecord[]): string | null {
  if (coverage <= 1 + 0.0005 * shares.length) return null;
  const sources = new Set(shares.flatMap((s) => s.sourceIds));
  const percent = `${(coverage * 100).toFixed(1)}%`;
  if (sources.size > 1) {
    return `The shares add up to ${percent}: they come from ${sources.size} sources that state them separately (each producer's share is as its source gives it), so they need not add up to 100%.`;
  }
  return `The shares add up to ${percent}: the source rounds its figures (USGS rounds its world totals), so the shares computed from them can exceed 100%.`;
}

/**
 * The concentration of one commodity's production from its producers' shares. Shares compare only
 * within one measure: a stage, a year and (for USGS rows) what was measured; the measure is the
 * one asked for, or by default the one with most producers. `otherShares` are the figures of
 * commodities stated to be the same measure (the story's rare-earth ore and USGS rare-earth mine
 * production): those of the same stage and year are shown beside the shares, never mixed in.
 */
export function concentrationOf(
  found: { commodity: EntityRecord; shares: ShareRow[]; worldTotals: Record<string, unknown>[]; otherShares?: (ShareRow & { commodity: EntityRecord })[] },
  asked: ConcentrationChoice,
  thisYear: number,
): ConcentrationRecord {
  const combos = new Map<string, { stage: string | null; year: number | null; usgsType: string | null; producers: Set<string> }>();
  for (const s of found.shares) {
    const stage = textOrNull(s.properties.stage);
    const year = numberOrNull(s.properties.year);
    const usgsType = textOrNull(s.properties.usgsType);
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
  const empty = (reason: string): ConcentrationRecord => ({
    commodity: found.commodity, stage: asked.stage, year: asked.year, usgsType: asked.usgsType, worldTotal: null, worldTotalUnit: null,
    shares: [], hhi: null, topN: asked.topN, topNShare: null, coverage: null, coverageNote: null, threshold: asked.threshold,
    chokepoints: [], available, otherSources: [], reason,
  });
  if (available.length === 0) return empty(`No producer shares are recorded for ${found.commodity.name}${asked.asOf ? ` valid on ${asked.asOf}` : ''}.`);
  checkAsked(found.commodity.name, available, asked);
  const wanted = available.find(
    (c) => (asked.stage === null || sameText(c.stage, asked.stage)) && (asked.year === null || c.year === asked.year) && (asked.usgsType === null || sameText(c.usgsType, asked.usgsType)),
  );
  if (!wanted) {
    return empty(`${found.commodity.name} has shares for that stage, year and measure separately, but not together; the combinations with shares are listed in available.`);
  }
  const { stage, year, usgsType } = wanted;
  const sameMeasure = (p: Record<string, unknown>) => textOrNull(p.stage) === stage && numberOrNull(p.year) === year && textOrNull(p.usgsType) === usgsType;
  // One share per producer: the largest when a producer has several for the same stage and year.
  const seen = new Set<string>();
  const shares = found.shares
    .filter((s) => sameMeasure(s.properties))
    .filter((s) => (seen.has(s.producer.id) ? false : (seen.add(s.producer.id), true)))
    .map((s) => toShare(found.commodity, s));
  const values = shares.map((s) => s.share);
  const world = found.worldTotals.find(sameMeasure);
  const coverage = roundFigure(values.reduce((a, b) => a + b, 0));
  return {
    commodity: found.commodity,
    stage,
    year,
    usgsType,
    worldTotal: numberOrNull(world?.quantity),
    worldTotalUnit: textOrNull(world?.unit),
    shares,
    hhi: roundFigure(hhi(values)),
    topN: asked.topN,
    topNShare: roundFigure(topNShare(values, asked.topN)),
    coverage,
    coverageNote: coverageNoteOf(coverage, shares),
    threshold: asked.threshold,
    chokepoints: shares.filter((s) => s.share > asked.threshold),
    available,
    // The same fact from other sources: the same stage (as the other node words it) and year.
    otherSources: (found.otherShares ?? [])
      .filter((s) => sameText(textOrNull(s.properties.stage), stage) && numberOrNull(s.properties.year) === year)
      .map((s) => toShare(s.commodity, s))
      .sort((a, b) => b.share - a.share || a.producer.id.localeCompare(b.producer.id)),
    reason: null,
  };
}
