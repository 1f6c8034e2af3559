/**
 * The connection pool (SUPPLYGRAPH_DB_MAX_CONNECTIONS, SUPPLYGRAPH_DB_ACQUISITION_TIMEOUT_MS): a
 * request holds one connection for its read transaction; with every connection taken, the next
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

describe('connection pool', () => {
  it('queues a request while every connection is held, and serves it when one is released', async () => {
    const db = database({ maxConnections: 1, acquisitionTimeoutMs: 20_000 });
    const first = db.forRequest({ roundTrips: 0 });
    expect(await first.read('test.pool', 'RETURN 1 AS n')).toEqual([{ n: 1 }]);
    // The first request still holds the only connection (its read transaction is open).
    const second = db.forRequest({ roundTrips: 0 });
    let answered = false;
    const waiting = second.read('test.pool', 'RETURN 2 AS n').then((rows) => ((answered = true), rows));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(answered).toBe(false);
    await first.endRequest();
    expect(await waiting).toEqual([{ n: 2 }]);
    await second.endRequest();
  });

  it('answers DATABASE_UNAVAILABLE when the wait for a connection runs out', async () => {
    const db = database({ maxConnections: 1, acquisitionTimeoutMs: 300 });
    const first = db.forRequest({ roundTrips: 0 });
    await first.read('test.pool', 'RETURN 1 AS n');
    const second = db.forRequest({ roundTrips: 0 });
    const error = await second.read('test.pool', 'RETURN 2 AS n').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect((error as DatabaseUnavailableError).extensions.code).toBe('DATABASE_UNAVAILABLE');
    await second.endRequest();
    await first.endRequest();
    // Released, the connection serves the next request at once.
    const third = db.forRequest({ roundTrips: 0 });
    expect(await third.read('test.pool', 'RETURN 3 AS n')).toEqual([{ n: 3 }]);
    await third.endRequest();
  });
});
