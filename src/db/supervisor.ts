/**
 * Keeps the database available without a manual restart.
 *
 * The local engine: when its process ends without being asked to (a crash, the OOM killer,
 * kill -9), the API notices at once (the child's exit), logs it, reports it on /health, and starts
 * the engine again on the same data folder and port, with backoff and a bounded number of
 * attempts. The driver keeps its address, so requests work again as soon as the engine is back.
 *
 * A user's own Neo4j (NEO4J_URI): it is probed every few seconds; going down and coming back are
 * logged once each, and the driver reconnects by itself when the server returns.
 */
import type { Logger } from '../logger.js';
import type { Database } from './database.js';
import type { RunningEngine } from './localEngine.js';

export type DatabaseState = 'up' | 'down' | 'restarting' | 'failed';

export interface SupervisorStatus {
  state: DatabaseState;
  /** Local engine restarts so far. */
  restarts: number;
  /** When the current outage began (ISO time), if there is one. */
  since?: string;
  /** Why the engine is not up (its last exit, or the last failed start). */
  detail?: string;
}

export interface SupervisorOptions {
  db: Database;
  logger: Logger;
  /** The local engine, and how to start it again; absent for a user's own Neo4j. */
  engine?: RunningEngine;
  restartEngine?: () => Promise<RunningEngine>;
  /** Restart attempts per outage before giving up (default 5). */
  maxAttempts?: number;
  /** First backoff; doubles per attempt up to 30 s (default 1 s). */
  backoffMs?: number;
  /** How often a user's own Neo4j is probed (default 5 s). */
  probeIntervalMs?: number;
}

export class Supervisor {
  private engine: RunningEngine | undefined;
  private state: DatabaseState = 'up';
  private restarts = 0;
  private since: string | undefined;
  private detail: string | undefined;
  private closed = false;
  private probe: NodeJS.Timeout | undefined;
  private wake: (() => void) | undefined;

  constructor(private readonly options: SupervisorOptions) {
    this.engine = options.engine;
    if (this.engine) this.watch(this.engine);
    else this.startProbing();
  }

  status(): SupervisorStatus {
    return { state: this.state, restarts: this.restarts, ...(this.since ? { since: this.since } : {}), ...(this.detail ? { detail: this.detail } : {}) };
  }

  /** The engine running now (it changes after a restart). */
  get currentEngine(): RunningEngine | undefined {
    return this.engine;
  }

  /** Stops supervising, then stops the local engine (if any). */
  async close(): Promise<void> {
    this.closed = true;
    if (this.probe) clearInterval(this.probe);
    this.wake?.();
    await this.engine?.stop();
  }

  private watch(engine: RunningEngine): void {
    void engine.exited.then(({ code, signal }) => {
      if (this.closed || engine.stopRequested || engine !== this.engine) return;
      const how = signal ? `killed by ${signal}` : `exit code ${code}`;
      this.down('restarting', `the local engine (pid ${engine.pid}) ended unexpectedly (${how})`);
      this.options.logger.error({ pid: engine.pid, code, signal, logFile: engine.logFile }, 'local Neo4j engine died; restarting it');
      void this.restart();
    });
  }

  private async restart(): Promise<void> {
    const maxAttempts = this.options.maxAttempts ?? 5;
    let delay = this.options.backoffMs ?? 1_000;
    for (let attempt = 1; attempt <= maxAttempts && !this.closed; attempt++) {
      await this.sleep(delay);
      if (this.closed) return;
      try {
        this.options.logger.info({ attempt, maxAttempts }, 'starting the local Neo4j engine again');
        const engine = await this.options.restartEngine!();
        if (this.closed) {
          await engine.stop();
          return;
        }
        this.engine = engine;
        this.restarts++;
        this.watch(engine);
        await this.options.db.ping();
        this.options.logger.warn({ pid: engine.pid, attempt, restarts: this.restarts, downSince: this.since }, 'local Neo4j engine restarted; the API has recovered');
        this.up();
        return;
      } catch (error) {
        this.detail = `restart attempt ${attempt} of ${maxAttempts} failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
        this.options.logger.error({ attempt, maxAttempts, err: error }, 'could not restart the local Neo4j engine');
        delay = Math.min(delay * 2, 30_000);
      }
    }
    if (!this.closed) {
      this.state = 'failed';
      this.options.logger.fatal({ attempts: maxAttempts, detail: this.detail }, 'gave up restarting the local Neo4j engine; restart supplygraph (its log names the cause)');
    }
  }

  private startProbing(): void {
    const interval = this.options.probeIntervalMs ?? 5_000;
    this.probe = setInterval(() => void this.check(), interval);
    this.probe.unref();
  }

  private async check(): Promise<void> {
    try {
      await this.options.db.ping();
      if (this.state === 'down') {
        this.options.logger.warn({ downSince: this.since }, 'database reachable again; the API has recovered');
        this.up();
      }
    } catch (error) {
      if (this.state === 'up') {
        this.down('down', error instanceof Error ? error.message.split('\n')[0]! : String(error));
        this.options.logger.error({ detail: this.detail }, 'database unreachable; requests get DATABASE_UNAVAILABLE until it is back (retrying)');
      }
    }
  }

  private down(state: DatabaseState, detail: string): void {
    this.state = state;
    this.since ??= new Date().toISOString();
    this.detail = detail;
  }

  private up(): void {
    this.state = 'up';
    this.since = undefined;
    this.detail = undefined;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
