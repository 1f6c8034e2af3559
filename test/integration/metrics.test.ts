/**
 * /metrics for operators (src/http/metrics.ts): Prometheus text on a listener of its own, never on the
 * public port; requests by operation name and result code, latency, what waits for the database,
 * what the engine runs. (Engine restarts: test/integration/supervision.test.ts, on a real `npm start`.)
 */
import { inject, afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../src/db/database.js';
import { Metrics } from '../../src/http/metrics.js';
import { logger, startTestApi, testDatabase, type TestApi } from '../helpers/context.js';

let api: TestApi;
let engine: Database;
let metricsUrl: string;

/** The API's budget per request, and its pool: two connections, so a test can take them all. */
const BUDGET_MS = 5_000;

beforeAll(async () => {
  const username = inject('neo4jUsername');
  const db = new Database({ uri: inject('neo4jUri'), username: username || undefined, password: inject('neo4jPassword'), queryTimeoutMs: BUDGET_MS, pool: { maxConnections: 2 }, logger });
  engine = testDatabase();
  api = await startTestApi({ db, metrics: new Metrics({ activity: db.activity, engine }) });
  metricsUrl = await api.server.metricsApp!.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await api.close();
  await engine.close();
});

const scrape = async () => (await fetch(`${metricsUrl}/metrics`)).text();

/** The value of one sample line, e.g. `supplygraph_engine_up`, or undefined when there is none. */
function sample(text: string, name: string, labels = ''): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${name}${labels} `));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

describe('/metrics', () => {
  it('counts requests by operation name and result code, with their latency, and reports the database and the engine', async () => {
    for (let i = 0; i < 3; i++) expect((await api.graphql('query TopCountries { countries(first: 2) { totalCount } }')).body.errors).toBeUndefined();
    expect((await api.graphql('query BadPage { countries(first: 1000) { totalCount } }')).body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await api.graphql('query Nested($f: Int) { countries(first: $f) { nodes { produces(first: $f) { totalCount } } } }', { f: 100 })).body.errors).toBeUndefined();
    const refused = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' });
    expect(refused.status).toBe(415);

    const response = await fetch(`${metricsUrl}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(text).toContain('# TYPE supplygraph_graphql_requests_total counter');
    expect(sample(text, 'supplygraph_graphql_requests_total', '{operation="TopCountries",code="OK"}')).toBe(3);
    expect(sample(text, 'supplygraph_graphql_requests_total', '{operation="BadPage",code="BAD_USER_INPUT"}')).toBe(1);
    expect(sample(text, 'supplygraph_graphql_requests_total', '{operation="Nested",code="OK"}')).toBe(1);
    expect(sample(text, 'supplygraph_graphql_requests_total', '{operation="anonymous",code="UNSUPPORTED_MEDIA_TYPE"}')).toBe(1);
    // The latency histogram: every query counted once, in buckets.
    expect(text).toContain('# TYPE supplygraph_graphql_request_duration_seconds histogram');
    expect(sample(text, 'supplygraph_graphql_request_duration_seconds_count', '{type="query"}')).toBe(5);
    expect(sample(text, 'supplygraph_graphql_request_duration_seconds_bucket', '{le="+Inf",type="query"}')).toBe(5);
    // The database as the API sees it: nothing waiting or open now; the reads above began transactions.
    expect(sample(text, 'supplygraph_database_waiting_transactions')).toBe(0);
    expect(sample(text, 'supplygraph_database_open_transactions')).toBe(0);
    expect(sample(text, 'supplygraph_database_transactions_total', '{mode="read"}')).toBeGreaterThanOrEqual(4);
    // The engine, asked at scrape time.
    expect(sample(text, 'supplygraph_engine_up')).toBe(1);
    expect(sample(text, 'supplygraph_engine_transactions')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'supplygraph_engine_restarts_total')).toBe(0);
    expect(sample(text, 'supplygraph_process_cpu_seconds_total')).toBeGreaterThan(0);
  });

  it('shows requests waiting for the database while every connection is taken, and what the engine runs', async () => {
    // Two slow statements take both connections until their budget runs out.
    const slow = 'UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n';
    const holders = [api.db.forRequest({ roundTrips: 0 }), api.db.forRequest({ roundTrips: 0 })];
    const held = holders.map((h) => h.read('test.hold', slow).catch((e: { extensions?: { code?: string } }) => e.extensions?.code));
    // An ordinary request now waits for a connection.
    const waiting = api.graphql('{ entity(id: "country:CN") { name } }');
    let text = '';
    for (let attempt = 0; attempt < 50; attempt++) {
      text = await scrape();
      // The engine is asked at most once a second, so its view may lag the pool's by that much.
      const engineSees = (sample(text, 'supplygraph_engine_transactions') ?? 0) >= 2;
      if (engineSees && sample(text, 'supplygraph_database_open_transactions') === 2 && (sample(text, 'supplygraph_database_waiting_transactions') ?? 0) >= 1) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(sample(text, 'supplygraph_database_waiting_transactions')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'supplygraph_database_open_transactions')).toBe(2);
    // The scrape asks the engine on a connection of its own: it sees the two running.
    expect(sample(text, 'supplygraph_engine_up')).toBe(1);
    expect(sample(text, 'supplygraph_engine_transactions')).toBeGreaterThanOrEqual(2);
    expect(sample(text, 'supplygraph_engine_oldest_transaction_seconds')).toBeGreaterThan(0);
    // Their budget ends them; then the waiting request is served.
    expect(await Promise.all(held)).toEqual(['QUERY_TIMEOUT', 'QUERY_TIMEOUT']);
    expect((await waiting).body.data.entity.name).toBe('China');
    await Promise.all(holders.map((h) => h.endRequest()));
    text = await scrape();
    expect(sample(text, 'supplygraph_database_waiting_transactions')).toBe(0);
    expect(sample(text, 'supplygraph_database_aborted_transactions_total')).toBeGreaterThanOrEqual(2);
  });

  it('bounds operation names: client-made names are labels only up to a point, odd ones are not labels at all', async () => {
    await api.graphql('query Q_ok { __typename }');
    const text = await scrape();
    expect(sample(text, 'supplygraph_graphql_requests_total', '{operation="Q_ok",code="OK"}')).toBe(1);
    expect(text).not.toMatch(/operation="[^"]*[^A-Za-z0-9_"][^"]*"/);
  });

  it('is not on the public port', async () => {
    const response = await fetch(`${api.url}/metrics`);
    expect(response.status).toBe(404);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('NOT_FOUND');
  });
});
