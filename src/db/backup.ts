/**
 * Backups of the local engine's database with Neo4j's own tools: `neo4j-admin database dump` and
 * `neo4j-admin database load` (org.neo4j.cli.AdminTool, on the engine's Maven classpath), run on
 * its data folder. Neo4j Community can dump and load only a database that is not running, so both
 * refuse while an engine (`npm start`, its pid file) uses the folder. A user's own server or Aura
 * is backed up with its own tools (docs/SECURITY.md, "Backups").
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rename, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { EngineError } from './localEngine.js';
import { DATABASE, mustBeStopped, neo4jAdmin } from './neo4jAdmin.js';

/**
 * Dumps the local engine's database into `file` (a `.dump`, Neo4j's own format). The engine must
 * be stopped. Returns the file's size in bytes.
 */
export async function dumpDatabase(dataDir: string, file: string, onProgress: (message: string) => void = () => {}): Promise<number> {
  mustBeStopped(dataDir, 'dump');
  if (!existsSync(path.join(dataDir, 'data', 'databases', DATABASE))) {
    throw new EngineError(`There is no database in ${dataDir} yet: start supplygraph once (\`npm start\`), or set SUPPLYGRAPH_DATA_DIR to the folder that holds it.`);
  }
  await mkdir(path.dirname(file), { recursive: true });
  // neo4j-admin writes <database>.dump into a folder: a fresh one, then the file is moved into place.
  const work = await mkdtemp(path.join(path.dirname(file), '.dump-'));
  try {
    onProgress(`Dumping the database in ${dataDir} with neo4j-admin…`);
    await neo4jAdmin(dataDir, ['database', 'dump', DATABASE, `--to-path=${work}`], onProgress);
    await rename(path.join(work, `${DATABASE}.dump`), file);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return (await stat(file)).size;
}

/**
 * Replaces the local engine's database with the one dumped in `file`. The engine must be stopped;
 * the next start serves the loaded graph.
 */
export async function loadDatabase(dataDir: string, file: string, onProgress: (message: string) => void = () => {}): Promise<void> {
  mustBeStopped(dataDir, 'load');
  if (!existsSync(file)) throw new EngineError(`No backup at ${file}: give the path of a .dump file made by \`npm run db:backup\`.`);
  await mkdir(dataDir, { recursive: true });
  // neo4j-admin reads <database>.dump from a folder.
  const work = await mkdtemp(path.join(os.tmpdir(), 'supplygraph-load-'));
  try {
    await copyFile(file, path.join(work, `${DATABASE}.dump`));
    onProgress(`Loading ${file} into ${dataDir} with neo4j-admin…`);
    await neo4jAdmin(dataDir, ['database', 'load', DATABASE, `--from-path=${work}`, '--overwrite-destination=true'], onProgress);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
