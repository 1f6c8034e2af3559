import neo4j from 'neo4j-driver';
import { z } from 'zod';
import type { Database } from '../../db/database.js';
import type { Statement } from '../../cypher/statement.js';
import { WORLD_ID } from '../../model/kinds.js';
import type { WalkName } from '../../model/walks.js';
import type { RelationshipField } from '../../model/relationshipFields.js';
import { parseEntity, type EntityRecord } from '../entity/entity.model.js';
import { ParamBag } from '../../cypher/params.js';
import { nestedPrinter } from '../tree/tree.cypher.js';
import { readEntity } from '../tree/tree.rows.js';
import type { EntitySelection } from '../tree/tree.js';
import { toRelationship, type RelationshipRecord } from '../relationship/relationship.model.js';
import {
  CONCENTRATION,
  NEIGHBOURHOOD,
  pathLevelFromTargetsQuery,
  pathLevelQuery,
  pathRoutesQuery,
  supplyRouteSearchQuery,
  SUPPLY_PATHS_READ,
  pathsLongerQuery,
  pathsQuery,
  MAX_REACH_HOPS,
  reachParams,
  reachQuery,
  tradeSeriesQuery,
  type TradeSeriesEnd,
  type PathLevelOptions,
  type PathsQueryOptions,
} from './research.queries.js';
import { orderRoutes, PathSearch, TargetsSide, type BackRow, type LevelRow, type Route } from './pathSearch.js';
import { NextShortest, type SpurSearch } from './nextShortest.js';
import { entityTarget, type FilterTarget } from './pathTarget.js';
import type { Observation } from './tradeSeries.js';
import { CHANGE_BASES } from '../../model/records.js';
import { rankConcentration } from './concentrationRanking.js';
import { supplyRiskOf, type SupplyRiskArgs } from './supplyRisk.js';
import { disruptionOf, type DisruptionArgs } from './disruption.js';

/** A relationship as the research queries return it: type, stored properties, and which way it points. */
const rawRelationshipSchema = z.object({ type: z.string(), properties: z.record(z.string(), z.unknown()), outgoing: z.boolean() });
type RawRelationship = z.infer<typeof rawRelationshipSchema>;

/** A walked path as paths and reach return it: its nodes, and per step the relationships joining them. */
const pathRowSchema = z.object({ nodes: z.array(z.unknown()), steps: z.array(z.array(rawRelationshipSchema)) });
/** A reach row: row -1 carries the start alone (`start`), the others a reached entity. */
const reachRowSchema = z.object({ j: z.number().int(), start: z.unknown(), entity: z.unknown(), countryId: z.string().nullish() });
const reachTierSchema = z.object({ tier: z.number().int() });
/** A level of the path search as one row of parallel lists (research.queries.ts pathLevelQuery). */
const levelSchema = z.object({
  ids: z.array(z.string()),
  names: z.array(z.string()),
  parents: z.array(z.array(z.number().int().nonnegative())),
  through: z.array(z.boolean()),
  targets: z.array(z.boolean()),
});
function levelRows(row: unknown): LevelRow[] {
  const { ids, names, parents, through, targets } = levelSchema.parse(row);
  return ids.map((id, i) => ({ id, name: names[i]!, parents: parents[i]!, through: through[i]!, target: targets[i]! }));
}
const targetsSchema = z.object({ targetIds: z.array(z.string()) });
/** A layer of the search from the targets' side (research.queries.ts pathLevelFromTargetsQuery). */
const backLevelSchema = z.object({ ids: z.array(z.string()), names: z.array(z.string()), intermediate: z.array(z.boolean()), parents: z.array(z.array(z.string())), endings: z.array(z.array(z.boolean())) });
function backRows(row: unknown): BackRow[] {
  const { ids, names, intermediate, parents, endings } = backLevelSchema.parse(row);
  return ids.map((id, i) => ({ id, name: names[i]!, intermediate: intermediate[i]!, parents: parents[i]!, endings: endings[i]! }));
}
const routeSchema = z.object({ ids: z.array(z.string()), names: z.array(z.string()) });
const longerRowSchema = z.object({ target: z.string(), longer: z.array(routeSchema) });
/** A route of a supply route search (research.queries.ts supplyRouteSearchQuery), `j` its search's index in $spurs. */
const spurRowSchema = z.object({ j: z.number().int().nonnegative(), ids: z.array(z.string()), names: z.array(z.string()), read: z.number().int() });
const neighbourhoodRowSchema = z.object({
  entity: z.unknown(),
  sources: z.array(z.string()),
  links: z.array(z.object({ relationship: rawRelationshipSchema, node: z.unknown(), nodeSources: z.array(z.string()) })),
});

export interface PathStepRecord {
  from: EntityRecord;
  to: EntityRecord;
  relationships: RelationshipRecord[];
}

export interface PathRecord {
  length: number;
  nodes: EntityRecord[];
  steps: PathStepRecord[];
  sourceIds: string[];
}

/**
 * A stored relationship met while walking from `here` to `there`; `outgoing` says whether it
 * starts at `here`. The record is the same whichever way it was walked.
 */
export function toRelationshipRecord(raw: RawRelationship, here: EntityRecord, there: EntityRecord): RelationshipRecord {
  const type = raw.type as RelationshipField['type'];
  return raw.outgoing ? toRelationship(type, raw.properties, here, there) : toRelationship(type, raw.properties, there, here);
}

export function toPath(nodes: EntityRecord[], steps: RawRelationship[][]): PathRecord {
  const pathSteps = steps.map((rels, i) => ({
    from: nodes[i]!,
    to: nodes[i + 1]!,
    relationships: rels.map((raw) => toRelationshipRecord(raw, nodes[i]!, nodes[i + 1]!)),
  }));
  const sourceIds = [...new Set(pathSteps.flatMap((s) => s.relationships.flatMap((r) => r.sourceIds)))];
  return { length: pathSteps.length, nodes, steps: pathSteps, sourceIds };
}

/** An entity a reach walk found: its tier, its route when asked for (`withRoutes`), its country. */
export interface ReachRow {
  entity: EntityRecord;
  tier: number;
  path: PathRecord | null;
  countryId: string | null;
}

export interface Link {
  relationship: RawRelationship;
  node: EntityRecord;
  nodeSources: string[];
}

/** A trade observation as the trade-series query returns it (its changes as parallel lists). */
const observationRowSchema = z.object({
  id: z.string(),
  period: z.string(),
  quantity: z.number(),
  unit: z.string(),
  changeBases: z.array(z.enum(CHANGE_BASES)).nullish(),
  changePercents: z.array(z.number()).nullish(),
  changeComparedTo: z.array(z.string().nullable()).nullish(),
  sources: z.array(z.string()).nullish(),
});
const tradeSeriesRowSchema = z.object({
  exporter: z.unknown(),
  importer: z.unknown(),
  commodity: z.unknown(),
  flow: z.array(observationRowSchema).nullish(),
  totals: z.array(observationRowSchema).nullish(),
});
const concentrationRowSchema = z.object({
  commodity: z.unknown(),
  shares: z.array(z.object({ producer: z.unknown(), properties: z.record(z.string(), z.unknown()) })),
  worldTotals: z.array(z.record(z.string(), z.unknown())).nullish(),
  otherShares: z.array(z.object({ commodity: z.unknown(), producer: z.unknown(), properties: z.record(z.string(), z.unknown()) })),
});

const asObservation = (row: z.infer<typeof observationRowSchema>): Observation => ({
  id: row.id,
  period: row.period,
  quantity: row.quantity,
  unit: row.unit,
  changes: (row.changeBases ?? []).map((basis, i) => ({
    basis,
    percent: Number(row.changePercents?.[i]),
    comparedTo: row.changeComparedTo?.[i] || null,
  })),
  sourceIds: row.sources ?? [],
});

export type PathsArgs = PathsQueryOptions & { params: Record<string, unknown>; first: number };
export type PathsToFilterArgs = PathsArgs & PathLevelOptions;
/** A request's arguments with a filter as its targets (pathTarget.ts), as pathsToFilter takes them. */
export const toFilterArgs = (options: PathsArgs, target: FilterTarget): PathsToFilterArgs => ({
  ...options,
  targetLabel: target.label,
  targetPredicate: target.predicate,
  targetListing: target.listing,
  params: { ...options.params, ...target.params },
});
export interface ReachArgs {
  id: string;
  walk: WalkName;
  maxHops: number;
  kinds: string[] | null;
  asOf: string | null;
  first: number;
  /** Whether each entity's route (and its steps' relationships) is needed; without, the walk is cheaper. */
  withRoutes: boolean;
  /**
   * What the request selects below the start and below each reached entity: the nested fields
   * (relationship fields, sources, …) are then read in the walk's own statement. Without, or
   * without nested fields, every property is read (one statement text for every such request).
   */
  selection?: { start: EntitySelection; item: EntitySelection };
}

/** The walk's start and the entities it reached, in result order. */
export interface ReachResult {
  start: EntityRecord;
  rows: ReachRow[];
}

// The statements, built without the database (test/unit/cypher-snapshots.test.ts pins them).
export const pathsStatement = (options: PathsArgs): Statement => ({
  name: 'research.paths',
  cypher: pathsQuery(options),
  params: { ...options.params, k: neo4j.int(options.k), first: neo4j.int(options.first) },
});
/** The first level (from the start) with the targets, at most `limit` (pathLevelQuery). */
export const pathFirstLevelStatement = (options: PathsToFilterArgs, limit: number): Statement => ({
  name: 'research.paths.level.first',
  cypher: pathLevelQuery(options, true),
  params: { ...options.params, frontier: [options.params.from], seen: [options.params.from], limit: neo4j.int(limit) },
});
/** A layer from the targets' side; without `seen`, only the steps from the frontier (where the searches meet). */
export const pathLevelFromTargetsStatement = (options: PathsToFilterArgs, layer: string[], frontier: string[], seen: string[] | null): Statement => ({
  name: seen ? 'research.paths.level.fromTargets' : 'research.paths.meet',
  cypher: pathLevelFromTargetsQuery(options),
  params: { ...options.params, layer, frontier, seen: seen ?? [], meetOnly: seen === null },
});
export const pathLevelStatement = (options: PathsToFilterArgs, frontier: string[], seen: string[]): Statement => ({
  name: 'research.paths.level',
  cypher: pathLevelQuery(options),
  params: { ...options.params, frontier, seen },
});
export const pathsLongerStatement = (options: PathsArgs, targets: { id: string; length: number }[]): Statement => ({
  name: 'research.paths.longer',
  cypher: pathsLongerQuery(options),
  params: { ...options.params, targets: targets.map((t) => ({ id: t.id, length: neo4j.int(t.length) })) },
});
/** Whether a request restricts its routes' intermediate entities (`through`, `avoid`, `avoidIds`). */
const restrictsIntermediates = ({ params }: PathsArgs) => ['through', 'avoid', 'avoidIds'].some((name) => ((params[name] as unknown[] | undefined) ?? []).length > 0);
/** A round of supply routes' deviations (nextShortest.ts), each with its target: the first of each in result order. */
export const pathSpurStatement = (options: PathsArgs, spurs: (SpurSearch & { target: string })[]): Statement => ({
  name: 'research.paths.spur',
  cypher: supplyRouteSearchQuery({ ...options, restrictsIntermediates: restrictsIntermediates(options) }),
  params: { ...options.params, spurs: spurs.map((s) => ({ ...s, hops: neo4j.int(s.hops) })), byName: true, limit: neo4j.int(1) },
});
/** The shortest supply routes to one entity ($to), up to k in the order of their ids: the same text as the deviations'. */
export const pathSupplyStatement = (options: PathsArgs): Statement => ({
  name: 'research.paths.supply',
  cypher: supplyRouteSearchQuery({ ...options, restrictsIntermediates: restrictsIntermediates(options) }),
  params: {
    ...options.params,
    spurs: [{ spur: options.params.from, target: options.params.to, blocked: [], forbid: [], hops: neo4j.int(options.maxHops) }],
    byName: false,
    limit: neo4j.int(options.k),
  },
});
export const pathRoutesStatement = (options: PathsArgs, routes: Route[]): Statement => ({
  name: 'research.paths.routes',
  cypher: pathRoutesQuery(options),
  params: { asOf: options.params.asOf ?? null, routes: routes.map((r) => r.ids) },
});
const reachName = (walk: WalkName, withRoutes: boolean) => `research.reach.${walk}${withRoutes ? '' : '.entities'}`;
export function reachStatement({ id, walk, maxHops, kinds, asOf, first, withRoutes, selection }: ReachArgs): Statement {
  const bag = new ParamBag();
  // Without nested fields: the walk's one text, planned at start, whatever maxHops asks. With them
  // the text is new anyway (planned by its first call), so it unrolls only the levels asked for:
  // planning costs about 0.1 s a level (docs/REACH.md).
  const nested = [selection?.start, selection?.item].some((s) => s !== undefined && s.children.length > 0);
  return {
    name: reachName(walk, withRoutes),
    cypher: reachQuery(walk, { withRoutes, depth: nested ? maxHops : MAX_REACH_HOPS, project: { start: nestedPrinter(selection?.start, bag), item: nestedPrinter(selection?.item, bag) } }),
    params: { ...bag.values, ...reachParams({ id, maxHops, kinds, asOf, first }) },
  };
}
export const concentrationStatement = ({ commodity, asOf }: { commodity: string; asOf: string | null }): Statement => ({
  name: 'research.concentration',
  cypher: CONCENTRATION,
  params: { commodity, asOf, world: WORLD_ID },
});
export interface TradeSeriesArgs {
  exporter: string;
  importer: string;
  commodity: string;
  /** What the request selects below each end: their nested fields are then read in the same statement. */
  selection?: Partial<Record<TradeSeriesEnd, EntitySelection>>;
}
export function tradeSeriesStatement({ exporter, importer, commodity, selection }: TradeSeriesArgs): Statement {
  const bag = new ParamBag();
  const project = { exporter: nestedPrinter(selection?.exporter, bag), importer: nestedPrinter(selection?.importer, bag), commodity: nestedPrinter(selection?.commodity, bag) };
  return { name: 'research.tradeSeries', cypher: tradeSeriesQuery(project), params: { ...bag.values, exporter, importer, commodity, world: WORLD_ID } };
}
export const neighbourhoodStatement = ({ id, maxLinks }: { id: string; maxLinks: number }): Statement => ({
  name: 'research.neighbourhood',
  cypher: NEIGHBOURHOOD,
  params: { id, maxLinks: neo4j.int(maxLinks) },
});

/**
 * Up to how many targets `paths` searches from their side too (pathsToFilter): each costs its own
 * relationships, so past a few hundred the frontier's level is as cheap.
 */
const TARGETS_FROM_THEIR_SIDE = 500;
/**
 * From how many entities a level's expansion is worth avoiding: smaller levels cost a few ms, as
 * much as a layer from the targets' side that may not end the search (on the data `npm start`
 * loads, levels of 11-154 entities took 2-9 ms and that layer 2-5 ms; at 1M relationships a level
 * of 330-370 entities expands to 7,000 in 60-110 ms).
 */
const LARGE_FRONTIER = 200;

const runRead = (db: Database, statement: Statement) => db.read(statement.name, statement.cypher, statement.params);

/** How long planning the reach statements at start may take (a busy machine plans slowly). */
export const WARM_UP_TIMEOUT_MS = 120_000;

export class ResearchRepository {
  constructor(private readonly db: Database) {}

  /** Paths to one entity (not supply routes: supplyPaths). */
  async paths(options: PathsArgs): Promise<PathRecord[]> {
    const rows = await runRead(this.db, pathsStatement(options));
    return rows.map((row) => {
      const { nodes, steps } = pathRowSchema.parse(row);
      return toPath(nodes.map(parseEntity), steps);
    });
  }

  /** Supply routes: each search's next shortest routes, a round trip per round of deviations (all searches' at once). */
  private async nextShortest(options: PathsArgs, searches: NextShortest[]): Promise<Route[]> {
    // Routes that begin alike ask the same deviation there, in one round and in the rounds after
    // (a route found shares its beginning with the one it deviates from): each searched once.
    const keyOf = (spur: SpurSearch & { target: string }) => JSON.stringify([spur.target, spur.spur, spur.hops, spur.blocked, [...spur.forbid].sort()]);
    const answered = new Map<string, Route | undefined>();
    for (;;) {
      const asked = searches.map((search) => ({ search, spurs: search.spurs().map((spur) => ({ ...spur, target: search.target })) }));
      if (asked.every(({ spurs }) => spurs.length === 0)) break;
      const distinct = [...new Map(asked.flatMap(({ spurs }) => spurs.map((spur) => [keyOf(spur), spur] as const))).entries()].filter(([key]) => !answered.has(key));
      if (distinct.length > 0) {
        for (const [key] of distinct) answered.set(key, undefined);
        for (const row of await runRead(this.db, pathSpurStatement(options, distinct.map(([, spur]) => spur)))) {
          const { j, ids, names } = spurRowSchema.parse(row);
          answered.set(distinct[j]![0], { ids, names });
        }
      }
      for (const { search, spurs } of asked) search.answer(spurs.map((spur) => answered.get(keyOf(spur))));
    }
    return searches.flatMap((search) => search.longer());
  }

  /**
   * Supply routes to one entity ($to): its shortest routes by one search (research.paths.supply,
   * every condition inlined), then, where `k` asks for more, the next shortest; then the chosen
   * routes' steps. When the search read as many paths as it may (parallel relationships on
   * many equally short routes), which routes come first in id order is not certain: the search a
   * filter gets, with $to as its one target, answers instead. Round trips: one, one per route added
   * (at most k), one for the routes.
   */
  async supplyPaths(options: PathsArgs): Promise<PathRecord[]> {
    const { from, to } = options.params;
    if (from === to) return [];
    const rows = (await runRead(this.db, pathSupplyStatement(options))).map((row) => spurRowSchema.parse(row));
    if (rows.some((row) => row.read >= SUPPLY_PATHS_READ)) return this.pathsToFilter(toFilterArgs(options, entityTarget(String(to))));
    if (rows.length === 0) return [];
    const routes = rows.map(({ ids, names }) => ({ ids, names }));
    return this.withLonger(options, [{ target: String(to), depth: routes[0]!.ids.length - 1, routes }]);
  }

  /**
   * Paths to every entity a filter describes: one breadth-first search from the start, a level per
   * statement, until the routes found decide the answer (pathSearch.ts); then, where `k` asks for
   * more than a target's shortest routes, its next shortest; then the chosen routes' steps.
   * The first level lists the targets too (none: no answer; all reached: no further level); once
   * the frontier is large, the search also goes back from the targets not reached, a layer at a
   * time while a layer is smaller than the frontier, until the two meet (meetFromTargets).
   * Round trips: a level or a layer per step walked (at most maxHops of each, usually 2 in all;
   * the first layer's steps from the frontier are read alone first), one for the routes, one more
   * when longer routes are needed (supply routes: one per route added, at most k).
   */
  async pathsToFilter(options: PathsToFilterArgs): Promise<PathRecord[]> {
    const search = new PathSearch({ id: String(options.params.from), name: '' }, options.k, options.first);
    const [level] = await runRead(this.db, pathFirstLevelStatement(options, TARGETS_FROM_THEIR_SIDE + 1));
    const targets = targetsSchema.parse(level).targetIds;
    if (targets.length === 0) return [];
    search.advance(levelRows(level));
    let side: TargetsSide | undefined;
    while (!search.done && search.depth < options.maxHops) {
      const unseen = targets.length <= TARGETS_FROM_THEIR_SIDE ? search.unseen(targets) : undefined;
      // Every target reached: a further level cannot add a shortest route.
      if (unseen?.length === 0) break;
      if (unseen && search.frontierIds.length >= LARGE_FRONTIER) {
        side ??= new TargetsSide(unseen);
        if (await this.meetFromTargets(options, search, side)) break;
      }
      const [level] = await runRead(this.db, pathLevelStatement(options, search.frontierIds, search.seenIds));
      search.advance(levelRows(level));
    }
    return this.withLonger(options, search.shortest());
  }

  /**
   * The answer from each target's shortest routes: where `k` asks for more than a target's shortest
   * routes, its next shortest too (supply routes: Yen's deviations; other directions: the walks of
   * research.paths.longer); ordered, cut at `first`, with their steps.
   */
  private async withLonger(options: PathsArgs, found: { target: string; depth: number; routes: Route[] }[]): Promise<PathRecord[]> {
    const routes: Route[] = found.flatMap((t) => t.routes);
    if (options.k > 1) {
      // A longer route has at least one more step than its target's shortest ones: targets whose
      // longer routes would sort after the `first` known ones need none.
      const known = orderRoutes(routes, options.first);
      const cutoff = known.length >= options.first ? known.at(-1)!.ids.length : Infinity;
      const lacking = found.filter((t) => t.routes.length > 0 && t.routes.length < options.k && t.depth + 2 <= cutoff);
      if (lacking.length > 0) {
        // Nor need a longer route have more steps than the last known one: the searches end there.
        const maxHops = Math.min(options.maxHops, cutoff - 1);
        if (options.direction === 'SUPPLY') {
          routes.push(...(await this.nextShortest({ ...options, maxHops }, lacking.map((t) => new NextShortest(t.target, t.routes, options.k, maxHops)))));
        } else {
          const rows = await runRead(this.db, pathsLongerStatement({ ...options, maxHops }, lacking.map((t) => ({ id: t.target, length: t.depth }))));
          const missing = new Map(lacking.map((t) => [t.target, options.k - t.routes.length]));
          for (const row of rows) {
            const { target, longer } = longerRowSchema.parse(row);
            routes.push(...longer.slice(0, missing.get(target) ?? 0));
          }
        }
      }
    }
    const chosen = orderRoutes(routes, options.first);
    if (chosen.length === 0) return [];
    const rows = await runRead(this.db, pathRoutesStatement(options, chosen));
    return rows.map((row) => {
      const { nodes, steps } = pathRowSchema.parse(row);
      return toPath(nodes.map(parseEntity), steps);
    });
  }

  /**
   * The search from the targets' side: explores a layer back from the targets while the layer is
   * smaller than the frontier (the level the frontier would expand instead), and ends the search
   * where the two meet once what is explored decides the answer (pathSearch.ts finishFrom).
   * Returns whether the search ended; otherwise the caller expands the frontier a level.
   */
  private async meetFromTargets(options: PathsToFilterArgs, search: PathSearch, side: TargetsSide): Promise<boolean> {
    for (;;) {
      const layer = side.next(search);
      if (side.layers > 0) {
        // Nothing left to explore: no route that is not known yet, at any depth.
        const exact = layer.length === 0 ? options.maxHops : Math.min(options.maxHops, search.depth + side.layers);
        if (search.finishFrom(side, exact, options.maxHops)) return true;
      }
      // (Past maxHops nothing is explored: the check above ends the search once the layers reach it.)
      if (layer.length >= search.frontierIds.length) return false;
      if (side.layers === 0) {
        // The targets' steps from the frontier alone first: a few rows, and often the answer (the
        // targets one step further give `first` routes); every step back from them is thousands
        // (at 1M relationships, 314 targets: 8-19 ms against 36-47 ms).
        const [met] = await runRead(this.db, pathLevelFromTargetsStatement(options, layer, search.frontierIds, null));
        const targets = new TargetsSide(side.targets);
        targets.explore(layer, backRows(met));
        if (search.finishFrom(targets, search.depth + 1, options.maxHops)) return true;
      }
      const [rows] = await runRead(this.db, pathLevelFromTargetsStatement(options, layer, search.frontierIds, search.seenIds));
      side.explore(layer, backRows(rows));
    }
  }

  /** The walk from `args.id`; undefined when no entity has that id. */
  async reach(args: ReachArgs): Promise<ReachResult | undefined> {
    const rows = (await runRead(this.db, reachStatement(args))).map((row) => ({ row, ...reachRowSchema.parse(row) }));
    const [header, ...reached] = rows;
    if (!header || header.j !== -1) return undefined;
    const start = readEntity(header.start, args.selection?.start);
    return {
      start,
      rows: reached.map(({ row, entity: value, countryId }) => {
        const entity = readEntity(value, args.selection?.item);
        if (!args.withRoutes) return { entity, tier: reachTierSchema.parse(row).tier, path: null, countryId: countryId ?? null };
        // The route's nodes but the last, which is `entity` (printed with its selection).
        const { nodes, steps } = pathRowSchema.parse(row);
        const path = toPath([...nodes.map(parseEntity), entity], steps);
        return { entity, tier: path.length, path, countryId: countryId ?? null };
      }),
    };
  }

  /**
   * Plans the reach statements (one text per walk with and without routes, one set of parameter
   * types: see reachParams) by running each for an id that does not exist, so the first
   * dependencies / exposure request does not pay seconds of planning. Called once when the API
   * starts; `timeoutMs` bounds each.
   */
  async warmUp(timeoutMs: number): Promise<void> {
    for (const walk of ['dependencies', 'exposure'] as const) {
      for (const withRoutes of [true, false]) {
        const params = reachParams({ id: '', maxHops: 1, kinds: null, asOf: null, first: 1 });
        await this.db.prepare(reachName(walk, withRoutes), reachQuery(walk, { withRoutes }), params, timeoutMs);
      }
    }
  }

  concentrationRanking(args: Parameters<typeof rankConcentration>[1]) {
    return rankConcentration(this.db, args);
  }

  supplyRisk(args: SupplyRiskArgs) {
    return supplyRiskOf(this.db, args);
  }

  disruption(args: DisruptionArgs) {
    return disruptionOf(this.db, args);
  }

  async concentration(args: { commodity: string; asOf: string | null }) {
    const [found] = await runRead(this.db, concentrationStatement(args));
    if (!found) return undefined;
    const row = concentrationRowSchema.parse(found);
    const shares = row.shares.map((s) => ({ producer: parseEntity(s.producer), properties: s.properties }));
    const otherShares = row.otherShares.map((s) => ({ commodity: parseEntity(s.commodity), producer: parseEntity(s.producer), properties: s.properties }));
    return { commodity: parseEntity(row.commodity), shares, worldTotals: row.worldTotals ?? [], otherShares };
  }

  async tradeSeries(args: TradeSeriesArgs) {
    const [found] = await runRead(this.db, tradeSeriesStatement(args));
    const row = found ? tradeSeriesRowSchema.parse(found) : undefined;
    const entity = (value: unknown, end: TradeSeriesEnd) => (value ? readEntity(value, args.selection?.[end]) : null);
    return {
      exporter: entity(row?.exporter, 'exporter'),
      importer: entity(row?.importer, 'importer'),
      commodity: entity(row?.commodity, 'commodity'),
      flow: (row?.flow ?? []).map(asObservation),
      totals: (row?.totals ?? []).map(asObservation),
    };
  }

  /** The entity, its sources and its direct relationships (at most maxLinks). */
  async neighbourhood(args: { id: string; maxLinks: number }): Promise<{ entity: EntityRecord; sources: string[]; links: Link[] } | undefined> {
    const [found] = await runRead(this.db, neighbourhoodStatement(args));
    if (!found) return undefined;
    const row = neighbourhoodRowSchema.parse(found);
    return {
      entity: parseEntity(row.entity),
      sources: row.sources,
      links: row.links.map((l) => ({ relationship: l.relationship, node: parseEntity(l.node), nodeSources: l.nodeSources })),
    };
  }
}
