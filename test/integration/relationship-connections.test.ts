/**
 * Relationship connections against the graph: paging with `after` returns every edge exactly once
 * in every ordering; `where` equals a hand-written Cypher answer; bad arguments are coded; and a
 * normalised client cache (Apollo Client's InMemoryCache) reads one relationship consistently
 * from both of its ends.
 */
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi, type Answer } from '../helpers/context.js';
import { scalarText } from '../../src/db/values.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

interface Edge {
  cursor: string;
  direction: string;
  node: { id: string };
  relationship: { id: string; share?: number | null; year?: number | null };
}

const PAGE = `query ($id: ID!, $first: Int, $after: String, $where: ProducesWhere, $orderBy: [ProducesOrder!]) {
  entity(id: $id) { ... on Country { produces(first: $first, after: $after, where: $where, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor direction node { id } relationship { id ... on ProducesRelationship { share year } } } } } } }`;

async function allPages(variables: Record<string, unknown>, first: number) {
  const seen: Edge[] = [];
  let after: string | null = null;
  let totalCount = -1;
  for (let page = 0; page < 100; page++) {
    type Page = { entity: { produces: { totalCount: number; pageInfo: { hasPreviousPage: boolean; hasNextPage: boolean; endCursor: string | null }; edges: Edge[] } } };
    const response: { body: { errors?: unknown[]; data?: Page } } = await api.graphql<Page>(PAGE, { ...variables, first, after });
    const body = response.body;
    expect(body.errors).toBeUndefined();
    const connection: Page['entity']['produces'] = body.data!.entity.produces;
    totalCount = connection.totalCount;
    expect(connection.pageInfo.hasPreviousPage).toBe(after !== null);
    seen.push(...connection.edges);
    if (!connection.pageInfo.hasNextPage) break;
    after = connection.pageInfo.endCursor;
  }
  return { seen, totalCount };
}

async function cypherIds(cypher: string, params: Record<string, unknown> = {}): Promise<string[]> {
  const rows = await api.db.read('test.truth', cypher, params);
  return rows.map((r) => scalarText(r.id));
}

describe('relationship connections', () => {
  const china = { id: 'country:CN' };

  it.each([
    ['NAME', 'ASC'],
    ['NAME', 'DESC'],
    ['SHARE', 'DESC'],
    ['YEAR', 'ASC'],
    ['ID', 'DESC'],
  ])('pages through every edge exactly once, ordered by %s %s', async (field, direction) => {
    const expected = await cypherIds(`MATCH (:Country {id: 'country:CN'})-[r:PRODUCES]->(:Commodity) RETURN r.id AS id`);
    expect(expected.length).toBeGreaterThan(5);
    const { seen, totalCount } = await allPages({ ...china, orderBy: { field, direction } }, 2);
    const ids = seen.map((e) => e.relationship.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...expected].sort());
    expect(totalCount).toBe(expected.length);
    if (field === 'SHARE') {
      const shares = seen.map((e) => e.relationship.share ?? -Infinity);
      expect(shares).toEqual([...shares].sort((a, b) => b - a));
    }
  });

  it('filters on relationship properties and on the related entity like the hand-written Cypher', async () => {
    const where = { share: { gte: 0.5 }, year: { gte: 2023 }, node: { name: { contains: 'rare' } } };
    const expected = await cypherIds(
      `MATCH (:Country {id: 'country:CN'})-[r:PRODUCES]->(o:Entity)
       WHERE r.share >= 0.5 AND r.year >= 2023 AND toLower(o.name) CONTAINS 'rare' RETURN r.id AS id`,
    );
    expect(expected.length).toBeGreaterThan(0);
    const { seen, totalCount } = await allPages({ ...china, where }, 3);
    expect(seen.map((e) => e.relationship.id).sort()).toEqual([...expected].sort());
    expect(totalCount).toBe(expected.length);
  });

  it('filters on validity dates and the neighbour kind', async () => {
    const expected = await cypherIds(
      `MATCH (:Commodity {id: 'commodity:rare-earth-ore'})<-[r:PRODUCES]-(o:Country)
       WHERE (r.validFrom IS NULL OR r.validFrom <= '2024-06-01') AND (r.validTo IS NULL OR r.validTo >= '2024-06-01') RETURN r.id AS id`,
    );
    const { body } = await api.graphql(
      `{ entity(id: "commodity:rare-earth-ore") { ... on Commodity { producers(first: 500, where: { validOn: "2024-06-01", node: { kind: [COUNTRY] } }) {
        totalCount edges { direction node { kind } relationship { id } } } } } }`,
    );
    expect(body.errors).toBeUndefined();
    const { edges, totalCount } = body.data.entity.producers;
    expect(edges.map((e: Edge) => e.relationship.id).sort()).toEqual([...expected].sort());
    expect(totalCount).toBe(expected.length);
    expect(new Set(edges.map((e: { node: { kind: string } }) => e.node.kind))).toEqual(new Set(expected.length ? ['COUNTRY'] : []));
    expect(new Set(edges.map((e: Edge) => e.direction))).toEqual(new Set(expected.length ? ['IN'] : []));
  });

  it('refuses a filter on a property the relationship type does not have, at validation', async () => {
    const { body } = await api.graphql(`{ entity(id: "company:tesla") { ... on Company { makes(where: { share: { gte: 0.1 } }) { totalCount } } } }`);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toMatch(/share/);
  });

  it('refuses cursors from another field, another ordering, or nowhere, without echoing them', async () => {
    const first = await api.graphql(PAGE, { ...china, first: 1 });
    const cursor = first.body.data.entity.produces.pageInfo.endCursor as string;
    const otherField = await api.graphql(`query ($after: String) { entity(id: "commodity:rare-earth-ore") { ... on Commodity { producers(after: $after) { totalCount } } } }`, { after: cursor });
    const otherOrder = await api.graphql(PAGE, { ...china, first: 1, after: cursor, orderBy: { field: 'SHARE' } });
    const garbage = await api.graphql(PAGE, { ...china, first: 1, after: 'not-a-cursor' });
    for (const { body } of [otherField, otherOrder, garbage]) {
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
      expect(body.errors?.[0]?.message).not.toContain(cursor);
      expect(body.errors?.[0]?.message).not.toContain('not-a-cursor');
    }
  });

  it('refuses a bad validOn date and an out-of-range first with coded errors', async () => {
    const badDate = await api.graphql(PAGE, { ...china, where: { validOn: 'June' } });
    expect(badDate.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'where.validOn' });
    const negative = await api.graphql(PAGE, { ...china, first: -1 });
    expect(negative.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
  });
});

describe('a normalised client cache', () => {
  const PRODUCERS = gql`
    query Producers($id: ID!) {
      entity(id: $id) { id ... on Commodity { producers(first: 100) { edges { direction node { id name }
        relationship { id type from { id } to { id } sources { id } ... on ProducesRelationship { share year stage } } } } } }
    }`;
  const PRODUCES = gql`
    query Produces($id: ID!) {
      entity(id: $id) { id ... on Country { produces(first: 100) { edges { direction node { id name }
        relationship { id type from { id } to { id } sources { id } ... on ProducesRelationship { share year stage } } } } } }
    }`;

  it('reads the same relationship from both ends (a commodity’s producers, a country’s produces) consistently', async () => {
    const client = new ApolloClient({ cache: new InMemoryCache(), link: new HttpLink({ uri: `${api.url}/graphql` }) });
    await client.query({ query: PRODUCERS, variables: { id: 'commodity:rare-earth-ore' } });
    await client.query({ query: PRODUCES, variables: { id: 'country:CN' } });
    // Both read back from the cache after both were written into it.
    type Read = { entity: { producers?: { edges: Answer[] }; produces?: { edges: Answer[] } } };
    const ore = client.readQuery<Read>({ query: PRODUCERS, variables: { id: 'commodity:rare-earth-ore' } })!;
    const cn = client.readQuery<Read>({ query: PRODUCES, variables: { id: 'country:CN' } })!;
    const fromOre = ore.entity.producers!.edges.filter((e) => e.node.id === 'country:CN');
    const fromChina = cn.entity.produces!.edges.filter((e) => e.node.id === 'commodity:rare-earth-ore');
    expect(fromOre.length).toBeGreaterThan(0);
    expect(fromOre.map((e) => e.relationship)).toEqual(fromChina.map((e) => e.relationship));
    for (const edge of fromOre) {
      expect(edge.direction).toBe('IN');
      expect(edge.relationship).toMatchObject({ type: 'PRODUCES', from: { id: 'country:CN' }, to: { id: 'commodity:rare-earth-ore' } });
    }
    for (const edge of fromChina) expect(edge.direction).toBe('OUT');
    // The cache holds one entry per relationship id.
    const keys = Object.keys(client.cache.extract() as Record<string, unknown>).filter((k) => k.startsWith('ProducesRelationship:'));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain(`ProducesRelationship:${fromOre[0].relationship.id}`);
    await client.clearStore();
  });

  it('would have been corrupted by the old shape (viewpoint on the relationship object)', () => {
    // The old shape in miniature: node and direction on the cached relationship object itself.
    const cache = new InMemoryCache();
    const OLD = gql`query Old($id: ID!) { entity(id: $id) { id __typename rels { id __typename direction node { id __typename } } } }`;
    const rel = (direction: string, node: string) => ({ id: 'country:CN|PRODUCES|commodity:ore', __typename: 'ProducesRelationship', direction, node: { id: node, __typename: 'Entity' } });
    cache.writeQuery({ query: OLD, variables: { id: 'commodity:ore' }, data: { entity: { id: 'commodity:ore', __typename: 'Commodity', rels: [rel('IN', 'country:CN')] } } });
    cache.writeQuery({ query: OLD, variables: { id: 'country:CN' }, data: { entity: { id: 'country:CN', __typename: 'Country', rels: [rel('OUT', 'commodity:ore')] } } });
    const ore = cache.readQuery<{ entity: { rels: { direction: string; node: { id: string } }[] } }>({ query: OLD, variables: { id: 'commodity:ore' } })!;
    // The commodity's producer now reads as the commodity itself, pointing out: what issue 12 saw.
    expect(ore.entity.rels[0]).toMatchObject({ direction: 'OUT', node: { id: 'commodity:ore' } });
  });
});
