/**
 * Every error answer in GraphQL's shape over HTTP, GraphQL-over-HTTP status codes (the graphql-http
 * audit), impossible dates refused by reads, and what the log says about client errors.
 */
import { Writable } from 'node:stream';
import { createHash } from 'node:crypto';
import { auditServer } from 'graphql-http';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Authenticator, newApiKey } from '../../src/http/auth.js';
import { ERROR_CODES } from '../../src/errors.js';
import { createServer, type Server } from '../../src/http/server.js';
import { startTestApi, testDatabase, type TestApi } from '../helpers/context.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});

async function send(init: RequestInit & { path?: string }) {
  const response = await fetch(`${api.url}${init.path ?? '/graphql'}`, init);
  const text = await response.text();
  return { status: response.status, type: response.headers.get('content-type') ?? '', allow: response.headers.get('allow'), body: JSON.parse(text) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
}
const json = { 'content-type': 'application/json' };

describe('the graphql-http audit', () => {
  it('shows no error and no warning', async () => {
    const results = await auditServer({ url: `${api.url}/graphql` });
    const problems = results.filter((r) => r.status === 'error' || r.status === 'warn').map((r) => `${r.status} ${r.id} ${r.name}: ${r.status !== 'ok' ? r.reason : ''}`);
    expect(problems).toEqual([]);
    expect(results.length).toBeGreaterThan(50);
  });
});

describe('every HTTP error answer has errors[].extensions.code', () => {
  const cases: [string, RequestInit & { path?: string }, number, string, string?][] = [
    ['invalid JSON', { method: 'POST', headers: json, body: '{"query": ' }, 400, 'BAD_USER_INPUT', 'INVALID_JSON_BODY'],
    ['an empty body', { method: 'POST', headers: json, body: '' }, 400, 'BAD_USER_INPUT', 'EMPTY_BODY'],
    ['a body over the limit', { method: 'POST', headers: json, body: JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(1_100_000) } }) }, 413, 'PAYLOAD_TOO_LARGE'],
    ['an unsupported content-type', { method: 'POST', headers: { 'content-type': 'application/xml' }, body: '<query/>' }, 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['PUT on /graphql', { method: 'PUT', headers: json, body: '{}' }, 405, 'METHOD_NOT_ALLOWED'],
    ['DELETE on /graphql', { method: 'DELETE' }, 405, 'METHOD_NOT_ALLOWED'],
    ['an unknown path', { method: 'GET', path: '/nowhere' }, 404, 'NOT_FOUND'],
    ['a subscription', { method: 'POST', headers: json, body: JSON.stringify({ query: 'subscription { __typename }' }) }, 200, 'BAD_USER_INPUT', 'OPERATION_NOT_SUPPORTED'],
    [
      'a persisted-query hash that does not match',
      { method: 'POST', headers: json, body: JSON.stringify({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update('{ other }').digest('hex') } } }) },
      400,
      'BAD_USER_INPUT',
      'PERSISTED_QUERY_HASH_MISMATCH',
    ],
  ];
  it.each(cases)('%s', async (_name, init, status, code, reason) => {
    const answer = await send(init);
    expect(answer.status).toBe(status);
    expect(answer.type).toMatch(/^application\/json/);
    expect(answer.body.errors).toHaveLength(1);
    expect(answer.body.errors?.[0]?.message).toEqual(expect.any(String));
    expect(answer.body.errors?.[0]?.extensions?.code).toBe(code);
    if (reason) expect(answer.body.errors?.[0]?.extensions?.reason).toBe(reason);
    expect(ERROR_CODES).toContain(code);
    if (status === 405) expect(answer.allow).toBe('GET, POST');
  });

  it('a __proto__ key in variables is dropped, not called invalid JSON', async () => {
    const answer = await send({ method: 'POST', headers: json, body: '{"query":"query ($id: ID!) { entity(id: $id) { id } }","variables":{"id":"country:CN","__proto__":{"polluted":true}}}' });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ data: { entity: { id: 'country:CN' } } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('parse, validation and variable errors: 200 for application/json, 400 for application/graphql-response+json', async () => {
    const bodies = [{ query: '{ entity(id: "country:CN") { id ' }, { query: '{ nope }' }, { query: 'query ($n: Int!) { countries(first: $n) { totalCount } }', variables: { n: 'many' } }];
    for (const body of bodies) {
      const legacy = await send({ method: 'POST', headers: { ...json, accept: 'application/json' }, body: JSON.stringify(body) });
      expect(legacy.status).toBe(200);
      expect(legacy.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const modern = await send({ method: 'POST', headers: { ...json, accept: 'application/graphql-response+json' }, body: JSON.stringify(body) });
      expect(modern.status).toBe(400);
      expect(modern.type).toMatch(/^application\/graphql-response\+json/);
      expect(modern.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('reads refuse impossible calendar dates, like writes', () => {
  const operations: [string, string][] = [
    ['paths', '{ paths(from: "country:CN", to: { id: "country:US" }, asOf: "$D") { length } }'],
    ['dependencies', '{ dependencies(of: "country:US", asOf: "$D") { __typename } }'],
    ['exposure', '{ exposure(to: "country:US", asOf: "$D") { __typename } }'],
    ['changes', '{ changes(entity: "country:CN", from: "$D", to: "2025-12-31") { __typename } }'],
    ['timeline', '{ timeline(entity: "country:CN", from: "$D") { __typename } }'],
    ['tradeSeries', '{ tradeSeries(exporter: "country:CN", importer: "country:US", commodity: "commodity:rare-earth-magnets", from: "$D") { __typename } }'],
    ['a DateFilter', '{ events(where: { date: { gte: "$D" } }) { totalCount } }'],
  ];
  it.each(operations)('%s', async (_name, query) => {
    for (const date of ['2025-02-30', '2025-04-31', '2025-13-99']) {
      const { body } = await api.graphql(query.replace('$D', date));
      expect(body.errors?.[0]?.extensions?.code, `${date}`).toBe('BAD_USER_INPUT');
    }
    const fine = await api.graphql(query.replace('$D', '2025-02-28'));
    expect(fine.body.errors).toBeUndefined();
  });
});

describe('logs', () => {
  it('client errors are info/warn lines without stacks; refused keys are logged without the key', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    });
    const logger = pino({ level: 'info' }, sink);
    const editor = newApiKey('log-editor', 'editor');
    const reader = newApiKey('log-reader', 'reader');
    const entries = [editor, reader].map(({ entry }) => {
      const [name, role, hash] = entry.split(':') as [string, 'editor' | 'reader', string];
      return { name, role, hash };
    });
    const db = testDatabase();
    const server: Server = await createServer({ db, logger, databaseDescription: 'test', auth: new Authenticator(entries, false) });
    const url = await server.app.listen({ port: 0, host: '127.0.0.1' });
    const post = (query: string, headers: Record<string, string> = {}) =>
      fetch(`${url}/graphql`, { method: 'POST', headers: { ...json, ...headers }, body: JSON.stringify({ query }) }).then((r) => r.json());
    try {
      const wrongKey = 'sgk_this-is-not-a-configured-key';
      await post('{ entity(id: "country:CN") { id } }', { authorization: `Bearer ${wrongKey}` });
      await post('mutation { purgeEntity(id: "country:CN", reason: "no") { id } }', { authorization: `Bearer ${reader.key}` });
      await post('{ dependencies(of: "company:zz-nowhere") { items { tier } } }');
      await post('{ countries(first: 1000) { totalCount } }');
      await post('{ nope }');
      // CONFLICT from a write inside a transaction.
      await post(
        'mutation { createEntity(input: { country: { id: "country:CN", name: "China", iso2: "CN", iso3: "CHN", sources: ["source:reuters-2025-07-20-magnet-exports-us"] } }) { id } }',
        { authorization: `Bearer ${editor.key}` },
      );
      await new Promise((r) => setTimeout(r, 100));
      const text = JSON.stringify(lines);
      expect(lines.filter((l) => Number(l.level) >= 50)).toEqual([]);
      expect(text).not.toContain('"stack"');
      expect(text).not.toContain(wrongKey);
      expect(text).not.toContain(reader.key);
      expect(lines.find((l) => l.msg === 'authentication refused')).toMatchObject({ level: 40, keyName: null });
      expect(lines.find((l) => l.msg === 'authorization refused')).toMatchObject({ level: 40, code: 'FORBIDDEN', keyName: 'log-reader' });
      const codes = lines.filter((l) => l.msg === 'client error').map((l) => l.code);
      expect(codes).toEqual(expect.arrayContaining(['NOT_FOUND', 'BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'CONFLICT']));
    } finally {
      await server.close();
      await db.close();
    }
  });
});
