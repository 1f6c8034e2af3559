/**
 * `paths` to every entity a filter describes: one breadth-first search from the start, a level at
 * a time, instead of one search per target. Each level is one small statement (the entities one
 * step further, research.queries.ts pathLevelQuery); this file keeps what the search knows between
 * them and decides when it may stop:
 *
 * - every entity reached keeps ALL its parents on the level before, so each shortest route (a
 *   sequence of entities) to a target can be listed, in the order of its entity ids;
 * - the search stops after the level at which `first` routes (up to `k` per target) are known:
 *   every route not yet seen ends at a target further out, so it is longer and sorts after them;
 * - when the targets are fewer than the frontier, the repository first looks for the next level's
 *   targets from their side (a few hundred targets' relationships instead of the frontier's
 *   thousands); if those decide the answer, the level is never expanded (`finishWith`).
 *
 * The answer is then what the documented rules give (docs/API.md#paths): per target its shortest
 * routes in id order up to `k`, longer ones only when those are fewer (found by the repository),
 * all ordered by length, the names along the route (ignoring case), then the ids, and cut at
 * `first`. Strings compare as Neo4j compares them (by UTF-16 code unit, like Java's compareTo).
 */

/** An entity the search reached, as a level statement returns it. */
export interface LevelRow {
  id: string;
  /** The name, lower-cased by the engine (the sort key). */
  name: string;
  /** Indexes, in the level's frontier, of every entity one step back that reaches it. */
  parents: number[];
  /** May be an intermediate entity (`through`, `avoid`, `avoidIds`); the ends are exempt. */
  through: boolean;
  target: boolean;
}

/** A target one step beyond the frontier, found from the targets' side: the ids of its parents there. */
export interface TargetRow {
  id: string;
  name: string;
  parents: string[];
}

interface Reached {
  id: string;
  name: string;
  depth: number;
  parents: Reached[];
  target: boolean;
  /** Shortest routes from the start, counted up to `k`. */
  routes: number;
}

/** A route: the entities from the start to a target, with their sort keys. */
export interface Route {
  ids: string[];
  names: string[];
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function compareLists(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = compareText(a[i]!, b[i]!);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

/** The documented order of results: length, then the names along the route, then the ids. */
export function compareRoutes(a: Route, b: Route): number {
  return a.ids.length - b.ids.length || compareLists(a.names, b.names) || compareLists(a.ids, b.ids);
}

export class PathSearch {
  private readonly start: Reached;
  private frontier: Reached[];
  private readonly seen = new Set<string>();
  private readonly targets: Reached[] = [];
  private shortestRoutes = 0;
  depth = 0;

  constructor(
    start: { id: string; name: string },
    private readonly k: number,
    private readonly first: number,
  ) {
    this.start = { ...start, depth: 0, parents: [], target: false, routes: 1 };
    this.frontier = [this.start];
    this.seen.add(start.id);
  }

  /** The ids to expand next (the start, then what may be an intermediate entity). */
  get frontierIds(): string[] {
    return this.frontier.map((r) => r.id);
  }

  /** Everything reached so far: not to be returned again by the next level. */
  get seenIds(): string[] {
    return [...this.seen];
  }

  /** Whether another level can change the answer. */
  get done(): boolean {
    return this.frontier.length === 0 || this.shortestRoutes >= this.first;
  }

  /** Of these ids, the ones not reached yet. */
  unseen(ids: readonly string[]): string[] {
    return ids.filter((id) => !this.seen.has(id));
  }

  private reach(row: { id: string; name: string }, parents: Reached[], target: boolean): Reached {
    this.seen.add(row.id);
    const reached: Reached = { id: row.id, name: row.name, depth: this.depth, parents, target, routes: Math.min(this.k, parents.reduce((n, p) => n + p.routes, 0)) };
    if (target) {
      this.targets.push(reached);
      this.shortestRoutes += reached.routes;
    }
    return reached;
  }

  /** Takes one level's rows (entities not seen before, one step further). */
  advance(rows: readonly LevelRow[]): void {
    this.depth++;
    const next: Reached[] = [];
    for (const row of rows) {
      if (this.seen.has(row.id)) continue;
      const reached = this.reach(row, row.parents.map((i) => this.frontier[i]!), row.target);
      if (row.through) next.push(reached);
    }
    this.frontier = next;
  }

  /**
   * Ends the search with the targets one step further, found from their side, when they decide the
   * answer (with the routes known, `first` of them): the level they would be found on need not be
   * expanded. They must be every unreached target one step beyond the frontier, each with all its
   * parents there. Returns whether the search ended; otherwise nothing changed.
   */
  finishWith(rows: readonly TargetRow[]): boolean {
    const inFrontier = new Map(this.frontier.map((r) => [r.id, r]));
    const found = rows.filter((row) => !this.seen.has(row.id)).map((row) => ({ row, parents: row.parents.flatMap((id) => inFrontier.get(id) ?? []) })).filter(({ parents }) => parents.length > 0);
    const routes = found.reduce((sum, { parents }) => sum + Math.min(this.k, parents.reduce((n, p) => n + p.routes, 0)), 0);
    if (this.shortestRoutes + routes < this.first) return false;
    this.depth++;
    for (const { row, parents } of found) this.reach(row, parents, true);
    this.frontier = [];
    return true;
  }

  /** Each target found, with its shortest routes in the order of their entity ids, at most `k`. */
  shortest(): { target: string; depth: number; routes: Route[] }[] {
    return this.targets.map((target) => ({ target: target.id, depth: target.depth, routes: this.routesTo(target) }));
  }

  /**
   * The shortest routes to `target` in id order: from the start forward, at each step the next
   * entities on a shortest route to the target, smallest id first, until `k` are listed.
   */
  private routesTo(target: Reached): Route[] {
    // The entities on some shortest route to the target, and for each its successors there.
    const successors = new Map<Reached, Reached[]>();
    const onRoute = new Set<Reached>([target]);
    const queue = [target];
    while (queue.length > 0) {
      const node = queue.pop()!;
      for (const parent of node.parents) {
        const list = successors.get(parent) ?? [];
        if (!list.includes(node)) list.push(node);
        successors.set(parent, list);
        if (!onRoute.has(parent)) {
          onRoute.add(parent);
          queue.push(parent);
        }
      }
    }
    for (const list of successors.values()) list.sort((a, b) => compareText(a.id, b.id));
    const routes: Route[] = [];
    const walk = (node: Reached, path: Reached[]): void => {
      if (routes.length >= this.k) return;
      if (node === target) {
        routes.push({ ids: path.map((n) => n.id), names: path.map((n) => n.name) });
        return;
      }
      for (const next of successors.get(node) ?? []) walk(next, [...path, next]);
    };
    walk(this.start, [this.start]);
    return routes;
  }
}

/**
 * The answer from every target's routes: each target's shortest routes, plus (where `k` asks for
 * more than they are) its longer ones; ordered and cut at `first`.
 */
export function orderRoutes(routes: readonly Route[], first: number): Route[] {
  return [...routes].sort(compareRoutes).slice(0, first);
}
