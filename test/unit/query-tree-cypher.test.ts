/**
 * GraphQL in → Cypher and parameters out, without a database: the one statement the query tree
 * (modules/tree) prints for `entity(id)` and the root connections, with nested relationship
 * connections, filters, sort orders, cursors, validOn, totalCount, sources and trade neighbours.
 * A change in the generated Cypher shows up here as a readable snapshot diff.
 */
import type { GraphQLResolveInfo } from 'graphql';
// The CommonJS build of graphql-js, the copy the server's schema and the query tree use (see tree.ts).
import { execute } from 'graphql/execution/execute.js';
import { parse } from 'graphql/language/parser.js';
import { buildSchema } from 'graphql/utilities/buildASTSchema.js';
import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS } from '../../src/model/kinds.js';
import { pageQuery } from '../../src/modules/connection/connection.queries.js';
import { ParamBag } from '../../src/cypher/params.js';
import { compileWhere } from '../../src/modules/connection/where.js';
import { encodeEdgeCursor } from '../../src/cypher/cursor.js';
import { connectionNodesOf, selectionOf } from '../../src/modules/tree/tree.js';
import { entityTreeQuery, printEntity } from '../../src/modules/tree/tree.cypher.js';
import { loadTypeDefs } from '../../src/http/server.js';

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
  const [error] = result.errors ?? [];
  if (error) throw new Error(error.message, { cause: error });
  if (!captured) throw new Error('no root field resolved');
  return captured;
}

function entityStatement(document: string, variables: Record<string, unknown> = {}) {
  const info = rootInfo(document, variables);
  const bag = new ParamBag();
  const cypher = entityTreeQuery(selectionOf(info, info.fieldNodes, ENTITY_KINDS), bag);
  return { cypher, params: bag.values };
}

describe('entity(id) → one statement', () => {
  it('is the plain entity when nothing below it reads the graph', () => {
    expect(entityStatement(`{ entity(id: "country:CN") { id name ... on Country { iso3 } } }`)).toMatchInlineSnapshot(`
      {
        "cypher": "// tree.entity
      MATCH (e:Entity {id: $id})
      RETURN e { .\`id\`, .\`name\`, .\`iso3\`, label: head([l IN labels(e) WHERE l <> 'Entity']) } AS entity",
        "params": {},
      }
    `);
  });

  it('nests connections with where, orderBy, validOn and totalCount, top-k per parent', () => {
    const { cypher, params } = entityStatement(
      `query ($year: Float) { entity(id: "country:CN") { ... on Country {
        produces(first: 3, where: { year: { gte: $year }, validOn: "2024-06", node: { name: { contains: "rare" } } }, orderBy: { field: SHARE, direction: DESC }) {
          totalCount edges { node { id ... on Commodity { producers(first: 2, orderBy: { field: YEAR }) { edges { node { id } } } } } }
        } } } }`,
      { year: 2023 },
    );
    expect(cypher).toMatchSnapshot();
    expect(params).toMatchSnapshot();
    // Every value is a parameter.
    expect(cypher).not.toMatch(/2023|2024-06|rare/);
  });

  it('continues after a cursor with the keyset position as parameters', () => {
    const after = encodeEdgeCursor({ coordinate: 'Commodity.producers', ordering: 'SHARE DESC', values: [0.6], nodeId: 'country:CN', relationshipId: 'country:CN|PRODUCES|commodity:x' });
    const { cypher, params } = entityStatement(
      `query ($after: String) { entity(id: "commodity:x") { ... on Commodity { producers(first: 5, after: $after, orderBy: { field: SHARE, direction: DESC }) { edges { cursor node { id } } } } } }`,
      { after },
    );
    expect(cypher).toMatchSnapshot();
    expect(params).toMatchSnapshot();
  });

  it('sorts by several keys, each in its direction, and continues after a cursor for the whole sort key', () => {
    const after = encodeEdgeCursor({ coordinate: 'Country.produces', ordering: 'SHARE DESC,YEAR ASC', values: [0.6, 2024], nodeId: 'commodity:x', relationshipId: 'country:CN|PRODUCES|commodity:x' });
    const { cypher, params } = entityStatement(
      `query ($after: String) { entity(id: "country:CN") { ... on Country { produces(first: 2, after: $after, orderBy: [{ field: SHARE, direction: DESC }, { field: YEAR }]) { edges { cursor } } } } }`,
      { after },
    );
    expect(cypher).toMatchSnapshot();
    expect(params).toMatchSnapshot();
    // A cursor made for SHARE DESC alone is another ordering: left to the resolver, which refuses it.
    const shareOnly = encodeEdgeCursor({ coordinate: 'Country.produces', ordering: 'SHARE DESC', values: [0.6], nodeId: 'commodity:x', relationshipId: 'r' });
    expect(entityStatement(`query ($after: String) { entity(id: "country:CN") { ... on Country { produces(after: $after, orderBy: [{ field: SHARE, direction: DESC }, { field: YEAR }]) { totalCount } } } }`, { after: shareOnly }).cypher).not.toContain('PRODUCES');
  });

  it('reads relationship sources, from/to with nested fields, entity sources and trade neighbours', () => {
    const { cypher } = entityStatement(`{ entity(id: "x") {
      sources { id }
      ... on TradeObservation { exporter { id } commodity { id ... on Commodity { makers(first: 1) { totalCount } } } }
      ... on Commodity { inputs(first: 2) { edges { relationship { sources { id } from { id ... on Commodity { inputs(first: 1) { totalCount } } } } } } }
    } }`);
    expect(cypher).toMatchSnapshot();
  });

  it('prints a child shared by several kinds once, guarded by their labels', () => {
    const { cypher } = entityStatement(`{ entity(id: "x") { ... on Entity { sources { id } } ... on Country { linkedTo(first: 1) { totalCount } } ... on Commodity { linkedTo(first: 1) { totalCount } } } }`);
    expect(cypher).toMatchSnapshot();
    // sources: every kind but Source (a source's sources are itself).
    expect(cypher).toContain('MATCH (e:Country|Region|Commodity|Company|Official|Organization|Policy|Sector|Event|TradeObservation)-[:REPORTED_IN]->');
  });

  it('leaves out (for the resolver to refuse) a cursor issued for another field', () => {
    const after = encodeEdgeCursor({ coordinate: 'Country.produces', ordering: 'NAME ASC', values: ['a'], nodeId: 'n', relationshipId: 'r' });
    const { cypher } = entityStatement(`query ($after: String) { entity(id: "x") { ... on Commodity { producers(after: $after) { totalCount } } } }`, { after });
    expect(cypher).not.toContain('PRODUCES');
  });
});

describe('root connections → one statement with the page, the count and the nested fields', () => {
  it('prints companies(where) from the anchor, with nested makes and the count', () => {
    const info = rootInfo(`{ companies(first: 2, where: { headquarteredIn: { id: { eq: "country:US" } } }) { totalCount nodes { id makes(first: 2) { edges { node { id } } } } } }`);
    const { entityNodes, withCount } = connectionNodesOf(info, 'CompanyConnection', info.fieldNodes);
    const selection = selectionOf(info, entityNodes, ['Company']);
    const bag = new ParamBag();
    const predicate = compileWhere('Company', { headquarteredIn: { id: { eq: 'country:US' } } }, bag);
    const cypher = pageQuery({
      kind: 'Company',
      predicate,
      sortProperty: 'name',
      direction: 'ASC',
      withCursor: false,
      anchor: { type: 'HEADQUARTERED_IN', direction: 'OUT' },
      withCount,
      projectNode: (n) => printEntity(n, selection, bag),
    });
    expect(withCount).toBe(true);
    expect(cypher).toMatchSnapshot();
    expect(bag.values).toMatchSnapshot();
  });
});
