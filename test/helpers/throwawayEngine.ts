/**
 * A database of a test file's own (src/db/throwawayEngine.ts: a fresh folder, the local engine on
 * a free port, the schema applied) and, with `load: 'start'`, what `npm start` loads into an
 * empty database — the story and the reference data. For test files that write, or need the data
 * as loaded, so the shared test engine (globalSetup.ts) stays as the other files expect.
 */
import { throwawayEngine as startThrowaway, type ThrowawayEngine, type ThrowawayOptions } from '../../src/db/throwawayEngine.js';
import { loadSeedAndReference } from '../../src/ingest/reference/load.js';
import { logger } from './context.js';

export type { ThrowawayEngine } from '../../src/db/throwawayEngine.js';

export async function throwawayEngine(name: string, options: ThrowawayOptions & { load?: 'start' | 'none' } = {}): Promise<ThrowawayEngine> {
  const { load = 'none', ...engineOptions } = options;
  const own = await startThrowaway(name, { logger, ...engineOptions });
  try {
    if (load === 'start') await loadSeedAndReference(own.db);
  } catch (error) {
    await own.close();
    throw error;
  }
  return own;
}
