/**
 * GraphQL in → Cypher and parameters out, without a database: the one statement the query tree
 * (modules/tree) prints for `entity(id)` and the root connections, with nested relationship
 * connections, filters, sort orders, cursors, validOn, totalCount, sources and trade neighbours.
 * Pinned like the other statements, one readable file each: test/unit/cypher/tree.*.cypher. After an
 * intended change: `npx vitest run test/unit/query-tree-cypher.test.ts -u`, then read the diff.
 */
import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS } from '../../src/model/kinds.js';
import { pageQuery } from '../../src/modules/connection/connection.queries.js';
import { ParamBag } from '../../src/cypher/params.js';
import { compileFilter } from '../../src/modules/connection/where.js';
import { encodeEdgeCursor } from '../../src/cypher/cursor.js';
import { connectionNodesOf, selectionOf } from '../../src/modules/tree/tree.js';
import { entityTreeQuery, printEntity } from '../../src/modules/tree/tree.cypher.js';
import { file, render } from '../helpers/cypherSnapshot.js';
import { rootInfo } from '../helpers/rootInfo.js';

/** The statement under the name entity.repository.ts runs it by; params are the query's own (the repository adds `id`). */
function entityStatement(document: string, variables: Record<string, unknown> = {}) {
  const info = rootInfo(document, variables);
  const bag = new ParamBag();
  const cypher = entityTreeQuery(selectionOf(info, info.fieldNodes, ENTITY_KINDS), bag);
  return { name: 'tree.entity', cypher, params: bag.values };
}

describe('entity(id) → one statement', () => {
  it('is the plain entity when nothing below it reads the graph', async () => {
    await expect(render(entityStatement(`{ entity(id: "country:CN") { id name ... on Country { iso3 } } }`))).toMatchFileSnapshot(file('tree.entity.plain'));
  });

  it('nests connections with where, orderBy, validOn and totalCount, top-k per parent', async () => {
    const statement = entityStatement(
      `query ($year: Float) { entity(id: "country:CN") { ... on Country {
        produces(first: 3, where: { year: { gte: $year }, validOn: "2024-06", node: { name: { contains: "rare" } } }, orderBy: { field: SHARE, direction: DESC }) {
          totalCount edges { node { id ... on Commodity { producers(first: 2, orderBy: { field: YEAR }) { edges { node { id } } } } } }
        } } } }`,
      { year: 2023 },
    );
    await expect(render(statement)).toMatchFileSnapshot(file('tree.entity.nested-connections'));
    // Every value is a parameter.
    expect(statement.cypher).not.toMatch(/2023|2024-06|rare/);
  });

  it('continues after a cursor with the keyset position as parameters', async () => {
    const after = encodeEdgeCursor({ coordinate: 'Commodity.producers', ordering: 'SHARE DESC', values: [0.6], nodeId: 'country:CN', relationshipId: 'country:CN|PRODUCES|commodity:x' });
    const statement = entityStatement(
      `query ($after: String) { entity(id: "commodity:x") { ... on Commodity { producers(first: 5, after: $after, orderBy: { field: SHARE, direction: DESC }) { edges { cursor node { id } } } } } }`,
      { after },
    );
    await expect(render(statement)).toMatchFileSnapshot(file('tree.entity.after-cursor'));
  });

  it('sorts by several keys, each in its direction, and continues after a cursor for the whole sort key', async () => {
    const after = encodeEdgeCursor({ coordinate: 'Country.produces', ordering: 'SHARE DESC,YEAR ASC', values: [0.6, 2024], nodeId: 'commodity:x', relationshipId: 'country:CN|PRODUCES|commodity:x' });
    const statement = entityStatement(
      `query ($after: String) { entity(id: "country:CN") { ... on Country { produces(first: 2, after: $after, orderBy: [{ field: SHARE, direction: DESC }, { field: YEAR }]) { edges { cursor } } } } }`,
      { after },
    );
    await expect(render(statement)).toMatchFileSnapshot(file('tree.entity.sort-keys-after-cursor'));
    // A cursor made for SHARE DESC alone is another ordering: left to the resolver, which refuses it.
    const shareOnly = encodeEdgeCursor({ coordinate: 'Country.produces', ordering: 'SHARE DESC', values: [0.6], nodeId: 'commodity:x', relationshipId: 'r' });
    expect(entityStatement(`query ($after: String) { entity(id: "country:CN") { ... on Country { produces(after: $after, orderBy: [{ field: SHARE, direction: DESC }, { field: YEAR }]) { totalCount } } } }`, { after: shareOnly }).cypher).not.toContain('PRODUCES');
  });

  it('reads from/to with nested fields, entity sources and trade neighbours; not the sources a relationship cites', async () => {
    const statement = entityStatement(`{ entity(id: "x") {
      sources { id }
      ... on TradeObservation { exporter { id } commodity { id ... on Commodity { makers(first: 1) { totalCount } } } }
      ... on Commodity { inputs(first: 2) { edges { relationship { sources { id } from { id ... on Commodity { inputs(first: 1) { totalCount } } } } } } }
    } }`);
    await expect(render(statement)).toMatchFileSnapshot(file('tree.entity.sources-from-trade'));
    // The cited sources are read by id, for the whole answer at once (the relationship resolvers).
    expect(statement.cypher).not.toContain('r1.sources[');
  });

  it('reads from/to from the relationship only when the parent or the neighbour does not read all they select', () => {
    const ends = (endSelection: string, parentSelection = '') =>
      entityStatement(`{ entity(id: "x") { ... on Commodity { ${parentSelection} inputs(first: 2) { edges { node { id name } relationship { ${endSelection} } } } } } }`).cypher;
    // id, name and kind: the parent and the neighbour read them.
    expect(ends('from { id name kind } to { id kind }')).not.toMatch(/startNode\(r0\) AS|endNode\(r0\) AS/);
    // A property the neighbour does not read: the end is read from the relationship.
    expect(ends('from { id ... on Commodity { hsCode } }', 'hsCode')).toContain('startNode(r0) AS f0');
    expect(ends('to { id ... on Commodity { hsCode } }', 'hsCode')).toContain('endNode(r0) AS t0');
    // Something nested below the end: read from the relationship, with it.
    expect(ends('to { id sources { id } }')).toContain('endNode(r0) AS t0');
  });

  it('prints a child shared by several kinds once, guarded by their labels', async () => {
    const statement = entityStatement(`{ entity(id: "x") { ... on Entity { sources { id } } ... on Country { linkedTo(first: 1) { totalCount } } ... on Commodity { linkedTo(first: 1) { totalCount } } } }`);
    await expect(render(statement)).toMatchFileSnapshot(file('tree.entity.shared-child'));
    // sources: every kind but Source (a source's sources are itself).
    expect(statement.cypher).toContain('MATCH (e:Country|Region|Commodity|Company|Official|Organization|Policy|Sector|Event|TradeObservation)-[:REPORTED_IN]->');
  });

  it('leaves out (for the resolver to refuse) a cursor issued for another field', () => {
    const after = encodeEdgeCursor({ coordinate: 'Country.produces', ordering: 'NAME ASC', values: ['a'], nodeId: 'n', relationshipId: 'r' });
    const { cypher } = entityStatement(`query ($after: String) { entity(id: "x") { ... on Commodity { producers(after: $after) { totalCount } } } }`, { after });
    expect(cypher).not.toContain('PRODUCES');
  });
});

describe('root connections → one statement with the page, the count and the nested fields', () => {
  it('prints companies(where) from the anchor, with nested makes and the count', async () => {
    const info = rootInfo(`{ companies(first: 2, where: { headquarteredIn: { id: { eq: "country:US" } } }) { totalCount nodes { id makes(first: 2) { edges { node { id } } } } } }`);
    const { entityNodes, withCount } = connectionNodesOf(info, 'CompanyConnection', info.fieldNodes);
    const selection = selectionOf(info, entityNodes, ['Company']);
    const bag = new ParamBag();
    const { predicate, pins } = compileFilter('Company', { headquarteredIn: { id: { eq: 'country:US' } } }, bag);
    // The pin is the whole filter: the candidates found from the anchor are not checked again.
    expect(predicate).toBe('true');
    const cypher = pageQuery({
      kind: 'Company',
      predicate,
      sortProperty: 'name',
      direction: 'ASC',
      withCursor: false,
      pins,
      withCount,
      projectNode: (n) => printEntity(n, selection, bag),
    });
    expect(withCount).toBe(true);
    // Named as connection.repository.ts runs it; params are the bag's (the repository adds the anchor ids, the limit and the cursor).
    await expect(render({ name: 'connection.page', cypher, params: bag.values })).toMatchFileSnapshot(file('tree.companies.anchored-page'));
  });
});
