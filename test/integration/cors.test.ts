/**
 * CORS: pages on a listed origin may call /graphql (preflight included); a page on any other origin
 * is refused by the server, 403 FORBIDDEN with a message naming SUPPLYGRAPH_CORS_ORIGINS, which it
 * can read (its preflight is answered so that the request, and its refusal, get through). Nothing
 * runs for it. Same-origin pages and clients that send no Origin are not concerned. Apollo's CSRF
 * prevention stays on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../helpers/context.js';

const ALLOWED = 'http://localhost:3000';
const OTHER = 'http://evil.example';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ corsOrigins: [ALLOWED] });
}, 120_000);
afterAll(async () => {
  await api?.close();
});

const preflight = (origin: string) =>
  fetch(`${api.url}/graphql`, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
  });

const post = (origin: string, contentType = 'application/json') =>
  fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { origin, 'content-type': contentType },
    body: JSON.stringify({ query: '{ entity(id: "country:CN") { name } }' }),
  });

describe('CORS', () => {
  it('answers a preflight from a listed origin, allowing POST with a JSON body', async () => {
    const response = await preflight(ALLOWED);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(response.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('content-type');
    expect(response.headers.get('vary')?.toLowerCase()).toContain('origin');
  });

  it('gives a listed origin the data with its Access-Control-Allow-Origin', async () => {
    const response = await post(ALLOWED);
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(response.headers.get('access-control-expose-headers')?.toLowerCase()).toContain('x-request-id');
    expect(await response.json()).toEqual({ data: { entity: { name: 'China' } } });
  });

  it('refuses any other origin with a message it can read, naming SUPPLYGRAPH_CORS_ORIGINS, and no data', async () => {
    const pre = await preflight(OTHER);
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe(OTHER);
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { origin: OTHER, 'sec-fetch-site': 'cross-site', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ entity(id: "country:CN") { name } }' }),
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBe(OTHER);
    const body = (await response.json()) as { data?: unknown; errors: { message: string; extensions: { code: string; reason: string } }[] };
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]!.extensions).toEqual({ code: 'FORBIDDEN', reason: 'ORIGIN_NOT_ALLOWED' });
    expect(body.errors[0]!.message).toBe(
      'Pages on http://evil.example may not call this API. The server accepts browser requests from its own origin and from the origins listed in SUPPLYGRAPH_CORS_ORIGINS: add http://evil.example there (comma-separated) and restart the API.',
    );
    expect(body.errors[0]!.message).not.toMatch(/CSRF/i);
  });

  it('refuses a simple cross-origin request from another origin the same way, before CSRF prevention', async () => {
    const response = await post(OTHER, 'text/plain');
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('SUPPLYGRAPH_CORS_ORIGINS');
  });

  it('serves pages on its own origin, behind a proxy too, and clients that send no Origin', async () => {
    const own = new URL(api.url);
    // Same host as the API: a same-origin page whose browser sends no Sec-Fetch-Site.
    const sameHost = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { origin: own.origin, 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ entity(id: "country:CN") { name } }' }) });
    expect(sameHost.status).toBe(200);
    // Behind a proxy the Host differs from the page's origin; the browser's Sec-Fetch-Site says same-origin.
    const proxied = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { origin: 'https://supplygraph.example.org', 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ entity(id: "country:CN") { name } }' }) });
    expect(proxied.status).toBe(200);
    expect(await proxied.json()).toEqual({ data: { entity: { name: 'China' } } });
    const noOrigin = await api.graphql('{ entity(id: "country:CN") { name } }');
    expect(noOrigin.status).toBe(200);
  });

  it('leaves pages that are not /graphql alone (no CORS headers for other origins)', async () => {
    const health = await fetch(`${api.url}/health`, { headers: { origin: OTHER } });
    expect(health.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('keeps CSRF prevention: a simple (non-preflighted) cross-origin POST is refused, as a type the server does not read', async () => {
    const response = await post(ALLOWED, 'text/plain');
    expect(response.status).toBe(415);
    const body = (await response.json()) as { data?: unknown; errors: { message: string; extensions: { code: string } }[] };
    expect(body.data).toBeUndefined();
    expect(body.errors[0]?.extensions.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(body.errors[0]?.message).toMatch(/content-type/i);
  });

  it('allows nothing cross-origin by default', async () => {
    const plain = await startTestApi({ db: api.db });
    try {
      const response = await fetch(`${plain.url}/graphql`, {
        method: 'POST',
        headers: { origin: ALLOWED, 'sec-fetch-site': 'same-site', 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ entity(id: "country:CN") { name } }' }),
      });
      expect(response.status).toBe(403);
      expect(((await response.json()) as { errors: { extensions: { reason: string } }[] }).errors[0]!.extensions.reason).toBe('ORIGIN_NOT_ALLOWED');
    } finally {
      await plain.server.close();
    }
  });
});
