/**
 * Writes schema/relationship-connections.graphql from the model table (run by `npm run codegen`);
 * with --check, fails when the committed file differs (run by `npm run codegen:check`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../startup/config.js';
import { relationshipConnectionsSdl } from '../modules/relationship/relationship.sdl.js';

export const RELATIONSHIP_CONNECTIONS_FILE = path.join(PROJECT_ROOT, 'schema', 'relationship-connections.graphql');

const sdl = relationshipConnectionsSdl();
if (process.argv.includes('--check')) {
  let committed: string;
  try {
    committed = readFileSync(RELATIONSHIP_CONNECTIONS_FILE, 'utf8');
  } catch {
    committed = '';
  }
  if (committed !== sdl) {
    process.stderr.write('schema/relationship-connections.graphql is out of date: run `npm run codegen`.\n');
    process.exit(1);
  }
} else {
  writeFileSync(RELATIONSHIP_CONNECTIONS_FILE, sdl);
}
