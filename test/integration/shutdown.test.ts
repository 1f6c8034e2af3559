/**
 * The `npm start` process path (tsx src/index.ts) with its own local engine: a second start on
 * the same data folder is refused in one line while the first keeps serving; SIGTERM stops
 * accepting, finishes the in-flight request, closes the driver, stops the engine and exits 0.
 * The shared test engine is never touched.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/startup/config.js';
import { freePort } from '../../src/db/localEngine.js';
import type { Answer } from '../helpers/context.js';

const TSX = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
const EXPOSURE = '{ exposure(to: "country:CN", maxHops: 4, first: 500) { to { id } items { entity { id } tier score path { length } } } }';

interface Started {
  child: ChildProcess;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** The environment of a real `npm start`: nothing from vitest (NODE_ENV=test would change Apollo's signal handling) or the caller's Neo4j. */
function startEnv(vars: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(NEO4J_|SUPPLYGRAPH_|VITEST|NODE_ENV$|TEST$|PORT$|HOST$|LOG_LEVEL$)/.test(key)) continue;
    env[key] = value;
  }
  return { ...env, LOG_LEVEL: 'silent', SUPPLYGRAPH_ENGINE_HEAP_MB: '512', SUPPLYGRAPH_ENGINE_PAGE_CACHE_MB: '64', SUPPLYGRAPH_ENGINE_START_TIMEOUT_MS: '180000', ...vars };
}

function start(vars: Record<string, string>): Started {
  const child = spawn(TSX, ['src/index.ts'], { cwd: PROJECT_ROOT, env: startEnv(vars), stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return { child, stderr: () => stderr, exited };
}

async function waitFor<T>(what: string, check: () => T | undefined, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function bounded<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} did not happen within ${ms} ms`)), ms))),
  ]);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/** Resolves with the error code of a TCP connection attempt, or 'connected'. */
function tryConnect(port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

let dataDir: string;
let port: number;
let first: Started | undefined;
let enginePid: number | undefined;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'supplygraph-shutdown-'));
  port = await freePort();
  first = start({ PORT: String(port), SUPPLYGRAPH_ENGINE_PORT: String(await freePort()), SUPPLYGRAPH_DATA_DIR: dataDir });
  const early = first.exited.then(({ code }) => {
    throw new Error(`tsx src/index.ts exited (${code}) before it was ready:\n${first!.stderr()}`);
  });
  await Promise.race([waitFor('"Ready:" on stderr', () => (/^supplygraph: Ready:/m.test(first!.stderr()) ? true : undefined), 180_000), early]);
  early.catch(() => {});
  enginePid = Number(readFileSync(path.join(dataDir, 'engine.pid'), 'utf8').trim());
}, 200_000);

afterAll(async () => {
  // Only when a test failed half-way: stop what this file started, by pid.
  if (first && first.child.exitCode === null && first.child.signalCode === null) {
    first.child.kill('SIGTERM');
    await bounded(first.exited, 60_000, 'exit after SIGTERM').catch(() => first!.child.kill('SIGKILL'));
  }
  if (enginePid && alive(enginePid)) process.kill(enginePid, 'SIGKILL');
  await rm(dataDir, { recursive: true, force: true });
}, 90_000);

async function graphql(query: string): Promise<{ status: number; body: Answer }> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
    signal: AbortSignal.timeout(15_000),
  });
  return { status: response.status, body: await response.json() };
}

describe('npm start (tsx src/index.ts)', () => {
  it('refuses a second start on the same data folder in one line, and the first keeps serving', { timeout: 90_000 }, async () => {
    expect(enginePid).toBeGreaterThan(0);
    expect(alive(enginePid!)).toBe(true);

    const second = start({ PORT: String(await freePort()), SUPPLYGRAPH_ENGINE_PORT: String(await freePort()), SUPPLYGRAPH_DATA_DIR: dataDir });
    const { code } = await bounded(second.exited, 60_000, 'the second start exiting');
    expect(code).not.toBe(0);
    const lines = second.stderr().trim().split('\n');
    expect(lines, second.stderr()).toHaveLength(1);
    expect(lines[0]).toContain(dataDir);
    expect(lines[0]).toMatch(/^supplygraph: Another supplygraph engine \(pid \d+\) is already using /);

    expect(alive(enginePid!)).toBe(true);
    expect(readFileSync(path.join(dataDir, 'engine.pid'), 'utf8').trim()).toBe(String(enginePid));
    const { status, body } = await graphql('{ entity(id: "country:CN") { id } }');
    expect(status).toBe(200);
    expect(body).toEqual({ data: { entity: { id: 'country:CN' } } });
    const health = await fetch(`http://127.0.0.1:${port}/health`);
    expect(health.status).toBe(200);
    // Also warms the exposure query up, so the in-flight one below is not a cold first run.
    const exposure = await graphql(EXPOSURE);
    expect(exposure.status).toBe(200);
    expect(exposure.body.errors).toBeUndefined();
  });

  it('on SIGTERM: finishes the in-flight request, refuses new connections, stops the engine and exits 0', { timeout: 120_000 }, async () => {
    const child = first!.child;
    const payload = JSON.stringify({ query: EXPOSURE });
    const cut = Math.floor(payload.length / 2);

    // The in-flight request: headers and half the body are sent, so the server has accepted and
    // routed it; the rest of the body follows only after SIGTERM.
    const request = http.request({
      host: '127.0.0.1',
      port,
      path: '/graphql',
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
    });
    const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
      request.once('response', (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.once('end', () => resolve({ status: res.statusCode ?? 0, text }));
        res.once('error', reject);
      });
      request.once('error', reject);
    });
    response.catch(() => {}); // awaited below; this only keeps an early failure from being "unhandled"
    request.write(payload.slice(0, cut));
    await new Promise((r) => setTimeout(r, 500));

    const signalledAt = Date.now();
    child.kill('SIGTERM');
    await waitFor('"SIGTERM received" on stderr', () => (/SIGTERM received: stopping/.test(first!.stderr()) ? true : undefined), 10_000);
    await new Promise((r) => setTimeout(r, 300));

    // Not accepting any more, while the in-flight request is still open.
    expect(await tryConnect(port)).toBe('ECONNREFUSED');

    request.end(payload.slice(cut));
    const { status, text } = await bounded(response, 15_000, 'the in-flight response');
    expect(status).toBe(200);
    const body = JSON.parse(text);
    expect(body.errors).toBeUndefined();
    expect(body.data.exposure.to.id).toBe('country:CN');
    expect(body.data.exposure.items.length).toBeGreaterThan(0);

    const { code, signal } = await bounded(first!.exited, 60_000, 'exit after SIGTERM');
    const exitMs = Date.now() - signalledAt;
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(exitMs).toBeLessThan(60_000);
    expect(first!.stderr()).toMatch(/^supplygraph: stopped\.$/m);

    expect(await tryConnect(port)).toBe('ECONNREFUSED');
    let probe: string | undefined;
    try {
      process.kill(enginePid!, 0);
      probe = 'alive';
    } catch (error) {
      probe = (error as NodeJS.ErrnoException).code;
    }
    expect(probe).toBe('ESRCH');
    expect(existsSync(path.join(dataDir, 'engine.pid'))).toBe(false);
  });
});
