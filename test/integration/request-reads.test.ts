/**
 * A request's reads (Database.forRequest) run on one session, each as an auto-commit read
 * transaction, one after another; a failing statement does not take its siblings down with it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/context.js';

const db = testDatabase();
afterAll(() => db.close());

/** The id of the transaction running this very statement (the one whose query names the marker). */
const CURRENT_TX = `SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE currentQuery CONTAINS 'request-reads-marker' RETURN transactionId`;
/** How many of the request's transactions the engine is running now, this one included. */
const REQUEST_TXS = `SHOW TRANSACTIONS YIELD metaData WHERE metaData.requestId = $requestId RETURN count(*) AS running`;

describe("a request's reads", () => {
  it('runs each read as a transaction of its own, counted as one round trip', async () => {
    const stats = { roundTrips: 0 };
    const request = db.forRequest(stats);
    const [a] = await request.read('test.tx', CURRENT_TX);
    const [[b], [c]] = await Promise.all([request.read('test.tx', CURRENT_TX), request.read('test.tx', CURRENT_TX)]);
    await request.endRequest();
    const ids = [a?.transactionId, b?.transactionId, c?.transactionId];
    expect(ids).toEqual([expect.any(String), expect.any(String), expect.any(String)]);
    expect(new Set(ids).size).toBe(3);
    expect(stats.roundTrips).toBe(3);
  });

  it('runs the reads of one request one after another, those of two requests at once', async () => {
    const first = db.forRequest({ roundTrips: 0 }, undefined, 'request-reads-one');
    const second = db.forRequest({ roundTrips: 0 }, undefined, 'request-reads-two');
    // Asked for together: the engine sees one of the request's statements at a time.
    const sameRequest = await Promise.all([1, 2, 3].map(() => first.read('test.turns', REQUEST_TXS, { requestId: 'request-reads-one' })));
    expect(sameRequest.map(([row]) => row?.running)).toEqual([1, 1, 1]);
    // A statement of the first request that runs a while: the second request's read is not held up by it.
    const slow = first.read('test.slow', 'UNWIND range(1, 20000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const [other] = await second.read('test.other', REQUEST_TXS, { requestId: 'request-reads-one' });
    expect(await slow).toEqual([{ n: 0 }]);
    expect(other?.running).toBe(1);
    await Promise.all([first.endRequest(), second.endRequest()]);
  });

  it('answers the next read after a statement fails', async () => {
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
