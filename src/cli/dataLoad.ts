/**
 * `npm run data:load`: checks the reference files (data/reference/, checksums first), then loads
 * the seed and the reference data — countries, UN M49 regions, HS 2022, USGS world mineral
 * production — into the configured database, with progress. Idempotent: a second run changes
 * nothing, and a run interrupted midway completes when started again.
 */
import { ConfigError, loadConfig } from '../startup/config.js';
import { attachDatabase } from '../db/attach.js';
import { EngineError } from '../db/localEngine.js';
import { applySchema } from '../db/schema.js';
import { createLogger } from '../logger.js';
import { formatSummary } from '../ingest/seed/load.js';
import { DataError } from '../ingest/problems.js';
import { formatReferenceResult, loadSeedAndReference } from '../ingest/reference/load.js';

const say = (message: string) => process.stderr.write(`supplygraph data:load: ${message}\n`);

try {
  const config = loadConfig();
  const database = await attachDatabase(config, createLogger(config.logLevel), say);
  try {
    await applySchema(database.db);
    const { seed, reference } = await loadSeedAndReference(database.db, { onProgress: say });
    say(`loaded into ${database.describe}.\nSeed:\n${formatSummary(seed)}\nReference data: ${formatReferenceResult(reference)}\n${formatSummary(reference.summary)}`);
  } finally {
    await database.db.close();
    await database.engine?.stop();
  }
} catch (error) {
  if (error instanceof ConfigError || error instanceof EngineError || error instanceof DataError) {
    say(error.message);
    process.exit(1);
  }
  throw error;
}
