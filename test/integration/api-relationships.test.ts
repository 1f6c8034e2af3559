/**
 * Every relationship field of every type, checked against the graph itself: for each field the
 * test finds an entity that has such relationships (with Cypher), asks GraphQL for the field, and
 * compares the other ends, directions, ends of the relationship and sources.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RELATIONSHIP_FIELDS, RELATIONSHIP_GRAPHQL_TYPE, type RelationshipField } from '../../src/model/relationshipFields.js';
import { startTestApi, type TestApi, type Answer } from '../helpers/context.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const PATTERN = {
  OUT: (t: string) => `(e)-[r:${t}]->(o:Entity)`,
  IN: (t: string) => `(e)<-[r:${t}]-(o:Entity)`,
  BOTH: (t: string) => `(e)-[r:${t}]-(o:Entity)`,
};

/** An entity of `kind` with the most relationships for `field`, and the ids at their other ends. */
async function truth(kind: string, field: RelationshipField) {
  const rows = await api.db.read(
    'test.truth',
    `MATCH (e:${kind}) MATCH ${PATTERN[field.direction](field.type)}
     WITH e, collect(o.id) AS others, collect(startNode(r) = e) AS outgoing
     RETURN e.id AS id, others, outgoing ORDER BY size(others) DESC, e.id LIMIT 1`,
  );
  return rows[0] as { id: string; others: string[]; outgoing: boolean[] } | undefined;
}

const cases = Object.entries(RELATIONSHIP_FIELDS).flatMap(([kind, fields]) =>
  Object.entries(fields as Record<string, RelationshipField>).map(([name, field]) => ({ kind, name, field })),
);

describe('relationship fields', () => {
  it.each(cases)('$name on $kind walks $field.type ($field.direction)', async ({ kind, name, field }) => {
    const expected = await truth(kind, field);
    if (!expected) {
      // No seed entity of this kind has this relationship: the field must still answer, with no edges.
      const [any] = await api.db.read('test.any', `MATCH (e:${kind}) RETURN e.id AS id LIMIT 1`);
      const { body } = await api.graphql(`query ($id: ID!) { entity(id: $id) { ... on ${kind} { ${name} { totalCount edges { node { id } } } } } }`, { id: any!.id });
      expect(body.errors).toBeUndefined();
      expect(body.data.entity[name]).toEqual({ totalCount: 0, edges: [] });
      return;
    }
    const { body } = await api.graphql(
      `query ($id: ID!) { entity(id: $id) { ... on ${kind} { ${name}(first: 500) { totalCount edges { direction node { id } relationship { __typename type from { id } to { id } sources { id url } } } } } } }`,
      { id: expected.id },
    );
    expect(body.errors).toBeUndefined();
    type Edge = { direction: string; node: { id: string }; relationship: { __typename: string; type: string; from: { id: string }; to: { id: string }; sources: { id: string; url: string }[] } };
    const { edges, totalCount } = body.data.entity[name] as { edges: Edge[]; totalCount: number };
    expect(edges.map((e) => e.node.id).sort()).toEqual([...expected.others].sort());
    expect(totalCount).toBe(expected.others.length);
    for (const { direction, node, relationship } of edges) {
      expect(relationship.__typename).toBe(RELATIONSHIP_GRAPHQL_TYPE[field.type]);
      expect(relationship.type).toBe(field.type);
      expect(relationship.sources.length, `${expected.id} ${name} → ${node.id} cites a source`).toBeGreaterThan(0);
      if (field.direction !== 'BOTH') expect(direction).toBe(field.direction);
      // from/to are the relationship's own ends; the edge's direction says which one is this entity.
      expect(direction === 'OUT' ? [relationship.from.id, relationship.to.id] : [relationship.to.id, relationship.from.id]).toEqual([expected.id, node.id]);
    }
    if (field.direction === 'BOTH') {
      expect(edges.filter((e) => e.direction === 'OUT').length).toBe(expected.outgoing.filter(Boolean).length);
    }
  });

  it('shows a relationship from both of its ends as the same object', async () => {
    const selection = `edges { node { id } relationship { id type from { id } to { id } ... on ProducesRelationship { share year stage } sources { id } } }`;
    const { body } = await api.graphql(`{
      china: entity(id: "country:CN") { ... on Country { produces(first: 500) { ${selection} } } }
      ore: entity(id: "commodity:rare-earth-ore") { ... on Commodity { producers(first: 500) { ${selection} } } }
    }`);
    expect(body.errors).toBeUndefined();
    const fromChina = body.data.china.produces.edges.filter((e: Answer) => e.node.id === 'commodity:rare-earth-ore').map((e: Answer) => e.relationship);
    const fromOre = body.data.ore.producers.edges.filter((e: Answer) => e.node.id === 'country:CN').map((e: Answer) => e.relationship);
    expect(fromChina.length).toBeGreaterThan(0);
    expect(fromOre).toEqual(fromChina);
    expect(fromChina).toContainEqual(expect.objectContaining({ type: 'PRODUCES', from: { id: 'country:CN' }, to: { id: 'commodity:rare-earth-ore' }, share: 0.7, year: 2024, stage: 'mining' }));
  });

  it('gives each trade observation its exporter, importer and commodity', async () => {
    const { body } = await api.graphql(`{ entity(id: "trade:cn-world-rare-earth-magnets-2025-06") { ... on TradeObservation { exporter { id } importer { id kind } commodity { id stage } } } }`);
    expect(body.data.entity).toEqual({ exporter: { id: 'country:CN' }, importer: { id: 'region:world', kind: 'REGION' }, commodity: { id: 'commodity:rare-earth-magnets', stage: 'COMPONENT' } });
  });

  it('caps a relationship field at its first argument, and refuses more than 500', async () => {
    const { body } = await api.graphql(`{ entity(id: "country:CN") { ... on Country { produces(first: 2) { pageInfo { hasNextPage } edges { node { id } } } } } }`);
    expect(body.data.entity.produces.edges).toHaveLength(2);
    expect(body.data.entity.produces.pageInfo.hasNextPage).toBe(true);
    const refused = await api.graphql(`{ entity(id: "country:CN") { ... on Country { produces(first: 501) { edges { node { id } } } } } }`);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
  });
});

describe('round trips', () => {
  const nested = (first: number) => `{
    countries(first: ${first}) {
      nodes { id
        produces(first: 25) { edges { relationship { ... on ProducesRelationship { share } sources { id } }
          node { id ... on Commodity { producers(first: 20) { edges { node { id name } } } } } } } } } }`;

  it('is one per root field and one for the cited sources, whatever the depth of the query and the number of rows', async () => {
    const small = await api.graphql(nested(2), undefined, { 'x-supplygraph-stats': '1' });
    const large = await api.graphql(nested(30), undefined, { 'x-supplygraph-stats': '1' });
    expect(small.body.errors).toBeUndefined();
    expect(large.body.errors).toBeUndefined();
    const rows = large.body.data.countries.nodes.flatMap((c: Answer) => c.produces.edges.flatMap((p: Answer) => [p, ...(p.node.producers?.edges ?? [])]));
    expect(rows.length).toBeGreaterThan(100);
    // countries with produces and producers: one statement for the one root field; the sources
    // the relationships cite, for all rows at once: one more.
    expect(large.body.extensions?.supplygraph.cypherRoundTrips).toBe(2);
    expect(small.body.extensions?.supplygraph.cypherRoundTrips).toBe(large.body.extensions?.supplygraph.cypherRoundTrips);
  });
});
