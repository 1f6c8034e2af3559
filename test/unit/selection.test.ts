/**
 * dependencies / exposure walk routes, and disruption walks downstream, only when the request asks
 * for something made of them: the selection is read as graphql-js collects it, through aliases,
 * inline fragments, named fragments and @include/@skip.
 */
import { describe, expect, it } from 'vitest';
import { fieldNodesUnder, selectsAny } from '../../src/modules/tree/tree.js';
import { rootInfo } from '../helpers/rootInfo.js';

/** What exposure asks: whether its items select anything made of routes. */
function needsRoutes(document: string, variables: Record<string, unknown> = {}) {
  const info = rootInfo(document, variables);
  return selectsAny(info, 'ReachedEntity', fieldNodesUnder(info, 'ExposureResult', info.fieldNodes, 'items'), ['path', 'score', 'missingShares']);
}

describe('selectsAny', () => {
  it('finds a field under items, directly, aliased, or through fragments', () => {
    expect(needsRoutes('{ exposure(to: "x") { items { tier path { length } } } }')).toBe(true);
    expect(needsRoutes('{ exposure(to: "x") { list: items { s: score } } }')).toBe(true);
    expect(needsRoutes('{ exposure(to: "x") { items { ... on ReachedEntity { missingShares } } } }')).toBe(true);
    expect(needsRoutes('{ exposure(to: "x") { ...R } } fragment R on ExposureResult { items { ...I } } fragment I on ReachedEntity { path { length } }')).toBe(true);
  });

  it('does not find it when only entities and tiers are asked for, or when it is outside items', () => {
    expect(needsRoutes('{ exposure(to: "x") { items { tier entity { id } } byKind { kind count } } }')).toBe(false);
    expect(needsRoutes('{ exposure(to: "x") { items { ...I } } } fragment I on ReachedEntity { tier entity { id name } }')).toBe(false);
    // A field named `path` elsewhere in the selection is not an item's path.
    expect(needsRoutes('{ exposure(to: "x") { to { id } items { tier } byCountry { count } } }')).toBe(false);
  });

  it('follows @include and @skip with their variables', () => {
    const query = 'query ($routes: Boolean!) { exposure(to: "x") { items { tier path @include(if: $routes) { length } } } }';
    expect(needsRoutes(query, { routes: true })).toBe(true);
    expect(needsRoutes(query, { routes: false })).toBe(false);
    expect(needsRoutes('{ exposure(to: "x") { items { tier score @skip(if: true) } } }')).toBe(false);
  });

  it("finds disruption's downstream at the root of its answer", () => {
    const scenario = '{ stop: ["country:CN"] }';
    const asks = (selection: string) => {
      const info = rootInfo(`{ disruption(scenario: ${scenario}) { ${selection} } }`);
      return selectsAny(info, 'Disruption', info.fieldNodes, ['downstream', 'downstreamCount']);
    };
    expect(asks('downstreamCount')).toBe(true);
    expect(asks('... on Disruption { downstream { tier } }')).toBe(true);
    expect(asks('commodities { commodity { id } }')).toBe(false);
  });
});
