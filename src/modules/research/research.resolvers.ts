/**
 * The research root fields: argument checks (src/args.ts; each refusal names its argument), then
 * one repository call each, and the pure functions that make the answer (reach.ts,
 * concentration.ts, tradeSeries.ts, timeline.ts). The walking rules (which relationships count as
 * upstream or downstream) are the tables of src/model/walks.ts.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { checkDate, checkId, checkOrder, checkPeriodOrDate, checkRange } from '../../args.js';
import type { Context } from '../../context.js';
import { BadUserInputError, NotFoundError } from '../../errors.js';
import type { Resolvers } from '../../generated/resolvers.js';
import { periodBounds } from '../../model/dates.js';
import { ENTITY_KINDS, kindOfEnum, WORLD_ID, type EntityKind } from '../../model/kinds.js';
import { RELATIONSHIP_TYPES } from '../../model/relationships.js';
import { canonicalUnit, toCanonical } from '../../model/units.js';
import { MAX_IN_VALUES } from '../connection/where.js';
import { fieldNodesUnder, selectionOf, selectsAny } from '../tree/tree.js';
import type { EntityRecord } from '../entity/entity.model.js';
import { concentrationOf } from './concentration.js';
import { compilePathTarget } from './pathTarget.js';
import { exposureOf, countByKind, reached } from './reach.js';
import { MAX_REACH_HOPS, SUPPLY_TYPES } from './research.queries.js';
import { toFilterArgs, toRelationshipRecord } from './research.repository.js';
import { buildTimeline, overlaps } from './timeline.js';
import { buildSeries, reconcileSums } from './tradeSeries.js';

/** The research fields' bounds (docs/API.md lists them). */
export const RESEARCH_LIMITS = {
  maxHops: 8,
  k: 10,
  paths: 50,
  reachHops: MAX_REACH_HOPS,
  reachResults: 500,
  timelineItems: 1000,
  links: 5000,
  topN: 50,
};

/**
 * NOT_FOUND for the first of these ids no entity has, in one round trip. Asked only when a search
 * found nothing: a route found starts and ends at entities that exist.
 */
async function mustExist(ctx: Context, ids: string[]): Promise<void> {
  const found = await ctx.loaders.entityById.loadMany(ids);
  const missing = ids.find((_, i) => found[i] === null || found[i] instanceof Error);
  if (missing !== undefined) throw new NotFoundError('entity', missing);
}

async function loadSources(ctx: Context, ids: string[]): Promise<EntityRecord[]> {
  const found = await ctx.loaders.entityById.loadMany(ids);
  return found.filter((s): s is EntityRecord => s !== null && !(s instanceof Error));
}

/** The entity, its sources and its direct relationships, for timeline and changes. */
async function neighbourhood(ctx: Context, id: string) {
  checkId(id, 'entity');
  const found = await ctx.repositories.research.neighbourhood({ id, maxLinks: RESEARCH_LIMITS.links });
  if (!found) throw new NotFoundError('entity', id);
  return found;
}

/**
 * What a dependencies or exposure request selects below its start (`startField`) and below
 * `items.entity`: the walk's statement reads their nested fields too (relationship fields,
 * sources, …, however deep), so the answer is one round trip.
 */
export function reachSelection(info: Pick<GraphQLResolveInfo, 'schema' | 'fragments' | 'variableValues' | 'fieldNodes'>, resultType: string, startField: string) {
  const itemNodes = fieldNodesUnder(info, resultType, info.fieldNodes, 'items');
  return {
    start: selectionOf(info, fieldNodesUnder(info, resultType, info.fieldNodes, startField), ENTITY_KINDS),
    item: selectionOf(info, fieldNodesUnder(info, 'ReachedEntity', itemNodes, 'entity'), ENTITY_KINDS),
  };
}

export const researchResolvers: Resolvers = {
  Query: {
    paths: async (_parent, args, ctx) => {
      checkId(args.from, 'from');
      const k = args.k ?? 1;
      const maxHops = args.maxHops ?? 4;
      const first = args.first ?? 10;
      checkRange(k, 'k', 1, RESEARCH_LIMITS.k);
      checkRange(maxHops, 'maxHops', 1, RESEARCH_LIMITS.maxHops);
      checkRange(first, 'first', 1, RESEARCH_LIMITS.paths);
      const direction = args.direction ?? 'ANY';
      const asked: string[] = args.via ?? Object.keys(RELATIONSHIP_TYPES);
      if (asked.length === 0) throw new BadUserInputError('"via" must name at least one relationship type.', 'via');
      // A supply route walks only the types goods flow along (exposure's table), each its own way.
      const types = direction === 'SUPPLY' ? asked.filter((t) => SUPPLY_TYPES.includes(t)) : asked;
      if (types.length === 0) throw new BadUserInputError(`"via" names no relationship a supply route follows; with direction SUPPLY use some of ${SUPPLY_TYPES.join(', ')}.`, 'via');
      if ((args.avoidIds?.length ?? 0) > MAX_IN_VALUES) throw new BadUserInputError(`"avoidIds" lists ${args.avoidIds?.length} ids; at most ${MAX_IN_VALUES} are allowed.`, 'avoidIds');
      const target = compilePathTarget(args.to);
      if (target.id !== null) checkId(target.id, 'to.id');
      const walk = { types, direction, maxHops, k, first };
      const params = {
        from: args.from,
        through: (args.through ?? []).map(kindOfEnum),
        avoid: (args.avoid ?? []).map(kindOfEnum),
        avoidIds: args.avoidIds ?? [],
        asOf: checkDate(args.asOf, 'asOf'),
      };
      const found =
        target.id === null
          ? // Every entity the filter describes: one search from the start, nearest targets first.
            await ctx.repositories.research.pathsToFilter(toFilterArgs({ ...walk, params }, target))
          : direction === 'SUPPLY'
            ? await ctx.repositories.research.supplyPaths({ ...walk, params: { ...params, to: target.id } })
            : await ctx.repositories.research.paths({ ...walk, params: { ...params, to: target.id } });
      // No route: an unknown end is NOT_FOUND, known ends answer an empty list.
      if (found.length === 0) await mustExist(ctx, target.id !== null ? [args.from, target.id] : [args.from]);
      return ctx.rows.spend(found);
    },

    dependencies: async (_parent, args, ctx, info) => {
      checkId(args.of, 'of');
      const maxTier = args.maxTier ?? 3;
      const first = args.first ?? 100;
      checkRange(maxTier, 'maxTier', 1, RESEARCH_LIMITS.reachHops);
      checkRange(first, 'first', 1, RESEARCH_LIMITS.reachResults);
      // Routes only when an item's path is asked for (dependencies scores nothing).
      const withRoutes = selectsAny(info, 'ReachedEntity', fieldNodesUnder(info, 'DependencyResult', info.fieldNodes, 'items'), ['path']);
      const selection = reachSelection(info, 'DependencyResult', 'of');
      const found = await ctx.repositories.research.reach({ id: args.of, walk: 'dependencies', maxHops: maxTier, kinds: null, asOf: checkDate(args.asOf, 'asOf'), first, withRoutes, selection });
      if (!found) throw new NotFoundError('entity', args.of);
      const items = ctx.rows.spend(reached(found.rows));
      return { of: found.start, items, byKind: countByKind(items) };
    },

    exposure: async (_parent, args, ctx, info) => {
      checkId(args.to, 'to');
      const maxHops = args.maxHops ?? 4;
      const first = args.first ?? 100;
      checkRange(maxHops, 'maxHops', 1, RESEARCH_LIMITS.reachHops);
      checkRange(first, 'first', 1, RESEARCH_LIMITS.reachResults);
      const kinds = args.kinds?.length ? args.kinds.map(kindOfEnum) : null;
      const asOf = checkDate(args.asOf, 'asOf');
      // Routes only when an item's path or score (taken along the route) is asked for.
      const withRoutes = selectsAny(info, 'ReachedEntity', fieldNodesUnder(info, 'ExposureResult', info.fieldNodes, 'items'), ['path', 'score', 'missingShares']);
      const selection = reachSelection(info, 'ExposureResult', 'to');
      const found = await ctx.repositories.research.reach({ id: args.to, walk: 'exposure', maxHops, kinds, asOf, first, withRoutes, selection });
      if (!found) throw new NotFoundError('entity', args.to);
      const referenceYear = asOf ? Number(asOf.slice(0, 4)) : new Date().getUTCFullYear();
      const result = exposureOf(found.start, found.rows, referenceYear);
      ctx.rows.spend(result.items);
      return result;
    },

    concentration: async (_parent, args, ctx) => {
      checkId(args.commodity, 'commodity');
      const topN = args.topN ?? 3;
      const threshold = args.threshold ?? 0.5;
      checkRange(topN, 'topN', 1, RESEARCH_LIMITS.topN);
      if (!(threshold > 0 && threshold <= 1)) throw new BadUserInputError('"threshold" must be above 0 and at most 1.', 'threshold');
      const asOf = checkDate(args.asOf, 'asOf');
      const found = await ctx.repositories.research.concentration({ commodity: args.commodity, asOf });
      if (!found) throw new NotFoundError('commodity', args.commodity);
      const asked = { asOf, stage: args.stage ?? null, year: args.year ?? null, usgsType: args.usgsType ?? null, topN, threshold };
      return concentrationOf(found, asked, new Date().getUTCFullYear());
    },

    tradeSeries: async (_parent, args, ctx, info) => {
      checkId(args.exporter, 'exporter');
      checkId(args.importer, 'importer');
      checkId(args.commodity, 'commodity');
      const from = checkPeriodOrDate(args.from, 'from', 'start');
      const to = checkPeriodOrDate(args.to, 'to', 'end');
      checkOrder(from, to, { from: args.from ?? '', to: args.to ?? '' });
      const end = (field: string, kinds: readonly EntityKind[]) => selectionOf(info, fieldNodesUnder(info, 'TradeSeries', info.fieldNodes, field), kinds);
      const selection = { exporter: end('exporter', ENTITY_KINDS), importer: end('importer', ENTITY_KINDS), commodity: end('commodity', ['Commodity']) };
      const found = await ctx.repositories.research.tradeSeries({ exporter: args.exporter, importer: args.importer, commodity: args.commodity, selection });
      if (!found.exporter) throw new NotFoundError('exporter', args.exporter);
      if (!found.importer) throw new NotFoundError('importer', args.importer);
      if (!found.commodity) throw new NotFoundError('commodity', args.commodity);
      const isTotal = found.importer.id === WORLD_ID;
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

    timeline: async (_parent, args, ctx) => {
      checkId(args.entity, 'entity');
      const from = checkDate(args.from, 'from');
      const to = checkDate(args.to, 'to');
      checkOrder(from, to, { from: from ?? '', to: to ?? '' });
      const first = args.first ?? 200;
      checkRange(first, 'first', 1, RESEARCH_LIMITS.timelineItems);
      const found = await neighbourhood(ctx, args.entity);
      return ctx.rows.spend(buildTimeline(found.entity, found.sources, found.links).filter((item) => overlaps(item.date, from, to)).slice(0, first));
    },

    changes: async (_parent, args, ctx) => {
      checkId(args.entity, 'entity');
      const from = checkDate(args.from, 'from')!;
      const to = checkDate(args.to, 'to')!;
      checkOrder(from, to, { from, to });
      const found = await neighbourhood(ctx, args.entity);
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

  ReachedEntity: {
    // The walk leaves routes out only when the request selects no path (see dependencies, exposure).
    path: (item) => {
      if (!item.path) throw new Error(`the route to ${item.entity.id} was not walked`);
      return item.path;
    },
  },
  Path: {
    citations: (path, _args, ctx) => loadSources(ctx, path.sourceIds),
  },
  ExposureResult: {
    byCountry: async (result, _args, ctx) => {
      const countries = await ctx.loaders.entityById.loadMany(result.byCountry.map((c) => c.countryId));
      return result.byCountry.flatMap((c, i) => {
        const country = countries[i];
        return country && !(country instanceof Error) ? [{ country, count: c.count }] : [];
      });
    },
  },
  ProducerShare: {
    sources: (share, _args, ctx) => loadSources(ctx, share.sourceIds),
    canonicalQuantity: (share) => toCanonical(share.quantity, share.unit)?.quantity ?? null,
    canonicalUnit: (share) => canonicalUnit(share.unit)?.unit ?? null,
  },
  TradePoint: {
    observation: async (point, _args, ctx) => (point.observationId ? ((await ctx.loaders.entityById.load(point.observationId)) ?? null) : null),
    sources: (point, _args, ctx) => loadSources(ctx, point.sourceIds),
  },
  TradeObservation: {
    // Stored as the office's id; an id that is not (or no longer) an Organization answers null.
    statisticalOffice: async (t, _args, ctx) => {
      if (typeof t.statisticalOffice !== 'string') return null;
      const office = await ctx.loaders.entityById.load(t.statisticalOffice);
      return office?.label === 'Organization' ? office : null;
    },
  },
  TimelineItem: {
    sources: (item, _args, ctx) => loadSources(ctx, item.sourceIds),
  },
};
