/**
 * The search `paths` runs to a filter's targets (src/modules/research/pathSearch.ts), without the
 * database: levels as the level statements return them, and the search from the targets' side.
 * On the engine, test/integration/synthetic.test.ts compares whole searches with a reference.
 */
import { describe, expect, it } from 'vitest';
import { PathSearch, TargetsSide, type BackRow, type LevelRow } from '../../src/modules/research/pathSearch.js';

const row = (id: string, parents: number[], target = false, through = true): LevelRow => ({ id, name: id, parents, through, target });
/** An entity explored from the targets' side, as pathLevelFromTargetsQuery returns it; `!` before a parent marks a step that ends supply routes. */
const back = (id: string, parents: string[], intermediate = true): BackRow => ({
  id,
  name: id,
  intermediate,
  parents: parents.map((p) => p.replace(/^!/, '')),
  endings: parents.map((p) => p.startsWith('!')),
});

/** country:s → commodity:a, commodity:b (level 1), as the first level statement returns them. */
function afterFirstLevel(k: number, first: number): PathSearch {
  const search = new PathSearch({ id: 'country:s', name: 's' }, k, first);
  search.advance([row('commodity:b', [0]), row('commodity:a', [0])]);
  return search;
}

describe('PathSearch', () => {
  it('ends where the search from the targets meets the frontier: the shortest routes in id order', () => {
    const search = afterFirstLevel(2, 2);
    expect(search.frontierIds).toEqual(['commodity:b', 'commodity:a']);
    const side = new TargetsSide(['company:t']);
    expect(side.next(search)).toEqual(['company:t']);
    side.explore(['company:t'], [back('company:t', ['commodity:b', 'commodity:a'])]);
    expect(search.finishFrom(side, 2, 6)).toBe(true);
    expect(search.done).toBe(true);
    expect(search.shortest()).toEqual([
      {
        target: 'company:t',
        depth: 2,
        routes: [
          { ids: ['country:s', 'commodity:a', 'company:t'], names: ['commodity:a', 'company:t'] },
          { ids: ['country:s', 'commodity:b', 'company:t'], names: ['commodity:b', 'company:t'] },
        ],
      },
    ]);
  });

  it('changes nothing while what is explored gives fewer than `first` routes and a target may lie further', () => {
    const search = afterFirstLevel(1, 3);
    const side = new TargetsSide(['company:t', 'company:u', 'company:w']);
    side.explore(['company:t', 'company:u', 'company:w'], [back('company:t', ['commodity:a', 'commodity:b']), back('company:u', ['commodity:b'])]);
    expect(search.finishFrom(side, 2, 6)).toBe(false);
    expect(search.done).toBe(false);
    expect(search.depth).toBe(1);
    expect(search.frontierIds).toEqual(['commodity:b', 'commodity:a']);
    expect(search.shortest()).toEqual([]);
    // The level from the frontier finds the same targets, and one more further along.
    search.advance([row('company:t', [0, 1], true), row('company:u', [0], true), row('company:v', [1], true)]);
    expect(search.done).toBe(true);
    expect(search.shortest().map((t) => [t.target, t.routes.map((r) => r.ids.join(' > '))])).toEqual([
      ['company:t', ['country:s > commodity:a > company:t']],
      ['company:u', ['country:s > commodity:b > company:u']],
      ['company:v', ['country:s > commodity:a > company:v']],
    ]);
  });

  it('meets several layers back: the levels between are walked through the explored entities, exact up to the depth given', () => {
    const search = afterFirstLevel(3, 10);
    const side = new TargetsSide(['company:t']);
    side.explore(side.next(search), [back('company:t', ['company:x', 'company:y', 'commodity:b'])]);
    // commodity:b is the frontier's; company:x and company:y are the next layer (one of them never leads anywhere).
    expect(side.next(search)).toEqual(['company:x', 'company:y']);
    side.explore(['company:x', 'company:y'], [back('company:x', ['commodity:a', 'commodity:b'])]);
    expect(side.next(search)).toEqual([]);
    // company:t is one step from commodity:b: depth 2, whatever lies further.
    expect(search.finishFrom(side, 3, 6)).toBe(true);
    expect(search.shortest().map((t) => [t.target, t.depth, t.routes.map((r) => r.ids.join(' > '))])).toEqual([['company:t', 2, ['country:s > commodity:b > company:t']]]);
  });

  it('takes a route two steps beyond the frontier only when the layers explored make it exact', () => {
    const explored = () => {
      const search = afterFirstLevel(3, 10);
      const side = new TargetsSide(['company:t']);
      side.explore(['company:t'], [back('company:t', ['company:x'])]);
      side.explore(['company:x'], [back('company:x', ['commodity:b', 'commodity:a'])]);
      return { search, side };
    };
    // Known to depth 2 only: company:t at depth 3 may still have a shorter route nobody explored.
    const early = explored();
    expect(early.search.finishFrom(early.side, 2, 6)).toBe(false);
    expect(early.search.depth).toBe(1);
    const exact = explored();
    expect(exact.search.finishFrom(exact.side, 3, 6)).toBe(true);
    expect(exact.search.shortest().map((t) => [t.target, t.depth, t.routes.map((r) => r.ids.join(' > '))])).toEqual([
      ['company:t', 3, ['country:s > commodity:a > company:x > company:t', 'country:s > commodity:b > company:x > company:t']],
    ]);
  });

  it('keeps the level rules from the targets\' side: an entity a step ends routes at, or that may not be an intermediate, leads nowhere', () => {
    const search = afterFirstLevel(1, 10);
    const side = new TargetsSide(['company:t', 'company:u']);
    side.explore(['company:t', 'company:u'], [back('company:t', ['country:x']), back('company:u', ['company:y'])]);
    // country:x is entered by a step supply routes stop after; company:y may not be an intermediate (avoid).
    side.explore(['country:x', 'company:y'], [back('country:x', ['!commodity:a']), back('company:y', ['commodity:b'], false)]);
    // Nothing is left to explore: exact to maxHops, and no target is reachable.
    expect(search.finishFrom(side, 6, 6)).toBe(true);
    expect(search.done).toBe(true);
    expect(search.shortest()).toEqual([]);
  });

  it('counts at most `k` routes a target, and leaves out targets already reached and parents outside the frontier', () => {
    const search = afterFirstLevel(1, 2);
    // commodity:a was reached on level 1: not a target one step further. company:t's routes count once (k = 1).
    expect(search.unseen(['commodity:a', 'company:t'])).toEqual(['company:t']);
    const once = new TargetsSide(['commodity:a', 'company:t', 'company:w']);
    expect(once.next(search)).toEqual(['company:t', 'company:w']);
    once.explore(['company:t', 'company:w'], [back('commodity:a', ['commodity:b']), back('company:t', ['commodity:a', 'commodity:b', 'country:elsewhere'])]);
    expect(search.finishFrom(once, 2, 6)).toBe(false);
    const twice = new TargetsSide(['company:t', 'company:u', 'company:w']);
    twice.explore(['company:t', 'company:u', 'company:w'], [back('company:t', ['commodity:a']), back('company:u', ['commodity:b'])]);
    expect(search.finishFrom(twice, 2, 6)).toBe(true);
    expect(search.shortest().map((t) => t.target)).toEqual(['company:t', 'company:u']);
  });
});
