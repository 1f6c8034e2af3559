/**
 * Metrics for operators, in the Prometheus text format (prom-client), served at /metrics on a port
 * of their own (SUPPLYGRAPH_METRICS_PORT), never on the public one: what clients ask and get, how
 * long it takes, what waits for the database, what the engine runs, and its restarts.
 *
 *   supplygraph_graphql_requests_total{operation, code}     requests to /graphql by operation name and result code (OK or the error code)
 *   supplygraph_graphql_request_duration_seconds{type}      latency histogram by operation type (query, mutation, none)
 *   supplygraph_database_waiting_transactions               transactions waiting for a connection or for the engine to begin them
 *   supplygraph_database_open_transactions                  transactions the API holds open
 *   supplygraph_database_transactions_total{mode}           transactions begun (read, write)
 *   supplygraph_database_aborted_transactions_total         transactions ended because their request's budget ran out
 *   supplygraph_engine_transactions                         transactions the engine runs right now (SHOW TRANSACTIONS)
 *   supplygraph_engine_oldest_transaction_seconds           the age of the oldest of them
 *   supplygraph_engine_up                                   1 when the database answers, 0 when it does not
 *   supplygraph_engine_restarts_total                       local engine restarts
 *   supplygraph_process_…, supplygraph_nodejs_…             prom-client's process metrics (CPU, memory, event loop lag)
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Database, DatabaseActivity } from '../db/database.js';
import type { SupervisorStatus } from '../db/supervisor.js';

/** What a request to /graphql came to, for the request counter. */
export interface Outcome {
  /** The operation's name as the client gave it (sanitised), `anonymous` without one. */
  operation: string;
  /** `OK`, or the code of the first error. */
  code: string;
  /** query, mutation, or `none` when no operation was resolved (a refused or malformed request). */
  type: string;
}

/** Distinct operation names kept as labels; further ones count as `other` (clients choose the names). */
const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

export class Metrics {
  readonly registry = new Registry();
  private readonly requests: Counter<'operation' | 'code'>;
  private readonly duration: Histogram<'type'>;
  private readonly operations = new Set<string>();

  /**
   * `activity`: the API's database activity (its Database's `activity`). `engine`: a Database with a
   * connection of its own to ask the engine what it runs, so that a scrape is answered while every
   * connection of the API's pool is taken (exactly when operators look).
   */
  constructor(options: { activity: DatabaseActivity; engine: Database; supervisor?: { status(): SupervisorStatus } }) {
    const { activity, engine: engineDb, supervisor } = options;
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry, prefix: 'supplygraph_' });
    this.requests = new Counter({ name: 'supplygraph_graphql_requests_total', help: 'Requests to /graphql by operation name and result code (OK or the first error code).', labelNames: ['operation', 'code'], registers });
    this.duration = new Histogram({
      name: 'supplygraph_graphql_request_duration_seconds',
      help: 'Time from a request to /graphql arriving to its answer being sent, by operation type.',
      labelNames: ['type'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    });
    new Gauge({ name: 'supplygraph_database_waiting_transactions', help: 'Transactions waiting for a database connection or for the engine to begin them.', registers, collect() { this.set(activity.waiting); } });
    new Gauge({ name: 'supplygraph_database_open_transactions', help: 'Transactions the API holds open.', registers, collect() { this.set(activity.open); } });
    // Counted by the database layer (which knows nothing of Prometheus); mirrored here when scraped.
    new Counter({
      name: 'supplygraph_database_transactions_total',
      help: 'Transactions begun, by access mode.',
      labelNames: ['mode'],
      registers,
      collect() {
        this.reset();
        this.inc({ mode: 'read' }, activity.begun.read);
        this.inc({ mode: 'write' }, activity.begun.write);
      },
    });
    new Counter({
      name: 'supplygraph_database_aborted_transactions_total',
      help: "Transactions ended because their request's engine-time budget ran out (by the API or the engine's timeout).",
      registers,
      collect() {
        this.reset();
        this.inc(activity.aborted);
      },
    });
    // The engine is asked once per scrape; the three gauges below share the answer.
    let asked: { at: number; answer: Promise<{ running: number; oldestSeconds: number } | undefined> } | undefined;
    const engine = () => {
      if (!asked || Date.now() - asked.at > 1_000) {
        asked = {
          at: Date.now(),
          answer: engineDb
            .read(
              'metrics.transactions',
              `SHOW TRANSACTIONS YIELD currentQuery, elapsedTime WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS'
               RETURN count(*) AS running, coalesce(max(elapsedTime.milliseconds), 0) AS oldestMs`,
            )
            .then(([row]) => ({ running: Number(row?.running ?? 0), oldestSeconds: Number(row?.oldestMs ?? 0) / 1000 }))
            .catch(() => undefined),
        };
      }
      return asked.answer;
    };
    new Gauge({
      name: 'supplygraph_engine_up',
      help: '1 when the database answers, 0 when it does not.',
      registers,
      async collect() {
        this.set((await engine()) ? 1 : 0);
      },
    });
    new Gauge({
      name: 'supplygraph_engine_transactions',
      help: 'Transactions the engine runs right now, from SHOW TRANSACTIONS (the scrape itself left out).',
      registers,
      async collect() {
        const answer = await engine();
        if (answer) this.set(answer.running);
        else this.reset();
      },
    });
    new Gauge({
      name: 'supplygraph_engine_oldest_transaction_seconds',
      help: 'The age of the oldest transaction the engine runs.',
      registers,
      async collect() {
        const answer = await engine();
        if (answer) this.set(answer.oldestSeconds);
        else this.reset();
      },
    });
    new Counter({
      name: 'supplygraph_engine_restarts_total',
      help: 'Restarts of the local engine after it died (always 0 for a Neo4j of your own).',
      registers,
      collect() {
        this.reset();
        this.inc(supervisor?.status().restarts ?? 0);
      },
    });
  }

  /** Counts one answered request to /graphql and its time. */
  observe(outcome: Outcome, seconds: number): void {
    this.requests.inc({ operation: this.label(outcome.operation), code: outcome.code });
    this.duration.observe({ type: outcome.type }, seconds);
  }

  /** The Prometheus text exposition. */
  text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  /** An operation name as a label: names a client makes up are bounded in number and shape. */
  private label(name: string): string {
    if (!OPERATION_NAME.test(name)) return 'invalid';
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATION_NAMES) return 'other';
    this.operations.add(name);
    return name;
  }
}
