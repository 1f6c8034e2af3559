/** `npm run seed`: validates the seed files, then loads them into the configured database. */
import { ConfigError, loadConfig } from '../startup/config.js';
import { attachDatabase } from '../db/attach.js';
import { EngineError } from '../db/localEngine.js';
import { applySchema } from '../db/schema.js';
import { createLogger } from '../logger.js';
import { formatSummary, loadSeed } from '../ingest/seed/load.js';
import { DataError } from '../ingest/problems.js';

const say = (message: string) => process.stderr.write(`supplygraph seed: ${message}\n`);

try {
  const config = loadConfig();
  const database = await attachDatabase(config, createLogger(config.logLevel), say);
  try {
    await applySchema(database.db);
    say(`loaded into ${database.describe}:\n${formatSummary(await loadSeed(database.db))}`);
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
