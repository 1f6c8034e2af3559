/**
 * `npm run import -- <file> [--on-error=stop|skip] [--batch-size=N] [--dry-run] [--record=<kind>] [--bulk]`:
 * imports a JSON Lines or CSV file into the configured database, or with --bulk builds a new local
 * database from it with Neo4j's bulk importer (see docs/IMPORT.md).
 *
 * Exit codes: 0 imported (with --on-error=skip, possibly with rows skipped); 1 bad rows with
 * --on-error=stop (nothing written), or the database failed; 2 a problem with the command or the
 * file as a whole (missing, unknown extension, unreadable CSV header).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type Config } from '../startup/config.js';
import { attachDatabase, type AttachedDatabase } from '../db/attach.js';
import { EngineError } from '../db/localEngine.js';
import { applySchema } from '../db/schema.js';
import { ApiError } from '../errors.js';
import { createLogger } from '../logger.js';
import { checkFile, DEFAULT_BATCH_SIZE, importFile, type OnError } from '../ingest/import/import.js';
import { createProgress } from '../ingest/import/progress.js';
import { DataError } from '../ingest/problems.js';
import { isRecordKind, RECORD_KINDS, type RecordKind } from '../ingest/import/records.js';
import { bulkImport } from '../ingest/import/bulk.js';
import { formatBulk, formatOutcome, formatProblems, formatSummary } from '../ingest/import/report.js';
import { printableLines } from '../printable.js';

const USAGE = `usage: npm run import -- <file.jsonl|file.ndjson|file.csv> [options]

  --on-error=stop|skip  stop (default): one bad row or more → report every bad row, write nothing, exit 1
                        skip: write the good rows, skip and list the bad ones (and rows that refer to them)
  --batch-size=N        rows per write transaction (default ${DEFAULT_BATCH_SIZE.toLocaleString('en-US')})
  --dry-run             check everything, the database's ids included, and write nothing
  --record=KIND         CSV without a "record" column: every row is a KIND (${RECORD_KINDS.join(', ')})
  --bulk                a large first load: build a new local database (an empty SUPPLYGRAPH_DATA_DIR) from the
                        story, the reference data and the file with neo4j-admin's bulk importer; the engine must be stopped

The database is NEO4J_URI's, or the local engine (as for npm start); see docs/IMPORT.md.`;

// Messages can quote the file (a bad CSV cell, a path): control characters are escaped before they reach the terminal.
const say = (message: string) => process.stderr.write(`supplygraph import: ${printableLines(message)}\n`);

class UsageError extends Error {}

function parseCommandLine(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        'on-error': { type: 'string', default: 'stop' },
        'batch-size': { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        record: { type: 'string' },
        bulk: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return undefined;
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'give the file to import' : `give one file (got ${positionals.length}: ${positionals.join(' ')})`);
  const onError = values['on-error'];
  if (onError !== 'stop' && onError !== 'skip') throw new UsageError(`--on-error must be stop or skip (got "${onError}")`);
  const mode: OnError = onError;
  let batchSize = DEFAULT_BATCH_SIZE;
  if (values['batch-size'] !== undefined) {
    batchSize = Number(values['batch-size']);
    if (!/^\d+$/.test(values['batch-size']) || batchSize < 1 || batchSize > 1_000_000) {
      throw new UsageError(`--batch-size must be a whole number from 1 to 1000000 (got "${values['batch-size']}")`);
    }
  }
  if (values.bulk && values['dry-run']) throw new UsageError('--bulk and --dry-run go apart: check the file with --dry-run against a running database, or run --bulk (it checks every row before it writes anything)');
  if (values.bulk && values['batch-size'] !== undefined) throw new UsageError('--bulk writes no transactions, so --batch-size does not apply');
  const record = values.record;
  if (record !== undefined && !isRecordKind(record)) throw new UsageError(`--record must be one of ${RECORD_KINDS.join(', ')} (got "${record}")`);
  // npm runs scripts from the package folder; a relative path means the folder the command was typed in.
  const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0]!);
  return { file, shown: positionals[0]!, onError: mode, batchSize, dryRun: values['dry-run'], record, bulk: values.bulk };
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseCommandLine(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    say(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (!args) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }

  let database: AttachedDatabase | undefined;
  let interrupted = false;
  try {
    // Fail on the file before starting or reaching a database.
    const { size } = await checkFile(args.file, args.record);
    const config = loadConfig();
    if (args.bulk) return await runBulk(args, config, size);
    database = await attachDatabase(config, createLogger(process.env.LOG_LEVEL ? config.logLevel : 'silent'), say);
    const current = database;
    process.once('SIGINT', () => {
      interrupted = true;
      say('interrupted: stopping (batches already committed stay; importing the same file again is safe).');
      void current.db.close().finally(async () => {
        await current.engine?.stop();
        process.exit(130);
      });
    });
    if (!args.dryRun) await applySchema(database.db);
    say(`${args.dryRun ? 'checking (dry run)' : 'importing'} ${args.shown} ${args.dryRun ? 'against' : 'into'} ${database.describe} (--on-error=${args.onError}, --batch-size=${args.batchSize})`);
    const result = await importFile(database.db, {
      file: args.file,
      onError: args.onError,
      batchSize: args.batchSize,
      dryRun: args.dryRun,
      record: args.record,
      progress: createProgress(process.stderr, size),
    });
    if (result.problemCount > 0) {
      const what = result.ok ? 'skipped rows' : 'bad rows';
      process.stdout.write(`${what}:\n${formatProblems(result, args.shown)}\n`);
    }
    process.stdout.write(`${formatSummary(result)}\n${formatOutcome(result)}\n`);
    return result.ok ? 0 : 1;
  } catch (error) {
    if (interrupted) return 130;
    if (error instanceof DataError || error instanceof ConfigError) {
      say(error.message);
      return 2;
    }
    if (error instanceof EngineError) {
      // The local engine is already running (npm start): import into it over Bolt instead.
      const running = /already using/.test(error.message)
        ? `\nTo import into the running engine, run the command with NEO4J_URI=bolt://127.0.0.1:${process.env.SUPPLYGRAPH_ENGINE_PORT || 17687}.`
        : '';
      say(`${error.message}${running}\nNothing was imported.`);
      return 1;
    }
    if (error instanceof ApiError) {
      const code = error.extensions.code;
      const next =
        code === 'DATABASE_UNAVAILABLE'
          ? 'The database went away during the import. Check that it is running (npm start, or your NEO4J_URI), then run the same command again: batches already written stay, and importing them again changes nothing.'
          : code === 'QUERY_TIMEOUT'
            ? 'A write transaction took too long. Run again with a smaller --batch-size, or raise SUPPLYGRAPH_QUERY_TIMEOUT_MS (each transaction may take 6× that). Batches already written stay; importing again is safe.'
            : 'Run the same command again; importing again is safe.';
      say(`${error.message}\n${next}`);
      return 1;
    }
    say(`failed: ${error instanceof Error ? error.message : String(error)}\nBatches already written stay; fix the cause and run the same command again (importing again is safe).`);
    return 1;
  } finally {
    if (!interrupted) {
      await database?.db.close();
      await database?.engine?.stop();
    }
  }
}

/** --bulk: a new local database from the story, the reference data and the file (import/bulk.ts). */
async function runBulk(args: { file: string; shown: string; onError: OnError; record?: RecordKind }, config: Config, size: number): Promise<number> {
  if (config.neo4j.mode !== 'local') {
    say('--bulk builds the local engine\'s store with neo4j-admin, so it cannot write to NEO4J_URI. Unset NEO4J_URI (and set SUPPLYGRAPH_DATA_DIR to an empty folder), or import without --bulk.');
    return 2;
  }
  const { mode: _mode, ...engine } = config.neo4j;
  say(`bulk-importing ${args.shown} into a new database in ${engine.dataDir} (--on-error=${args.onError})`);
  const result = await bulkImport({ file: args.file, onError: args.onError, record: args.record, engine, progress: createProgress(process.stderr, size), onProgress: (m) => say(m) });
  if (result.problemCount > 0) process.stdout.write(`${result.ok ? 'skipped rows' : 'bad rows'}:\n${formatProblems(result, args.shown)}\n`);
  process.stdout.write(`${formatSummary(result)}\n`);
  if (!result.bulk) {
    process.stdout.write(`${formatOutcome(result)}\n`);
    return 1;
  }
  process.stdout.write(`${formatBulk(result.bulk)}\n${formatOutcome(result)} Start the API with \`npm start\` (same SUPPLYGRAPH_DATA_DIR).\n`);
  return 0;
}

process.exitCode = await main();
