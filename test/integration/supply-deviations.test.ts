/**
 * The deviation statement of supply routes' next shortest (research.paths.spur, nextShortest.ts) on
 * the engine, against a brute-force list of every supply route: on small random graphs of every
 * type a supply route takes, written in a transaction that is rolled back (nothing stays behind).
 * The statement's pattern spells each type's direction as alternating segments
 * (research.queries.ts supplyRoutePattern), so these graphs mix long runs of one direction, a
 * group's members from the start, steps into an importing country as the last, parallel
 * relationships, and names that tie but for their case.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { toPlain } from '../../src/db/values.js';
import { WALKS } from '../../src/model/walks.js';
import { compareRoutes, type Route } from '../../src/modules/research/pathSearch.js';
import { SUPPLY_PATHS_READ, SUPPLY_TYPES } from '../../src/modules/research/research.queries.js';
import { pathSpurStatement, pathSupplyStatement } from '../../src/modules/research/research.repository.js';
import type { SpurSearch } from '../../src/modules/research/nextShortest.js';
import { cycleFreeRoutes } from '../helpers/routes.js';
import { testDatabase } from '../helpers/context.js';

type Kind = 'Country' | 'Commodity' | 'Company';
interface Stored {
  from: string;
  type: string;
  to: string;
}
interface Graph {
  entities: { id: string; kind: Kind; name: string }[];
  stored: Stored[];
}
type Deviation = SpurSearch & { target: string };

/** Which kinds each type joins, as stored (from → to). */
const ENDS: Record<string, [Kind[], Kind[]]> = {
  PRODUCES: [['Country', 'Company'], ['Commodity']],
  MAKES: [['Company'], ['Commodity']],
  INPUT_TO: [['Commodity'], ['Commodity']],
  USES: [['Company'], ['Commodity']],
  SUPPLIES: [['Company', 'Country'], ['Company']],
  IMPORTS: [['Country'], ['Commodity']],
  IMPORTS_FROM: [['Country'], ['Country']],
  HEADQUARTERED_IN: [['Company'], ['Country']],
  PART_OF: [['Company', 'Country'], ['Company', 'Country']],
};

/** Mostly relationships of `types` (the ones walked), some of the others (which must not be). */
function randomGraph(random: () => number, size: number, types: readonly string[]): Graph {
  const pick = <T,>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const names = ['Alpha', 'alpha', 'Beta', 'beta', 'Gamma', 'Zeta', 'zeta', 'Delta'];
  const kinds: Kind[] = ['Country', 'Commodity', 'Company'];
  const entities: Graph['entities'] = Array.from({ length: size }, (_, i) => ({ id: `devtest:${String(i).padStart(2, '0')}`, kind: kinds[i % 3]!, name: pick(names) }));
  const ofKind = (k: Kind[]) => entities.filter((e) => k.includes(e.kind));
  const stored: Stored[] = [];
  for (let i = 0; i < size * 3; i++) {
    const type = random() < 0.8 ? pick(types.filter((t) => t in ENDS)) : pick(Object.keys(ENDS));
    const [a, b] = [pick(ofKind(ENDS[type]![0])), pick(ofKind(ENDS[type]![1]))];
    if (a.id === b.id) continue;
    stored.push({ from: a.id, type, to: b.id });
    // Now and then a parallel one (a share for another year).
    if (random() < 0.15) stored.push({ from: a.id, type, to: b.id });
  }
  return { entities, stored };
}

type Step = { to: string; ends: boolean; startOnly: boolean };

/** Every supply step from each entity (exposure's table, as docs/API.md states it), of `types` only. */
function supplySteps(graph: Graph, types: readonly string[]): Map<string, Step[]> {
  const steps = new Map<string, Step[]>();
  for (const r of graph.stored) {
    for (const rule of WALKS.exposure.filter((w) => w.type === r.type && types.includes(w.type))) {
      const [a, b] = rule.direction === 'OUT' ? [r.from, r.to] : [r.to, r.from];
      steps.set(a, [...(steps.get(a) ?? []), { to: b, ends: !!rule.endsWalk, startOnly: !!rule.onlyFromStart }]);
    }
  }
  return steps;
}

/** The deviation by brute force: the first, in result order, of the shortest supply routes it allows. */
/** `avoid` kinds and `avoidIds` for the routes' intermediate entities (the ends are exempt). */
interface Avoid {
  avoid: Kind[];
  avoidIds: string[];
}
const NO_AVOID: Avoid = { avoid: [], avoidIds: [] };

function expected(graph: Graph, steps: Map<string, Step[]>, from: string, spur: Deviation, { avoid, avoidIds }: Avoid = NO_AVOID): Route | undefined {
  const kind = new Map(graph.entities.map((e) => [e.id, e.kind]));
  const name = new Map(graph.entities.map((e) => [e.id, e.name.toLowerCase()]));
  const routes = cycleFreeRoutes(spur.spur, spur.target, spur.hops, (route) => {
    const at = route.at(-1)!;
    return (steps.get(at) ?? [])
      .filter((step) => (!step.ends || step.to === spur.target) && (!step.startOnly || at === from))
      .filter((step) => !spur.blocked.includes(step.to) && !(route.length === 1 && spur.forbid.includes(step.to)))
      .filter((step) => step.to === spur.target || (!avoid.includes(kind.get(step.to)!) && !avoidIds.includes(step.to)))
      .map((step) => step.to);
  }).map((ids) => ({ ids, names: ids.slice(1).map((id) => name.get(id)!) }));
  return routes.sort(compareRoutes)[0];
}

describe('supply routes: the deviation statement (research.paths.spur) against brute force', () => {
  let db: Database;
  beforeAll(() => {
    db = testDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  /**
   * The statement's routes for each search (by index), on `graph` written in a transaction then
   * rolled back: as deviations (the first in result order), or with `shortest` as the shortest
   * routes' search (up to `shortest` in id order, research.paths.supply), with the paths read.
   */
  async function searched(graph: Graph, from: string, types: string[], maxHops: number, spurs: Deviation[], shortest?: number, avoid = NO_AVOID): Promise<Map<number, { routes: Route[]; read: number }>> {
    const args = { types, direction: 'SUPPLY' as const, maxHops, k: shortest ?? 3, first: 10, params: { from, asOf: null, through: [], ...avoid } };
    // As the shortest routes' search: research.paths.supply's parameters, for several targets at once.
    const supply = pathSupplyStatement(args);
    const statement = shortest === undefined ? pathSpurStatement(args, spurs) : { ...supply, params: { ...supply.params, spurs: pathSpurStatement(args, spurs).params.spurs } };
    const session = db.driver.session({ defaultAccessMode: 'WRITE' });
    const tx = await session.beginTransaction();
    try {
      for (const kind of ['Country', 'Commodity', 'Company'] as const) {
        await tx.run(`UNWIND $entities AS e CREATE (:Entity:${kind} {id: e.id, name: e.name})`, { entities: graph.entities.filter((e) => e.kind === kind) });
      }
      for (const type of Object.keys(ENDS)) {
        await tx.run(`UNWIND $rels AS r MATCH (a:Entity {id: r.from}), (b:Entity {id: r.to}) CREATE (a)-[:${type}]->(b)`, { rels: graph.stored.filter((r) => r.type === type) });
      }
      const rows = (await tx.run(statement.cypher, statement.params)).records.map((record) => toPlain(record.toObject()) as { j: number; ids: string[]; names: string[]; read: number });
      const answered = new Map<number, { routes: Route[]; read: number }>();
      for (const { j, ids, names, read } of rows) answered.set(j, { routes: [...(answered.get(j)?.routes ?? []), { ids, names }], read });
      return answered;
    } finally {
      await tx.rollback();
      await session.close();
    }
  }

  /** As deviations: one route at most each. */
  async function answers(graph: Graph, from: string, types: string[], maxHops: number, spurs: Deviation[], avoid = NO_AVOID): Promise<Map<number, Route>> {
    const found = await searched(graph, from, types, maxHops, spurs, undefined, avoid);
    for (const { routes } of found.values()) expect(routes, 'one route per deviation at most').toHaveLength(1);
    return new Map([...found].map(([j, { routes }]) => [j, routes[0]!]));
  }

  it('a run of steps one way longer than half the steps: five inputs in a row, then their user', async () => {
    // The pattern alternates segments of each direction; a route whose steps all go one way takes every other one.
    const chain = Array.from({ length: 6 }, (_, i) => ({ id: `devtest:c${i}`, kind: 'Commodity' as const, name: `Input ${i}` }));
    const graph: Graph = {
      entities: [...chain, { id: 'devtest:user', kind: 'Company', name: 'User' }],
      stored: [...chain.slice(1).map((c, i) => ({ from: chain[i]!.id, type: 'INPUT_TO', to: c.id })), { from: 'devtest:user', type: 'USES', to: 'devtest:c5' }],
    };
    const types = ['INPUT_TO', 'USES'];
    const spurs: Deviation[] = [
      { spur: 'devtest:c0', target: 'devtest:user', blocked: [], forbid: [], hops: 6 },
      { spur: 'devtest:c0', target: 'devtest:user', blocked: [], forbid: [], hops: 5 },
      { spur: 'devtest:c0', target: 'devtest:c5', blocked: [], forbid: [], hops: 6 },
    ];
    const answered = await answers(graph, 'devtest:c0', types, 6, spurs);
    expect(answered.get(0)?.ids).toEqual([...chain.map((c) => c.id), 'devtest:user']);
    expect(answered.has(1)).toBe(false);
    expect(answered.get(2)?.ids).toEqual(chain.map((c) => c.id));
    spurs.forEach((spur, j) => expect(answered.get(j)).toEqual(expected(graph, supplySteps(graph, types), 'devtest:c0', spur)));
  });

  it.each([
    ['every supply type', [...SUPPLY_TYPES], 1],
    ['every supply type', [...SUPPLY_TYPES], 2],
    ['every supply type', [...SUPPLY_TYPES], 3],
    ['only steps along the stored direction (one segment kind)', ['PRODUCES', 'MAKES', 'INPUT_TO', 'SUPPLIES'], 4],
    ['steps into importers and from a group, no USES', ['PRODUCES', 'INPUT_TO', 'HEADQUARTERED_IN', 'SUPPLIES', 'IMPORTS', 'IMPORTS_FROM', 'PART_OF'], 6],
    ['every supply type, avoiding countries and two entities on the way', [...SUPPLY_TYPES], 7, { avoid: ['Country'], avoidIds: ['devtest:04', 'devtest:08'] }],
  ] as [string, string[], number, Avoid?][])('%s (graph %#): the shortest route each deviation allows, the first in result order, or none', async (_, types, seed, avoid = NO_AVOID) => {
    let state = seed * 7919;
    const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const graph = randomGraph(random, 18, types);
    const steps = supplySteps(graph, types);
    const maxHops = 5;
    const ids = graph.entities.map((e) => e.id);
    const pick = () => ids[Math.floor(random() * ids.length)]!;
    // A start that groups others, and targets that import, when the graph has them.
    const groups = graph.stored.filter((r) => r.type === 'PART_OF').map((r) => r.to);
    const importers = graph.stored.filter((r) => r.type === 'IMPORTS' || r.type === 'IMPORTS_FROM').map((r) => r.from);
    const from = groups.length > 0 ? groups[Math.floor(random() * groups.length)]! : pick();
    const spurs: Deviation[] = [];
    for (let i = 0; i < 40; i++) {
      // Half the deviations from the route's start (a group's members allowed), half from further on.
      const spur = i % 2 === 0 ? from : pick();
      const target = i % 3 === 0 && importers.length > 0 ? importers[Math.floor(random() * importers.length)]! : pick();
      if (target === spur) continue;
      const blocked = spur === from ? [] : [from, ...ids.filter((id) => id !== spur && id !== target && random() < 0.15)];
      const forbid = ids.filter((id) => id !== target && random() < 0.1);
      spurs.push({ spur, target, blocked: [...new Set(blocked)].filter((id) => id !== spur && id !== target), forbid, hops: 1 + Math.floor(random() * maxHops) });
    }
    const answered = await answers(graph, from, types, maxHops, spurs, avoid);
    const found: Route[] = [];
    spurs.forEach((spur, j) => {
      const want = expected(graph, steps, from, spur, avoid);
      if (want) found.push(want);
      expect(answered.get(j), JSON.stringify(spur)).toEqual(want);
    });
    // The graphs give routes to find, and some deviations none.
    expect(found.length).toBeGreaterThan(3);
    expect(found.length).toBeLessThan(spurs.length);
    // Where the types allow them, some routes take a group's members first or end in an importer.
    const only = (route: Route, i: number, kind: 'ends' | 'startOnly') => {
      const taken = (steps.get(route.ids[i]!) ?? []).filter((step) => step.to === route.ids[i + 1]);
      return taken.length > 0 && taken.every((step) => step[kind]);
    };
    if (types.includes('PART_OF')) expect(found.filter((r) => only(r, 0, 'startOnly')).length).toBeGreaterThan(0);
    if (types.includes('IMPORTS')) expect(found.filter((r) => only(r, r.ids.length - 2, 'ends')).length).toBeGreaterThan(0);
  });

  it('as the shortest routes\' search: up to k of the shortest supply routes, in the order of their ids', async () => {
    let state = 104729;
    const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const types = [...SUPPLY_TYPES];
    const graph = randomGraph(random, 18, types);
    const steps = supplySteps(graph, types);
    const ids = graph.entities.map((e) => e.id);
    let compared = 0;
    for (const from of ids.slice(0, 6)) {
      const spurs: Deviation[] = ids.filter((id) => id !== from).map((target) => ({ spur: from, target, blocked: [], forbid: [], hops: 4 }));
      const found = await searched(graph, from, types, 4, spurs, 3);
      spurs.forEach((spur, j) => {
        const all = cycleFreeRoutes(from, spur.target, 4, (route) => (steps.get(route.at(-1)!) ?? []).filter((s) => (!s.ends || s.to === spur.target) && (!s.startOnly || route.length === 1)).map((s) => s.to));
        // (Parallel relationships list a route once each.)
        const distinct = [...new Map(all.map((r) => [r.join('\u0000'), r])).values()];
        const shortest = distinct.filter((r) => r.length === Math.min(...distinct.map((a) => a.length))).sort((a, b) => (a.join('\u0000') < b.join('\u0000') ? -1 : 1));
        expect(found.get(j)?.routes.map((r) => r.ids) ?? [], `${from} -> ${spur.target}`).toEqual(shortest.slice(0, 3));
        if (shortest.length > 1) compared++;
      });
    }
    expect(compared).toBeGreaterThan(3);
  });

  it('says how many paths it read, at most 1,000: parallel relationships make one route many paths', async () => {
    // 40 years of production and 30 of use: 1,200 paths for the one route producer → commodity → user.
    const graph: Graph = {
      entities: [
        { id: 'devtest:producer', kind: 'Country', name: 'Producer' },
        { id: 'devtest:commodity', kind: 'Commodity', name: 'Commodity' },
        { id: 'devtest:user', kind: 'Company', name: 'User' },
      ],
      stored: [
        ...Array.from({ length: 40 }, () => ({ from: 'devtest:producer', type: 'PRODUCES', to: 'devtest:commodity' })),
        ...Array.from({ length: 30 }, () => ({ from: 'devtest:user', type: 'USES', to: 'devtest:commodity' })),
      ],
    };
    const found = await searched(graph, 'devtest:producer', [...SUPPLY_TYPES], 3, [{ spur: 'devtest:producer', target: 'devtest:user', blocked: [], forbid: [], hops: 3 }], 3);
    expect(found.get(0)).toEqual({ routes: [{ ids: ['devtest:producer', 'devtest:commodity', 'devtest:user'], names: ['commodity', 'user'] }], read: SUPPLY_PATHS_READ });
  });
});
