/**
 * `disruption`: what happens if a supplier stops. Two statements: one reads what the scenario hits
 * (the stopped supply lines, each hit commodity's producer shares and world total, and the
 * importers that name a stopped country as a source); the other, only when downstream is asked
 * for, is exposure's walk from all the hit commodities at once. The numbers are computed here by
 * the rules of src/model/disruption.ts (pure functions, unit-tested), so the rule is readable code.
 */
import { z } from 'zod';
import { checkDate, checkId, checkRange } from '../../args.js';
import type { Context } from '../../context.js';
import type { Database } from '../../db/database.js';
import { numberOrNull, roundFigure, textOrNull } from '../../db/values.js';
import { BadUserInputError, NotFoundError } from '../../errors.js';
import type { QueryResolvers, Resolvers } from '../../generated/resolvers.js';
import { MAX_DOWNSTREAM_TIERS, MAX_STOPPED } from '../../model/disruption.js';
import { canonicalUnit, toCanonical } from '../../model/units.js';
import { parseEntity, type EntityRecord } from '../entity/entity.model.js';
import { selectsAny } from '../tree/tree.js';
import { toRelationship, type RelationshipRecord } from '../relationship/relationship.model.js';
import { hhi, toShare, type ProducerShareRecord } from './concentration.js';
import { disruptionStatement, downstreamStatement, scenarioYear } from './disruption.queries.js';
import { toPath, type PathRecord } from './research.repository.js';
import { relianceValue } from './supplyRisk.js';

export const MAX_DOWNSTREAM_RESULTS = 500;
/** The most producers `DisruptedCommodity.shares` lists (about as many countries as produce anything). */
export const MAX_SHARES_LISTED = 300;

const propertiesSchema = z.record(z.string(), z.unknown());
const rowSchema = z.object({
  unknown: z.array(z.string()),
  stopped: z.array(z.unknown()),
  hits: z.array(
    z.object({
      commodity: z.unknown(),
      lines: z.array(z.object({ supplier: z.string(), type: z.string(), properties: propertiesSchema })),
      shares: z.array(z.object({ producer: z.unknown(), properties: propertiesSchema })),
      suppliers: z.array(z.string()),
      worldTotals: z.array(propertiesSchema),
      importers: z.array(
        z.object({
          country: z.unknown(),
          sources: z.array(z.object({ country: z.unknown(), properties: propertiesSchema })),
          reliance: z.array(propertiesSchema),
        }),
      ),
    }),
  ),
});
type DisruptionRow = z.infer<typeof rowSchema>;
type HitRow = DisruptionRow['hits'][number];

export interface ShareAfterRecord {
  before: ProducerShareRecord;
  after: number;
  stopped: boolean;
}

export interface DisruptedCommodityRecord {
  commodity: EntityRecord;
  stage: string | null;
  year: number | null;
  usgsType: string | null;
  stoppedSuppliers: EntityRecord[];
  lostShare: number | null;
  lostQuantity: number | null;
  worldTotal: number | null;
  worldTotalUnit: string | null;
  lostCanonicalQuantity: number | null;
  canonicalUnit: string | null;
  missingShares: boolean;
  shares: ShareAfterRecord[];
  alternatives: number;
  /** The suppliers outside the scenario: producers by share after (largest first), then the rest by id. */
  alternativeIds: string[];
  hhiBefore: number | null;
  hhiAfter: number | null;
  sourceIds: string[];
}

export interface DisruptedImporterRecord {
  country: EntityRecord;
  commodity: EntityRecord;
  importSources: RelationshipRecord[];
  stoppedSources: RelationshipRecord[];
  topSourceStopped: boolean;
  sourcesLeft: number;
  producersLeft: number;
  reliance: RelationshipRecord | null;
}

export interface DisruptionImpactRecord {
  entity: EntityRecord;
  tier: number;
  commodity: EntityRecord;
  path: PathRecord;
  inputLost: number;
  missingShares: number;
  alternatives: number;
  alternativeIds: string[];
}

export interface DisruptionRecord {
  stopped: EntityRecord[];
  cut: number;
  year: number;
  commodities: DisruptedCommodityRecord[];
  importers: DisruptedImporterRecord[];
  downstream: DisruptionImpactRecord[];
  downstreamCount: number;
  reason: string | null;
}

const sourcesOf = (p: Record<string, unknown>) => (Array.isArray(p.sources) ? p.sources.map(String) : []);

/** A measure of producer shares: a stage, a year and (for USGS rows) what was measured. */
interface Measure {
  stage: string | null;
  year: number | null;
  usgsType: string | null;
}
const measureOf = (p: Record<string, unknown>): Measure => ({ stage: textOrNull(p.stage), year: numberOrNull(p.year), usgsType: textOrNull(p.usgsType) });
const sameMeasure = (a: Measure, b: Measure) => a.stage === b.stage && a.year === b.year && a.usgsType === b.usgsType;

/** Text order as the engine compares strings (code units), a missing text first. */
const byText = (a: string | null, b: string | null) => ((a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0);

/**
 * The measure a scenario counts for a commodity (src/model/disruption.ts): the latest year up to
 * `year` (else, with only later years, the earliest of them), and in it the stage and measure with
 * the most producers (ties: the stage, then the measure, first in text order).
 */
export function pickMeasure(shares: { producer: EntityRecord; properties: Record<string, unknown> }[], year: number): Measure | null {
  const producers = new Map<string, { measure: Measure; ids: Set<string> }>();
  for (const s of shares) {
    const measure = measureOf(s.properties);
    const key = JSON.stringify(measure);
    const entry = producers.get(key) ?? producers.set(key, { measure, ids: new Set() }).get(key)!;
    entry.ids.add(s.producer.id);
  }
  const candidates = [...producers.values()];
  if (candidates.length === 0) return null;
  const years = candidates.map((c) => c.measure.year ?? -Infinity);
  const upTo = years.filter((y) => y <= year);
  const chosenYear = upTo.length > 0 ? Math.max(...upTo) : Math.min(...years);
  return candidates
    .filter((c) => (c.measure.year ?? -Infinity) === chosenYear)
    .sort((a, b) => b.ids.size - a.ids.size || byText(a.measure.stage, b.measure.stage) || byText(a.measure.usgsType, b.measure.usgsType))[0]!.measure;
}

/** One hit commodity by the rules of src/model/disruption.ts. */
export function disruptCommodity(hit: HitRow, cut: number, year: number, suppliersById: Map<string, EntityRecord>): DisruptedCommodityRecord {
  const commodity = parseEntity(hit.commodity);
  const stoppedIds = new Set(hit.lines.map((l) => l.supplier));
  const shares = hit.shares.map((s) => ({ producer: parseEntity(s.producer), properties: s.properties }));
  const measure = pickMeasure(shares, year);
  // One share per producer in the measure: the largest.
  const byProducer = new Map<string, ProducerShareRecord>();
  for (const s of shares) {
    if (!measure || !sameMeasure(measureOf(s.properties), measure)) continue;
    const record = toShare(commodity, s);
    if ((byProducer.get(s.producer.id)?.share ?? -1) < record.share) byProducer.set(s.producer.id, record);
  }
  const before = [...byProducer.values()];
  // A stopped supplier without a share in the measure leaves the loss unknown.
  const missingShares = [...stoppedIds].some((id) => !byProducer.has(id));
  const lost = missingShares ? null : roundFigure(cut * before.filter((s) => stoppedIds.has(s.producer.id)).reduce((sum, s) => sum + s.share, 0));
  const world = measure ? hit.worldTotals.find((w) => sameMeasure(measureOf(w), measure)) : undefined;
  const worldTotal = numberOrNull(world?.quantity);
  const worldTotalUnit = textOrNull(world?.unit);
  const lostQuantity = lost !== null && worldTotal !== null ? roundFigure(lost * worldTotal) : null;
  const kept = (s: ProducerShareRecord) => (stoppedIds.has(s.producer.id) ? (1 - cut) * s.share : s.share);
  const left = 1 - (lost ?? 0);
  const after = before
    .map((s) => ({ before: s, after: left > 0 ? roundFigure(kept(s) / left) : 0, stopped: stoppedIds.has(s.producer.id) }))
    .sort((a, b) => b.after - a.after || b.before.share - a.before.share || a.before.producer.id.localeCompare(b.before.producer.id));
  const canonical = lostQuantity !== null ? toCanonical(lostQuantity, worldTotalUnit) : null;
  const shareAfter = new Map(after.filter((s) => !s.stopped).map((s) => [s.before.producer.id, s.after]));
  const alternativeIds = [...new Set(hit.suppliers.filter((id) => !stoppedIds.has(id)))].sort((a, b) => (shareAfter.get(b) ?? -1) - (shareAfter.get(a) ?? -1) || (a < b ? -1 : a > b ? 1 : 0));
  return {
    commodity,
    stage: measure?.stage ?? null,
    year: measure?.year ?? null,
    usgsType: measure?.usgsType ?? null,
    stoppedSuppliers: [...stoppedIds].map((id) => suppliersById.get(id)).filter((e): e is EntityRecord => e !== undefined),
    lostShare: lost,
    lostQuantity,
    worldTotal,
    worldTotalUnit,
    lostCanonicalQuantity: canonical?.quantity ?? null,
    canonicalUnit: canonical?.unit ?? canonicalUnit(worldTotalUnit)?.unit ?? null,
    missingShares,
    shares: after,
    alternatives: alternativeIds.length,
    alternativeIds,
    hhiBefore: before.length > 0 ? roundFigure(hhi(before.map((s) => s.share))) : null,
    // From the unrounded shares: squares of rounded ones drift in the third decimal.
    // Null too when no producer with a stated share is left (the rest of the world is unlisted).
    hhiAfter: lost === null || left <= 0 || !before.some((s) => kept(s) > 0) ? null : roundFigure(hhi(before.map((s) => kept(s) / left))),
    sourceIds: [...new Set([...before.flatMap((s) => s.sourceIds), ...(world ? sourcesOf(world) : [])])].sort(),
  };
}

/** The importers of one hit commodity that name a stopped supplier as a source. */
export function disruptImporters(hit: HitRow, year: number, producersLeft: number): DisruptedImporterRecord[] {
  const commodity = parseEntity(hit.commodity);
  const stoppedIds = new Set(hit.lines.map((l) => l.supplier));
  return hit.importers.map((imp) => {
    const country = parseEntity(imp.country);
    const sources = imp.sources
      .map((s) => ({ to: parseEntity(s.country), properties: s.properties }))
      .sort((a, b) => (textOrNull(a.properties.form) ?? '').localeCompare(textOrNull(b.properties.form) ?? '') || (numberOrNull(a.properties.rank) ?? 99) - (numberOrNull(b.properties.rank) ?? 99));
    const records = sources.map((s) => toRelationship('IMPORTS_FROM', s.properties, country, s.to));
    const stopped = records.filter((r) => stoppedIds.has(r.to.id));
    // The figure of the latest year up to the scenario's; of its forms, the one relied on most.
    const years = imp.reliance.map((r) => numberOrNull(r.year)).filter((y): y is number => y !== null && y <= year);
    const latest = years.length > 0 ? Math.max(...years) : null;
    const figure = imp.reliance
      .filter((r) => numberOrNull(r.year) === latest)
      .sort((a, b) => (relianceValue(b) ?? -1) - (relianceValue(a) ?? -1) || (textOrNull(a.form) ?? '').localeCompare(textOrNull(b.form) ?? ''))[0];
    return {
      country,
      commodity,
      importSources: records,
      stoppedSources: stopped,
      topSourceStopped: records.some((r) => numberOrNull(r.rank) === 1 && stoppedIds.has(r.to.id)),
      sourcesLeft: new Set(records.filter((r) => !stoppedIds.has(r.to.id)).map((r) => r.to.id)).size,
      producersLeft,
      reliance: figure ? toRelationship('IMPORTS', figure, country, commodity) : null,
    };
  });
}

/** A reached entity's input lost along its route (src/model/disruption.ts): an upper bound. */
export function inputLostAlong(path: PathRecord, lostShare: number | null, cut: number): { inputLost: number; missingShares: number } {
  let inputLost = lostShare ?? cut;
  let missingShares = lostShare === null ? 1 : 0;
  for (const step of path.steps) {
    const inputs = step.relationships.filter((r) => r.type === 'INPUT_TO');
    if (inputs.length === 0) continue;
    const shares = inputs.map((r) => numberOrNull(r.share)).filter((s): s is number => s !== null);
    if (shares.length > 0) inputLost *= Math.max(...shares);
    else missingShares++;
  }
  return { inputLost: roundFigure(inputLost), missingShares };
}

export interface DisruptionArgs {
  stop: string[];
  commodities: string[] | null;
  cut: number;
  asOf: string | null;
  maxTier: number;
  first: number;
  withDownstream: boolean;
}

const downstreamRowSchema = z.object({
  nodes: z.array(z.unknown()),
  steps: z.array(z.array(z.object({ type: z.string(), properties: propertiesSchema, outgoing: z.boolean() }))),
  total: z.number(),
});

/** The scenario's answer, or the ids that name nothing (NOT_FOUND). */
export async function disruptionOf(db: Database, args: DisruptionArgs): Promise<DisruptionRecord | { unknown: string[] }> {
  const statement = disruptionStatement(args);
  const [raw] = await db.read(statement.name, statement.cypher, statement.params);
  const row = rowSchema.parse(raw);
  if (row.unknown.length > 0) return { unknown: row.unknown };
  const year = scenarioYear(args.asOf);
  const stopped = [...new Map(row.stopped.map((s) => parseEntity(s)).map((e) => [e.id, e])).values()];
  const byId = new Map(stopped.map((e) => [e.id, e]));
  const commodities = row.hits
    .map((hit) => ({ hit, record: disruptCommodity(hit, args.cut, year, byId) }))
    .sort((a, b) => (b.record.lostShare ?? -1) - (a.record.lostShare ?? -1) || a.record.commodity.name.localeCompare(b.record.commodity.name));
  const producersLeft = (r: DisruptedCommodityRecord) => r.shares.filter((s) => !s.stopped && s.before.share > 0).length;
  const importers = commodities
    .flatMap(({ hit, record }) => disruptImporters(hit, year, producersLeft(record)))
    .sort((a, b) => Number(b.topSourceStopped) - Number(a.topSourceStopped) || a.country.name.localeCompare(b.country.name) || a.commodity.name.localeCompare(b.commodity.name));
  let downstream: DisruptionImpactRecord[] = [];
  let downstreamCount = 0;
  if (args.withDownstream && commodities.length > 0) {
    const hitIds = commodities.map((c) => c.record.commodity.id);
    const walk = downstreamStatement({ commodities: hitIds, exclude: stopped.map((e) => e.id), maxTier: args.maxTier, first: args.first, asOf: args.asOf });
    const rows = (await db.read(walk.name, walk.cypher, walk.params)).map((r) => downstreamRowSchema.parse(r));
    const byCommodity = new Map(commodities.map((c) => [c.record.commodity.id, c.record]));
    downstreamCount = rows[0]?.total ?? 0;
    downstream = rows.map((r) => {
      const path = toPath(r.nodes.map(parseEntity), r.steps);
      const from = byCommodity.get(path.nodes[0]!.id)!;
      return { entity: path.nodes.at(-1)!, tier: path.length, commodity: from.commodity, path, ...inputLostAlong(path, from.lostShare, args.cut), alternatives: from.alternatives, alternativeIds: from.alternativeIds };
    });
  }
  return {
    stopped,
    cut: args.cut,
    year,
    commodities: commodities.map((c) => c.record),
    importers,
    downstream,
    downstreamCount,
    reason: commodities.length > 0 ? null : args.commodities ? 'The stopped entities produce or make none of the commodities asked for.' : 'The stopped entities produce or make no commodity (no PRODUCES or MAKES relationship valid on that date).',
  };
}

export const disruption: NonNullable<QueryResolvers['disruption']> = async (_parent, args, ctx, info) => {
  const { stop, commodities, cut: cutArg, asOf: asOfArg } = args.scenario;
  if (stop.length === 0) throw new BadUserInputError('"scenario.stop" must name at least one entity.', 'scenario.stop');
  if (stop.length > MAX_STOPPED) throw new BadUserInputError(`"scenario.stop" may name at most ${MAX_STOPPED} entities; it names ${stop.length}.`, 'scenario.stop');
  for (const id of stop) checkId(id, 'scenario.stop');
  for (const id of commodities ?? []) checkId(id, 'scenario.commodities');
  if ((commodities?.length ?? 0) > MAX_STOPPED) throw new BadUserInputError(`"scenario.commodities" may name at most ${MAX_STOPPED} commodities.`, 'scenario.commodities');
  const cut = cutArg ?? 1;
  if (!(cut > 0 && cut <= 1)) throw new BadUserInputError(`"scenario.cut" must be above 0 and at most 1 (the share of output lost); got ${cut}.`, 'scenario.cut');
  const asOf = checkDate(asOfArg, 'scenario.asOf');
  const maxTier = args.maxTier ?? 3;
  const first = args.first ?? 50;
  checkRange(maxTier, 'maxTier', 1, MAX_DOWNSTREAM_TIERS);
  checkRange(first, 'first', 1, MAX_DOWNSTREAM_RESULTS);
  const found = await ctx.repositories.research.disruption({
    stop: [...new Set(stop)],
    commodities: commodities ? [...new Set(commodities)] : null,
    cut,
    asOf,
    maxTier,
    first,
    withDownstream: selectsAny(info, 'Disruption', info.fieldNodes, ['downstream', 'downstreamCount']),
  });
  if ('unknown' in found) throw new NotFoundError('entity or supply relationship', found.unknown[0]!);
  if (commodities) {
    const hit = new Set(found.commodities.map((c) => c.commodity.id));
    const known = await ctx.loaders.entityById.loadMany(commodities.filter((id) => !hit.has(id)));
    const missing = commodities.filter((id) => !hit.has(id))[known.findIndex((e) => e === null || e instanceof Error)];
    if (missing) throw new NotFoundError('commodity', missing);
  }
  ctx.rows.spend([...found.commodities, ...found.importers, ...found.downstream]);
  return found;
};

/** The first `first` suppliers outside the scenario, as entities (one batched read per request). */
async function suppliersLeft(ids: string[], first: number | null | undefined, ctx: Context): Promise<EntityRecord[]> {
  const count = first ?? 5;
  checkRange(count, 'first', 0, MAX_SHARES_LISTED);
  const found = await ctx.loaders.entityById.loadMany(ids.slice(0, count));
  return found.filter((e): e is EntityRecord => e !== null && !(e instanceof Error));
}

export const disruptionResolvers: Resolvers = {
  Query: { disruption },
  DisruptionImpact: {
    stillSuppliedBy: (impact, args, ctx) => suppliersLeft(impact.alternativeIds, args.first, ctx),
  },
  DisruptedCommodity: {
    alternativeSuppliers: (c, args, ctx) => suppliersLeft(c.alternativeIds, args.first, ctx),
    shares: (c, args) => {
      const first = args.first ?? 25;
      checkRange(first, 'first', 0, MAX_SHARES_LISTED);
      return c.shares.slice(0, first);
    },
    sources: async (c, _args, ctx) => (await ctx.loaders.entityById.loadMany(c.sourceIds)).filter((s): s is EntityRecord => s !== null && !(s instanceof Error)),
  },
};
