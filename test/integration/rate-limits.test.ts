/**
 * Rate limits (#19): per API key, and per client address for requests without one; past the limit
 * 429 with Retry-After and a GraphQL-shaped, coded body. Clients are told apart by address through
 * X-Forwarded-For (the server trusts it here, as behind a reverse proxy).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Authenticator, newApiKey } from '../../src/http/auth.js';
import { startTestApi, type TestApi } from '../helpers/context.js';

const reader = newApiKey('rl-reader', 'reader');
const [name, role, hash] = reader.entry.split(':') as [string, 'reader', string];
const QUERY = '{ entity(id: "country:CN") { name } }';

let limited: TestApi;
let unlimited: TestApi;

beforeAll(async () => {
  limited = await startTestApi({ auth: new Authenticator([{ name, role, hash }], false), rateLimits: { anonymousPerMinute: 3, perKeyPerMinute: 5 }, trustProxy: true });
  // As the test suite and the bench start servers: createServer without rateLimits.
  unlimited = await startTestApi();
});
afterAll(async () => {
  await limited.close();
  await unlimited.close();
});

async function ask(api: TestApi, from: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': from, ...headers }, body: JSON.stringify({ query: QUERY }) });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the server's JSON, checked below
  return { status: response.status, retryAfter: response.headers.get('retry-after'), type: response.headers.get('content-type') ?? '', body: (await response.json()) as any };
}

describe('rate limits', () => {
  it('per client address without a key: the fourth request in a minute is refused with 429, Retry-After and a coded body', async () => {
    for (let i = 0; i < 3; i++) {
      const { status, body } = await ask(limited, '203.0.113.1');
      expect(status).toBe(200);
      expect(body.data.entity.name).toBe('China');
    }
    const refused = await ask(limited, '203.0.113.1');
    expect(refused.status).toBe(429);
    expect(refused.type).toMatch(/^application\/json/);
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(60);
    expect(refused.body.errors).toHaveLength(1);
    expect(refused.body.errors[0].extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: Number(refused.retryAfter) });
    expect(refused.body.errors[0].message).toMatch(/Too many requests from this address: at most 3 a minute\. Try again in \d+ s/);
  });

  it('another address is served meanwhile, and so is the same address with an API key (its own limit)', async () => {
    expect((await ask(limited, '203.0.113.2')).body.data.entity.name).toBe('China');
    const withKey = { authorization: `Bearer ${reader.key}` };
    for (let i = 0; i < 5; i++) expect((await ask(limited, '203.0.113.1', withKey)).status).toBe(200);
    // The key's limit holds from any address.
    const refused = await ask(limited, '203.0.113.9', withKey);
    expect(refused.status).toBe(429);
    expect(refused.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(refused.body.errors[0].message).toMatch(/from this API key: at most 5 a minute/);
  });

  it('a key that is refused counts against its address, and the health check is never limited', async () => {
    const refused = await ask(limited, '203.0.113.1', { authorization: 'Bearer sgk_not-a-key' });
    expect(refused.status).toBe(429);
    expect((await fetch(`${limited.url}/health`, { headers: { 'x-forwarded-for': '203.0.113.1' } })).status).toBe(200);
  });

  it('a server started without limits (the tests, the bench) serves more than the default limit from one address', async () => {
    const statuses = new Map<number, number>();
    // Batches of 30: under the queue bound (32 at once), which this test is not about.
    for (let batch = 0; batch < 22; batch++) {
      const answers = await Promise.all(Array.from({ length: 30 }, () => fetch(`${unlimited.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' })));
      for (const a of answers) statuses.set(a.status, (statuses.get(a.status) ?? 0) + 1);
    }
    expect(Object.fromEntries(statuses)).toEqual({ 200: 660 });
  });
});
