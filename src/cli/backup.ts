/**
 * `npm run db:backup [-- <file>]`: dumps the local engine's database with `neo4j-admin database
 * dump` (default file: <data folder>/../backups/supplygraph-<time>.dump).
 * `npm run db:restore -- <file>`: first dumps the current database beside the backups (so a
 * restore can be undone), then loads <file> with `neo4j-admin database load`.
 * Both need the engine stopped (Neo4j Community dumps and loads only a stopped database) and work
 * on the local engine only; a server of your own or Aura has its own tools (docs/SECURITY.md).
 */
import path from 'node:path';
import { ConfigError, loadConfig } from '../startup/config.js';
import { dumpDatabase, loadDatabase } from '../db/backup.js';
import { EngineError } from '../db/localEngine.js';

const [command, fileArgument] = process.argv.slice(2);
const say = (message: string) => process.stderr.write(`supplygraph db:${command ?? '?'}: ${message}\n`);

if ((command !== 'backup' && command !== 'restore') || (command === 'restore' && !fileArgument)) {
  process.stderr.write('usage: npm run db:backup [-- <file.dump>] | npm run db:restore -- <file.dump>\n');
  process.exit(2);
}

const stamp = () => new Date().toISOString().replace(/[:.]/g, '-');
const size = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} kB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

try {
  const config = loadConfig();
  if (config.neo4j.mode !== 'local') {
    throw new EngineError(
      `NEO4J_URI is set: back up that server with its own tools (\`neo4j-admin database dump\` on the server, or Aura's snapshots and export); see docs/SECURITY.md. db:${command} works on the local engine's folder.`,
    );
  }
  const { dataDir } = config.neo4j;
  const backups = path.join(path.dirname(dataDir), 'backups');
  if (command === 'backup') {
    const file = path.resolve(fileArgument ?? path.join(backups, `supplygraph-${stamp()}.dump`));
    const bytes = await dumpDatabase(dataDir, file, say);
    say(`backed up to ${file} (${size(bytes)}). Restore it with \`npm run db:restore -- ${file}\`.`);
  } else {
    const file = path.resolve(fileArgument!);
    const previous = path.join(backups, `before-restore-${stamp()}.dump`);
    const bytes = await dumpDatabase(dataDir, previous, say).catch((error: unknown) => {
      // Nothing to keep in an empty folder (a restore onto a fresh machine); any other failure stops the restore.
      if (error instanceof EngineError && /no database in/.test(error.message)) return undefined;
      throw error;
    });
    if (bytes !== undefined) say(`kept the database it replaces in ${previous} (${size(bytes)}).`);
    await loadDatabase(dataDir, file, say);
    say(`restored ${file} into ${dataDir}. Start supplygraph (\`npm start\`) to serve it.`);
  }
} catch (error) {
  if (error instanceof ConfigError || error instanceof EngineError) {
    say(error.message);
    process.exit(1);
  }
  throw error;
}
