/**
 * The next-shortest search supply routes use when `k` asks for more than the shortest routes
 * (src/modules/research/nextShortest.ts), without the database: its deviations answered by brute
 * force over small graphs held here, as the deviation statement answers them, and its routes
 * compared with every cycle-free route of the graph. On the engine,
 * test/integration/supply-deviations.test.ts checks the deviation statement's answers.
 */
import { describe, expect, it } from 'vitest';
import { NextShortest, type SpurSearch } from '../../src/modules/research/nextShortest.js';
import { compareRoutes, type Route } from '../../src/modules/research/pathSearch.js';
import { cycleFreeRoutes } from '../helpers/routes.js';

type Graph = Map<string, string[]>;

/** An undirected graph from edges `a-b`. */
function graph(edges: string[]): Graph {
  const g: Graph = new Map();
  for (const edge of edges) {
    const [a, b] = edge.split('-') as [string, string];
    g.set(a, [...(g.get(a) ?? []), b]);
    g.set(b, [...(g.get(b) ?? []), a]);
  }
  for (const list of g.values()) list.sort();
  return g;
}

const route = (ids: string[]): Route => ({ ids, names: ids.slice(1) });

/**
 * What the deviation statement answers: the first in result order (length, names, ids) of the
 * routes from the spur within its hops that enter none of `blocked` and whose first step goes to
 * none of `forbid`; or none.
 */
function deviate(g: Graph, target: string, spur: SpurSearch): Route | undefined {
  const routes = cycleFreeRoutes(spur.spur, target, spur.hops, (r) => (g.get(r.at(-1)!) ?? []).filter((n) => !spur.blocked.includes(n) && !(r.length === 1 && spur.forbid.includes(n))));
  return routes.map(route).sort(compareRoutes)[0];
}

/** Runs the search as the repository does: rounds of deviations until it has no more to ask. */
function run(g: Graph, from: string, target: string, k: number, maxHops: number): { routes: Route[]; rounds: number; asked: SpurSearch[][] } {
  const all = routesOf(g, from, target, maxHops);
  const shortest = all.filter((r) => r.length === all[0]!.length).slice(0, k).map(route);
  const search = new NextShortest(target, shortest, k, maxHops);
  const asked: SpurSearch[][] = [];
  let rounds = 0;
  for (let spurs = search.spurs(); spurs.length > 0; spurs = search.spurs()) {
    rounds++;
    asked.push(spurs);
    search.answer(spurs.map((spur) => deviate(g, target, spur)));
  }
  return { routes: [...shortest, ...search.longer()], rounds, asked };
}

/** Every cycle-free route of at most maxHops steps, in result order (here names are ids). */
function routesOf(g: Graph, from: string, target: string, maxHops: number): string[][] {
  return cycleFreeRoutes(from, target, maxHops, (r) => g.get(r.at(-1)!) ?? []).sort((a, b) => compareRoutes(route(a), route(b)));
}

describe('NextShortest', () => {
  //   s - a - t      the shortest route s-a-t; then s-b-a-t, s-a-c-t (3 steps), s-b-c-t ... (3 steps)
  //   |   |   |
  //   b - - - c
  const square = graph(['s-a', 'a-t', 's-b', 'b-a', 'a-c', 'c-t', 'b-c']);

  it('gives the k shortest cycle-free routes, distinct and in order of length', () => {
    const { routes } = run(square, 's', 't', 4, 4);
    const lengths = routes.map((r) => r.ids.length - 1);
    expect(lengths).toEqual(routesOf(square, 's', 't', 4).slice(0, 4).map((r) => r.length - 1));
    expect(new Set(routes.map((r) => r.ids.join('>'))).size).toBe(4);
    for (const r of routes) expect(new Set(r.ids).size).toBe(r.ids.length);
  });

  it('among candidates of equal length, takes them in the answer order (names, then ids)', () => {
    const { routes } = run(square, 's', 't', 3, 4);
    expect(routes.map((r) => r.ids.join('>'))).toEqual(['s>a>t', 's>a>c>t', 's>b>a>t']);
  });

  it('gives fewer than k only when no other route exists within maxHops', () => {
    const line = graph(['s-a', 'a-t', 'a-b', 'b-t']);
    const all = routesOf(line, 's', 't', 3);
    expect(all).toHaveLength(2);
    expect(run(line, 's', 't', 5, 3).routes.map((r) => r.ids.join('>'))).toEqual(all.map((r) => r.join('>')));
    // Within 2 steps only the shortest: no deviation can be asked for more than the steps left.
    const short = run(line, 's', 't', 5, 2);
    expect(short.routes).toHaveLength(1);
    expect(short.asked.flat().every((spur) => spur.hops >= 1 && spur.hops <= 2)).toBe(true);
  });

  it('matches the brute-force list on random graphs: the same lengths, k or all of them', () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 40; round++) {
      const nodes = Array.from({ length: 7 + Math.floor(random() * 5) }, (_, i) => `n${i}`);
      const edges = new Set<string>();
      for (let e = 0; e < nodes.length * 2; e++) {
        const [a, b] = [nodes[Math.floor(random() * nodes.length)]!, nodes[Math.floor(random() * nodes.length)]!];
        if (a !== b && !edges.has(`${b}-${a}`)) edges.add(`${a}-${b}`);
      }
      const g = graph([...edges]);
      const [from, target] = [nodes[0]!, nodes[1]!];
      const maxHops = 2 + (round % 4);
      const all = routesOf(g, from, target, maxHops);
      if (all.length === 0) continue;
      const k = 1 + (round % 6);
      const { routes, rounds } = run(g, from, target, k, maxHops);
      expect(routes.map((r) => r.ids.length), `round ${round}`).toEqual(all.slice(0, k).map((r) => r.length));
      // Each deviation the first in result order: the routes are the first k in result order
      // (Yen's algorithm holds for any order in which a shared beginning compares as nothing).
      if (all.filter((r) => r.length === all[0]!.length).length < k) expect([...routes].sort(compareRoutes).map((r) => r.ids), `round ${round}`).toEqual(all.slice(0, k));
      expect(new Set(routes.map((r) => r.ids.join('>'))).size).toBe(routes.length);
      for (const r of routes) expect(new Set(r.ids).size).toBe(r.ids.length);
      // A round of deviations per route added after the shortest, and at most one more that finds nothing.
      expect(rounds).toBeLessThanOrEqual(k + 1);
    }
  });

  it('asks no deviation that could only give a route longer than the candidates already enough to fill k', () => {
    // s-a-t shortest; deviating gives s-a-c-t and s-b-x-t (3 steps each); a 5-step detour s-d1-…-t.
    const g = graph(['s-a', 'a-t', 's-b', 'b-x', 'x-t', 'a-c', 'c-t', 's-d1', 'd1-d2', 'd2-d3', 'd3-d4', 'd4-t']);
    const { routes, asked } = run(g, 's', 't', 3, 5);
    expect(routes.map((r) => r.ids.join('>'))).toEqual(['s>a>t', 's>a>c>t', 's>b>x>t']);
    // The first round deviates from s-a-t as far as maxHops allows; once s-a-c-t is taken, s-b-x-t
    // alone fills k, so the second round looks no further than its 3 steps.
    expect(asked[0]!.map((spur) => spur.hops)).toEqual([5, 4]);
    expect(asked[1]!.map((spur) => spur.hops)).toEqual([3, 2, 1]);
  });
});
