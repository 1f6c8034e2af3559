/**
 * `npm start`: configuration → database (the local engine unless NEO4J_URI is set) → schema →
 * seed (when the database is empty) → HTTP server. SIGINT / SIGTERM stop the server (in-flight
 * requests finish), then the driver, then the local engine.
 */
import { Authenticator } from './http/auth.js';
import { ConfigError, loadConfig } from './startup/config.js';
import { attachDatabase, type AttachedDatabase } from './db/attach.js';
import type { Database } from './db/database.js';
import { EngineError, isPortFree } from './db/localEngine.js';
import { applySchema, DuplicateIdsError } from './db/schema.js';
import { Supervisor } from './db/supervisor.js';
import { createLogger } from './logger.js';
import { Metrics } from './http/metrics.js';
import { EntityRepository } from './modules/entity/entity.repository.js';
import { createServer, type Server } from './http/server.js';
import { ensureWebBuilt } from './startup/webBuild.js';
import { formatSummary } from './ingest/seed/load.js';
import { formatReferenceResult, loadSeedAndReference, referenceLoaded } from './ingest/reference/load.js';
import { DataError } from './ingest/problems.js';
import { documentedOperations } from './startup/catalogue.js';
import { WarmUpProgress, type WarmUpResult } from './startup/warmUp.js';
import { DEFAULT_QUEUE_BOUND } from './http/queueBound.js';

/** /metrics asks the engine on a connection of its own, briefly: a scrape is answered when the API's pool is full. */
const METRICS_DATABASE = { queryTimeoutMs: 2_000, pool: { maxConnections: 1, acquisitionTimeoutMs: 2_000 } };

/** Progress for the person at the terminal, on stderr so stdout stays pure JSON logs. */
const say = (message: string) => process.stderr.write(`supplygraph: ${message}\n`);

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);

  if (!(await isPortFree(config.port)) && config.host === '127.0.0.1') {
    throw new EngineError(`Port ${config.port} is already in use (is supplygraph already running?). Stop it, or set PORT to another port.`);
  }
  // The IDE and explorer builds (first start only) run while the engine starts and the data loads;
  // the server needs them only once it serves.
  const webBuilt = ensureWebBuilt(say);

  let database: AttachedDatabase | undefined;
  let supervisor: Supervisor | undefined;
  let server: Server | undefined;
  let metricsDb: Database | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal} received: stopping.`);
    await server?.close().catch((e) => logger.error({ err: e }, 'server close failed'));
    await metricsDb?.close().catch(() => {});
    await database?.db.close().catch(() => {});
    if (database?.engine) say('Stopping the local Neo4j engine (it checkpoints the store; a few seconds)…');
    // The supervisor knows the engine running now (a restart replaces it).
    await (supervisor ? supervisor.close() : database?.engine?.stop());
    say('stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    database = await attachDatabase(config, logger, say);
    if (stopping) return;
    say(`Connected to ${database.describe}.`);
    await applySchema(database.db);
    if (config.seedOnStart && (await new EntityRepository(database.db).count()) === 0) {
      say('The database is empty: loading the seed and the reference data (countries, regions, HS 2022, USGS minerals)…');
      const { seed, reference } = await loadSeedAndReference(database.db, { onProgress: (m) => say(`  ${m}`) });
      say(`Seed loaded:\n${formatSummary(seed)}`);
      say(`Reference data loaded: ${formatReferenceResult(reference)}`);
    } else if (config.seedOnStart && !(await referenceLoaded(database.db))) {
      say('This database has no reference data (countries, regions, HS 2022, USGS minerals): `npm run data:load` adds it.');
    }
    await webBuilt;
    supervisor = new Supervisor({ db: database.db, logger, engine: database.engine, restartEngine: database.restartEngine });
    const warmUp = new WarmUpProgress();
    server = await createServer({
      warmUp,
      supervisor,
      db: database.db,
      logger,
      databaseDescription: database.describe,
      auth: new Authenticator(config.auth.keys, config.auth.readsRequireAuth),
      introspection: config.introspection,
      ide: config.ide,
      corsOrigins: config.corsOrigins,
      rateLimits: config.rateLimits,
      trustProxy: config.trustProxy,
      metrics: config.metrics ? new Metrics({ activity: database.db.activity, engine: (metricsDb = database.openDatabase(METRICS_DATABASE)), supervisor }) : undefined,
      queueBound: { ...DEFAULT_QUEUE_BOUND, depth: config.queueDepth },
    });
    await server.app.listen({ port: config.port, host: config.host });
    if (config.metrics && server.metricsApp) {
      await server.metricsApp.listen({ port: config.metrics.port, host: config.metrics.host });
      say(`Metrics at http://${config.metrics.host}:${config.metrics.port}/metrics`);
    }
    // Ready means warm: every documented operation runs once first, so the engine has planned its
    // statements (seconds of engine CPU for a new shape, docs/REACH.md). /health answers 503
    // "warming" meanwhile; requests are served.
    if (config.warmUp) {
      const operations = documentedOperations();
      // Mutations are not run (the warm-up writes nothing); an operation on any entity runs once per kind.
      const notRun = operations.filter((o) => o.type !== 'query').length;
      const what = notRun > 0 ? `the ${operations.length - notRun} documented queries (${notRun} documented mutations are not run)` : `the ${operations.length} documented operations`;
      say(`Warming up: running ${what}, some once per entity kind (/health answers 503 until done)…`);
      const warmed = await warmUp.run({
        db: database.db,
        execute: server.execute,
        operations,
        onProgress: ({ done, of }) => say(`  warming up: ${done} / ${of} runs`),
      });
      if (stopping) return;
      // The slowest runs name what to make cheaper to plan next (docs/BENCHMARKS.md).
      const slowest = [...warmed.ran].sort((a, b) => b.ms - a.ms).slice(0, 5).map((r) => ({ source: r.source, name: r.name, ms: r.ms }));
      logger.info({ ms: warmed.ms, ran: warmed.ran.length, failed: warmed.failed, skipped: warmed.skipped.length, slowest }, 'warm-up finished');
      say(describeWarmUp(warmed));
    } else {
      warmUp.skip();
      say('Warm-up switched off (SUPPLYGRAPH_WARM_UP=false): the first request of each shape will plan it.');
    }
  } catch (error) {
    await server?.close().catch(() => {});
    await metricsDb?.close().catch(() => {});
    await database?.db.close().catch(() => {});
    await (supervisor ? supervisor.close() : database?.engine?.stop());
    if ((error as NodeJS.ErrnoException | undefined)?.code === 'EADDRINUSE') {
      throw new EngineError(`Port ${config.port} is already in use: stop what uses it, or set PORT to another port.`);
    }
    throw error;
  }
  const base = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  say(`Ready: GraphQL at ${base}/graphql · IDE at ${base}/graphiql · health at ${base}/health`);
}

function describeWarmUp(result: WarmUpResult): string {
  const failed = result.failed.map((f) => `\n  ${f.source}${f.name ? ` (${f.name})` : ''}: ${f.codes.join(', ')}`).join('');
  return `Warm: ${result.ran.length} runs of the documented operations, and the reach statements, in ${(result.ms / 1000).toFixed(1)} s${result.failed.length > 0 ? `; ${result.failed.length} answered with errors (their first request will plan what they missed):${failed}` : ''}.`;
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof EngineError || error instanceof DataError || error instanceof DuplicateIdsError) {
    say(error.message);
  } else {
    say(`failed to start: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env.LOG_LEVEL === 'debug') console.error(error); // config may not have parsed: the raw variable
  }
  process.exit(1);
});
