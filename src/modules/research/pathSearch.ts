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
 * - when the frontier is large, the repository also searches back from the targets not reached yet
 *   (`TargetsSide`), a layer at a time while a layer is smaller than the frontier, and the two
 *   searches meet: once the entities explored from the targets' side decide the answer, the levels
 *   between are never expanded from the start (`finishFrom`).
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

/**
 * An entity explored from the targets' side (research.queries.ts pathLevelFromTargetsQuery): every
 * allowed step into it from an entity that may still be on a route to it (one of the frontier, or
 * one not reached yet that may be an intermediate entity).
 */
export interface BackRow {
  id: string;
  name: string;
  /** May be an intermediate entity (`through`, `avoid`, `avoidIds`), unless a step into it ends routes. */
  intermediate: boolean;
  /** The ids of the steps' other ends, with whether each step is one supply routes stop after. */
  parents: string[];
  endings: boolean[];
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
  /**
   * The lower-cased names after the start's: every route begins there, and the search does not
   * read the start's name (a route from the search sorted before an equally long one from
   * research.paths.longer when both carried it, the search's as '').
   */
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
   * Ends the search where it meets the search from the targets' side, when what that side explored
   * decides the answer. From the frontier, the levels are walked through the explored entities
   * alone: every route from the frontier to a target runs through entities not reached yet, which
   * the targets' side explores, so the levels are exact up to depth `exact` (the caller's: the
   * frontier's depth plus the layers explored, or maxHops once nothing is left to explore). They
   * decide the answer when they give `first` routes, or reach every target, or reach `maxHops` (no
   * level beyond may be walked). Then the search takes them as the level statements' rows and
   * ends; otherwise nothing changed. Returns whether the search ended.
   */
  finishFrom(side: TargetsSide, exact: number, maxHops: number): boolean {
    const levels: LevelRow[][] = [];
    let frontier = this.frontier.map((r) => ({ id: r.id, routes: r.routes }));
    let routes = this.shortestRoutes;
    let unreached = side.targets.filter((id) => !this.seen.has(id)).length;
    const reached = new Set<string>();
    for (let depth = this.depth + 1; depth <= exact && frontier.length > 0 && routes < this.first && unreached > 0; depth++) {
      const index = new Map(frontier.map((r, i) => [r.id, i]));
      const rows: LevelRow[] = [];
      const next: typeof frontier = [];
      for (const entity of side.entities()) {
        if (this.seen.has(entity.id) || reached.has(entity.id)) continue;
        const parents = entity.parents.flatMap((id, i) => (index.has(id) ? [{ at: index.get(id)!, ending: entity.endings[i]! }] : []));
        if (parents.length === 0) continue;
        const at = [...new Set(parents.map((p) => p.at))];
        const target = side.isTarget(entity.id);
        // As the level statement says it: a step that ends routes makes its entity no intermediate.
        const through = entity.intermediate && !parents.some((p) => p.ending);
        rows.push({ id: entity.id, name: entity.name, parents: at, through, target });
        const entityRoutes = Math.min(this.k, at.reduce((n, i) => n + frontier[i]!.routes, 0));
        if (target) {
          routes += entityRoutes;
          unreached--;
        }
        if (through) next.push({ id: entity.id, routes: entityRoutes });
      }
      for (const row of rows) reached.add(row.id);
      levels.push(rows);
      frontier = next;
    }
    if (routes < this.first && unreached > 0 && exact < maxHops) return false;
    for (const rows of levels) {
      if (this.done) break;
      this.advance(rows);
    }
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
        routes.push({ ids: path.map((n) => n.id), names: path.slice(1).map((n) => n.name) });
        return;
      }
      for (const next of successors.get(node) ?? []) walk(next, [...path, next]);
    };
    walk(this.start, [this.start]);
    return routes;
  }
}

/**
 * The search from the targets not reached yet, back towards the start, a layer at a time: each layer
 * is the entities one allowed step before the last (research.queries.ts pathLevelFromTargetsQuery),
 * without those the search from the start has reached, but with the frontier's, where the two meet.
 * What it explored stays true as the search from the start moves on, so a layer is read once.
 */
export class TargetsSide {
  private readonly explored = new Map<string, BackRow>();
  private readonly visited = new Set<string>();
  private readonly targetIds: Set<string>;
  /** Layers explored (the targets themselves the first). */
  layers = 0;

  constructor(readonly targets: readonly string[]) {
    this.targetIds = new Set(targets);
  }

  isTarget(id: string): boolean {
    return this.targetIds.has(id);
  }

  entities(): IterableIterator<BackRow> {
    return this.explored.values();
  }

  /** The next layer to explore: the targets not reached, then the entities one step before the last layer, not reached. */
  next(search: Pick<PathSearch, 'unseen'>): string[] {
    if (this.layers === 0) return search.unseen(this.targets);
    const before = new Set<string>();
    for (const entity of this.explored.values()) for (const id of entity.parents) if (!this.visited.has(id)) before.add(id);
    return search.unseen([...before]);
  }

  /** Takes a layer's rows (its entities with a step into them; the others have none). */
  explore(layer: readonly string[], rows: readonly BackRow[]): void {
    for (const id of layer) this.visited.add(id);
    for (const row of rows) this.explored.set(row.id, row);
    this.layers++;
  }
}

/**
 * The answer from every target's routes: each target's shortest routes, plus (where `k` asks for
 * more than they are) its longer ones; ordered and cut at `first`.
 */
export function orderRoutes(routes: readonly Route[], first: number): Route[] {
  return [...routes].sort(compareRoutes).slice(0, first);
}
