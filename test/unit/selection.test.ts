/**
 * dependencies / exposure walk routes, and disruption walks downstream, only when the request asks
 * for something made of them: the selection is read as graphql-js collects it, through aliases,
 * inline fragments, named fragments and @include/@skip.
 */
import type { GraphQLResolveInfo } from 'graphql';
// The CommonJS build of graphql-js, the copy the server's schema and the query tree use (see tree.ts).
import { execute } from 'graphql/execution/execute.js';
import { parse } from 'graphql/language/parser.js';
import { buildSchema } from 'graphql/utilities/buildASTSchema.js';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../src/http/server.js';
import { fieldNodesUnder, selectsAny } from '../../src/modules/tree/tree.js';

const schema = buildSchema(loadTypeDefs());

/** The resolve info of the document's (first) root field, as the executor hands it to its resolver. */
function rootInfo(document: string, variables: Record<string, unknown> = {}): GraphQLResolveInfo {
  let captured: GraphQLResolveInfo | undefined;
  const result = execute({
    schema,
    document: parse(document),
    variableValues: variables,
    fieldResolver: (_source, _args, _ctx, info) => {
      captured ??= info;
      return null;
    },
  });
  if ('then' in result) throw new Error('expected a synchronous result');
  if (result.errors?.[0]) throw result.errors[0];
  if (!captured) throw new Error('no root field resolved');
  return captured;
}

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
