/**
 * What clients rely on from the schema's shape: unknown ids are null rather than errors, one
 * failing root field leaves its siblings' data, `node(id:)` for Relay, @oneOf inputs refused
 * when they give none or several of their fields, and the SDL at /schema.graphql (with @oneOf).
 */
import { readFileSync } from 'node:fs';
import { buildSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../helpers/context.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
}, 120_000);
afterAll(async () => {
  await api?.close();
});

describe('root fields', () => {
  it('entity(id:) and node(id:) answer an unknown id with null and no error', async () => {
    const { status, body } = await api.graphql(`{ entity(id: "country:ZZ") { id } node(id: "company:nobody") { id } }`);
    expect(status).toBe(200);
    expect(body).toEqual({ data: { entity: null, node: null } });
  });

  it('node(id:) finds an entity as a Node, with its type for fragments', async () => {
    const { body } = await api.graphql(`{ node(id: "country:CN") { __typename id ... on Entity { name } ... on Country { iso3 } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.node).toEqual({ __typename: 'Country', id: 'country:CN', name: 'China', iso3: 'CHN' });
  });

  it('one failing root field leaves its siblings their data', async () => {
    const { status, body } = await api.graphql(`{
      china: entity(id: "country:CN") { name }
      badSeries: tradeSeries(exporter: "country:ZZ", importer: "country:US", commodity: "commodity:rare-earth-magnets") { points { period } }
      badPaths: paths(from: "country:XX", to: { id: "company:ford" }) { length }
      badPage: countries(first: 1000) { totalCount }
      goodSeries: tradeSeries(exporter: "country:CN", importer: "country:US", commodity: "commodity:rare-earth-magnets") { points { period } }
      hits: search(text: "magnets") { entity { id } }
    }`);
    expect(status).toBe(200);
    expect(body.data.china).toEqual({ name: 'China' });
    expect(body.data.badSeries).toBeNull();
    expect(body.data.badPaths).toBeNull();
    expect(body.data.badPage).toBeNull();
    expect(body.data.goodSeries.points.map((p: { period: string }) => p.period)).toContain('2025-06');
    expect(body.data.hits.map((h: { entity: { id: string } }) => h.entity.id)).toContain('commodity:rare-earth-magnets');
    const codes = Object.fromEntries((body.errors ?? []).map((e) => [String(e.path?.[0]), e.extensions?.code]));
    expect(codes).toEqual({ badSeries: 'NOT_FOUND', badPaths: 'NOT_FOUND', badPage: 'BAD_USER_INPUT' });
  });
});

describe('@oneOf inputs', () => {
  it('PathTarget refuses none and several of its fields, naming the input', async () => {
    // Validation errors answer 200 to an application/json client (GraphQL-over-HTTP), with no data.
    const none = await api.graphql(`{ paths(from: "country:CN", to: {}) { length } }`);
    expect(none.status).toBe(200);
    expect(none.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(none.body.errors?.[0]?.message).toMatch(/PathTarget.*exactly one/);

    const two = await api.graphql(`{ paths(from: "country:CN", to: { id: "company:ford", countries: { iso2: { eq: "US" } } }) { length } }`);
    expect(two.status).toBe(200);
    expect(two.body.errors?.[0]?.message).toMatch(/PathTarget.*exactly one/);

    const asVariable = await api.graphql(`query ($to: PathTarget!) { paths(from: "country:CN", to: $to) { length } }`, { to: { id: 'company:ford', countries: {} } });
    expect(asVariable.status).toBe(200);
    expect(asVariable.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('PathTarget with exactly one field finds the path', async () => {
    const { body } = await api.graphql(`{ paths(from: "country:CN", to: { id: "company:ford" }) { length } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.paths.length).toBeGreaterThan(0);
  });
});

describe('/schema.graphql', () => {
  it('serves the schema as SDL with @oneOf, the same schema as the committed schema.graphql', async () => {
    const response = await fetch(`${api.url}/schema.graphql`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const sdl = await response.text();
    // What introspection cannot carry to graphql 16 tools: the @oneOf inputs.
    expect(sdl).toMatch(/^input PathTarget @oneOf \{/m);
    expect(sdl).toMatch(/^input CreateEntityInput @oneOf \{/m);
    const served = buildSchema(sdl);
    expect(served.getType('PathTarget')).toMatchObject({ isOneOf: true });
    const committed = buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));
    expect(printSchema(lexicographicSortSchema(served))).toBe(printSchema(lexicographicSortSchema(committed)));
  });

  it('is not published where introspection is off', async () => {
    const closed = await startTestApi({ db: api.db, introspection: false });
    try {
      const response = await fetch(`${closed.url}/schema.graphql`);
      expect(response.status).toBe(404);
      expect(await response.text()).toMatch(/SUPPLYGRAPH_INTROSPECTION/);
    } finally {
      await closed.server.close();
    }
  });
});
