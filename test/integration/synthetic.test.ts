/**
 * The research queries on a generated graph of 100,000 relationships (bench/generate.ts, the same
 * generator the benchmarks use), checked against ground truth computed in memory from the
 * generator's own plan: breadth-first search with the same walking rules, the planted path, the
 * planted supplier chain and the known producer shares.
 */
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateGraph, planGraph, syntheticId, type GraphPlan } from '../../bench/generate.js';
import { WALKS, type WalkName } from '../../src/model/walks.js';
import { countQuery, pageQuery, pinParams } from '../../src/modules/connection/connection.queries.js';
import { ParamBag } from '../../src/cypher/params.js';
import { choosePins, compileWhere } from '../../src/modules/connection/where.js';
import { writeDataset } from '../../src/ingest/seed/load.js';
import { toDataset } from '../../src/model/dataset.js';
import { startTestApi, type TestApi, type Answer } from '../helpers/context.js';
import { throwawayEngine, type ThrowawayEngine } from '../helpers/throwawayEngine.js';
import { cycleFreeRoutes } from '../helpers/routes.js';
import { scalarText } from '../../src/db/values.js';
import { Database } from '../../src/db/database.js';
import { ResearchRepository } from '../../src/modules/research/research.repository.js';

const RELATIONSHIPS = 100_000;
let own: ThrowawayEngine;
let api: TestApi;
let plan: GraphPlan;

interface Edge {
  type: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
}
let edges: Edge[];
let names: Map<string, string>;

beforeAll(async () => {
  own = await throwawayEngine('synthetic', { pageCacheMb: 256 });
  const db = own.db;
  const summary = await generateGraph(db, { relationships: RELATIONSHIPS });
  expect(summary.relationships).toBe(RELATIONSHIPS);
  api = await startTestApi({ db });
  plan = planGraph({ relationships: RELATIONSHIPS });
  edges = plan.groups
    .filter((g) => g.type !== 'REPORTED_IN')
    .flatMap((g) =>
      g.from.map((f, i) => ({
        type: g.type,
        from: syntheticId[g.fromKind](f),
        to: syntheticId[g.toKind](g.to[i]!),
        props: Object.fromEntries(Object.entries(g.columns).map(([k, v]) => [k, v[i]])),
      })),
    );
  names = new Map();
  for (const kind of Object.keys(plan.counts) as (keyof GraphPlan['counts'])[]) {
    for (let i = 0; i < plan.counts[kind]; i++) names.set(syntheticId[kind](i), String(plan.nodeProps(kind, i).name));
  }
}, 600_000);

afterAll(async () => {
  await api?.close();
  await own?.close();
});

type Orientation = Record<string, 'OUT' | 'IN' | 'BOTH'>;
/** A walk's rules as the reference reads them: type, direction and the three flags. */
type Rule = { type: string; direction: 'OUT' | 'IN' | 'BOTH'; notFromStart: boolean; onlyFromStart: boolean; endsWalk: boolean };
const rulesOf = (walk: WalkName | Orientation): Rule[] =>
  typeof walk === 'string'
    ? WALKS[walk].map((r) => ({ type: r.type, direction: r.direction, notFromStart: !!r.notFromStart, onlyFromStart: !!r.onlyFromStart, endsWalk: !!r.endsWalk }))
    : Object.entries(walk).map(([type, direction]) => ({ type, direction, notFromStart: false, onlyFromStart: false, endsWalk: false }));

/** Neighbours along the rules: [next entity, the rule taken], per entity. */
function adjacency(rules: Rule[]): Map<string, [string, Rule][]> {
  const next = new Map<string, [string, Rule][]>();
  const link = (a: string, b: string, rule: Rule) => (next.get(a) ?? next.set(a, []).get(a)!).push([b, rule]);
  for (const e of edges) {
    for (const rule of rules) {
      if (rule.type !== e.type) continue;
      if (rule.direction === 'OUT' || rule.direction === 'BOTH') link(e.from, e.to, rule);
      if (rule.direction === 'IN' || rule.direction === 'BOTH') link(e.to, e.from, rule);
    }
  }
  return next;
}

/** Result order of reached entities: name ignoring case, then id (code-unit order, as Cypher compares strings). */
const byNameThenId = (a: string, b: string) => {
  const [x, y] = [names.get(a)!.toLowerCase(), names.get(b)!.toLowerCase()];
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
};

/**
 * The reference breadth-first walk: tiers by shortest distance, each tier in result order, and for
 * each entity the route through the earliest entity of the previous tier (the documented tie rule).
 * `onlyFromStart` rules are taken only from the start's group: the start, and what those rules
 * reach from the group (any such step makes the entity a member). Returned in result order (tier,
 * then name, then id), with the group.
 */
function referenceWalk(start: string, walk: WalkName | Orientation, maxHops: number): { reached: { id: string; tier: number; route: string[] }[]; group: Set<string> } {
  const next = adjacency(rulesOf(walk));
  const route = new Map<string, string[]>([[start, [start]]]);
  const group = new Set([start]);
  const out: { id: string; tier: number; route: string[] }[] = [];
  let frontier = [start];
  for (let hop = 1; hop <= maxHops && frontier.length > 0; hop++) {
    const tier: string[] = [];
    const joined = new Set<string>();
    // Reached by a rule the walk goes on from (an `endsWalk` rule lists its target but stops there).
    const open = new Set<string>();
    for (const node of frontier) {
      for (const [n, rule] of next.get(node) ?? []) {
        if (node === start && rule.notFromStart) continue;
        if (rule.onlyFromStart && !group.has(node)) continue;
        if (route.has(n) && !tier.includes(n)) continue;
        if (rule.onlyFromStart) joined.add(n);
        if (!rule.endsWalk) open.add(n);
        if (route.has(n)) continue;
        route.set(n, [...route.get(node)!, n]);
        tier.push(n);
      }
    }
    tier.sort(byNameThenId);
    for (const n of tier) out.push({ id: n, tier: hop, route: route.get(n)! });
    for (const n of joined) group.add(n);
    frontier = tier.filter((n) => open.has(n));
  }
  return { reached: out, group };
}

const referenceReach = (start: string, walk: WalkName | Orientation, maxHops: number) => referenceWalk(start, walk, maxHops).reached;

/** Shortest distances from `start` walking the orientation table (the plain form of referenceReach). */
function bfs(start: string, walk: WalkName | Orientation, maxHops: number): Map<string, number> {
  return new Map(referenceReach(start, walk, maxHops).map((r) => [r.id, r.tier]));
}

const kindOf = (id: string) => id.slice(0, id.indexOf(':'));

describe(`research queries on a generated graph of ${RELATIONSHIPS.toLocaleString('en')} relationships`, () => {
  it('paths: the planted value-chain path has exactly its length, forward over INPUT_TO', async () => {
    const { from, to, hops } = plan.summary.known.knownPath;
    const { body } = await api.graphql(
      `query ($from: ID!, $to: ID!) { paths(from: $from, to: { id: $to }, via: [INPUT_TO], direction: FORWARD, maxHops: 6, k: 3) { length nodes { id } steps { relationships { __typename } } citations { id } } }`,
      { from, to },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.paths.length).toBeGreaterThan(0);
    for (const p of body.data.paths) {
      expect(p.length).toBe(hops);
      expect(p.nodes[0].id).toBe(from);
      expect(p.nodes.at(-1).id).toBe(to);
      expect(p.citations.length).toBeGreaterThan(0);
    }
  });

  it('paths: the shortest route over every stated type matches breadth-first search', async () => {
    const { from } = plan.summary.known.knownPath;
    const target = plan.summary.known.topHeadquarters.country;
    const all = Object.fromEntries(['PRODUCES', 'MAKES', 'USES', 'INPUT_TO', 'SUPPLIES', 'HEADQUARTERED_IN', 'IN_SECTOR', 'ISSUED', 'TARGETS', 'AFFECTS'].map((t) => [t, 'BOTH' as const]));
    const expected = bfs(from, all, 8).get(target);
    const { body } = await api.graphql(`query ($from: ID!, $to: ID!) { paths(from: $from, to: { id: $to }, maxHops: 8) { length } }`, { from, to: target });
    expect(body.errors).toBeUndefined();
    expect(body.data.paths[0].length).toBe(expected);
  });

  it('dependencies: the planted supplier chain, each member at its tier, and tiers equal to breadth-first search', async () => {
    const { company, depth, chain } = plan.summary.known.upstreamChain;
    // Four tiers: the graph fans out fast upstream, and this is a correctness test, not a benchmark.
    const maxTier = 4;
    const { body } = await api.graphql(`query ($of: ID!) { dependencies(of: $of, maxTier: ${maxTier}, first: 500) { items { tier entity { id } } } }`, { of: company });
    expect(body.errors).toBeUndefined();
    const tiers = new Map<string, number>(body.data.dependencies.items.map((i: Answer) => [i.entity.id, i.tier]));
    const truth = bfs(company, 'dependencies', maxTier);
    for (const [id, tier] of tiers) expect(tier, id).toBe(truth.get(id));
    if (truth.size <= 500) expect(tiers.size).toBe(truth.size);
    expect(chain.length).toBe(depth + 1);
    for (let k = 1; k <= Math.min(depth, maxTier); k++) {
      const member = chain[k]!;
      const distance = truth.get(member)!;
      // chain[k] supplies chain[k-1]: at most k tiers up (fewer where another route is shorter).
      expect(distance, member).toBeLessThanOrEqual(k);
      if (tiers.has(member)) expect(tiers.get(member)).toBe(distance);
      else {
        // Cut off by `first`: results come tier by tier, so everything returned is at most as far.
        expect(tiers.size).toBe(500);
        expect(Math.max(...tiers.values())).toBeLessThanOrEqual(distance);
      }
    }
  });

  it('exposure: every exposed entity at its breadth-first distance, companies scored by shares', async () => {
    const { commodity } = plan.summary.known.exposure;
    const { body } = await api.graphql(
      `query ($to: ID!) { exposure(to: $to, maxHops: 3, first: 500) { items { tier score missingShares entity { id } } byKind { kind count } } }`,
      { to: commodity },
    );
    expect(body.errors).toBeUndefined();
    const items = body.data.exposure.items as { tier: number; score: number; entity: { id: string } }[];
    const truth = bfs(commodity, 'exposure', 3);
    for (const item of items) expect(item.tier, item.entity.id).toBe(truth.get(item.entity.id));
    if (truth.size <= 500) expect(items.length).toBe(truth.size);
    for (const item of items) expect(item.score).toBeGreaterThanOrEqual(0);
    const counted = body.data.exposure.byKind.reduce((s: number, k: Answer) => s + k.count, 0);
    expect(counted).toBe(items.length);
    // The downstream commodities are exactly those INPUT_TO reaches.
    const downstream = new Map(referenceReach(commodity, 'exposure', 3).filter((r) => r.route.every((id) => kindOf(id) === 'commodity')).map((r) => [r.id, r.tier]));
    const exposedCommodities = items.filter((i) => kindOf(i.entity.id) === 'commodity').map((i) => i.entity.id).sort();
    if (truth.size <= 500) expect(exposedCommodities).toEqual([...downstream.keys()].sort());
  });

  it('dependencies and exposure equal the reference walk on many start points and depths: entities, order, tiers, routes, steps', async () => {
    const c = plan.counts;
    // Start points across kinds and tiers (companies and commodities are laid out by tier).
    const starts = [
      ...[0, 0.05, 0.35, 0.5, 0.65, 0.8, 0.95].map((f) => syntheticId.Company(Math.floor(c.Company * f))),
      ...[0, 0.05, 0.2, 0.45, 0.7, 0.99].map((f) => syntheticId.Commodity(Math.floor(c.Commodity * f))),
      plan.summary.known.topHeadquarters.country,
      plan.summary.known.smallHeadquarters.country,
      syntheticId.Policy(0),
      syntheticId.Sector(0),
    ];
    // The relationships the walk may take from one entity to the next, by "from|to": from the start
    // (no notFromStart rules), further out, or from a member of the start's group (its onlyFromStart rules).
    const stepIndex = (walk: WalkName, which: 'start' | 'further' | 'group') => {
      const index = new Map<string, string[]>();
      const taken = WALKS[walk].filter((r) => (which === 'group' ? r.onlyFromStart : !r.onlyFromStart && !(which === 'start' && r.notFromStart)));
      for (const e of edges) {
        for (const rule of taken.filter((r) => r.type === e.type)) {
          const key = rule.direction === 'OUT' ? `${e.from}|${e.to}` : `${e.to}|${e.from}`;
          (index.get(key) ?? index.set(key, []).get(key)!).push(`${e.from}|${e.type}|${e.to}`);
        }
      }
      return index;
    };
    let compared = 0;
    for (const walk of ['dependencies', 'exposure'] as const) {
      const steps = { start: stepIndex(walk, 'start'), further: stepIndex(walk, 'further'), group: stepIndex(walk, 'group') };
      for (const [n, start] of starts.entries()) {
        const maxHops = 1 + (n % 4) + (n % 3 === 0 ? 2 : 0);
        const first = [10, 100, 500][n % 3]!;
        const kinds = walk === 'exposure' && n % 4 === 1 ? ['Company'] : null;
        const reference = referenceWalk(start, walk, maxHops);
        const expected = reference.reached.filter((r) => !kinds || kindOf(r.id) === 'company').slice(0, first);
        const query =
          walk === 'dependencies'
            ? `query ($id: ID!) { result: dependencies(of: $id, maxTier: ${maxHops}, first: ${first}) { items { tier entity { id } path { nodes { id } steps { relationships { id } } } } } }`
            : `query ($id: ID!) { result: exposure(to: $id, maxHops: ${maxHops}, first: ${first}${kinds ? ', kinds: [COMPANY]' : ''}) { items { tier entity { id } path { nodes { id } steps { relationships { id } } } } } }`;
        const { body } = await api.graphql(query, { id: start });
        expect(body.errors, `${walk} ${start}`).toBeUndefined();
        const items = body.data.result.items as { tier: number; entity: { id: string }; path: { nodes: { id: string }[]; steps: { relationships: { id: string }[] }[] } }[];
        const label = `${walk}(${start}, hops ${maxHops}, first ${first}${kinds ? ', companies' : ''})`;
        // The same entities, in the same order, at the same tiers, by the same routes.
        expect(items.map((i) => i.entity.id), label).toEqual(expected.map((r) => r.id));
        expect(items.map((i) => i.tier), label).toEqual(expected.map((r) => r.tier));
        expect(items.map((i) => i.path.nodes.map((v) => v.id)), label).toEqual(expected.map((r) => r.route));
        // Each step lists exactly the relationships the walk could take there.
        for (const item of items) {
          item.path.steps.forEach((step, k) => {
            const key = `${item.path.nodes[k]!.id}|${item.path.nodes[k + 1]!.id}`;
            const allowed = [...((k === 0 ? steps.start : steps.further).get(key) ?? []), ...(reference.group.has(item.path.nodes[k]!.id) ? (steps.group.get(key) ?? []) : [])];
            expect(step.relationships.map((r) => r.id).sort(), `${label} ${key}`).toEqual([...new Set(allowed)].sort());
          });
        }
        // The same walk without routes (no path selected): the same entities at the same tiers, in the same order.
        const entitiesOnly = await api.graphql(query.replace(/ path \{ nodes \{ id \} steps \{ relationships \{ id \} \} \}/, ''), { id: start });
        expect(entitiesOnly.body.errors, `${label} without routes`).toBeUndefined();
        const bare = entitiesOnly.body.data.result.items as { tier: number; entity: { id: string } }[];
        expect(bare.map((i) => [i.entity.id, i.tier]), `${label} without routes`).toEqual(expected.map((r) => [r.id, r.tier]));
        compared++;
      }
    }
    expect(compared).toBe(starts.length * 2);
  });

  it('paths with k > 1: up to k distinct, cycle-free routes, as long as the k shortest routes of the reference', async () => {
    const via = ['INPUT_TO', 'PRODUCES'];
    const neighbours = new Map<string, Set<string>>();
    const link = (a: string, b: string) => (neighbours.get(a) ?? neighbours.set(a, new Set()).get(a)!).add(b);
    for (const e of edges) {
      if (!via.includes(e.type)) continue;
      link(e.from, e.to);
      link(e.to, e.from);
    }
    const routes = (from: string, to: string, maxHops: number) => cycleFreeRoutes(from, to, maxHops, (route) => neighbours.get(route.at(-1)!) ?? []);
    const { known } = plan.summary;
    const pairs: [string, string][] = [
      [known.knownPath.from, known.knownPath.to],
      [known.topProducer.country, known.knownPath.to],
      [known.concentration.producers[0]!.country, known.concentration.producers.at(-1)!.country],
      [syntheticId.Commodity(1), syntheticId.Commodity(Math.floor(plan.counts.Commodity / 2))],
      [syntheticId.Country(3), syntheticId.Commodity(Math.floor(plan.counts.Commodity * 0.9))],
    ];
    let nonEmpty = 0;
    for (const [from, to] of pairs) {
      for (const [maxHops, k] of [[3, 1], [3, 4], [4, 10]] as const) {
        const reference = routes(from, to, maxHops).sort((a, b) => a.length - b.length);
        const known = new Set(reference.map((r) => r.join('>')));
        const { body } = await api.graphql(
          `query ($from: ID!, $to: ID!) { paths(from: $from, to: { id: $to }, via: [INPUT_TO, PRODUCES], maxHops: ${maxHops}, k: ${k}) { length nodes { id } } }`,
          { from, to },
        );
        const label = `paths(${from} → ${to}, maxHops ${maxHops}, k ${k})`;
        expect(body.errors, label).toBeUndefined();
        const got = (body.data.paths as { length: number; nodes: { id: string }[] }[]).map((p) => p.nodes.map((v) => v.id));
        expect(got.length, label).toBe(Math.min(k, reference.length));
        expect(got.map((r) => r.length), label).toEqual(reference.slice(0, k).map((r) => r.length));
        expect(new Set(got.map((r) => r.join('>'))).size, label).toBe(got.length);
        for (const route of got) {
          expect(known.has(route.join('>')), `${label}: ${route.join(' > ')}`).toBe(true);
          expect(new Set(route).size).toBe(route.length);
        }
        if (got.length > 0) nonEmpty++;
      }
    }
    expect(nonEmpty).toBeGreaterThan(5);
  });

  it('paths to a filter: exactly the documented answer, the search from the start against a reference over every target', { timeout: 600_000 }, async () => {
    // The reference knows nothing of the search: every target the filter describes, each one's first
    // shortest route in id order, all ordered by length, names (ignoring case), ids; the first `first`.
    const via = ['PRODUCES', 'INPUT_TO', 'MAKES', 'USES', 'SUPPLIES'];
    const neighbours = new Map<string, string[]>();
    const link = (a: string, b: string) => (neighbours.get(a) ?? neighbours.set(a, []).get(a)!).push(b);
    for (const e of edges) {
      if (!via.includes(e.type)) continue;
      link(e.from, e.to);
      link(e.to, e.from);
    }
    const distances = (start: string, maxHops: number) => {
      const dist = new Map([[start, 0]]);
      let frontier = [start];
      for (let d = 1; d <= maxHops && frontier.length > 0; d++) {
        const next: string[] = [];
        for (const m of frontier) {
          for (const n of neighbours.get(m) ?? []) {
            if (dist.has(n)) continue;
            dist.set(n, d);
            next.push(n);
          }
        }
        frontier = next;
      }
      return dist;
    };
    const hq = new Map<string, string>();
    const sectors = new Map<string, Set<string>>();
    for (const e of edges) {
      if (e.type === 'HEADQUARTERED_IN') hq.set(e.from, e.to);
      if (e.type === 'IN_SECTOR') (sectors.get(e.from) ?? sectors.set(e.from, new Set()).get(e.from)!).add(e.to);
    }
    const isTarget = (c: string, country: string, sector: string | null) => hq.get(c) === country && (sector === null || !!sectors.get(c)?.has(sector));
    const reference = (from: string, country: string, sector: string | null, maxHops: number, first: number) => {
      const dist = distances(from, maxHops);
      const routes: string[][] = [];
      for (const target of dist.keys()) {
        if (target === from || !isTarget(target, country, sector)) continue;
        // The entities on a shortest route to the target: back from it, one tier nearer each step.
        const onShortest = new Set([target]);
        const stack = [target];
        while (stack.length > 0) {
          const v = stack.pop()!;
          for (const p of neighbours.get(v) ?? []) {
            if (dist.get(p) !== dist.get(v)! - 1 || onShortest.has(p)) continue;
            onShortest.add(p);
            stack.push(p);
          }
        }
        // The first shortest route in id order: at each step the smallest id still on a shortest route.
        const route = [from];
        while (route.at(-1) !== target) {
          const here = route.length - 1;
          const next = (neighbours.get(route.at(-1)!) ?? []).filter((n) => dist.get(n) === here + 1 && onShortest.has(n));
          route.push(next.sort()[0]!);
        }
        routes.push(route);
      }
      const key = (r: string[]) => r.map((id) => names.get(id)!.toLowerCase());
      const compare = (a: string[], b: string[]) => {
        for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
        return a.length - b.length;
      };
      return routes.sort((a, b) => a.length - b.length || compare(key(a), key(b)) || compare(a, b)).slice(0, first);
    };
    // Without a sector, a country's companies: more targets than a level's frontier at first.
    const query = (sector: string | null) => `query ($from: ID!, $country: ID!, ${sector ? '$sector: ID!, ' : ''}$maxHops: Int, $first: Int) {
      paths(from: $from, to: { companies: { headquarteredIn: { id: { eq: $country } }${sector ? ', sectors: { id: { eq: $sector } }' : ''} } },
            via: [PRODUCES, INPUT_TO, MAKES, USES, SUPPLIES], maxHops: $maxHops, first: $first) { length nodes { id } } }`;
    // Which statements each search ran: once the frontier is large, the search also goes back from
    // the targets, a layer at a time while a layer is smaller than the frontier, and every outcome
    // (the two meet one or more layers back, or the frontier is expanded after all) must give the
    // reference's answer.
    const ran: string[][] = [];
    // Each request reads through its own view of the database (Database.forRequest): the spy
    // records every view's reads and lets them run.
    const spy = vi.spyOn(Database.prototype, 'read');
    const ranNames = () => spy.mock.calls.map(([name]) => name).filter((name) => name.startsWith('research.paths.'));
    let compared = 0;
    let stoppedEarly = 0;
    for (const [from, country, sector] of [
      [syntheticId.Country(0), syntheticId.Country(1), syntheticId.Sector(0)],
      [syntheticId.Country(1), syntheticId.Country(0), syntheticId.Sector(1)],
      [syntheticId.Country(5), syntheticId.Country(2), syntheticId.Sector(3)],
      [syntheticId.Commodity(3), syntheticId.Country(0), syntheticId.Sector(2)],
      [syntheticId.Company(17), syntheticId.Country(4), syntheticId.Sector(5)],
      // The targets' side explores a layer, the frontier is expanded after all (its next layer is
      // larger), and the next layer back is explored after that.
      [syntheticId.Commodity(11), syntheticId.Country(0), syntheticId.Sector(1)],
      [syntheticId.Company(28), syntheticId.Country(5), null],
    ] as const) {
      for (const [maxHops, first] of [[2, 10], [4, 10], [6, 50]] as const) {
        const expected = reference(from, country, sector, maxHops, first);
        spy.mockClear();
        const { body } = await api.graphql(query(sector), { from, country, ...(sector ? { sector } : {}), maxHops, first });
        ran.push(ranNames());
        const label = `paths(${from} → companies in ${country}${sector ? ` and ${sector}` : ''}, maxHops ${maxHops}, first ${first})`;
        expect(body.errors, label).toBeUndefined();
        expect(body.data.paths.map((p: Answer) => p.nodes.map((n: Answer) => n.id)), label).toEqual(expected);
        if (expected.length > 0) compared++;
        // With every target reached before maxHops and fewer routes than `first`, the search stops
        // at the deepest target's level instead of walking on to maxHops: the levels from the start
        // and the layers from the targets' side add up to its depth (a first layer's steps from the
        // frontier alone count when they ended the search; otherwise the layer is read whole next).
        const targets = [...hq.keys()].filter((c) => c !== from && isTarget(c, country, sector));
        const dist = distances(from, maxHops);
        if (expected.length < first && targets.length > 0 && targets.every((t) => dist.has(t))) {
          const deepest = Math.max(...targets.map((t) => dist.get(t)!));
          if (deepest < maxHops) {
            const names = ran.at(-1)!;
            const ended = names.some((name, i) => name === 'research.paths.meet' && names[i + 1] !== 'research.paths.level.fromTargets');
            expect(names.filter((name) => name.startsWith('research.paths.level')).length + (ended ? 1 : 0), label).toBe(deepest);
            stoppedEarly++;
          }
        }
      }
    }
    spy.mockRestore();
    expect(compared).toBeGreaterThan(8);
    expect(stoppedEarly, 'searches that reached every target before maxHops').toBeGreaterThan(0);
    const after = (names: string[], name: string) => names.flatMap((n, i) => (n === name ? [names[i + 1]] : []));
    const next = ran.flatMap((names) => after(names, 'research.paths.level.fromTargets'));
    expect(ran.flatMap((names) => after(names, 'research.paths.meet')), 'a search ended by the targets\' steps from the frontier').toContain('research.paths.routes');
    expect(next, 'a search ended where the two sides met, a layer or more back').toContain('research.paths.routes');
    expect(next, 'a search that went a second layer back from the targets').toContain('research.paths.level.fromTargets');
    expect(next, 'a search whose frontier was expanded after a layer from the targets\' side').toContain('research.paths.level');
    // …and went on back from the targets where it had left off.
    expect(ran.some((names) => names.join(' ').includes('level.fromTargets research.paths.level research.paths.level.fromTargets'))).toBe(true);
  });

  it("concentration: the known commodity's producer shares and HHI", async () => {
    const known = plan.summary.known.concentration;
    const { body } = await api.graphql(
      `query ($c: ID!) { concentration(commodity: $c, topN: 1, threshold: 0.5) { hhi coverage topNShare shares { producer { id } share } chokepoints { producer { id } } } }`,
      { c: known.commodity },
    );
    expect(body.errors).toBeUndefined();
    const c = body.data.concentration;
    expect(c.shares.map((s: Answer) => [s.producer.id, s.share]).sort()).toEqual(known.producers.map((p) => [p.country, p.share]).sort());
    expect(c.hhi).toBeCloseTo(known.hhi, 1);
    expect(c.coverage).toBeCloseTo(known.totalShare, 4);
    expect(c.topNShare).toBeCloseTo(Math.max(...known.producers.map((p) => p.share)), 9);
    expect(c.chokepoints.map((p: Answer) => p.producer.id)).toEqual(known.producers.filter((p) => p.share > 0.5).map((p) => p.country));
  });

  it('timeline: a country shows every policy that targets or was issued by it, in date order', async () => {
    const country = plan.summary.known.topProducer.country;
    const policies = new Set(edges.filter((e) => (e.type === 'TARGETS' && e.to === country) || (e.type === 'ISSUED' && e.from === country)).map((e) => (e.type === 'TARGETS' ? e.from : e.to)));
    const { body } = await api.graphql(`query ($id: ID!) { timeline(entity: $id, first: 1000) { date type entity { id } sources { id } } }`, { id: country });
    expect(body.errors).toBeUndefined();
    const announced = body.data.timeline.filter((i: Answer) => i.type === 'POLICY_ANNOUNCED');
    expect(new Set(announced.map((i: Answer) => i.entity.id))).toEqual(policies);
    const dates = body.data.timeline.map((i: Answer) => i.date);
    expect(dates).toEqual([...dates].sort());
    for (const item of body.data.timeline) expect(item.sources.length).toBeGreaterThan(0);
  });

  it('timeline reads only what can date an item: a hub\'s undated relationships cannot crowd its policies out of the cap', async () => {
    const policiesOf = (country: string) => new Set(edges.filter((e) => (e.type === 'TARGETS' && e.to === country) || (e.type === 'ISSUED' && e.from === country)).map((e) => (e.type === 'TARGETS' ? e.from : e.to)));
    const undatedOf = (country: string) => edges.filter((e) => (e.from === country || e.to === country) && !['TARGETS', 'ISSUED'].includes(e.type) && e.props.validFrom === undefined && e.props.validTo === undefined);
    // The country with policies and the most undated relationships (headquarters, production).
    const countries = Array.from({ length: plan.counts.Country }, (_, i) => syntheticId.Country(i)).filter((c) => policiesOf(c).size > 0);
    const country = countries.reduce((best, c) => (undatedOf(c).length > undatedOf(best).length ? c : best));
    const policies = policiesOf(country);
    const undated = undatedOf(country);
    expect(policies.size).toBeGreaterThan(0);
    expect(undated.length).toBeGreaterThan(policies.size * 10);
    // A cap just above the dated relationships (the API's is 5,000, which a hub at 1M exceeds).
    const dated = edges.filter((e) => (e.from === country || e.to === country) && !undated.includes(e)).length;
    const found = await new ResearchRepository(api.db).neighbourhood({ id: country, maxLinks: dated + 1 });
    expect(found!.links).toHaveLength(dated);
    expect(new Set(found!.links.filter((l) => l.node.label === 'Policy').map((l) => l.node.id))).toEqual(policies);
    const { body } = await api.graphql(`query ($id: ID!) { timeline(entity: $id, first: 1000) { type entity { id } } }`, { id: country });
    expect(body.errors).toBeUndefined();
    expect(new Set(body.data.timeline.filter((i: Answer) => i.type === 'POLICY_ANNOUNCED').map((i: Answer) => i.entity.id))).toEqual(policies);
  });

  it('tradeSeries: a 24-month series between two generated countries, with computed, reported and back-computed points', async () => {
    const [exporter, importer] = [syntheticId.Country(0), syntheticId.Country(1)];
    const commodity = syntheticId.Commodity(0);
    const source = plan.summary.known.sources[0]!;
    // Deterministic quantities for every month of 2023–2024 but January 2024; January 2025
    // reports +25% year on year against that missing month.
    const months = Array.from({ length: 24 }, (_, i) => `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`).filter((p) => p !== '2024-01');
    const trade = months.map((period, i) => ({ exporter, importer, commodity, period, quantity: 1000 + ((i * 37) % 200), unit: 't', sources: [source] }));
    trade.push({ exporter, importer, commodity, period: '2025-01', quantity: 1500, unit: 't', changes: [{ basis: 'YEAR_ON_YEAR', percent: 25, comparedTo: '2024-01' }], sources: [source] } as (typeof trade)[number]);
    await writeDataset(api.db, { ...toDataset({ trade }, (id) => id), files: [] });

    const { body } = await api.graphql(
      `query ($x: ID!, $m: ID!, $c: ID!) { tradeSeries(exporter: $x, importer: $m, commodity: $c, from: "2023-06", to: "2024-12") { points { period quantity derived changes { basis comparedTo reported computed } } } }`,
      { x: exporter, m: importer, c: commodity },
    );
    expect(body.errors).toBeUndefined();
    const points = body.data.tradeSeries.points as { period: string; quantity: number; derived: boolean; changes: { basis: string; comparedTo: string; computed: number | null }[] }[];
    expect(points.map((p) => p.period)).toEqual(Array.from({ length: 19 }, (_, i) => `${2023 + Math.floor((i + 5) / 12)}-${String(((i + 5) % 12) + 1).padStart(2, '0')}`));
    const byPeriod = new Map(points.map((p) => [p.period, p]));
    // 2024-01 was not recorded: back-computed from January 2025's reported +25%.
    expect(byPeriod.get('2024-01')).toMatchObject({ derived: true, quantity: 1200 });
    for (const p of points.filter((p) => !p.derived)) {
      const mom = p.changes.find((c) => c.basis === 'MONTH_ON_MONTH');
      const previous = byPeriod.get(mom?.comparedTo ?? '');
      if (previous && !previous.derived) expect(mom!.computed!, p.period).toBeCloseTo((p.quantity / previous.quantity - 1) * 100, 9);
    }
    await api.db.write('test.cleanupTrade', 'MATCH (t:TradeObservation) DETACH DELETE t');
  });
});

describe('filtered root connections start from the anchored end', () => {
  /** Total db hits of a PROFILE plan, and the operators it used (with their details). */
  function planStats(plan: { dbHits: number; operatorType: string; arguments: Record<string, unknown>; children: unknown[] }): { dbHits: number; operators: string[] } {
    const children = plan.children.map((c) => planStats(c as typeof plan));
    return {
      dbHits: plan.dbHits + children.reduce((a, c) => a + c.dbHits, 0),
      operators: [`${plan.operatorType} ${typeof plan.arguments.Details === 'string' ? plan.arguments.Details : ''}`, ...children.flatMap((c) => c.operators)],
    };
  }

  async function profile(where: Record<string, unknown>) {
    const bag = new ParamBag();
    const predicate = compileWhere('Company', where, bag);
    const { pins } = choosePins('Company', where);
    const params = { ...bag.values, ...pinParams(pins), limit: neo4j.int(21), cursorValue: null, cursorId: null };
    const session = api.db.driver.session();
    try {
      const page = await session.run(`PROFILE ${pageQuery({ kind: 'Company', predicate, sortProperty: 'name', direction: 'ASC', withCursor: false, pins })}`, params);
      const count = await session.run(`PROFILE ${countQuery({ kind: 'Company', predicate, pins })}`, params);
      return { page: planStats(page.summary.profile as never), count: planStats(count.summary.profile as never), total: Number(count.records[0]!.get('count')) };
    } finally {
      await session.close();
    }
  }

  it('seeks the country by id and expands from it: db hits follow the answer, not the number of companies', async () => {
    const rows = await api.db.read(
      'test.hqCounts',
      `MATCH (c:Country)<-[:HEADQUARTERED_IN]-(n:Company) WITH c, count(n) AS companies RETURN c.id AS id, companies ORDER BY companies, c.id`,
    );
    const allCompanies = Number((await api.db.read("test.companies", "MATCH (n:Company) RETURN count(n) AS count"))[0]!.count);
    const small = rows[0]!;
    const large = rows.at(-1)!;
    expect(Number(large.companies)).toBeGreaterThan(Number(small.companies) * 10);
    const where = (id: string) => ({ headquarteredIn: { id: { eq: id } } });
    const forSmall = await profile(where(scalarText(small.id)));
    const forLarge = await profile(where(scalarText(large.id)));
    expect(forSmall.total).toBe(Number(small.companies));
    expect(forLarge.total).toBe(Number(large.companies));
    for (const stats of [forSmall.page, forSmall.count, forLarge.page, forLarge.count]) {
      expect(stats.operators.filter((o) => o.startsWith('NodeByLabelScan'))).toEqual([]);
      expect(stats.operators.some((o) => /NodeUniqueIndexSeek|NodeIndexSeek/.test(o))).toBe(true);
    }
    // A small country's page and count touch far fewer records than there are companies.
    expect(forSmall.page.dbHits).toBeLessThan(Number(allCompanies));
    expect(forSmall.count.dbHits).toBeLessThan(Number(allCompanies));
    expect(forSmall.count.dbHits).toBeLessThan(forLarge.count.dbHits);
  });

  it('answers the same through the API as the unanchored filter in Cypher', async () => {
    const [row] = await api.db.read('test.someHq', `MATCH (c:Country)<-[:HEADQUARTERED_IN]-(:Company) RETURN c.id AS id ORDER BY c.id LIMIT 1`);
    const expected = await api.db.read(
      'test.truth',
      `MATCH (n:Company) WHERE EXISTS { (n)-[:HEADQUARTERED_IN]->(:Country {id: $id}) } RETURN n.id AS id ORDER BY toLower(n.name), n.id LIMIT 100`,
      { id: row!.id },
    );
    const [{ total }] = (await api.db.read('test.total', `MATCH (n:Company) WHERE EXISTS { (n)-[:HEADQUARTERED_IN]->(:Country {id: $id}) } RETURN count(n) AS total`, { id: row!.id })) as [{ total: number }];
    // The pin alone (checked by starting from the country, nothing more) and inside AND (checked on each candidate too).
    for (const where of ['{ headquarteredIn: { id: { eq: $id } } }', '{ AND: [{ headquarteredIn: { id: { eq: $id } } }] }']) {
      const { body } = await api.graphql(`query ($id: ID!) { companies(first: 100, where: ${where}) { totalCount nodes { id } } }`, { id: row!.id });
      expect(body.errors).toBeUndefined();
      expect(body.data.companies.nodes.map((n: { id: string }) => n.id)).toEqual(expected.map((r) => r.id));
      expect(body.data.companies.totalCount).toBe(total);
    }
  });

  it('answers the same through the API as the filter in Cypher when two pins are joined', async () => {
    const rows = await api.db.read(
      'test.hqSectors',
      `MATCH (s:Sector)<-[:IN_SECTOR]-(n:Company)-[:HEADQUARTERED_IN]->(c:Country) WITH c, s, count(n) AS companies WHERE companies > 3 RETURN c.id AS country, s.id AS sector ORDER BY companies DESC, c.id, s.id LIMIT 3`,
    );
    expect(rows.length).toBe(3);
    for (const { country, sector } of rows) {
      const expected = await api.db.read(
        'test.truth',
        `MATCH (n:Company) WHERE EXISTS { (n)-[:HEADQUARTERED_IN]->(:Country {id: $country}) } AND EXISTS { (n)-[:IN_SECTOR]->(:Sector {id: $sector}) } RETURN n.id AS id ORDER BY toLower(n.name), n.id`,
        { country, sector },
      );
      for (const where of ['{ headquarteredIn: { id: { eq: $country } }, sectors: { id: { eq: $sector } } }', '{ AND: [{ sectors: { id: { eq: $sector } } }, { headquarteredIn: { id: { eq: $country } } }] }']) {
        const { body } = await api.graphql(`query ($country: ID!, $sector: ID!) { companies(first: 100, where: ${where}) { totalCount nodes { id } } }`, { country, sector });
        expect(body.errors).toBeUndefined();
        expect(body.data.companies.nodes.map((n: { id: string }) => n.id)).toEqual(expected.slice(0, 100).map((r) => r.id));
        expect(body.data.companies.totalCount).toBe(expected.length);
      }
    }
  });
});
