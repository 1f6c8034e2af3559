/**
 * `paths` with `k` > 1: a target's next shortest routes after its shortest ones, by Yen's
 * algorithm (J. Y. Yen, "Finding the K Shortest Loopless Paths in a Network", 1971). Every route
 * found is deviated from at each of its entities (the spur): the shortest route from there to the
 * target that enters none of the entities before it on the route, and whose first step goes to none
 * of the entities that the routes found so far with the same beginning take next. Each such
 * deviation, joined to the beginning, is a candidate; the shortest candidate is the next route.
 * Routes come out cycle-free, distinct, and in order of length, and fewer than `k` only when no
 * other route exists within `maxHops`.
 *
 * Each deviation is a search for its shortest route (research.queries.ts supplyRouteSearchQuery), no longer
 * than the steps left, and of several equally short the first in result order (length, names,
 * ids): a beginning that routes share compares as nothing, so Yen's algorithm then gives the first
 * `k` routes in result order whenever the shortest routes are fewer than `k`. The `SHORTEST k` walk
 * search this replaces had to find k walks, and on supply routes, whose step conditions the engine
 * tested walk by walk, listed every walk up to `maxHops` where fewer exist (Australia → Ford, k 3,
 * maxHops 5: the 10 s timeout on the data `npm start` loads). This file keeps the bookkeeping,
 * without the database; the repository asks the searches, a round per route added.
 */
import { compareRoutes, type Route } from './pathSearch.js';

/** One deviation to search: from `spur`, entering none of `blocked`, first step to none of `forbid`, at most `hops` steps. */
export interface SpurSearch {
  spur: string;
  blocked: string[];
  forbid: string[];
  hops: number;
}

const keyOf = (route: Route) => route.ids.join('\u0000');

export class NextShortest {
  private readonly found: Route[];
  private readonly shortest: number;
  /** How many routes of `found` have been deviated from. */
  private deviated = 0;
  /** The deviations asked last, as (route, spur index), in the order asked. */
  private asked: { route: Route; at: number }[] = [];
  private readonly candidates = new Map<string, Route>();
  private readonly known = new Set<string>();

  /** `shortest`: the target's shortest routes (at least one), as the answer lists them. */
  constructor(
    readonly target: string,
    shortest: readonly Route[],
    private readonly k: number,
    private readonly maxHops: number,
  ) {
    this.found = [...shortest];
    this.shortest = shortest.length;
    for (const route of shortest) this.known.add(keyOf(route));
  }

  /**
   * The deviations to search next; none when `k` routes are known or no route is left. Takes the
   * best candidate first when every route found has been deviated from.
   */
  spurs(): SpurSearch[] {
    for (;;) {
      if (this.found.length >= this.k) return [];
      if (this.deviated < this.found.length) {
        const steps = this.longest();
        this.asked = this.found
          .slice(this.deviated)
          .flatMap((route) => route.ids.slice(0, -1).map((_, at) => ({ route, at })))
          .filter(({ at }) => steps - at >= 1);
        this.deviated = this.found.length;
        if (this.asked.length > 0) return this.asked.map(({ route, at }) => this.deviation(route, at, steps));
        continue;
      }
      const next = this.best();
      if (!next) return [];
      this.found.push(next);
    }
  }

  /**
   * The answers to the last spurs(), in its order: each deviation's route (the spur first, the
   * lower-cased names after it), or undefined when there is none.
   */
  answer(routes: readonly (Route | undefined)[]): void {
    routes.forEach((spurRoute, i) => {
      if (!spurRoute) return;
      const { route, at } = this.asked[i]!;
      const candidate = { ids: [...route.ids.slice(0, at), ...spurRoute.ids], names: [...route.names.slice(0, at), ...spurRoute.names] };
      const key = keyOf(candidate);
      if (!this.known.has(key)) this.candidates.set(key, candidate);
    });
    this.asked = [];
  }

  /** The routes found after the shortest ones, in the order found (by length). */
  longer(): Route[] {
    return this.found.slice(this.shortest);
  }

  /**
   * The most steps a route still worth finding may have: once the candidates hold as many routes as
   * are missing, one longer than all of those would never be taken (Yen's algorithm takes the
   * shortest candidate each time). Each deviation then searches less far.
   */
  private longest(): number {
    const missing = this.k - this.found.length;
    if (this.candidates.size < missing) return this.maxHops;
    const lengths = [...this.candidates.values()].map((c) => c.ids.length - 1).sort((a, b) => a - b);
    return Math.min(this.maxHops, lengths[missing - 1]!);
  }

  private deviation(route: Route, at: number, steps: number): SpurSearch {
    const beginning = route.ids.slice(0, at + 1);
    const forbid = new Set<string>();
    for (const other of this.found) {
      if (other.ids.length > at + 1 && beginning.every((id, i) => other.ids[i] === id)) forbid.add(other.ids[at + 1]!);
    }
    return { spur: route.ids[at]!, blocked: route.ids.slice(0, at), forbid: [...forbid], hops: steps - at };
  }

  /** The shortest candidate (ties in the answer's order), taken out of the candidates. */
  private best(): Route | undefined {
    let best: Route | undefined;
    for (const candidate of this.candidates.values()) if (!best || compareRoutes(candidate, best) < 0) best = candidate;
    if (best) {
      const key = keyOf(best);
      this.candidates.delete(key);
      this.known.add(key);
    }
    return best;
  }
}
