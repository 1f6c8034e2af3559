/**
 * The research root fields: argument checks (each refusal names its argument), then one
 * repository call each. The walking rules (which relationships count as upstream or downstream)
 * are the tables of src/model/walks.ts.
 */
import type { Context } from '../../context.js';
import { BadUserInputError, NotFoundError } from '../../errors.js';
import type { Resolvers } from '../../generated/resolvers.js';
import { CONNECTION_KINDS, CONNECTION_ROOT_FIELDS, type ConnectionKind } from '../../model/filters.js';
import type { EntityKind } from '../../model/kinds.js';
import { RELATIONSHIP_TYPES } from '../../model/relationships.js';
import { compileWhere, ParamBag } from '../connection/where.js';
import { KIND_ENUM, type EntityRecord } from '../entity/entity.model.js';
import { checkId } from '../entity/entity.resolvers.js';
import type { RelationshipRecord } from '../relationship/relationship.model.js';
import { hhi, topNShare } from './concentration.js';
import { MAX_REACH_HOPS, type PathDirection } from './research.queries.js';
import { toRelationshipRecord, type PathRecord, type ReachRow } from './research.repository.js';
import { buildTimeline, dateBounds, overlaps, type TimelineItemRecord } from './timeline.js';
import { buildSeries, reconcileSums, type SeriesPoint } from './tradeSeries.js';
import { periodBounds } from '../../../seed/validate.js';
import { DATE_FORMAT_HINT, isPartialDate, isPeriod } from '../../model/dates.js';

export const LIMITS = {
  maxHops: 8,
  k: 10,
  paths: 50,
  reachHops: MAX_REACH_HOPS,
  reachResults: 500,
  timelineItems: 1000,
  links: 5000,
};

/** Relationship types whose `share` says how much of the next step hangs on this one. */
const SHARE_TYPES = new Set(['ProducesRelationship', 'InputToRelationship']);

const LABEL_BY_ENUM = Object.fromEntries(Object.entries(KIND_ENUM).map(([label, value]) => [value, label as EntityKind]));

function checkRange(value: number, argument: string, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) throw new BadUserInputError(`"${argument}" must be between ${min} and ${max}.`, argument);
}

function checkDate(value: string | null | undefined, argument: string): string | null {
  if (value === null || value === undefined) return null;
  if (!isPartialDate(value)) throw new BadUserInputError(`"${argument}" must be ${DATE_FORMAT_HINT}.`, argument);
  return value;
}

async function mustExist(ctx: Context, id: string, argument: string): Promise<EntityRecord> {
  checkId(id, argument);
  const entity = await ctx.loaders.entityById.load(id);
  if (!entity) throw new NotFoundError('entity', id);
  return entity;
}

/**
 * Exposure along a path: the product of the shares on its steps. Where a step has several
 * parallel relationships (shares for several years), the most recent share up to the reference
 * year counts (projections for later years only when nothing else is known). A step of a
 * share-bearing type with no share at all is counted as missing (and taken as 1).
 */
export function scorePath(path: PathRecord, referenceYear: number): { score: number; missingShares: number } {
  // Known years up to the reference year first (latest first), then undated, then projections.
  const rank = (r: RelationshipRecord) => {
    const year = typeof r.year === 'number' ? r.year : undefined;
    if (year === undefined) return -1e5;
    return year <= referenceYear ? year : -1e6 - year;
  };
  let score = 1;
  let missingShares = 0;
  for (const step of path.steps) {
    const bearing = step.relationships.filter((r) => SHARE_TYPES.has(r.graphqlType));
    if (bearing.length === 0) continue;
    const withShare = bearing
      .filter((r) => typeof r.share === 'number')
      .sort((a, b) => rank(b) - rank(a) || Number(b.share) - Number(a.share));
    if (withShare.length > 0) score *= Number(withShare[0]!.share);
    else missingShares++;
  }
  return { score, missingShares };
}

function countByKind(items: { entity: EntityRecord }[]) {
  const counts = new Map<string, number>();
  for (const { entity } of items) counts.set(entity.kind, (counts.get(entity.kind) ?? 0) + 1);
  return [...counts].map(([kind, count]) => ({ kind, count })).sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind));
}

const reached = (rows: ReachRow[]) => rows.map(({ path }) => ({ entity: path.nodes.at(-1)!, tier: path.length, path }));

export const researchResolvers = {
  Query: {
    paths: async (_: unknown, args: any, ctx: Context) => {
      await mustExist(ctx, args.from, 'from');
      const k = args.k ?? 1;
      const maxHops = args.maxHops ?? 4;
      const first = args.first ?? 10;
      checkRange(k, 'k', 1, LIMITS.k);
      checkRange(maxHops, 'maxHops', 1, LIMITS.maxHops);
      checkRange(first, 'first', 1, LIMITS.paths);
      const types: string[] = args.via ?? Object.keys(RELATIONSHIP_TYPES);
      if (types.length === 0) throw new BadUserInputError('"via" must name at least one relationship type.', 'via');

      const target = Object.entries(args.to ?? {}).filter(([, v]) => v !== null && v !== undefined);
      if (target.length !== 1) throw new BadUserInputError('"to" must give exactly one of id, countries, commodities, companies, officials, organizations, policies, sectors, events.', 'to');
      const [targetField, targetValue] = target[0]!;
      const bag = new ParamBag();
      let targetLabel = 'Entity';
      let targetPredicate: string;
      if (targetField === 'id') {
        await mustExist(ctx, targetValue as string, 'to.id');
        targetPredicate = `b.id = ${bag.add(targetValue)}`;
      } else {
        const kind = CONNECTION_KINDS.find((k) => CONNECTION_ROOT_FIELDS[k] === targetField) as ConnectionKind;
        targetLabel = kind;
        targetPredicate = compileWhere(kind, targetValue as Record<string, unknown>, bag, 'b', `to.${targetField}`);
      }
      const found = await ctx.repositories.research.paths({
        types,
        direction: (args.direction ?? 'ANY') as PathDirection,
        maxHops,
        k,
        first,
        targetLabel,
        targetPredicate,
        params: {
          ...bag.values,
          from: args.from,
          through: (args.through ?? []).map((k: string) => LABEL_BY_ENUM[k]),
          avoid: (args.avoid ?? []).map((k: string) => LABEL_BY_ENUM[k]),
          avoidIds: args.avoidIds ?? [],
          asOf: checkDate(args.asOf, 'asOf'),
        },
      });
      return ctx.rows.spend(found);
    },

    dependencies: async (_: unknown, args: any, ctx: Context) => {
      const of = await mustExist(ctx, args.of, 'of');
      const maxTier = args.maxTier ?? 3;
      const first = args.first ?? 100;
      checkRange(maxTier, 'maxTier', 1, LIMITS.reachHops);
      checkRange(first, 'first', 1, LIMITS.reachResults);
      const rows = await ctx.repositories.research.reach({ id: of.id, walk: 'dependencies', maxHops: maxTier, kinds: null, asOf: checkDate(args.asOf, 'asOf'), first });
      const items = ctx.rows.spend(reached(rows).map((item) => ({ ...item, score: null, missingShares: 0 })));
      return { of, items, byKind: countByKind(items) };
    },

    exposure: async (_: unknown, args: any, ctx: Context) => {
      const to = await mustExist(ctx, args.to, 'to');
      const maxHops = args.maxHops ?? 4;
      const first = args.first ?? 100;
      checkRange(maxHops, 'maxHops', 1, LIMITS.reachHops);
      checkRange(first, 'first', 1, LIMITS.reachResults);
      const kinds = args.kinds?.length ? args.kinds.map((k: string) => LABEL_BY_ENUM[k]) : null;
      const asOf = checkDate(args.asOf, 'asOf');
      const rows = await ctx.repositories.research.reach({ id: to.id, walk: 'exposure', maxHops, kinds, asOf, first });
      const referenceYear = asOf ? Number(asOf.slice(0, 4)) : new Date().getUTCFullYear();
      const items = ctx.rows.spend(reached(rows).map((item) => ({ ...item, ...scorePath(item.path, referenceYear) })));
      const byCountry = new Map<string, number>();
      rows.forEach((row) => row.countryId && byCountry.set(row.countryId, (byCountry.get(row.countryId) ?? 0) + 1));
      return {
        to,
        items,
        byKind: countByKind(items),
        byCountry: [...byCountry].map(([countryId, count]) => ({ countryId, count })).sort((a, b) => b.count - a.count || a.countryId.localeCompare(b.countryId)),
      };
    },

    concentration: async (_: unknown, args: any, ctx: Context) => {
      checkId(args.commodity, 'commodity');
      const topN = args.topN ?? 3;
      const threshold = args.threshold ?? 0.5;
      checkRange(topN, 'topN', 1, 50);
      if (!(threshold > 0 && threshold <= 1)) throw new BadUserInputError('"threshold" must be above 0 and at most 1.', 'threshold');
      const found = await ctx.repositories.research.concentration({ commodity: args.commodity, asOf: null });
      if (!found) throw new NotFoundError('commodity', args.commodity);

      // Shares compare only within one measure: a stage, a year and (for USGS rows) what was measured.
      const typeOf = (properties: Record<string, unknown>) => (properties.usgsType as string | undefined) ?? null;
      const combos = new Map<string, { stage: string | null; year: number | null; usgsType: string | null; producers: Set<string> }>();
      for (const s of found.shares) {
        const stage = (s.properties.stage as string | undefined) ?? null;
        const year = (s.properties.year as number | undefined) ?? null;
        const usgsType = typeOf(s.properties);
        const key = `${stage}|${year}|${usgsType}`;
        if (!combos.has(key)) combos.set(key, { stage, year, usgsType, producers: new Set() });
        combos.get(key)!.producers.add(s.producer.id);
      }
      // The default is the stage/year with most producers; among equals, the latest year that is
      // not in the future (a projection only when nothing else is known).
      const thisYear = new Date().getUTCFullYear();
      const recency = (year: number | null) => (year === null ? -1e5 : year <= thisYear ? year : -1e6 - year);
      const available = [...combos.values()]
        .map((c) => ({ stage: c.stage, year: c.year, usgsType: c.usgsType, producers: c.producers.size }))
        .sort((a, b) => b.producers - a.producers || recency(b.year) - recency(a.year));
      const wanted = available.find(
        (c) => (args.stage == null || c.stage === args.stage) && (args.year == null || c.year === args.year) && (args.usgsType == null || c.usgsType === args.usgsType),
      );
      const stage = wanted?.stage ?? args.stage ?? null;
      const year = wanted?.year ?? args.year ?? null;
      const usgsType = wanted?.usgsType ?? args.usgsType ?? null;
      // One share per producer: the largest when a producer has several for the same stage and year.
      const seen = new Set<string>();
      const shares = found.shares
        .filter((s) => wanted && (s.properties.stage ?? null) === stage && (s.properties.year ?? null) === year && typeOf(s.properties) === usgsType)
        .filter((s) => (seen.has(s.producer.id) ? false : (seen.add(s.producer.id), true)))
        .map((s) => ({
          producer: s.producer,
          share: Number(s.properties.share),
          stage,
          year,
          quantity: (s.properties.quantity as number | undefined) ?? null,
          unit: (s.properties.unit as string | undefined) ?? null,
          estimate: s.properties.estimate === true,
          note: (s.properties.note as string | undefined) ?? null,
          sourceIds: ((s.properties.sources as string[] | undefined) ?? []).map(String),
        }));
      const values = shares.map((s) => s.share);
      const world = found.worldTotals.find((w) => wanted && (w.stage ?? null) === stage && (w.year ?? null) === year && typeOf(w) === usgsType);
      return {
        commodity: found.commodity,
        stage,
        year,
        usgsType,
        worldTotal: typeof world?.quantity === 'number' ? world.quantity : null,
        worldTotalUnit: typeof world?.unit === 'string' ? world.unit : null,
        shares,
        hhi: round(hhi(values)),
        topN,
        topNShare: round(topNShare(values, topN)),
        coverage: round(values.reduce((a, b) => a + b, 0)),
        threshold,
        chokepoints: shares.filter((s) => s.share > threshold),
        available,
      };
    },

    tradeSeries: async (_: unknown, args: any, ctx: Context) => {
      for (const arg of ['exporter', 'importer', 'commodity']) checkId(args[arg], arg);
      const from = checkPeriodOrDate(args.from, 'from', 'start');
      const to = checkPeriodOrDate(args.to, 'to', 'end');
      if (from && to && to < from) throw new BadUserInputError(`"to" (${args.to}) is before "from" (${args.from}).`, 'to');
      const found = await ctx.repositories.research.tradeSeries({ exporter: args.exporter, importer: args.importer, commodity: args.commodity });
      if (!found.exporter) throw new NotFoundError('exporter', args.exporter);
      if (!found.importer) throw new NotFoundError('importer', args.importer);
      if (!found.commodity) throw new NotFoundError('commodity', args.commodity);
      const isTotal = found.importer.id === 'region:world';
      return {
        exporter: found.exporter,
        importer: found.importer,
        commodity: found.commodity,
        points: buildSeries(found.flow, isTotal ? [] : found.totals, { from, to }),
        sums: reconcileSums(found.flow.filter((o) => {
          const { start, end } = periodBounds(o.period);
          return (!from || end >= from) && (!to || start <= to);
        })),
      };
    },

    timeline: async (_: unknown, args: any, ctx: Context) => {
      checkId(args.entity, 'entity');
      const from = checkDate(args.from, 'from');
      const to = checkDate(args.to, 'to');
      if (from && to && to < from) throw new BadUserInputError(`"to" (${to}) is before "from" (${from}).`, 'to');
      const first = args.first ?? 200;
      checkRange(first, 'first', 1, LIMITS.timelineItems);
      const found = await ctx.repositories.research.neighbourhood({ id: args.entity, maxLinks: LIMITS.links });
      if (!found) throw new NotFoundError('entity', args.entity);
      return ctx.rows.spend(buildTimeline(found.entity, found.sources, found.links).filter((item) => overlaps(item.date, from, to)).slice(0, first));
    },

    changes: async (_: unknown, args: any, ctx: Context) => {
      checkId(args.entity, 'entity');
      const from = checkDate(args.from, 'from')!;
      const to = checkDate(args.to, 'to')!;
      if (to < from) throw new BadUserInputError(`"to" (${to}) is before "from" (${from}).`, 'to');
      const found = await ctx.repositories.research.neighbourhood({ id: args.entity, maxLinks: LIMITS.links });
      if (!found) throw new NotFoundError('entity', args.entity);
      const timeline = buildTimeline(found.entity, found.sources, found.links);
      const inRange = (date: unknown) => typeof date === 'string' && overlaps(date, from, to);
      const relationships = found.links.map((l) => toRelationshipRecord(l.relationship, found.entity, l.node)).sort((a, b) => a.id.localeCompare(b.id));
      return {
        entity: found.entity,
        from,
        to,
        started: relationships.filter((r) => inRange(r.validFrom)),
        ended: relationships.filter((r) => inRange(r.validTo)),
        timeline: timeline.filter((item) => overlaps(item.date, from, to)),
      };
    },
  },

  Path: {
    citations: (path: PathRecord, _: unknown, ctx: Context) => loadSources(ctx, path.sourceIds),
  },
  ExposureResult: {
    byCountry: async (result: { byCountry: { countryId: string; count: number }[] }, _: unknown, ctx: Context) => {
      const countries = await ctx.loaders.entityById.loadMany(result.byCountry.map((c) => c.countryId));
      return result.byCountry.map((c, i) => ({ country: countries[i], count: c.count })).filter((c) => c.country && !(c.country instanceof Error));
    },
  },
  ProducerShare: {
    sources: (share: { sourceIds: string[] }, _: unknown, ctx: Context) => loadSources(ctx, share.sourceIds),
  },
  TradePoint: {
    observation: (point: SeriesPoint, _: unknown, ctx: Context) => (point.observationId ? ctx.loaders.entityById.load(point.observationId) : null),
    sources: (point: SeriesPoint, _: unknown, ctx: Context) => loadSources(ctx, point.sourceIds),
  },
  TradeObservation: {
    // Stored as the office's id; an id that is not (or no longer) an Organization answers null.
    statisticalOffice: async (t: EntityRecord, _: unknown, ctx: Context) => {
      if (typeof t.statisticalOffice !== 'string') return null;
      const office = await ctx.loaders.entityById.load(t.statisticalOffice);
      return office?.label === 'Organization' ? office : null;
    },
  },
  TimelineItem: {
    sources: (item: TimelineItemRecord, _: unknown, ctx: Context) => loadSources(ctx, item.sourceIds),
  },
} as unknown as Resolvers;

/** Sums of shares like 0.7 + 0.12 + 0.09 come out as 0.9099999…; six decimals is beyond any source's precision. */
const round = (value: number) => Math.round(value * 1e6) / 1e6;

async function loadSources(ctx: Context, ids: string[]): Promise<EntityRecord[]> {
  const found = await ctx.loaders.entityById.loadMany(ids);
  return found.filter((s): s is EntityRecord => s !== null && !(s instanceof Error));
}


/** A range bound given as a date (2025-06-01) or a period (2025-06, 2025-H1): its first or last day. */
function checkPeriodOrDate(value: string | null | undefined, argument: string, edge: 'start' | 'end'): string | null {
  if (value === null || value === undefined) return null;
  if (!isPeriod(value) && !isPartialDate(value)) throw new BadUserInputError(`"${argument}" must be a period (2025, 2025-H1, 2025-Q2, 2025-06, 2025-01/2025-04) or a date (2025-06-30).`, argument);
  const bounds = /-[HQ]|\//.test(value) ? periodBounds(value) : dateBounds(value);
  return bounds[edge];
}

