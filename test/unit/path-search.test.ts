/**
 * The search `paths` runs to a filter's targets (src/modules/research/pathSearch.ts), without the
 * database: levels as the level statements return them, and the step from the targets' side.
 * On the engine, test/integration/synthetic.test.ts compares whole searches with a reference.
 */
import { describe, expect, it } from 'vitest';
import { PathSearch, type LevelRow } from '../../src/modules/research/pathSearch.js';

const row = (id: string, parents: number[], target = false, through = true): LevelRow => ({ id, name: id, parents, through, target });

/** country:s → commodity:a, commodity:b (level 1), as the first level statement returns them. */
function afterFirstLevel(k: number, first: number): PathSearch {
  const search = new PathSearch({ id: 'country:s', name: 's' }, k, first);
  search.advance([row('commodity:b', [0]), row('commodity:a', [0])]);
  return search;
}

describe('PathSearch', () => {
  it('ends with the targets found from their side when they give `first` routes: the shortest routes in id order', () => {
    const search = afterFirstLevel(2, 2);
    expect(search.frontierIds).toEqual(['commodity:b', 'commodity:a']);
    const ended = search.finishWith([{ id: 'company:t', name: 't', parents: ['commodity:b', 'commodity:a'] }]);
    expect(ended).toBe(true);
    expect(search.done).toBe(true);
    expect(search.shortest()).toEqual([
      {
        target: 'company:t',
        depth: 2,
        routes: [
          { ids: ['country:s', 'commodity:a', 'company:t'], names: ['s', 'commodity:a', 't'] },
          { ids: ['country:s', 'commodity:b', 'company:t'], names: ['s', 'commodity:b', 't'] },
        ],
      },
    ]);
  });

  it('changes nothing when those targets give fewer than `first` routes: the level is expanded after all', () => {
    const search = afterFirstLevel(1, 3);
    const ended = search.finishWith([
      { id: 'company:t', name: 't', parents: ['commodity:a', 'commodity:b'] },
      { id: 'company:u', name: 'u', parents: ['commodity:b'] },
    ]);
    expect(ended).toBe(false);
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

  it('counts at most `k` routes a target, and leaves out targets already reached and parents outside the frontier', () => {
    const search = afterFirstLevel(1, 2);
    // commodity:a was reached on level 1: not a target one step further. company:t's routes count once (k = 1).
    expect(search.unseen(['commodity:a', 'company:t'])).toEqual(['company:t']);
    expect(search.finishWith([{ id: 'commodity:a', name: 'a', parents: ['commodity:b'] }, { id: 'company:t', name: 't', parents: ['commodity:a', 'commodity:b', 'country:elsewhere'] }])).toBe(false);
    expect(search.finishWith([{ id: 'company:t', name: 't', parents: ['commodity:a'] }, { id: 'company:u', name: 'u', parents: ['commodity:b'] }])).toBe(true);
    expect(search.shortest().map((t) => t.target)).toEqual(['company:t', 'company:u']);
  });
});
