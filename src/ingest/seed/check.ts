/** `npm run seed:check`: validates the seed files without touching a database. */
import { SEED_DIR } from './load.js';
import { listSeedFiles, validateSeedFiles } from './validate.js';
import { DataError } from '../problems.js';

const dir = process.argv[2] ?? SEED_DIR;
try {
  const dataset = await validateSeedFiles(await listSeedFiles(dir));
  const byKind = new Map<string, number>();
  for (const n of dataset.nodes) byKind.set(n.kind, (byKind.get(n.kind) ?? 0) + 1);
  const byType = new Map<string, number>();
  for (const e of dataset.edges) byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
  console.log(`seed OK: ${dataset.files.length} file(s), ${dataset.nodes.length} nodes, ${dataset.edges.length} relationships`);
  console.log('  nodes:', Object.fromEntries(byKind));
  console.log('  relationships:', Object.fromEntries(byType));
} catch (error) {
  if (error instanceof DataError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
