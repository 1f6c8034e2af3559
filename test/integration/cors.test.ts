/**
 * CORS: pages on a listed origin may call /graphql (preflight included); any other origin gets no
 * CORS headers, so browsers refuse the response. Apollo's CSRF prevention stays on.
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

  it('gives any other origin no CORS headers, on preflight or request', async () => {
    const pre = await preflight(OTHER);
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
    expect(pre.headers.get('access-control-allow-methods')).toBeNull();
    const response = await post(OTHER);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('keeps CSRF prevention: a simple (non-preflighted) cross-origin POST is refused', async () => {
    const response = await post(ALLOWED, 'text/plain');
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF|preflight|content-type/i);
  });

  it('allows nothing cross-origin by default', async () => {
    const plain = await startTestApi({ db: api.db });
    try {
      const response = await fetch(`${plain.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin: ALLOWED, 'access-control-request-method': 'POST' },
      });
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await plain.server.close();
    }
  });
});
