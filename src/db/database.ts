/**
 * The one way supplygraph talks to Neo4j. Reads go through read transactions (routed to
 * secondaries in a cluster), writes through write transactions; the driver's bookmark manager
 * keeps them causally consistent. Rows come back as plain JSON (see values.ts), and driver
 * errors become API errors here and nowhere else.
 *
 * A request's view (`forRequest`) runs its reads on one session, opened at the first read and
 * closed when the request ends (`endRequest`, called by the server's request plugin), each as an
 * auto-commit read transaction: one round trip per statement, no BEGIN or COMMIT.
 *
 * A request's transactions share one engine-time budget (`queryTimeoutMs` in all, EngineBudget):
 * each transaction is begun with what is left of it as its timeout, so the engine stops it, and
 * the driver side aborts it when the budget runs out (closing the session sends the engine a
 * RESET, which stops the running statement at once), so no request's work outlives its budget.
 *
 * neo4j-driver 6 captures a stack trace for every Result (for its error messages); it has no
 * switch to turn that off, so it stays: one per read statement, now that reads have no BEGIN or
 * COMMIT of their own.
 */
import neo4j, { Neo4jError, type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { GraphQLError } from 'graphql';
import { ConflictError, DatabaseUnavailableError, QueryTimeoutError } from '../errors.js';
import type { Logger } from '../logger.js';
import { toPlain, type Plain } from './values.js';

export type Row = Record<string, Plain>;
export type Params = Record<string, unknown>;

export interface DatabaseOptions {
  uri: string;
  username?: string;
  password?: string;
  database?: string;
  /** Per-transaction timeout; past it the client gets QUERY_TIMEOUT. */
  queryTimeoutMs: number;
  logger: Logger;
  /** Connections to Neo4j and how long a request waits for one (defaults: DEFAULT_POOL). */
  pool?: Partial<PoolOptions>;
}

/**
 * The driver's connection pool. A request holds one connection while one of its statements runs, so at
 * most `maxConnections` requests read at once; the others wait in the driver's queue, first come first
 * served, for up to `acquisitionTimeoutMs` before they get DATABASE_UNAVAILABLE. The wait is as long
 * as the query timeout by default, so a burst of clients queues instead of failing: under 64
 * clients a 5 s wait failed requests that would have been served a moment later. An unreachable
 * database still fails fast: a refused connection is not waited on, and `connectionTimeout` bounds a
 * silent one.
 */
export interface PoolOptions {
  maxConnections: number;
  acquisitionTimeoutMs: number;
}

export const DEFAULT_POOL: Readonly<PoolOptions> = { maxConnections: 100, acquisitionTimeoutMs: 10_000 };

/** Counts Cypher round trips, per request (context.ts) or per test. */
export interface QueryStats {
  roundTrips: number;
}

/** What the API has going on at the database right now, for /metrics (src/http/metrics.ts). */
export class DatabaseActivity {
  /** Reads asked for whose RUN the engine has not answered: waiting for a connection, the engine or their planning. */
  waiting = 0;
  /** Transactions begun and not yet ended. */
  open = 0;
  /** Transactions begun since start, by access mode. */
  readonly begun = { read: 0, write: 0 };
  /** Transactions ended because their request's budget ran out: by the API's timer or the engine's own timeout. */
  aborted = 0;
}

/**
 * A request's engine time: its transactions together may run for `totalMs` (the query timeout),
 * counted for a read from the engine's answer to its RUN, for a write from its start, to its end.
 */
export class EngineBudget {
  private spentMs = 0;
  private readonly running = new Set<{ since: number }>();

  constructor(readonly totalMs: number) {}

  remainingMs(): number {
    const now = Date.now();
    let running = 0;
    for (const t of this.running) running += now - t.since;
    return this.totalMs - this.spentMs - running;
  }

  /** Marks a transaction as running; the returned function ends it (idempotent). */
  start(): () => void {
    const entry = { since: Date.now() };
    this.running.add(entry);
    return () => {
      if (!this.running.delete(entry)) return;
      this.spentMs += Date.now() - entry.since;
    };
  }
}

/**
 * Settles `work` or, when `budget` runs out first (counted from `begun`), calls `abort` and rejects
 * with QUERY_TIMEOUT. The timer starts only once the transaction has begun: waiting for a
 * connection is not engine time (the pool's acquisition timeout bounds that).
 */
async function withinBudget<T>(work: Promise<T>, begun: Promise<unknown>, budget: EngineBudget, abort: () => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const due = new Promise<never>((_, reject) => {
    begun.then(
      () => {
        timer = setTimeout(() => {
          abort();
          reject(new QueryTimeoutError());
        }, Math.max(0, budget.remainingMs()));
      },
      () => undefined, // the work fails with the same error
    );
  });
  try {
    return await Promise.race([work, due]);
  } finally {
    clearTimeout(timer);
  }
}

/** The engine ended a transaction at its timeout (which the API sets to what is left of the budget). */
function isEngineTimeout(error: unknown): boolean {
  return error instanceof Neo4jError && /TransactionTimedOut/.test(error.code);
}

export function createDriver(options: Pick<DatabaseOptions, 'uri' | 'username' | 'password' | 'pool'>): Driver {
  const auth = options.username !== undefined ? neo4j.auth.basic(options.username, options.password ?? '') : undefined;
  const pool = { ...DEFAULT_POOL, ...options.pool };
  return neo4j.driver(options.uri, auth, {
    // Fail fast when the database is away, so requests get DATABASE_UNAVAILABLE instead of hanging.
    connectionTimeout: 3_000,
    maxConnectionPoolSize: pool.maxConnections,
    connectionAcquisitionTimeout: pool.acquisitionTimeoutMs,
    // Retries wait ~1 s, then ~2 s (±20 %): 1 s allows one or two, so while the database is down a
    // request fails in ~1-4 s (3 s allowed a third: up to ~7.5 s, and past 10 s while it shuts down).
    maxTransactionRetryTime: 1_000,
    disableLosslessIntegers: false,
    logging: { level: 'error', logger: () => {} },
  });
}

export interface WriteOptions {
  /** Retry uniqueness violations (upserts by id); creations leave this off and answer CONFLICT. */
  retryConflicts?: boolean;
  /** Attempts in all, the first included (default 8). */
  attempts?: number;
}

const WRITE_ATTEMPTS = 8;
const CONSTRAINT_VIOLATION = 'Neo.ClientError.Schema.ConstraintValidationFailed';

const codeOf = (error: unknown): string | undefined => (error instanceof Neo4jError ? error.code : undefined);

/** Transient faults inside a healthy server (deadlocks, lock timeouts), not outages: those fail fast. */
function isRetriableWrite(error: unknown, retryConflicts: boolean): boolean {
  const code = codeOf(error) ?? '';
  if (retryConflicts && code === CONSTRAINT_VIOLATION) return true;
  if (code === neo4j.error.SERVICE_UNAVAILABLE || code === neo4j.error.SESSION_EXPIRED || /DatabaseUnavailable|TransactionTimedOut/.test(code) || isConnectionFailure(error)) return false;
  return /^Neo\.TransientError\./.test(code);
}

/**
 * Statements being planned ahead (`prepare`), by driver and Cypher text. A read of the same text
 * waits for that planning instead of planning it a second time inside its own, shorter timeout.
 */
const planning = new WeakMap<Driver, Map<string, Promise<void>>>();

export class Database {
  readonly driver: Driver;
  readonly activity: DatabaseActivity;

  constructor(
    private readonly options: DatabaseOptions,
    driver?: Driver,
    private readonly stats?: QueryStats,
    private readonly requestReads?: RequestReads,
    activity?: DatabaseActivity,
  ) {
    this.driver = driver ?? createDriver(options);
    this.activity = activity ?? new DatabaseActivity();
  }

  get name(): string | undefined {
    return this.options.database;
  }

  /**
   * A request's view: counts its round trips into `stats`, runs the request's reads one after
   * another on one session, opened lazily, and holds all its transactions (writes too) to one engine-time
   * budget of `queryTimeoutMs` (by default the request timeout; the warm-up's requests plan, which
   * takes longer). Call `endRequest` when the request is answered.
   */
  forRequest(stats: QueryStats, logger?: Logger, requestId?: string, queryTimeoutMs = this.options.queryTimeoutMs): Database {
    // The request's logger, so database warnings carry its request id.
    const options = logger ? { ...this.options, logger } : this.options;
    const budget = new EngineBudget(queryTimeoutMs);
    return new Database(options, this.driver, stats, new RequestReads(this.driver, options, budget, this.activity, requestId), this.activity);
  }

  /** Closes the request's session, if one was opened, once its reads have settled. Never throws. */
  endRequest(): Promise<void> {
    return this.requestReads?.end() ?? Promise.resolve();
  }

  /** Runs one named read query; `name` is for logs and errors, e.g. 'entity.findById'. */
  async read(name: string, cypher: string, params: Params = {}): Promise<Row[]> {
    const planned = planning.get(this.driver)?.get(cypher);
    if (planned) await planned;
    if (!this.requestReads) return this.run(name, cypher, params, neo4j.routing.READ);
    if (this.stats) this.stats.roundTrips++;
    try {
      return await this.requestReads.run(cypher, params);
    } catch (error) {
      if (error instanceof QueryTimeoutError) throw this.timedOut(name);
      throw this.translate(name, error);
    }
  }

  write(name: string, cypher: string, params: Params = {}): Promise<Row[]> {
    return this.run(name, cypher, params, neo4j.routing.WRITE);
  }

  /**
   * Several writes that succeed or fail together. Deadlocks and other transient failures are
   * retried (bounded, with jittered backoff) on top of the driver's own short retry, so concurrent
   * writers converge instead of failing. With `retryConflicts`, a uniqueness violation is retried
   * too: an upsert that lost a race to create the same id finds it on the next attempt. Without it
   * (creations), the violation is the answer: CONFLICT.
   */
  async writeTransaction<T>(name: string, work: (tx: Transaction) => Promise<T>, options: WriteOptions = {}): Promise<T> {
    const attempts = options.attempts ?? WRITE_ATTEMPTS;
    // A request's writes (mutations) spend its engine-time budget; the seed and the import have their own, longer one.
    const budget = this.requestReads?.budget;
    for (let attempt = 1; ; attempt++) {
      const timeout = budget ? budget.remainingMs() : this.options.queryTimeoutMs * 6;
      if (timeout <= 0) throw this.timedOut(name);
      // The bookmark manager executeQuery uses, so that a read after this write (in this process) waits
      // for it on whichever cluster member it is routed to (docs/SCALING.md).
      const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE, bookmarkManager: this.driver.executeQueryBookmarkManager });
      this.activity.begun.write++;
      this.activity.open++;
      const end = budget?.start();
      try {
        const requestId = this.requestReads?.requestId;
        const written = session.executeWrite((tx) => work(new Transaction(tx, this.stats)), { timeout, metadata: { query: name, ...(requestId ? { requestId } : {}) } });
        if (!budget) return await written;
        return await withinBudget(written, Promise.resolve(), budget, () => {
          this.activity.aborted++;
          void session.close().catch(() => {});
        });
      } catch (error) {
        if (error instanceof QueryTimeoutError) throw this.timedOut(name);
        if (budget && isEngineTimeout(error)) this.activity.aborted++;
        if (attempt < attempts && isRetriableWrite(error, options.retryConflicts ?? false)) {
          this.options.logger.debug({ query: name, attempt, code: codeOf(error) }, 'write retried');
          await new Promise((resolve) => setTimeout(resolve, Math.min(2_000, 50 * 2 ** attempt) * (0.5 + Math.random())));
          continue;
        }
        throw this.translate(name, error);
      } finally {
        end?.();
        this.activity.open--;
        await session.close();
      }
    }
  }

  private timedOut(name: string): QueryTimeoutError {
    this.options.logger.warn({ query: name }, 'request ran out of engine time; its transaction was stopped');
    return new QueryTimeoutError();
  }

  /**
   * Runs a read statement once so that the engine plans it and caches the plan, with `timeoutMs`
   * instead of the query timeout (planning a large statement on a busy machine can take longer than
   * a request may). For start-up warm-ups; the rows are dropped.
   */
  async prepare(name: string, cypher: string, params: Params, timeoutMs: number): Promise<void> {
    const pending = planning.get(this.driver) ?? new Map<string, Promise<void>>();
    planning.set(this.driver, pending);
    const done = this.driver
      .executeQuery(cypher, params, {
        database: this.options.database,
        routing: neo4j.routing.READ,
        transactionConfig: { timeout: timeoutMs, metadata: { query: `${name} (warm-up)` } },
      })
      .then(() => undefined);
    // Readers waiting on it go ahead either way: a failed warm-up only means they plan it themselves.
    pending.set(cypher, done.catch(() => undefined));
    try {
      await done;
    } catch (error) {
      throw this.translate(name, error);
    } finally {
      pending.delete(cypher);
    }
  }

  /** Round-trip check for /health; throws when the database cannot be reached. */
  async ping(): Promise<void> {
    await this.driver.executeQuery('RETURN 1', {}, { database: this.options.database, routing: neo4j.routing.READ });
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  private async run(name: string, cypher: string, params: Params, routing: 'READ' | 'WRITE'): Promise<Row[]> {
    if (this.stats) this.stats.roundTrips++;
    try {
      const result = await this.driver.executeQuery(cypher, params, {
        database: this.options.database,
        routing,
        transactionConfig: { timeout: this.options.queryTimeoutMs, metadata: { query: name } },
      });
      return result.records.map((record) => toPlain(record.toObject()) as Row);
    } catch (error) {
      throw this.translate(name, error);
    }
  }

  /** The single place driver errors become API errors. The original is logged, never sent. */
  private translate(name: string, error: unknown): Error {
    // The API's own errors (CONFLICT, BAD_USER_INPUT, NOT_FOUND… thrown inside a transaction) pass
    // through as they are: they are answers, not database faults.
    if (error instanceof GraphQLError) return error;
    const code = error instanceof Neo4jError ? error.code : undefined;
    // The server's own "not available" (e.g. Neo.TransientError.General.DatabaseUnavailable while it
    // shuts down or starts) is an outage too, not an internal error.
    if (code === neo4j.error.SERVICE_UNAVAILABLE || code === neo4j.error.SESSION_EXPIRED || /\.DatabaseUnavailable$/.test(code ?? '') || isConnectionFailure(error)) {
      this.options.logger.warn({ query: name, code }, 'database unavailable');
      return new DatabaseUnavailableError();
    }
    if (isEngineTimeout(error)) {
      this.options.logger.warn({ query: name, code }, 'query timed out');
      return new QueryTimeoutError();
    }
    if (code === CONSTRAINT_VIOLATION) {
      // The database decided: another write holds this id (possibly one that committed a moment ago).
      return new ConflictError('That id is already taken: another write created it first.');
    }
    this.options.logger.error({ query: name, err: error }, 'database error');
    return error instanceof Error ? error : new Error(String(error));
  }
}

/** A transaction handed to writeTransaction's callback: the same row shape as Database.read. */
export class Transaction {
  constructor(
    private readonly tx: ManagedTransaction,
    private readonly stats?: QueryStats,
  ) {}

  async run(cypher: string, params: Params = {}): Promise<Row[]> {
    if (this.stats) this.stats.roundTrips++;
    const result = await this.tx.run(cypher, params);
    return result.records.map((record) => toPlain(record.toObject()) as Row);
  }
}

/**
 * One request's reads: a session opened at the first read, on which each statement runs as an
 * auto-commit transaction (RUN and PULL in one round trip; BEGIN and COMMIT would add a message,
 * a round trip and two driver results per request: side by side, 1.3x the throughput of
 * `executeQuery`). Neo4j reads are read-committed, so one explicit transaction per request gave
 * its statements no common snapshot to lose. A session runs one statement at a time, so the
 * request's statements take turns in the order they were asked for, as they did when the driver
 * queued them on the request's transaction. Each is begun with what is left of the request's budget
 * as its engine-side timeout and aborted when the budget runs out; a statement that fails or is
 * aborted closes the session (which sends RESET), and the next read opens a fresh one.
 */
class RequestReads {
  private session?: Session;
  /** The statement asked for last, settled: the next one starts after it. */
  private previous: Promise<unknown> = Promise.resolve();
  private ended = false;

  constructor(
    private readonly driver: Driver,
    private readonly options: Pick<DatabaseOptions, 'database'>,
    readonly budget: EngineBudget,
    private readonly activity: DatabaseActivity,
    /** Named in the transaction's metadata, so `SHOW TRANSACTIONS` tells which request runs what. */
    readonly requestId?: string,
  ) {}

  run(cypher: string, params: Params): Promise<Row[]> {
    if (this.ended) return Promise.reject(new Error('the request has ended; its reads are closed'));
    const turn = this.previous.then(() => this.runNow(cypher, params));
    this.previous = turn.catch(() => undefined);
    return turn;
  }

  private async runNow(cypher: string, params: Params): Promise<Row[]> {
    if (this.ended) throw new Error('the request has ended; its reads are closed');
    const timeout = Math.floor(this.budget.remainingMs());
    if (timeout <= 0) throw new QueryTimeoutError();
    // Sharing the bookmark manager with executeQuery and the write sessions keeps a request's
    // reads causally after writes this process made (read-your-writes in a cluster). A failed read
    // is the answer, not retried inside the request's budget.
    const session = (this.session ??= this.driver.session({
      database: this.options.database,
      defaultAccessMode: neo4j.session.READ,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
      disableAutoCommitRetries: true,
    }));
    const activity = this.activity;
    activity.waiting++;
    // The engine has begun the statement when it answers RUN (the fields of its rows): until then
    // it waits for a connection or for the engine, which is not the request's engine time.
    let stop: (() => void) | undefined;
    let markBegun = () => {};
    const begun = new Promise<void>((resolve) => (markBegun = resolve));
    const rows = new Promise<Row[]>((resolve, reject) => {
      const out: Row[] = [];
      session.run(cypher, params, { timeout, metadata: { query: 'request', ...(this.requestId ? { requestId: this.requestId } : {}) } }).subscribe({
        onKeys: () => {
          if (stop) return;
          activity.waiting--;
          activity.open++;
          activity.begun.read++;
          stop = this.budget.start();
          markBegun();
        },
        onNext: (record) => out.push(toPlain(record.toObject()) as Row),
        onCompleted: () => resolve(out),
        onError: reject,
      });
    });
    try {
      return await withinBudget(rows, begun, this.budget, () => {
        activity.aborted++;
        this.discard(session);
      });
    } catch (error) {
      // The engine's own timeout is the same budget, and may end the statement a moment before our timer.
      if (isEngineTimeout(error)) activity.aborted++;
      this.discard(session);
      throw error;
    } finally {
      if (stop) {
        stop();
        activity.open--;
      } else activity.waiting--;
    }
  }

  /** Drops `session` if it is still the request's: closing it sends RESET, which stops a running statement. */
  private discard(session: Session): void {
    if (this.session === session) this.session = undefined;
    void session.close().catch(() => {});
  }

  /** Closes the request's session once its last statement has settled. Never throws. */
  async end(): Promise<void> {
    this.ended = true;
    await this.previous;
    const session = this.session;
    this.session = undefined;
    await session?.close().catch(() => {});
  }
}

function isConnectionFailure(error: unknown): boolean {
  const message = error instanceof Error ? error.message : '';
  return /ECONNREFUSED|ECONNRESET|Connection acquisition timed out|Failed to connect|connection was closed|Pool is closed/i.test(message);
}
