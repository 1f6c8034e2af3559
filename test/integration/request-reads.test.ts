/**
 * A request's reads share one read transaction (Database.forRequest), committed when the request
 * ends; a failing statement does not take its siblings down with it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/context.js';

const db = testDatabase();
afterAll(() => db.close());

/** The id of the transaction running this very statement (the one whose query names the marker). */
const CURRENT_TX = `SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE currentQuery CONTAINS 'request-reads-marker' RETURN transactionId`;

describe('one read transaction per request', () => {
  it('runs every read of a request in the same transaction, and counts each statement', async () => {
    const stats = { roundTrips: 0 };
    const request = db.forRequest(stats);
    const [a] = await request.read('test.tx', CURRENT_TX);
    const [b, c] = await Promise.all([
      request.read('test.tx', CURRENT_TX),
      request.read('test.tx', CURRENT_TX),
    ]);
    await request.endRequest();
    expect(a?.transactionId).toEqual(expect.any(String));
    expect(b?.[0]?.transactionId).toBe(a?.transactionId);
    expect(c?.[0]?.transactionId).toBe(a?.transactionId);
    expect(stats.roundTrips).toBe(3);
    // Another request has its own transaction.
    const other = db.forRequest({ roundTrips: 0 });
    const [d] = await other.read('test.tx', CURRENT_TX);
    await other.endRequest();
    expect(d?.transactionId).not.toBe(a?.transactionId);
  });

  it('opens a fresh transaction after a statement fails', async () => {
    const request = db.forRequest({ roundTrips: 0 });
    await expect(request.read('test.fail', 'RETURN toInteger(1) / toInteger($zero) AS x', { zero: 0 })).rejects.toThrow();
    const [row] = await request.read('test.ok', 'RETURN 42 AS answer');
    expect(row).toEqual({ answer: 42 });
    await request.endRequest();
  });

  it('refuses reads after the request has ended', async () => {
    const request = db.forRequest({ roundTrips: 0 });
    await request.read('test.ok', 'RETURN 1 AS one');
    await request.endRequest();
    await expect(request.read('test.late', 'RETURN 1 AS one')).rejects.toThrow(/ended/);
  });
});
