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

  it('answers an unknown id with a null entity and no error', async () => {
    const { body } = await api.graphql(`{ entity(id: "country:ZZ") { id } }`);
    expect(body.data).toEqual({ entity: null });
    expect(body.errors).toBeUndefined();
  });

  it('answers malformed GraphQL with BAD_USER_INPUT and a location', async () => {
    const { status, body } = await api.graphql(`{ entity(id: "country:CN") { id `);
    // GraphQL-over-HTTP: 200 for application/json (this client sends no Accept header), 400 for application/graphql-response+json.
    expect(status).toBe(200);
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

  it('names the request id in a response header, taking a well-formed one from the client', async () => {
    const given = await fetch(`${api.url}/health`, { headers: { 'x-request-id': 'trace-123' } });
    expect(given.headers.get('x-request-id')).toBe('trace-123');
    const hostile = await fetch(`${api.url}/health`, { headers: { 'x-request-id': 'bad id <script>' } });
    expect(hostile.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('limits', () => {
  it('refuses a query nested deeper than the limit with QUERY_TOO_COMPLEX, without echoing the limit', async () => {
    let selection = 'id';
    for (let i = 0; i < 14; i++) selection = `... on Country { parts { edges { node { ${selection} } } } }`;
    const { body } = await api.graphql(`{ entity(id: "country:CN") { ${selection} } }`);
    expect(body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(body.errors?.[0]?.message).not.toMatch(/\d/);
  });

  it('tells a limit refusal by its kind, not its words: a bad value quoting them stays BAD_USER_INPUT', async () => {
    const { body } = await api.graphql('{ exposure(to: "country:CN", kinds: ["The query is too complex"]) { to { id } } }');
    expect(body.errors?.[0]?.message).toContain('The query is too complex');
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('counts depth in fields: fragments, named or inline, are no level', async () => {
    // `parts { edges { node {` is three levels: entity + 3 × 3 + id = 11 fields deep, through six
    // fragment levels as well; one more step (14 fields) is refused however it is written.
    const document = (steps: number) => {
      const fragments = Array.from({ length: steps }, (_, i) =>
        `fragment Step${i} on Country { parts { edges { node { ... on Country { ${i + 1 < steps ? `...Step${i + 1}` : 'id'} } } } } }`,
      );
      return `{ entity(id: "country:CN") { ... on Country { ...Step0 } } }\n${fragments.join('\n')}`;
    };
    const allowed = await api.graphql(document(3));
    expect(allowed.body.errors).toBeUndefined();
    const refused = await api.graphql(document(4));
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(refused.body.errors?.[0]?.message).toMatch(/\(depth\)/);
  });

  it('refuses a document with too many tokens', async () => {
    const fields = Array.from({ length: 4500 }, () => 'id').join(' ');
    const { status, body } = await api.graphql(`{ entity(id: "country:CN") { ${fields} } }`);
    expect(status).toBe(200);
    expect(body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 25 }, (_, i) => `a${i}: entity(id: "country:CN") { id }`).join(' ');
    const { body } = await api.graphql(`{ ${aliases} }`);
    expect(body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses a request whose lists add up to more rows than one request may return', async () => {
    const { body } = await api.graphql(`{ sources(first: 100) { nodes { cites(first: 500) { edges { node { id sources { cites(first: 500) { edges { node { id } } } } } } } } } }`);
    expect(body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses a request body over 1 MB before parsing it', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ entity(id: "country:CN") { id } }`, variables: { pad: 'x'.repeat(1_100_000) } }),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('can switch introspection and the IDE off for production', async () => {
    const closed = await startTestApi({ introspection: false, ide: false });
    try {
      const { body } = await closed.graphql(`{ __schema { queryType { name } } }`);
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect((await fetch(`${closed.url}/graphiql/`)).status).toBe(404);
      expect((await closed.graphql(`{ entity(id: "country:CN") { id } }`)).body.data.entity.id).toBe('country:CN');
    } finally {
      await closed.close();
    }
  });
});
