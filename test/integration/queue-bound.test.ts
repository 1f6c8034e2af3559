/**
 * The bound on the queue (src/http/queueBound.ts): past `depth` GraphQL requests in progress, the next
 * is answered at once with 503, Retry-After and a coded GraphQL error, and nothing runs for it;
 * requests that finish, or whose client goes away, make room again; /health is never refused.
 * Requests are held "in progress" by sending their headers and not yet their body (the bound
 * counts a request from its headers), so nothing here depends on timing.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../helpers/context.js';

let api: TestApi;
let port: number;

beforeAll(async () => {
  api = await startTestApi({ queueBound: { depth: 2, retryAfterSeconds: 3 } });
  port = Number(new URL(api.url).port);
});
afterAll(async () => {
  await api?.close();
});

const BODY = JSON.stringify({ query: '{ countries(first: 1) { totalCount } }' });

/** A POST /graphql whose headers are sent now and whose body is sent by `finish()`. */
async function held(): Promise<{ socket: net.Socket; finish: () => Promise<string> }> {
  const socket = net.connect({ port, host: '127.0.0.1' });
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  let received = '';
  socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
  const ended = new Promise<void>((resolve) => socket.once('end', resolve).once('close', resolve));
  socket.write(`POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(BODY)}\r\nConnection: close\r\n\r\n`);
  return {
    socket,
    finish: async () => {
      socket.write(BODY);
      await ended;
      return received;
    },
  };
}

async function post(): Promise<Response> {
  return fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: BODY });
}

/** /health's count of GraphQL requests in progress. */
async function inProgress(): Promise<number> {
  const body = (await (await fetch(`${api.url}/health`)).json()) as { requests: { inProgress: number; queueDepth: number } };
  expect(body.requests.queueDepth).toBe(2);
  return body.requests.inProgress;
}

/** Waits until the server has counted `n` requests in progress (their headers are in flight). */
async function until(n: number): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if ((await inProgress()) === n) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`the server never counted ${n} requests in progress (it counts ${await inProgress()})`);
}

describe('the bound on the queue (SUPPLYGRAPH_QUEUE_DEPTH)', () => {
  it('past the depth: 503 at once, Retry-After, a coded GraphQL error; the held requests are then answered', async () => {
    const a = await held();
    const b = await held();
    await until(2);
    const refused = await post();
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('3');
    expect(refused.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await refused.json()).toEqual({
      errors: [{ message: 'The server is busy (2 requests in progress); retry in 3 s.', extensions: { code: 'SERVER_BUSY', retryAfterSeconds: 3 } }],
    });
    // /health is not a GraphQL request: never refused.
    expect((await fetch(`${api.url}/health`)).status).toBe(200);

    const [answerA, answerB] = await Promise.all([a.finish(), b.finish()]);
    for (const answer of [answerA, answerB]) {
      expect(answer).toMatch(/^HTTP\/1\.1 200 /);
      expect(answer).toContain('"totalCount"');
    }
    // Room again.
    await until(0);
    const after = await post();
    expect(after.status).toBe(200);
    expect(((await after.json()) as { data: unknown }).data).toBeTruthy();
  });

  it('a client that goes away frees its place', async () => {
    const a = await held();
    const b = await held();
    await until(2);
    expect((await post()).status).toBe(503);
    a.socket.destroy();
    b.socket.destroy();
    await until(0);
    expect((await post()).status).toBe(200);
  });
});
