/**
 * Writes what is generated from the model tables (run by `npm run codegen`): the relationship
 * connections' SDL (schema/relationship-connections.graphql) and the typed operations'
 * relationship fragments (client/operations/relationships.graphql). With --check, fails when a
 * committed file differs (run by `npm run codegen:check`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../startup/config.js';
import { relationshipOperations } from '../modules/relationship/relationship.operations.js';
import { relationshipConnectionsSdl } from '../modules/relationship/relationship.sdl.js';

export const RELATIONSHIP_CONNECTIONS_FILE = path.join(PROJECT_ROOT, 'schema', 'relationship-connections.graphql');
export const RELATIONSHIP_OPERATIONS_FILE = path.join(PROJECT_ROOT, 'client', 'operations', 'relationships.graphql');

const generated = [
  { file: RELATIONSHIP_CONNECTIONS_FILE, text: relationshipConnectionsSdl() },
  { file: RELATIONSHIP_OPERATIONS_FILE, text: relationshipOperations() },
];
if (process.argv.includes('--check')) {
  const stale = generated.filter(({ file, text }) => {
    try {
      return readFileSync(file, 'utf8') !== text;
    } catch {
      return true;
    }
  });
  for (const { file } of stale) process.stderr.write(`${path.relative(PROJECT_ROOT, file)} is out of date: run \`npm run codegen\`.\n`);
  if (stale.length > 0) process.exit(1);
} else {
  for (const { file, text } of generated) writeFileSync(file, text);
}
