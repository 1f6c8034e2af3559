/**
 * No request can starve the others (#19): a request's work is bounded before it runs (its worst
 * case, worked out with its own variables, src/http/cost.ts) and while it runs (one engine-time budget
 * per request, enforced by the engine's transaction timeout and by the driver, src/db/database.ts).
 * The engine is asked what it runs (`SHOW TRANSACTIONS`); nothing here measures wall-clock time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { startTestApi, testDatabase, type TestApi } from '../helpers/context.js';
import { engineTransactions } from '../helpers/graph.js';

/**
 * Each request's engine time on the server under test (what its statements run for, from the
 * engine's answer to each RUN): a third of what the first heavy request below takes on this machine
 * with time to spare and its statements planned, set in beforeAll, so that it outlives the budget on a fast machine as on a
 * slow one (its searches have become fast: on a quiet machine all of them fit in 3 s).
 */
let BUDGET_MS = 3_000;
/**
 * How far past its budget the engine may still list a transaction: the driver aborts it at the
 * budget and the engine ends it when the RESET arrives, which a busy shared machine can delay.
 */
const ENDING_MS = 1_000;

/** The query of #19: three nested relationship fields, each `first: $f`. */
const NESTED = `query($f: Int) { entity(id: "country:CN") { ... on Country { produces(first: $f) { edges { node { ... on Commodity { producers(first: $f) { edges { node { ... on Country { produces(first: $f) { totalCount } } } } } } } } } } } }`;

/**
 * Legal requests whose work outlives the budget: each asks for every route of up to 8 hops, either
 * way, from 19 countries to every country, as aliased fields of one request (19: under the alias
 * limit), whose statements share one budget. One such search takes about a hundred ms or more on
 * the seed graph, so together they take a few times the budget.
 */
const everyRoute = (froms: string[]) =>
  `{ ${froms.map((from, i) => `r${i}: paths(from: "${from}", to: { countries: {} }, maxHops: 8, k: 10, first: 50, direction: ANY) { nodes { id } }`).join(' ')} }`;
const SEED_COUNTRIES = ['CN', 'US', 'MM', 'AU', 'NG', 'TH', 'IN', 'RU', 'BR', 'MG', 'MY', 'JP', 'DE', 'ES', 'EE', 'VN', 'CA', 'MX', 'GB'].map((c) => `country:${c}`);
const HEAVY = [everyRoute(SEED_COUNTRIES), everyRoute([...SEED_COUNTRIES].reverse()), `{ exposure(to: "country:CN", maxHops: 6, first: 500) { items { score path { nodes { id } } } } }`];

let api: TestApi;
/** A connection of its own, to ask the engine what runs. */
let engine: Database;

/** Ordinary reads, and what a right answer holds. */
const ORDINARY = [
  { query: `{ entity(id: "country:CN") { name } }`, check: (data: { entity: { name: string } }) => expect(data.entity.name).toBe('China') },
  { query: `{ countries(first: 3, orderBy: { field: NAME }) { totalCount nodes { id } } }`, check: (data: { countries: { nodes: unknown[] } }) => expect(data.countries.nodes).toHaveLength(3) },
  { query: `{ search(text: "magnets", first: 3) { entity { id } } }`, check: (data: { search: unknown[] }) => expect(data.search.length).toBeGreaterThan(0) },
];

beforeAll(async () => {
  // The engine plans a statement the first time it sees it, which takes seconds on a busy shared
  // machine: plan the ordinary ones on a server with the tests' usual budget, as a server that has
  // been up a while has them planned.
  const warm = await startTestApi();
  try {
    for (const { query } of ORDINARY) expect((await warm.graphql(query)).body.errors, query).toBeUndefined();
    expect((await warm.graphql(NESTED, { f: 5 })).body.errors).toBeUndefined();
    // Timed the second time, once its statements are planned (planning is not in the budget).
    await warm.graphql(HEAVY[0]!);
    const began = Date.now();
    await warm.graphql(HEAVY[0]!);
    BUDGET_MS = Math.max(300, Math.min(3_000, Math.floor((Date.now() - began) / 3)));
  } finally {
    await warm.close();
  }
  api = await startTestApi({ db: testDatabase(BUDGET_MS) });
  engine = testDatabase();
});
afterAll(async () => {
  await api.close();
  await engine.close();
});

async function post(query: string, variables: Record<string, unknown> = {}, requestId?: string) {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-supplygraph-stats': '1', ...(requestId ? { 'x-request-id': requestId } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the server's JSON, checked by the assertions
  return { status: response.status, body: (await response.json()) as any };
}

/** Watches the engine's transactions of this API until `done` settles; the oldest age seen, per request id. */
async function watch(done: Promise<unknown>): Promise<Map<string, number>> {
  const oldest = new Map<string, number>();
  let finished = false;
  void done.finally(() => (finished = true));
  while (!finished) {
    for (const t of await engineTransactions(engine)) {
      const key = t.requestId ?? t.query ?? t.id;
      oldest.set(key, Math.max(oldest.get(key) ?? 0, t.elapsedMs));
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return oldest;
}

/** The engine's transactions of the given requests, once they have had a moment to end. */
async function leftOver(requestIds: string[]): Promise<string[]> {
  for (let attempt = 0; ; attempt++) {
    const left = (await engineTransactions(engine)).filter((t) => t.requestId !== null && requestIds.includes(t.requestId)).map((t) => `${t.requestId} (${t.elapsedMs} ms)`);
    if (left.length === 0 || attempt >= 20) return left;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('bounded work per request', () => {
  it('refuses the nested query of #19 with {"f": 500} before anything runs, naming the first to lower', async () => {
    const begunBefore = api.db.activity.begun.read;
    const { status, body } = await post(NESTED, { f: 500 });
    expect(status).toBe(200);
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', argument: 'first', field: 'entity.produces', worstCaseRows: 500 + 500 * 500 * 2 });
    expect(body.errors[0].message).toContain('"first" on entity.produces (500, from $f)');
    // No statement ran, and no transaction was begun for it.
    expect(body.extensions.supplygraph.cypherRoundTrips).toBe(0);
    expect(api.db.activity.begun.read).toBe(begunBefore);
  });

  it('counts the variable the same when it is a default or a literal', async () => {
    for (const query of [NESTED.replace('$f: Int', '$f: Int = 500'), NESTED.replace('query($f: Int)', 'query').replaceAll('$f', '500')]) {
      const { body } = await post(query);
      expect(body.errors?.[0]?.extensions?.code, query).toBe('QUERY_TOO_COMPLEX');
    }
  });

  it('answers the same query with a first that fits', async () => {
    const { body } = await post(NESTED, { f: 5 });
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    const produces = body.data.entity.produces.edges;
    expect(produces.length).toBeGreaterThan(0);
    expect(produces.length).toBeLessThanOrEqual(5);
    expect(produces[0].node.producers.edges[0].node.produces.totalCount).toBeGreaterThan(0);
  });

  it('stops a request at its engine-time budget: QUERY_TIMEOUT, and the engine runs none of it past the budget', async () => {
    const requestId = 'bounded-heavy-1';
    const answer = post(HEAVY[0]!, {}, requestId);
    const oldest = await watch(answer);
    const { body } = await answer;
    expect(body.errors?.[0]?.extensions?.code).toBe('QUERY_TIMEOUT');
    expect(oldest.get(requestId), 'the engine ran the request').toBeGreaterThan(0);
    expect(oldest.get(requestId)).toBeLessThanOrEqual(BUDGET_MS + ENDING_MS);
    expect(await leftOver([requestId])).toEqual([]);
  });
});

describe('isolation', () => {
  it('serves another client\'s ordinary reads, every one right, while several hostile requests run', async () => {
    const ordinary = ORDINARY;
    const hostileIds = HEAVY.flatMap((_, i) => [`hostile-${i}-a`, `hostile-${i}-b`]);
    const hostile = Promise.all([
      ...HEAVY.flatMap((query, i) => [post(query, {}, `hostile-${i}-a`), post(query, {}, `hostile-${i}-b`)]),
      post(NESTED, { f: 500 }, 'hostile-nested'),
    ]);
    const oldest = watch(hostile);
    // Another client reads while they run: each answer complete and right.
    let served = 0;
    let hostileDone = false;
    void hostile.finally(() => (hostileDone = true));
    while (!hostileDone || served < ordinary.length) {
      const { query, check } = ordinary[served % ordinary.length]!;
      const { status, body } = await post(query);
      expect(status, query).toBe(200);
      expect(body.errors, query).toBeUndefined();
      check(body.data);
      served++;
    }
    const answers = await hostile;
    const codes = answers.map((a) => a.body.errors?.[0]?.extensions?.code);
    expect(codes.slice(0, -1).every((code) => code === 'QUERY_TIMEOUT' || code === undefined), codes.join()).toBe(true);
    expect(codes.filter((code) => code === 'QUERY_TIMEOUT').length).toBeGreaterThan(0);
    expect(codes.at(-1)).toBe('QUERY_TOO_COMPLEX');
    expect(served).toBeGreaterThan(ordinary.length);

    // The engine never held one of them past its budget, and holds none now.
    const seen = await oldest;
    for (const id of hostileIds) expect(seen.get(id) ?? 0, id).toBeLessThanOrEqual(BUDGET_MS + ENDING_MS);
    expect(await leftOver(hostileIds)).toEqual([]);
    // And the API holds no transaction of theirs either.
    expect(api.db.activity).toMatchObject({ waiting: 0, open: 0 });
    expect(api.db.activity.aborted).toBeGreaterThan(0);
  }, 120_000);
});
