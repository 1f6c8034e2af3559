/**
 * The one way supplygraph talks to Neo4j. Reads go through read transactions (routed to
 * secondaries in a cluster), writes through write transactions; the driver's bookmark manager
 * keeps them causally consistent. Rows come back as plain JSON (see values.ts), and driver
 * errors become API errors here and nowhere else.
 *
 * A request's view (`forRequest`) runs all its reads in one read transaction, opened at the first
 * read and committed when the request ends (`endRequest`, called by the server's request plugin):
 * one BEGIN and one COMMIT per request instead of one per statement.
 *
 * neo4j-driver 6 captures a stack trace for every Result (for its error messages); it has no
 * switch to turn that off, so it stays.
 */
import neo4j, { Neo4jError, type Driver, type ManagedTransaction, type Session, type Transaction as DriverTransaction } from 'neo4j-driver';
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
 * The driver's connection pool. A request holds one connection for its read transaction, so at most
 * `maxConnections` requests read at once; the others wait in the driver's queue, first come first
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

  constructor(
    private readonly options: DatabaseOptions,
    driver?: Driver,
    private readonly stats?: QueryStats,
    private readonly requestReads?: RequestReads,
  ) {
    this.driver = driver ?? createDriver(options);
  }

  get name(): string | undefined {
    return this.options.database;
  }

  /**
   * A request's view: counts its round trips into `stats`, and runs every read of the request in
   * one read transaction, opened lazily. Call `endRequest` when the request is answered.
   */
  forRequest(stats: QueryStats, logger?: Logger): Database {
    // The request's logger, so database warnings carry its request id.
    return new Database(logger ? { ...this.options, logger } : this.options, this.driver, stats, new RequestReads(this.driver, this.options.database, this.options.queryTimeoutMs));
  }

  /** Commits and closes the request's read transaction, if one was opened. Never throws. */
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
    for (let attempt = 1; ; attempt++) {
      // The bookmark manager executeQuery uses, so that a read after this write (in this process) waits
      // for it on whichever cluster member it is routed to (docs/SCALING.md).
      const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE, bookmarkManager: this.driver.executeQueryBookmarkManager });
      try {
        return await session.executeWrite((tx) => work(new Transaction(tx, this.stats)), { timeout: this.options.queryTimeoutMs * 6 });
      } catch (error) {
        if (attempt < attempts && isRetriableWrite(error, options.retryConflicts ?? false)) {
          this.options.logger.debug({ query: name, attempt, code: codeOf(error) }, 'write retried');
          await new Promise((resolve) => setTimeout(resolve, Math.min(2_000, 50 * 2 ** attempt) * (0.5 + Math.random())));
          continue;
        }
        throw this.translate(name, error);
      } finally {
        await session.close();
      }
    }
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
    if (code && /TransactionTimedOut/.test(code)) {
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
 * One request's reads: a session and a read transaction opened at the first read, shared by
 * every read of the request (the driver queues statements on the transaction's connection), and
 * committed by `end`. A statement that fails leaves the transaction unusable, so the next read
 * opens a fresh one: one failing root field does not fail its siblings.
 */
class RequestReads {
  private open?: { session: Session; tx: DriverTransaction };
  private ended = false;

  constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
    private readonly timeoutMs: number,
  ) {}

  private transaction(): DriverTransaction {
    if (!this.open) {
      // Sharing the bookmark manager with executeQuery and the write sessions keeps a request's
      // reads causally after writes this process made (read-your-writes in a cluster).
      const session = this.driver.session({
        database: this.database,
        defaultAccessMode: neo4j.session.READ,
        bookmarkManager: this.driver.executeQueryBookmarkManager,
      });
      const tx = session.beginTransaction({ timeout: this.timeoutMs, metadata: { query: 'request' } });
      this.open = { session, tx };
    }
    return this.open.tx;
  }

  async run(cypher: string, params: Params): Promise<Row[]> {
    if (this.ended) throw new Error('the request has ended; its reads are closed');
    const open = this.transaction();
    try {
      const result = await open.run(cypher, params);
      return result.records.map((record) => toPlain(record.toObject()) as Row);
    } catch (error) {
      if (this.open?.tx === open) this.discard();
      throw error;
    }
  }

  private discard(): void {
    const open = this.open;
    this.open = undefined;
    if (open) void open.session.close().catch(() => {});
  }

  async end(): Promise<void> {
    this.ended = true;
    const open = this.open;
    this.open = undefined;
    if (!open) return;
    try {
      if (open.tx.isOpen()) await open.tx.commit();
    } catch {
      // Every read has already answered; a failed commit of a read transaction loses nothing.
    } finally {
      await open.session.close().catch(() => {});
    }
  }
}

function isConnectionFailure(error: unknown): boolean {
  const message = error instanceof Error ? error.message : '';
  return /ECONNREFUSED|ECONNRESET|Connection acquisition timed out|Failed to connect|connection was closed|Pool is closed/i.test(message);
}
