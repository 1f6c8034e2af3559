/**
 * Starts a throwaway local engine (src/db/throwawayEngine.ts) for the integration tests, unless
 * NEO4J_TEST_URI names a server to use; applies the schema and loads the seed once. The engine is
 * stopped afterwards, and it also stops by itself if this process dies (its stdin closes).
 */
import type { TestProject } from 'vitest/node';
import { Database } from '../../src/db/database.js';
import { throwawayEngine, type ThrowawayEngine } from '../../src/db/throwawayEngine.js';
import { applySchema } from '../../src/db/schema.js';
import { createLogger } from '../../src/logger.js';
import { loadSeed } from '../../src/ingest/seed/load.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUsername: string;
    neo4jPassword: string;
    /** The data folder of the throwaway engine; empty when NEO4J_TEST_URI is used. */
    engineDataDir: string;
  }
}

export default async function setup(project: TestProject) {
  let own: ThrowawayEngine | undefined;
  let uri = process.env.NEO4J_TEST_URI;
  if (!uri) {
    own = await throwawayEngine('test', { startTimeoutMs: 180_000, onProgress: (m) => process.stderr.write(`[test engine] ${m}\n`) });
    uri = own.uri;
  }
  const username = process.env.NEO4J_TEST_USERNAME ?? '';
  const password = process.env.NEO4J_TEST_PASSWORD ?? '';
  const db = own?.db ?? new Database({ uri, username: username || undefined, password, queryTimeoutMs: 30_000, logger: createLogger('silent') });
  try {
    if (!own) await applySchema(db);
    await loadSeed(db);
  } catch (error) {
    // No teardown runs when setup fails, so stop the engine here.
    await own?.close();
    throw error;
  } finally {
    await db.close();
  }
  project.provide('neo4jUri', uri);
  project.provide('neo4jUsername', username);
  project.provide('neo4jPassword', password);
  project.provide('engineDataDir', own?.dataDir ?? '');

  return async () => {
    await own?.close();
  };
}
