/** `npm run engine:build`: builds the local Neo4j engine (neo4j/) with Maven if it is not built. */
import { EngineError, ensureEngineBuilt } from '../db/localEngine.js';

try {
  await ensureEngineBuilt((m) => process.stderr.write(`${m}\n`));
  process.stderr.write('The local Neo4j engine is built.\n');
} catch (error) {
  if (error instanceof EngineError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
