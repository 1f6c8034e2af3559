/**
 * Cypher for the research queries. Each is one statement. Relationship types, labels, hop counts
 * and path counts are interpolated only from the model's tables and from integers the resolvers
 * have range-checked; everything a client typed is a parameter.
 */
import { relationshipPattern } from '../../cypher/pattern.js';
import { candidates } from '../connection/connection.queries.js';
import type { TargetListing } from './pathTarget.js';
import type { ConnectionKind } from '../../model/filters.js';
import neo4j from 'neo4j-driver';
import { ENTITY_KINDS } from '../../model/kinds.js';
import { WALKS, type WalkDirection, type WalkName, type WalkRule } from '../../model/walks.js';
import { projectEntity } from '../../cypher/entity.js';
import { validOn, validOnIfDated } from '../../cypher/validity.js';

/** A relationship as a map, seen from the node bound to `from`. */
const relationshipMap = (r: string, from: string) => `{ type: type(${r}), properties: properties(${r}), outgoing: startNode(${r}) = ${from} }`;


/**
 * `paths`' directions as the relationship pattern's. SUPPLY follows the way goods flow: each type in
 * the direction exposure walks it (src/model/walks.ts), so its pattern is undirected and each step
 * is checked by `supplyStep`.
 */
const PATH_DIRECTION = { ANY: 'BOTH', FORWARD: 'OUT', BACKWARD: 'IN', SUPPLY: 'BOTH' } as const;
export type PathDirection = keyof typeof PATH_DIRECTION;

/** The relationship types a supply route may take, in the exposure walk's directions. */
export const SUPPLY_TYPES: readonly string[] = [...new Set(WALKS.exposure.map((rule) => rule.type))];

/**
 * A step from `x` over `r` that goes the way goods flow (exposure's rules): each type only in its
 * direction, and a group's members (PART_OF against its direction) only from the start `a`. A step
 * back through an alternative maker (a commodity → another company that MAKES it) is not one.
 * `n` is the step's far end and `target` the route's end (a step the walk stops after only into
 * it); `atStart` says whether `x` is the route's start.
 */
function supplyStep(x: string, r: string, n: string, target: string, atStart = `${x} = a`): string {
  const rules = WALKS.exposure;
  const of = (keep: (rule: WalkRule) => boolean) => JSON.stringify(rules.filter(keep).map((rule) => rule.type));
  const along = (rule: WalkRule) => !rule.onlyFromStart && !rule.endsWalk;
  // A step the walk stops after (into an importing country) only as the route's last.
  return `((type(${r}) IN ${of((rule) => along(rule) && rule.direction === 'OUT')} AND startNode(${r}) = ${x})
          OR (type(${r}) IN ${of((rule) => along(rule) && rule.direction === 'IN')} AND endNode(${r}) = ${x})
          OR (${n} = ${target} AND type(${r}) IN ${of((rule) => !rule.onlyFromStart && !!rule.endsWalk && rule.direction === 'IN')} AND endNode(${r}) = ${x})
          OR (${atStart} AND type(${r}) IN ${of((rule) => !!rule.onlyFromStart && rule.direction === 'IN')} AND endNode(${r}) = ${x}))`;
}

/**
 * For each consecutive pair of the node list `ns`, every relationship of the allowed types joining
 * them (parallel relationships such as shares for several years): `steps`, one list per hop.
 */
function parallelSteps(types: string, direction: PathDirection): string {
  return `    CALL (ns) {
      UNWIND range(0, size(ns) - 2) AS i
      WITH i, ns[i] AS x, ns[i + 1] AS y
      MATCH ${relationshipPattern(PATH_DIRECTION[direction], 'x', 'r', types, 'y')}
      WHERE ${validOn('r')}${direction === 'SUPPLY' ? ` AND ${supplyStep('x', 'r', 'y', 'ns[-1]', 'x = ns[0]')}` : ''}
      WITH i, x, r ORDER BY i, r.id
      WITH i, collect(${relationshipMap('r', 'x')}) AS rels
      ORDER BY i
      RETURN collect(rels) AS steps
    }`;
}

export interface PathsQueryOptions {
  types: string[];
  direction: PathDirection;
  maxHops: number;
  k: number;
}

/** `through` / `avoid` / `avoidIds` on an intermediate entity `n` (the ends are exempt). */
const intermediateOk = (n: string) =>
  `((size($through) = 0 OR any(l IN labels(${n}) WHERE l IN $through)) AND none(l IN labels(${n}) WHERE l IN $avoid) AND NOT ${n}.id IN $avoidIds)`;

/**
 * Every shortest route from `a` to `b` as `p`, along stored directions (or either way): the engine's
 * bidirectional search (allShortestPaths: cost grows with the neighbourhoods where the two searches
 * meet, not with everything within maxHops of a hub).
 */
function shortestRoutes(o: PathsQueryOptions): string {
  const types = o.types.join('|');
  return `MATCH p = allShortestPaths(${relationshipPattern(PATH_DIRECTION[o.direction], 'a', 'rs', `${types}*1..${o.maxHops}`, 'b')})
      WHERE all(r IN rs WHERE ${validOn('r')}) AND all(n IN nodes(p) WHERE n = a OR n = b OR ${intermediateOk('n')})`;
}

/** Whether `r` is a step supply routes stop after (an `endsWalk` rule of exposure's table). */
const endingStep = (r: string) => `type(${r}) IN ${JSON.stringify(WALKS.exposure.filter((rule) => rule.endsWalk).map((rule) => rule.type))}`;

const FLIPPED = { OUT: 'IN', IN: 'OUT', BOTH: 'BOTH' } as const;

/**
 * Up to `count` shortest walks from `a` to `b` (bound), as `ns`, the nodes from `a` to `b`: by
 * SHORTEST over walks in which each step takes only its pair's REPRESENTATIVE relationship (the
 * smallest element id among the allowed, valid ones joining the two), so that walks and routes are
 * one to one and parallel relationships cannot use up the candidates. SHORTEST expands from the
 * end it starts at, so it starts at the end with fewer relationships, walking the steps backwards
 * from `b` when that is `b` (at 1M relationships, from a country hosting 4,926 companies to one of
 * them: 229-489 ms from the country, 136-267 ms from the company; from a producing country to a
 * company, 108 against 13 ms). Which walks of equal length come back may differ with the end.
 */
function shortestWalks(o: PathsQueryOptions, count: number): string {
  // A supply step's direction depends on its type, a condition the engine tests walk by walk in a
  // path search: where no route exists, every walk up to maxHops (the whole timeout).
  if (o.direction === 'SUPPLY') throw new Error('supply routes are searched with every condition inlined (supplyRouteSearchQuery, supplyPaths; their next shortest: nextShortest.ts)');
  const types = o.types.join('|');
  // (x)-[r]-(n): x is the step's end nearer `a`; walked from `b`, the pattern meets n first.
  const walk = (reversed: boolean) => {
    const step = (r: string) => (reversed ? relationshipPattern(FLIPPED[PATH_DIRECTION[o.direction]], 'n', r, types, 'x') : relationshipPattern(PATH_DIRECTION[o.direction], 'x', r, types, 'n'));
    // The entity each step enters, which must be allowed as an intermediate unless it is the walk's end.
    const entered = reversed ? `(x = a OR ${intermediateOk('x')})` : `(n = b OR ${intermediateOk('n')})`;
    return `MATCH p = SHORTEST ${count} (${reversed ? 'b' : 'a'})(${step('r')}
          WHERE ${validOn('r')}
            AND NOT EXISTS { MATCH ${step('r2')} WHERE ${validOn('r2')} AND elementId(r2) < elementId(r) }
            AND ${entered}){1,${o.maxHops}}(${reversed ? 'a' : 'b'})
        RETURN ${reversed ? 'reverse(nodes(p))' : 'nodes(p)'} AS ns`;
  };
  return `CALL (a, b) {
        WITH a, b WHERE COUNT { (a)--() } <= COUNT { (b)--() }
        ${walk(false)}
        UNION
        WITH a, b WHERE COUNT { (a)--() } > COUNT { (b)--() }
        ${walk(true)}
      }`;
}

/**
 * `paths` to one entity ($to): all shortest routes by the engine's bidirectional search, then, when
 * `k` asks for more, the next shortest. (To every entity a filter describes, pathSearch.ts searches
 * once from the start instead; supply routes take supplyRouteSearchQuery.)
 */
export function pathsQuery(o: PathsQueryOptions): string {
  const types = o.types.join('|');
  // Routes are sequences of entities. 1) Every shortest route (shortestRoutes); parallel
  // relationships make one route several walks there, so keep distinct entity sequences.
  // 2) Only when k asks for more than the shortest routes give: the next shortest walks
  // (shortestWalks); walks that visit an entity twice are dropped, so ask for more than k.
  return /* cypher */ `
    // research.paths
    MATCH (a:Entity {id: $from})
    MATCH (b:Entity {id: $to})
    WHERE b <> a
    CALL (a, b) {
      ${shortestRoutes(o)}
      WITH DISTINCT nodes(p) AS ns
      ORDER BY [v IN ns | v.id]
      LIMIT $k
      RETURN collect(ns) AS shortest
    }
    CALL (a, b, shortest) {
      WITH a, b, shortest WHERE 0 < size(shortest) < $k
      ${shortestWalks(o, o.k * 4)}
      WITH DISTINCT ns, shortest
      WHERE size(ns) > size(shortest[0])
        AND all(i IN range(0, size(ns) - 1) WHERE none(j IN range(i + 1, size(ns) - 1) WHERE ns[i] = ns[j]))
      // Among longer routes of equal length, a stable order.
      WITH ns ORDER BY size(ns), [v IN ns | v.id]
      RETURN collect(ns) AS longer
    }
    UNWIND shortest + longer[..($k - size(shortest))] AS ns
    WITH ns ORDER BY size(ns), [v IN ns | toLower(v.name)], [v IN ns | v.id] LIMIT $first
${parallelSteps(types, o.direction)}
    RETURN [v IN ns | ${projectEntity('v')}] AS nodes, steps`;
}

/** What the search from the start to a filter's targets walks: pathsQuery's options without `k`, `maxHops` (counted by the caller). */
export interface PathLevelOptions {
  types: string[];
  direction: PathDirection;
  /** Kind of the targets (from the model) and their predicate on `b` (compiled by where.ts). */
  targetLabel: ConnectionKind;
  targetPredicate: string;
  /** How to list the targets (pathTarget.ts; `$anchorIds…` among the parameters). */
  targetListing: TargetListing;
}

/**
 * The targets a filter describes, at most $limit of them, as `targetIds`: where the search from the
 * targets' side starts (pathLevelFromTargetsQuery). From the filter's pins when it has any
 * (connection.queries.ts candidates). The start is never a target.
 */
function listTargets(o: Pick<PathLevelOptions, 'targetLabel' | 'targetListing'>): string {
  return `CALL () {
      ${candidates(o.targetLabel, o.targetListing.pins, 'b').replace(/\n {4}/g, '\n      ')}
      WHERE b.id <> $from AND ${o.targetListing.predicate}
      WITH b LIMIT $limit
      RETURN collect(b.id) AS targetIds
    }`;
}

/**
 * One level of the search from the start (pathSearch.ts): from each entity of $frontier (ids),
 * every entity one allowed step further that is not in $seen, once, with the indexes in $frontier
 * of all that reach it, whether it may be an intermediate entity, and whether it is a target (one
 * row of parallel lists). The text depends on the types, the direction and the target filter's
 * shape only: the level, `k`, `maxHops` and `first` are the caller's, so one small statement
 * serves every depth. The first level (`first`, from the start alone) also lists the targets
 * (`targetIds`, listTargets), in the same round trip.
 */
export function pathLevelQuery(o: PathLevelOptions, first = false): string {
  return /* cypher */ `
    // research.paths.level${first ? '.first' : ''}
    UNWIND range(0, size($frontier) - 1) AS i
    MATCH (m:Entity {id: $frontier[i]})
    UNWIND [${relationshipPattern(PATH_DIRECTION[o.direction], 'm', 'r', o.types.join('|'), 'b')} WHERE ${validOn('r')}${o.direction === 'SUPPLY' ? ` AND ${supplyStep('m', 'r', 'b', 'b', 'm.id = $from')}` : ''} | [b, ${o.direction === 'SUPPLY' ? endingStep('r') : 'false'}]] AS hit
    WITH hit[0] AS b, hit[1] AS ends, i WHERE NOT b.id IN $seen
    WITH b, collect(DISTINCT i) AS parents, true IN collect(ends) AS ended
    // The label first, then the target's conditions, in that order: a CASE keeps it. (In a WHERE
    // the planner ran a condition's subquery for every entity reached before the label check; at
    // 1M relationships, a level of 6,325 entities: 0.64–0.72× the time through the driver, 0.82×
    // with our row handling, which is most of what is left.)
    WITH b, parents, ended, CASE WHEN NOT b:${o.targetLabel} THEN false ELSE ${o.targetPredicate} END AS target
    // An entity a supply route reaches by a step the walk stops after (into an importing country)
    // ends its routes: it is never an intermediate entity (also when another parent reaches it).
    WITH b.id AS id, toLower(b.name) AS name, parents, ${intermediateOk('b')} AND NOT ended AS through, target
    // One row of parallel lists: a level is thousands of entities, and a row each cost the driver
    // more than the lists do (at 1M relationships, level 2's 6,952 entities: 0.75x the time).
    WITH collect(id) AS ids, collect(name) AS names, collect(parents) AS parents, collect(through) AS through, collect(target) AS targets${first ? `\n    ${listTargets(o)}` : ''}
    RETURN ids, names, parents, through, targets${first ? ', targetIds' : ''}`;
}

/**
 * One layer of the search from the targets' side (pathSearch.ts TargetsSide): for each entity of
 * $layer (ids), every allowed step into it (the step pathLevelQuery would take from the other end)
 * from an entity of $frontier, where the two searches meet, or from one not in $seen that may be an
 * intermediate entity; each with whether it is a step supply routes stop after. With $meetOnly,
 * the frontier's steps alone: a few rows, which often decide the answer, where every step back is
 * thousands. One row of parallel lists; entities without such a step are left out. A few hundred
 * targets' relationships instead of the thousands of entities a level from the frontier reads (at
 * 1M relationships).
 */
export function pathLevelFromTargetsQuery(o: Pick<PathLevelOptions, 'types' | 'direction'>): string {
  return /* cypher */ `
    // research.paths.level.fromTargets
    UNWIND $layer AS id
    MATCH (b:Entity {id: id})
    CALL (b) {
      MATCH ${relationshipPattern(PATH_DIRECTION[o.direction], 'm', 'r', o.types.join('|'), 'b')}
      WHERE (m.id IN $frontier OR (NOT $meetOnly AND NOT m.id IN $seen AND ${intermediateOk('m')})) AND ${validOn('r')}${o.direction === 'SUPPLY' ? ` AND ${supplyStep('m', 'r', 'b', 'b', 'm.id = $from')}` : ''}
      RETURN collect(m.id) AS parents, collect(${o.direction === 'SUPPLY' ? endingStep('r') : 'false'}) AS endings
    }
    WITH b, parents, endings WHERE size(parents) > 0
    RETURN collect(b.id) AS ids, collect(toLower(b.name)) AS names, collect(${intermediateOk('b')}) AS intermediate, collect(parents) AS parents, collect(endings) AS endings`;
}

/**
 * For targets whose shortest routes are fewer than $k: the next shortest routes, as pathsQuery's
 * second step finds them (walks over each pair's representative relationship, cycle-free), as lists
 * of ids and lower-cased names (after the start's). $targets: `{ id, length }`, the target and its
 * shortest length.
 */
export function pathsLongerQuery(o: PathsQueryOptions): string {
  return /* cypher */ `
    // research.paths.longer
    MATCH (a:Entity {id: $from})
    UNWIND $targets AS t
    MATCH (b:Entity {id: t.id})
    CALL (a, b, t) {
      ${shortestWalks(o, o.k * 4)}
      WITH DISTINCT ns, t
      WHERE size(ns) > t.length + 1
        AND all(i IN range(0, size(ns) - 1) WHERE none(j IN range(i + 1, size(ns) - 1) WHERE ns[i] = ns[j]))
      WITH ns ORDER BY size(ns), [v IN ns | v.id]
      RETURN collect({ ids: [v IN ns | v.id], names: [v IN ns[1..] | toLower(v.name)] }) AS longer
    }
    RETURN t.id AS target, longer`;
}

/**
 * A supply route as a path pattern whose every condition the engine inlines into its search. A
 * supply step's direction depends on its type, which as a condition joins a relationship and its
 * end: the engine tests that walk by walk (every walk within the bound, where no route exists).
 * Here the direction is the pattern's instead: a supply route is a run of steps along their
 * stored direction (PRODUCES, INPUT_TO, …), then a run against it (USES, HEADQUARTERED_IN), then
 * along again, and so on, so it matches alternating segments of at most one step each, 2 ×
 * `maxHops` of them (a route of `maxHops` steps alike takes every other one); a group's members
 * (PART_OF) first, only from the route's start; a step the walk stops after (into an importing
 * country) last, only into the target. The pattern may match a route through several segment
 * choices, and allows longer routes than `maxHops`: callers keep distinct entity lists and check
 * the length. Each segment's conditions: `relationship` on its relationship (walked in
 * `direction`), `entity` on the entity it enters (`s` and `b` the route's ends, bound before).
 * Planning grows with the conditions times the segments (for `maxHops` 4 on a cleared plan cache
 * about 0.5 s; the level statement 0.27 s), so each is written once, as short as it can be.
 */
function supplyRoutePattern(o: Pick<PathsQueryOptions, 'types' | 'maxHops'>, relationship: (r: string, direction: WalkDirection) => string, entity: (n: string) => string): string {
  const types = (keep: (rule: WalkRule) => boolean) => WALKS.exposure.filter((rule) => keep(rule) && o.types.includes(rule.type)).map((rule) => rule.type);
  const along = (direction: WalkDirection) => ({ direction, types: types((rule) => !rule.onlyFromStart && !rule.endsWalk && rule.direction === direction) });
  const runs = [along('OUT'), along('IN')].filter((run) => run.types.length > 0);
  // (supplyStep's rules too: a group's members and the steps a walk stops after are all IN.)
  const fromStart = { direction: 'IN' as const, types: types((rule) => !!rule.onlyFromStart && rule.direction === 'IN') };
  const ending = { direction: 'IN' as const, types: types((rule) => !rule.onlyFromStart && !!rule.endsWalk && rule.direction === 'IN') };
  const segments = [
    ...(fromStart.types.length > 0 ? [{ ...fromStart, onlyFromStart: true, last: false }] : []),
    // One run's types alone (`via` names none of the other's): that segment every time.
    ...Array.from({ length: runs.length === 1 ? o.maxHops : 2 * o.maxHops }, (_, i) => ({ ...runs[i % runs.length]!, onlyFromStart: false, last: false })),
    ...(ending.types.length > 0 ? [{ ...ending, onlyFromStart: false, last: true }] : []),
  ].map(({ direction, types: t, onlyFromStart, last }, i) => {
    // The last segment's entity is the target itself (the pattern's next node): no condition on it.
    const where = [...(onlyFromStart ? ['s.id = $from'] : []), relationship(`r${i}`, direction), ...(last ? [] : [entity(`n${i}`)])].join(' AND ');
    return `(${relationshipPattern(direction, `x${i}`, `r${i}`, t.join('|'), `n${i}`)} WHERE ${where}){0,1}`;
  });
  return `(s)\n          ${segments.join('\n          ')}\n          (b)`;
}

/**
 * Supply routes' searches of one route each (one row per route): for each search in $spurs, the
 * shortest supply routes from `spur` to `target` that enter none of `blocked`, whose first step
 * goes to none of `forbid`, of at most `hops` steps (none when the shortest is longer), at most
 * $limit of them, as their ids and the lower-cased names after the spur, with `read`: how many
 * paths were read to choose them (parallel relationships make a route several paths; at most
 * SUPPLY_PATHS_READ, past which the choice is among those read). Two uses, one text:
 *
 * - the shortest routes to one entity ($byName false, $limit k): one search from the start, the
 *   routes in the order of their ids, as the documented rule picks them;
 * - a round of next-shortest deviations (nextShortest.ts; $byName true, $limit 1): of several
 *   equally short, the first in result order (the names, then the ids), so that which longer
 *   routes fill `k` does not change from call to call.
 *
 * The search is the engine's `ALL SHORTEST` over supplyRoutePattern, every condition inlined: a
 * breadth-first search from both ends, which stops at the first length with a route, or when one
 * side has nothing left to reach. (With the step's direction as a condition, `SHORTEST 1` tested
 * walk by walk: at 1M relationships, a deviation from a country with 840 relationships took
 * 1.6–1.9 s.)
 */
export function supplyRouteSearchQuery(o: Pick<PathsQueryOptions, 'types' | 'maxHops'> & { restrictsIntermediates: boolean }): string {
  const pattern = supplyRoutePattern(
    o,
    // A step leaves the spur only as a route's first (no step enters it): its end at the spur is
    // the one it leaves from, which the segment's direction names.
    (r, direction) => `${validOn(r)} AND NOT (${direction === 'OUT' ? 'startNode' : 'endNode'}(${r}) = s AND ${direction === 'OUT' ? 'endNode' : 'startNode'}(${r}).id IN spur.forbid)`,
    // `through`, `avoid` and `avoidIds` only when the request names them: a text of its own, so
    // that the usual one plans without them.
    (n) => `${n} <> s AND NOT ${n}.id IN spur.blocked${o.restrictsIntermediates ? ` AND (${n} = b OR ${intermediateOk(n)})` : ''}`,
  );
  return /* cypher */ `
    // research.paths.supply, research.paths.spur
    UNWIND range(0, size($spurs) - 1) AS j
    WITH j, $spurs[j] AS spur
    MATCH (s:Entity {id: spur.spur})
    MATCH (b:Entity {id: spur.target})
    WHERE b <> s
    CALL (s, b, spur) {
      MATCH p = ALL SHORTEST ${pattern}
      WHERE length(p) <= spur.hops
      WITH p LIMIT ${SUPPLY_PATHS_READ}
      WITH collect(nodes(p)) AS paths
      UNWIND paths AS ns
      WITH DISTINCT ns, size(paths) AS read
      ORDER BY CASE WHEN $byName THEN [v IN ns[1..] | toLower(v.name)] END, [v IN ns | v.id]
      LIMIT $limit
      RETURN ns, read
    }
    RETURN j, [v IN ns | v.id] AS ids, [v IN ns[1..] | toLower(v.name)] AS names, read`;
}

/** How many paths (each parallel relationship another) a supply route search reads to choose its routes. */
export const SUPPLY_PATHS_READ = 1000;

/** The chosen routes ($routes: lists of ids, in answer order) with every relationship of each step. */
export function pathRoutesQuery(o: Pick<PathsQueryOptions, 'types' | 'direction'>): string {
  return /* cypher */ `
    // research.paths.routes
    UNWIND range(0, size($routes) - 1) AS j
    CALL (j) {
      UNWIND range(0, size($routes[j]) - 1) AS i
      MATCH (v:Entity {id: $routes[j][i]})
      WITH v ORDER BY i
      RETURN collect(v) AS ns
    }
${parallelSteps(o.types.join('|'), o.direction)}
    RETURN [v IN ns | ${projectEntity('v')}] AS nodes, steps
    ORDER BY j`;
}

/** The deepest walk a reach query unrolls (resolvers refuse more before a query is built). */
export const MAX_REACH_HOPS = 6;

/**
 * The rules a step may take: from the start (not `notFromStart`), further out, or only from the
 * start's group; `ending` picks those whose target the walk does not go on from (`endsWalk`).
 */
type StepRules = 'start' | 'further' | 'group';

function rulesOf(walk: WalkName, which: StepRules, ending?: boolean): WalkRule[] {
  const rules = which === 'group' ? WALKS[walk].filter((rule) => rule.onlyFromStart) : WALKS[walk].filter((rule) => !rule.onlyFromStart && !(which === 'start' && rule.notFromStart));
  return ending === undefined ? rules : rules.filter((rule) => !!rule.endsWalk === ending);
}

/** Whether a walk has rules whose target it does not go on from. */
const hasEndings = (walk: WalkName) => WALKS[walk].some((rule) => rule.endsWalk);

/** The rules' relationship types by direction, as Cypher type expressions (`A|B`), or null when none. */
function walkTypes(walk: WalkName, which: StepRules, ending?: boolean): { out: string | null; into: string | null } {
  const rules = rulesOf(walk, which, ending);
  const join = (types: string[]) => (types.length > 0 ? types.join('|') : null);
  return {
    out: join(rules.filter((rule) => rule.direction === 'OUT').map((rule) => rule.type)),
    into: join(rules.filter((rule) => rule.direction === 'IN').map((rule) => rule.type)),
  };
}


/**
 * What the rules reach in one step from `m`, as a list expression: one pattern comprehension per
 * direction, each naming its types, so the engine reads only the relationships of those types in
 * that direction (a node's relationships are stored grouped by type and direction). An undirected
 * expansion filtered afterwards read every relationship of the types both ways: from a commodity,
 * all of its users (thousands) to keep its few inputs.
 */
function stepTargets(walk: WalkName, m: string, which: StepRules, ending?: boolean): string {
  const { out, into } = walkTypes(walk, which, ending);
  const parts = [
    ...(out ? [`[(${m})-[r:${out}]->(n) WHERE ${validOnIfDated('r')} | n]`] : []),
    ...(into ? [`[(${m})<-[r:${into}]-(n) WHERE ${validOnIfDated('r')} | n]`] : []),
  ];
  return parts.length > 0 ? parts.join(' + ') : '[]';
}

/**
 * One expansion of the frontier entity `m`: `members` is what the `onlyFromStart` rules reach from
 * it when it is in `group` (the start and the entities it stands for), and each target `n` comes
 * with `g`: whether it was reached as a member (it then joins the group).
 */
function expand(walk: WalkName, level: number): string {
  const which = level === 1 ? 'start' : 'further';
  if (!hasEndings(walk)) {
    return `WITH *, CASE WHEN m IN group THEN ${stepTargets(walk, 'm', 'group')} ELSE [] END AS members
        UNWIND ${stepTargets(walk, 'm', which)} + members AS n
        WITH *, n IN members AS g`;
  }
  // Each target with `e`: 1 when reached by a rule that ends the walk there.
  return `WITH *, CASE WHEN m IN group THEN ${stepTargets(walk, 'm', 'group')} ELSE [] END AS members
        UNWIND [x IN ${stepTargets(walk, 'm', which, false)} + members | [x, 0]] + [x IN ${stepTargets(walk, 'm', which, true)} | [x, 1]] AS hit
        WITH *, hit[0] AS n, hit[1] AS e
        WITH *, n IN members AS g`;
}

/**
 * With rules that end the walk: the entities of a new tier reached ONLY by such rules are listed
 * but left out of the next frontier (`ended`); without such rules, nothing changes.
 */
const endedOf = (walk: WalkName, n: string) => (hasEndings(walk) ? `, collect(CASE WHEN e = 1 THEN ${n} END) AS ended` : '');
const aggregatedEnd = (walk: WalkName) => (hasEndings(walk) ? ', min(e) AS e' : '');
const carriedEnd = (walk: WalkName) => (hasEndings(walk) ? ', e' : '');

/** Whether the level expands at all: not once `found` reaches $first, not past $maxHops. */
const expands = (level: number) => `found < $first AND ${level} <= $maxHops`;

/**
 * One breadth-first level. From the frontier (routes, each ending at an entity of the previous
 * tier, in result order), every entity one allowed step further that is not yet visited, once:
 * its route extends the EARLIEST frontier route that reaches it, and the new tier is put in result
 * order (name ignoring case, then id). Nothing is expanded once `found` reaches $first or past
 * $maxHops. (Kept small on purpose: the engine plans every level of the statement, and planning
 * time grows quickly with nested subqueries and unions.)
 */
function reachLevel(walk: WalkName, level: number): string {
  return `
    // level ${level}
    CALL (frontier, visited, found, group) {
      CALL (frontier, found, group) {
        UNWIND CASE WHEN ${expands(level)} THEN range(0, size(frontier) - 1) ELSE [] END AS i
        WITH frontier[i][-1] AS m, i, group
        ${expand(walk, level)}
        WITH n, i, g${carriedEnd(walk)} WHERE NOT n:Source
        RETURN n, min(i) AS i, max(CASE WHEN g THEN 1 ELSE 0 END) AS g${aggregatedEnd(walk)}
      }
      WITH frontier, n, i, g${carriedEnd(walk)} WHERE NOT n IN visited
      WITH frontier[i] + n AS route, n, g${carriedEnd(walk)}
      ORDER BY toLower(n.name), n.id
      RETURN collect(route) AS next, count(CASE WHEN ${KINDS_MATCH('n')} THEN 1 END) AS matched, collect(CASE WHEN g = 1 THEN n END) AS joined${endedOf(walk, 'n')}
    }
    WITH ${hasEndings(walk) ? '[route IN next WHERE NOT route[-1] IN ended]' : 'next'} AS frontier, visited + [route IN next | route[-1]] AS visited, reached + next AS reached, found + matched AS found, group + joined AS group`;
}

/**
 * The same level without routes: the frontier is the previous tier's entities, each new entity
 * comes once with its tier. Same visited set, order, `found` and cut as reachLevel, so the
 * entities and tiers are the same; what it saves is carrying and extending a route per entity.
 */
function entityLevel(walk: WalkName, level: number): string {
  return `
    // level ${level}
    CALL (frontier, visited, found, group) {
      CALL (frontier, found, group) {
        UNWIND CASE WHEN ${expands(level)} THEN frontier ELSE [] END AS m
        WITH m, group
        ${expand(walk, level)}
        WITH n, g${carriedEnd(walk)} WHERE NOT n:Source
        RETURN n, max(CASE WHEN g THEN 1 ELSE 0 END) AS g${aggregatedEnd(walk)}
      }
      WITH n, g${carriedEnd(walk)} WHERE NOT n IN visited
      ORDER BY toLower(n.name), n.id
      RETURN collect(n) AS next, count(CASE WHEN ${KINDS_MATCH('n')} THEN 1 END) AS matched, collect(CASE WHEN g = 1 THEN n END) AS joined${endedOf(walk, 'n')}
    }
    WITH ${hasEndings(walk) ? '[x IN next WHERE NOT x IN ended]' : 'next'} AS frontier, visited + next AS visited, reached + [n IN next | { v: n, tier: ${level} }] AS reached, found + matched AS found, group + joined AS group`;
}

/** $kinds is always a list of the same length (see `reachParams`): every kind when none is asked for. */
const KINDS_MATCH = (n: string) => `any(l IN labels(${n}) WHERE l IN $kinds)`;

/**
 * For each consecutive pair of a reach route `ns`, every relationship the walk could take from the
 * one to the next (parallel relationships such as several suppliers' contracts), as `steps`: the
 * start's rules on the first step, the further rules after it, and the `onlyFromStart` rules from
 * an entity of `group`.
 */
function walkSteps(walk: WalkName): string {
  const rule = (which: StepRules) => {
    const rules = rulesOf(walk, which);
    const out = rules.filter((r) => r.direction === 'OUT').map((r) => r.type);
    const into = rules.filter((r) => r.direction === 'IN').map((r) => r.type);
    return `((type(r) IN ${JSON.stringify(out)} AND startNode(r) = x) OR (type(r) IN ${JSON.stringify(into)} AND endNode(r) = x))`;
  };
  const types = [...new Set(WALKS[walk].map((r) => r.type))].join('|');
  return `    CALL (ns, group) {
      UNWIND range(0, size(ns) - 2) AS i
      WITH i, ns[i] AS x, ns[i + 1] AS y, group
      MATCH (x)-[r:${types}]-(y)
      WHERE (CASE WHEN i = 0 THEN ${rule('start')} ELSE ${rule('further')} END OR (x IN group AND ${rule('group')})) AND ${validOnIfDated('r')}
      WITH i, x, r ORDER BY i, r.id
      WITH i, collect(${relationshipMap('r', 'x')}) AS rels
      ORDER BY i
      RETURN collect(rels) AS steps
    }`;
}

/** The country a reached company or organization is headquartered in (exposure's byCountry). */
const countryOf = (v: string) => `[(${v})-[:HEADQUARTERED_IN]->(c:Country) | c.id][0] AS countryId`;

/**
 * How a reach statement prints its start and each reached entity (the expression for the entity
 * bound to a variable): by default every property; with a request's nested selection, the query
 * tree's printer (tree.cypher.ts), so the entities come with their nested fields in the same
 * statement.
 */
export interface ReachProjection {
  start: (variable: string) => string;
  item: (variable: string) => string;
}

const DEFAULT_PROJECTION: ReachProjection = { start: projectEntity, item: projectEntity };

/**
 * `dependencies` / `exposure`: a bounded breadth-first walk from $id along the walk's rules (see
 * src/model/walks.ts), one CALL per level, in one statement. Each entity reached comes once, at its
 * shortest distance, with one shortest route (the tie rule is reachLevel's); rows come tier by
 * tier in result order, only entities of $kinds (when given) count, and the walk stops expanding
 * once $first of them are found, since further tiers cannot make the cut. `group` holds the start
 * and the entities it stands for (reached by `onlyFromStart` rules alone), the only entities those
 * rules are taken from.
 *
 * `withRoutes: false` is the same walk without routes (entity and tier per row): most of the cost
 * of a walk is carrying each entity's route and reading each step's relationships, which a request
 * that selects neither the path nor the exposure score does not need.
 *
 * The text is fixed per (walk, withRoutes, depth, projection): `depth` levels (MAX_REACH_HOPS
 * unless the caller asks for fewer), those past $maxHops expand nothing. Planning it costs the
 * engine 0.2–1 s of CPU once its JIT is warm (about 0.1 s per level, 0.15 s more with routes),
 * and seconds before, so each text is planned once and then served from the engine's query cache:
 * `ResearchRepository.warmUp` plans the four plain texts when the API starts, and the warm-up of
 * the documented operations (src/startup/warmUp.ts) plans the nested selections they use.
 *
 * The first row (j = -1) carries the start alone: the statement answers no row only when no
 * entity has $id, so the walk is also the existence check.
 */
export function reachQuery(walk: WalkName, { withRoutes, fromMany = false, project = DEFAULT_PROJECTION, depth = MAX_REACH_HOPS }: { withRoutes: boolean; fromMany?: boolean; project?: ReachProjection; depth?: number }): string {
  if (!(walk in WALKS)) throw new Error(`no such walk: ${walk}`);
  const levels = Array.from({ length: depth }, (_, k) => (withRoutes ? reachLevel(walk, k + 1) : entityLevel(walk, k + 1))).join('\n');
  if (fromMany) {
    if (!withRoutes) throw new Error('a walk from several entities always carries routes');
    return /* cypher */ `
    // research.reach ${walk} (from several)
    UNWIND [id IN $ids WHERE id <> ''] AS start
    MATCH (root:Entity {id: start})
    WITH collect(root) AS roots
    // The excluded entities count as visited: never listed, never walked through.
    WITH roots, roots + COLLECT { MATCH (x:Entity) WHERE x.id IN $exclude RETURN x } AS visited
    WITH [root IN roots | [root]] AS frontier, visited, [] AS reached, 0 AS found, roots AS group
${levels}
    // Cut as list operations: rows that each carried the whole list would be costed at its full size.
    WITH group, [ns IN reached WHERE ${KINDS_MATCH('ns[-1]')}] AS listed
    WITH group, listed[..$first] AS kept, size(listed) AS total
    UNWIND [j IN range(0, size(kept) - 1) | { j: j, ns: kept[j] }] AS row
    WITH group, total, row.j AS j, row.ns AS ns
${walkSteps(walk)}
    WITH j, ns, steps, total, ns[-1] AS last
    RETURN [v IN ns | ${projectEntity('v')}] AS nodes, steps, total, ${countryOf('last')}
    ORDER BY j`;
  }
  if (!withRoutes) {
    return /* cypher */ `
    // research.reach ${walk} (entities)
    MATCH (root:Entity {id: $id})
    WITH [root] AS frontier, [root] AS visited, [] AS reached, 0 AS found, [root] AS group
${levels}
    // Cut as list operations: rows that each carried the whole list would be costed at its full size.
    WITH group[0] AS root, [x IN reached WHERE ${KINDS_MATCH('x.v')}][..$first] AS kept
    WITH ${project.start('root')} AS start, kept
    // Row -1 is the start alone, so that a walk from an entity that reaches nothing still answers.
    UNWIND [{ j: -1, v: null, tier: 0 }] + [j IN range(0, size(kept) - 1) | { j: j, v: kept[j].v, tier: kept[j].tier }] AS row
    WITH start, row.j AS j, row.v AS v, row.tier AS tier
    RETURN j, CASE WHEN j < 0 THEN start END AS start, ${project.item('v')} AS entity, tier, ${countryOf('v')}
    ORDER BY j`;
  }
  return /* cypher */ `
    // research.reach ${walk}
    MATCH (root:Entity {id: $id})
    WITH [[root]] AS frontier, [root] AS visited, [] AS reached, 0 AS found, [root] AS group
${levels}
    // Cut as list operations: rows that each carried the whole list would be costed at its full size.
    WITH group, group[0] AS root, [ns IN reached WHERE ${KINDS_MATCH('ns[-1]')}][..$first] AS kept
    WITH group, kept, ${project.start('root')} AS start
    // Row -1 is the start alone, so that a walk from an entity that reaches nothing still answers.
    UNWIND [{ j: -1, ns: [] }] + [j IN range(0, size(kept) - 1) | { j: j, ns: kept[j] }] AS row
    WITH group, start, row.j AS j, row.ns AS ns
${walkSteps(walk)}
    WITH j, start, ns, steps, ns[-1] AS last
    RETURN j, CASE WHEN j < 0 THEN start END AS start, [v IN ns[..-1] | ${projectEntity('v')}] AS nodes, ${project.item('last')} AS entity, steps, ${countryOf('last')}
    ORDER BY j`;
}

/**
 * The reach statement's parameters, always of the same types and list lengths whatever the request
 * asks: the engine caches a plan per statement text AND parameter types (a null `kinds` and a list
 * are two plans; so, measured, are lists of different lengths), and each plan costs seconds of
 * CPU. `kinds` is padded to one length (every entity kind when none is asked for); `asOf` is a
 * string with `dated` saying whether it applies.
 */
export function reachParams({ id, maxHops, kinds, asOf, first }: { id: string; maxHops: number; kinds: readonly string[] | null; asOf: string | null; first: number }) {
  const asked = kinds && kinds.length > 0 ? kinds : ENTITY_KINDS;
  const padded = Array.from({ length: ENTITY_KINDS.length }, (_, i) => asked[i % asked.length]!);
  return { id, maxHops: neo4j.int(maxHops), kinds: padded, dated: asOf !== null, asOf: asOf ?? '0000-01-01', first: neo4j.int(first) };
}

export const CONCENTRATION = /* cypher */ `
  // research.concentration
  MATCH (c:Commodity {id: $commodity})
  OPTIONAL MATCH (p:Entity)-[r:PRODUCES]->(c)
  WHERE r.share IS NOT NULL AND ${validOn('r')}
  WITH c, p, r ORDER BY r.share DESC, p.id
  WITH c, collect(CASE WHEN p IS NULL THEN NULL ELSE { producer: ${projectEntity('p')}, properties: properties(r) } END) AS shares
  RETURN ${projectEntity('c')} AS commodity, shares,
         [(:Region {id: $world})-[w:PRODUCES]->(c) WHERE ${validOn('w')} | properties(w)] AS worldTotals,
         // The same fact from another source: commodities stated to be the same measure (crosswalk).
         COLLECT {
           MATCH (c)-[:PART_OF {sameMeasure: true}]-(o:Commodity)
           MATCH (p:Entity)-[r:PRODUCES]->(o)
           WHERE r.share IS NOT NULL AND NOT p:Region AND ${validOn('r')}
           RETURN { commodity: ${projectEntity('o')}, producer: ${projectEntity('p')}, properties: properties(r) } AS other
           ORDER BY r.share DESC, p.id
         } AS otherShares`;

const OBSERVATION = /* cypher */ `t { .id, .period, .quantity, .unit, .changeBases, .changePercents, .changeComparedTo, sources: [(t)-[:REPORTED_IN]->(s) | s.id] }`;

export type TradeSeriesEnd = 'exporter' | 'importer' | 'commodity';

/** A trade series' ends (each printed by `project`, null when unknown) and its observations, in one statement. */
export const tradeSeriesQuery = (project: Record<TradeSeriesEnd, (variable: string) => string>) => /* cypher */ `
  // research.tradeSeries
  OPTIONAL MATCH (x:Entity {id: $exporter})
  OPTIONAL MATCH (m:Entity {id: $importer})
  OPTIONAL MATCH (c:Commodity {id: $commodity})
  RETURN CASE WHEN x IS NULL THEN NULL ELSE ${project.exporter('x')} END AS exporter,
         CASE WHEN m IS NULL THEN NULL ELSE ${project.importer('m')} END AS importer,
         CASE WHEN c IS NULL THEN NULL ELSE ${project.commodity('c')} END AS commodity,
         COLLECT {
           MATCH (t:TradeObservation)-[:EXPORTER]->(x)
           WHERE EXISTS { (t)-[:IMPORTER]->(m) } AND EXISTS { (t)-[:OF]->(c) }
           RETURN ${OBSERVATION}
         } AS flow,
         COLLECT {
           MATCH (t:TradeObservation)-[:EXPORTER]->(x)
           WHERE EXISTS { (t)-[:IMPORTER]->(:Region {id: $world}) } AND EXISTS { (t)-[:OF]->(c) }
           RETURN ${OBSERVATION}
         } AS totals`;

/** What dates a timeline item (timeline.ts buildTimeline): relationships of these types, and neighbours of these kinds. */
export const DATED_TYPES = ['STATED', 'HOLDS_OFFICE', 'ISSUED'] as const;
export const DATED_KINDS = ['Policy', 'Event', 'TradeObservation'] as const;

/**
 * Everything dated around an entity comes from its direct relationships (sources aside): for
 * `timeline` and `changes`, the relationships that can date something, those of DATED_TYPES, to a
 * neighbour of DATED_KINDS, or with `validFrom` or `validTo`. A hub's undated relationships (a
 * country's thousands of headquartered companies) are not read, so they cannot crowd the dated
 * ones out of $maxLinks (at 1M relationships a country with 5,273 showed none of its 3 policies).
 * Source ids are sorted so that a timeline item cites its sources in the same order on every read.
 */
export const NEIGHBOURHOOD = /* cypher */ `
  // research.neighbourhood
  MATCH (e:Entity {id: $id})
  RETURN ${projectEntity('e')} AS entity,
         COLLECT { MATCH (e)-[:REPORTED_IN]->(s:Source) RETURN s.id ORDER BY s.id } AS sources,
         COLLECT {
           MATCH (e)-[r]-(o:Entity)
           WHERE type(r) IN ${JSON.stringify(DATED_TYPES)} OR o:${DATED_KINDS.join('|')} OR r.validFrom IS NOT NULL OR r.validTo IS NOT NULL
           RETURN { relationship: ${relationshipMap('r', 'e')}, node: ${projectEntity('o')},
                    nodeSources: COLLECT { MATCH (o)-[:REPORTED_IN]->(s:Source) RETURN s.id ORDER BY s.id } }
           LIMIT $maxLinks
         } AS links`;
