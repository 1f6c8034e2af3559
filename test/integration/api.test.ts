import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../helpers/context.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.db.write('test.cleanup', "MATCH (n:Entity) WHERE n.id IN ['country:QA', 'source:test-api-slice'] DETACH DELETE n");
  await api.close();
});

describe('the thin slice: write through the engine, read through GraphQL', () => {
  it('reads back a country written with Cypher, with its sources', async () => {
    await api.db.write(
      'test.writeCountry',
      `MERGE (s:Entity:Source {id: 'source:test-api-slice'}) SET s += {name: 'Test source', title: 'Test source', publisher: 'supplygraph tests', url: 'https://example.org/t', sourceType: 'DATASET', testRun: true}
       MERGE (c:Entity:Country {id: 'country:QA'}) SET c += {name: 'Testland', iso2: 'QA', iso3: 'QAT', testRun: true}
       MERGE (c)-[:REPORTED_IN {id: 'country:QA|REPORTED_IN|source:test-api-slice', sources: ['source:test-api-slice']}]->(s)`,
    );
    const { status, body } = await api.graphql(`{ entity(id: "country:QA") { id kind name ... on Country { iso2 iso3 } sources { id publisher } } }`);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.entity).toEqual({ id: 'country:QA', kind: 'COUNTRY', name: 'Testland', iso2: 'QA', iso3: 'QAT', sources: [{ id: 'source:test-api-slice', publisher: 'supplygraph tests' }] });
  });

  it('answers an unknown id with NOT_FOUND and a null entity', async () => {
    const { body } = await api.graphql(`{ entity(id: "country:ZZ") { id } }`);
    expect(body.data).toEqual({ entity: null });
    expect(body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(body.errors?.[0]?.path).toEqual(['entity']);
  });

  it('answers malformed GraphQL with BAD_USER_INPUT and a location', async () => {
    const { status, body } = await api.graphql(`{ entity(id: "country:CN") { id `);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.locations).toEqual([{ line: 1, column: 33 }]);
  });

  it('answers a wrongly typed variable with BAD_USER_INPUT', async () => {
    const { body } = await api.graphql(`query ($id: ID!) { entity(id: $id) { id } }`, { id: { nested: true } });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses an id that is far too long instead of searching for it', async () => {
    const { body } = await api.graphql(`query ($id: ID!) { entity(id: $id) { id } }`, { id: 'x'.repeat(100_000) });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
  });

  it('never sends a stack trace', async () => {
    const { body } = await api.graphql(`{ entity(id: "country:ZZ") { id } }`);
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
  });

  it('reports the database as up on /health', async () => {
    const response = await fetch(`${api.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', database: { status: 'up' } });
  });
});
