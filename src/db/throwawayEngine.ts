/**
 * A local engine of its own, for the test run, a test file or a benchmark: a fresh folder (or a
 * given one), a free port, a Database on it and, in a fresh folder, the schema applied. The one
 * fixture the tests (test/helpers) and the bench (bench/) start engines with. `restart()` starts
 * it again on the same folder and port, with empty plan and page caches, as after a reboot;
 * `close()` stops it and removes a folder it made. The engine also stops by itself if this process
 * dies (its stdin closes).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createLogger, type Logger } from '../logger.js';
import { Database } from './database.js';
import { freePort, startEngine, type RunningEngine } from './localEngine.js';
import { applySchema } from './schema.js';

export interface ThrowawayEngine {
  db: Database;
  /** The running engine (a new one after restart()). */
  readonly engine: RunningEngine;
  uri: string;
  dataDir: string;
  restart(): Promise<void>;
  close(): Promise<void>;
}

export interface ThrowawayOptions {
  /** An existing folder (a database built elsewhere) instead of a fresh one: not removed, and no schema applied. */
  dataDir?: string;
  heapMb?: number;
  pageCacheMb?: number;
  startTimeoutMs?: number;
  /** The Database's query timeout. */
  queryTimeoutMs?: number;
  logger?: Logger;
  /** Building and starting, for the person waiting. */
  onProgress?: (message: string) => void;
}

/** `name` names the folder (`/tmp/supplygraph-<name>-…`), so a left-over one says whose it was. */
export async function throwawayEngine(name: string, options: ThrowawayOptions = {}): Promise<ThrowawayEngine> {
  const own = options.dataDir === undefined;
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(os.tmpdir(), `supplygraph-${name}-`)));
  const settings = { heapMb: options.heapMb ?? 1024, pageCacheMb: options.pageCacheMb ?? 128, startTimeoutMs: options.startTimeoutMs ?? 240_000, onProgress: options.onProgress };
  let engine: RunningEngine;
  try {
    engine = await startEngine({ dataDir, port: await freePort(), ...settings });
  } catch (error) {
    if (own) await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  const port = Number(new URL(engine.uri).port);
  const db = new Database({ uri: engine.uri, queryTimeoutMs: options.queryTimeoutMs ?? 60_000, logger: options.logger ?? createLogger('silent') });
  let closing: Promise<void> | undefined;
  const fixture: ThrowawayEngine = {
    db,
    get engine() {
      return engine;
    },
    uri: engine.uri,
    dataDir,
    async restart() {
      await engine.stop();
      // Same folder and port: the Database's driver finds it again.
      engine = await startEngine({ dataDir, port, ...settings });
    },
    close: () =>
      (closing ??= (async () => {
        // A test's API may have closed the database already.
        await db.close().catch(() => {});
        await engine.stop();
        if (own) await rm(dataDir, { recursive: true, force: true });
      })()),
  };
  try {
    if (own) await applySchema(db);
  } catch (error) {
    await fixture.close();
    throw error;
  }
  return fixture;
}
