/**
 * A database of a test file's own: a fresh folder, the local engine on a free port, the schema
 * applied, and (with `load: 'start'`) what `npm start` loads into an empty database — the story
 * and the reference data. For test files that write, or need the data as loaded, so the shared
 * test engine (globalSetup.ts) stays as the other files expect. `close()` stops the engine and
 * removes the folder.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Database } from '../../src/db/database.js';
import { freePort, startEngine, type RunningEngine } from '../../src/db/localEngine.js';
import { applySchema } from '../../src/db/schema.js';
import { loadSeedAndReference } from '../../src/ingest/reference/load.js';
import { logger } from './context.js';

export interface ThrowawayEngine {
  db: Database;
  engine: RunningEngine;
  dataDir: string;
  close(): Promise<void>;
}

export interface ThrowawayOptions {
  /** `start`: the story and the reference data, as `npm start` loads them; `none` (default): the schema only. */
  load?: 'start' | 'none';
  /** An existing folder (a database built elsewhere) instead of a fresh one; it is not removed, and no schema is applied. */
  dataDir?: string;
  heapMb?: number;
  pageCacheMb?: number;
  queryTimeoutMs?: number;
}

export async function throwawayEngine(name: string, options: ThrowawayOptions = {}): Promise<ThrowawayEngine> {
  const own = options.dataDir === undefined;
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(os.tmpdir(), `supplygraph-${name}-`)));
  const engine = await startEngine({ dataDir, port: await freePort(), heapMb: options.heapMb ?? 1024, pageCacheMb: options.pageCacheMb ?? 128, startTimeoutMs: 240_000 });
  const db = new Database({ uri: engine.uri, queryTimeoutMs: options.queryTimeoutMs ?? 60_000, logger });
  const close = async () => {
    // The test's API may have closed the database already (startTestApi's close does).
    await db.close().catch(() => {});
    await engine.stop();
    if (own) await rm(dataDir, { recursive: true, force: true });
  };
  try {
    if (own) await applySchema(db);
    if (options.load === 'start') await loadSeedAndReference(db);
  } catch (error) {
    await close();
    throw error;
  }
  return { db, engine, dataDir, close };
}
