/**
 * Neo4j goes away under load and comes back: the API stays up, answers DATABASE_UNAVAILABLE
 * quickly (no hang, no 5xx), reports "down" in /health, and recovers by itself — same API
 * process, same Database and driver — once the engine is back on the same port and data folder.
 * Uses its own throwaway engine; the shared test engine is never touched.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../src/db/database.js';
import { freePort, startEngine, type EngineOptions, type RunningEngine } from '../../src/db/localEngine.js';
import { applySchema } from '../../src/db/schema.js';
import { createServer, type Server } from '../../src/http/server.js';
import { loadSeed } from '../../src/ingest/seed/load.js';
import { logger, type Answer } from '../helpers/context.js';

const QUERY = '{ entity(id: "country:CN") { id } }';
/** "No hang": every request must resolve within this, database up or down. */
const NO_HANG_MS = 10_000;

interface Outcome {
  status: number;
  ms: number;
  body: { data?: { entity: { id: string } | null } | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

let engineOptions: EngineOptions;
let engine: RunningEngine | undefined;
let db: Database;
let server: Server;
let url: string;

async function query(): Promise<Outcome> {
  const started = Date.now();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: QUERY }),
    signal: AbortSignal.timeout(NO_HANG_MS + 5_000),
  });
  const body = (await response.json()) as Outcome['body'];
  return { status: response.status, ms: Date.now() - started, body };
}

async function health(): Promise<{ status: number; ms: number; body: { status: string; database: { status: string } } }> {
  const started = Date.now();
  const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(NO_HANG_MS + 5_000) });
  return { status: response.status, ms: Date.now() - started, body: (await response.json()) as Answer };
}

const succeeded = (o: Outcome) => o.status === 200 && o.body.errors === undefined && o.body.data?.entity?.id === 'country:CN';
const unavailable = (o: Outcome) =>
  o.status < 500 && (o.body.errors?.length ?? 0) > 0 && o.body.errors!.every((e) => e.extensions?.code === 'DATABASE_UNAVAILABLE');

/** Polls `probe` until `done` holds or `timeoutMs` passes; returns the last result. */
async function pollUntil<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs: number, everyMs = 500): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

beforeAll(async () => {
  engineOptions = {
    dataDir: await mkdtemp(path.join(os.tmpdir(), 'supplygraph-outage-')),
    port: await freePort(),
    heapMb: 512,
    pageCacheMb: 64,
    startTimeoutMs: 180_000,
  };
  engine = await startEngine(engineOptions);
  db = new Database({ uri: engine.uri, queryTimeoutMs: 10_000, logger });
  await applySchema(db);
  await loadSeed(db);
  server = await createServer({ db, logger, databaseDescription: 'outage test engine' });
  url = await server.app.listen({ port: 0, host: '127.0.0.1' });
});

afterAll(async () => {
  await server?.close();
  await db?.close();
  await engine?.stop();
  await rm(engineOptions.dataDir, { recursive: true, force: true });
});

describe('a Neo4j outage', () => {
  it('answers in-flight and later requests with data or DATABASE_UNAVAILABLE, never a hang or a 5xx', { timeout: 90_000 }, async () => {
    expect(succeeded(await query())).toBe(true);
    expect((await health()).status).toBe(200);

    // 20 requests over ~2 s; the engine stops after the 5th is sent.
    const inFlight: Promise<Outcome>[] = [];
    let stopping: Promise<void> | undefined;
    for (let i = 0; i < 20; i++) {
      inFlight.push(query());
      if (i === 4) stopping = engine!.stop();
      await new Promise((r) => setTimeout(r, 100));
    }
    const outcomes = await Promise.all(inFlight);
    await stopping;

    for (const outcome of outcomes) {
      expect(outcome.status).toBeLessThan(500);
      expect(outcome.ms).toBeLessThan(NO_HANG_MS);
      expect(succeeded(outcome) || unavailable(outcome), JSON.stringify(outcome)).toBe(true);
    }

    // With the engine gone: a fast DATABASE_UNAVAILABLE, and /health says so.
    const down = await query();
    expect(down.ms).toBeLessThan(NO_HANG_MS);
    expect(unavailable(down), JSON.stringify(down)).toBe(true);
    expect(down.body.data).toEqual({ entity: null });

    const sick = await pollUntil(health, (h) => h.status === 503, 15_000);
    expect(sick.status).toBe(503);
    expect(sick.ms).toBeLessThan(NO_HANG_MS);
    expect(sick.body).toMatchObject({ status: 'degraded', database: { status: 'down' } });
  });

  it('recovers by itself when the engine is back on the same port and data folder, without restarting the API', { timeout: 240_000 }, async () => {
    engine = await startEngine(engineOptions);

    const back = await pollUntil(query, succeeded, 60_000);
    expect(back.ms).toBeLessThan(NO_HANG_MS);
    expect(succeeded(back), JSON.stringify(back)).toBe(true);

    const healthy = await pollUntil(health, (h) => h.status === 200, 60_000);
    expect(healthy.status).toBe(200);
    expect(healthy.body).toMatchObject({ status: 'ok', database: { status: 'up' } });
  });
});
