/**
 * The connection pool (SUPPLYGRAPH_DB_MAX_CONNECTIONS, SUPPLYGRAPH_DB_ACQUISITION_TIMEOUT_MS): a
 * request holds one connection while one of its statements runs; with every connection taken, the next
 * request queues for one and is served when one comes free, or gets DATABASE_UNAVAILABLE when the
 * wait runs out.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { Database } from '../../src/db/database.js';
import { DatabaseUnavailableError } from '../../src/errors.js';
import { logger } from '../helpers/context.js';

const opened: Database[] = [];
function database(pool: { maxConnections: number; acquisitionTimeoutMs: number }): Database {
  const username = inject('neo4jUsername');
  const db = new Database({ uri: inject('neo4jUri'), username: username || undefined, password: inject('neo4jPassword'), queryTimeoutMs: 30_000, logger, pool });
  opened.push(db);
  return db;
}
afterAll(async () => {
  for (const db of opened) await db.close();
});

/** Runs until the engine-time budget of its request stops it. */
const ENDLESS = 'UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n';
const codeOf = (error: unknown) => (error as { extensions?: { code?: string } }).extensions?.code;

describe('connection pool', () => {
  it('queues a request while every connection is held, and serves it when one is released', async () => {
    const db = database({ maxConnections: 1, acquisitionTimeoutMs: 20_000 });
    // The first request's statement holds the only connection until its 1.5 s budget runs out.
    const first = db.forRequest({ roundTrips: 0 }, undefined, undefined, 1_500);
    const held = first.read('test.hold', ENDLESS).catch(codeOf);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const second = db.forRequest({ roundTrips: 0 });
    let answered = false;
    const waiting = second.read('test.pool', 'RETURN 2 AS n').then((rows) => ((answered = true), rows));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(answered).toBe(false);
    expect(db.activity).toMatchObject({ open: 1, waiting: 1 });
    expect(await held).toBe('QUERY_TIMEOUT');
    expect(await waiting).toEqual([{ n: 2 }]);
    await Promise.all([first.endRequest(), second.endRequest()]);
    expect(db.activity).toMatchObject({ open: 0, waiting: 0 });
  });

  it('answers DATABASE_UNAVAILABLE when the wait for a connection runs out', async () => {
    const db = database({ maxConnections: 1, acquisitionTimeoutMs: 300 });
    const first = db.forRequest({ roundTrips: 0 }, undefined, undefined, 2_000);
    const held = first.read('test.hold', ENDLESS).catch(codeOf);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const second = db.forRequest({ roundTrips: 0 });
    const error = await second.read('test.pool', 'RETURN 2 AS n').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect((error as DatabaseUnavailableError).extensions.code).toBe('DATABASE_UNAVAILABLE');
    expect(await held).toBe('QUERY_TIMEOUT');
    await Promise.all([first.endRequest(), second.endRequest()]);
    // Released, the connection serves the next request at once.
    const third = db.forRequest({ roundTrips: 0 });
    expect(await third.read('test.pool', 'RETURN 3 AS n')).toEqual([{ n: 3 }]);
    await third.endRequest();
  });
});
