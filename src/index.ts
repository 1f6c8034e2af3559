/**
 * `npm start`: configuration → database (the local engine unless NEO4J_URI is set) → schema →
 * seed (when the database is empty) → HTTP server. SIGINT / SIGTERM stop the server (in-flight
 * requests finish), then the driver, then the local engine.
 */
import { Authenticator } from './auth.js';
import { ConfigError, loadConfig } from './config.js';
import { connect, type Connection } from './db/connect.js';
import { EngineError, isPortFree } from './db/localEngine.js';
import { applySchema, DuplicateIdsError } from './db/schema.js';
import { Supervisor } from './db/supervisor.js';
import { createLogger } from './logger.js';
import { EntityRepository } from './modules/entity/entity.repository.js';
import { ResearchRepository, WARM_UP_TIMEOUT_MS } from './modules/research/research.repository.js';
import { createServer, type Server } from './server.js';
import { ensureWebBuilt } from './web.js';
import { formatSummary } from '../seed/load.js';
import { ReferenceDataError } from './reference/files.js';
import { formatReferenceResult, loadSeedAndReference, referenceLoaded } from './reference/load.js';
import { SeedValidationError } from '../seed/validate.js';

/** Progress for the person at the terminal, on stderr so stdout stays pure JSON logs. */
const say = (message: string) => process.stderr.write(`supplygraph: ${message}\n`);

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);

  if (!(await isPortFree(config.port)) && config.host === '127.0.0.1') {
    throw new EngineError(`Port ${config.port} is already in use (is supplygraph already running?). Stop it, or set PORT to another port.`);
  }
  await ensureWebBuilt(say);

  let connection: Connection | undefined;
  let supervisor: Supervisor | undefined;
  let server: Server | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal} received: stopping.`);
    await server?.close().catch((e) => logger.error({ err: e }, 'server close failed'));
    await connection?.db.close().catch(() => {});
    if (connection?.engine) say('Stopping the local Neo4j engine (it checkpoints the store; a few seconds)…');
    // The supervisor knows the engine running now (a restart replaces it).
    await (supervisor ? supervisor.close() : connection?.engine?.stop());
    say('stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    connection = await connect(config, logger, say);
    if (stopping) return;
    say(`Connected to ${connection.describe}.`);
    await applySchema(connection.db);
    if (config.seedOnStart && (await new EntityRepository(connection.db).count()) === 0) {
      say('The database is empty: loading the seed and the reference data (countries, regions, HS 2022, USGS minerals)…');
      const { seed, reference } = await loadSeedAndReference(connection.db, { onProgress: (m) => say(`  ${m}`) });
      say(`Seed loaded:\n${formatSummary(seed)}`);
      say(`Reference data loaded: ${formatReferenceResult(reference)}`);
    } else if (config.seedOnStart && !(await referenceLoaded(connection.db))) {
      say('This database has no reference data (countries, regions, HS 2022, USGS minerals): `npm run data:load` adds it.');
    }
    supervisor = new Supervisor({ db: connection.db, logger, engine: connection.engine, restartEngine: connection.restartEngine });
    server = await createServer({
      supervisor,
      db: connection.db,
      logger,
      databaseDescription: connection.describe,
      auth: new Authenticator(config.auth.keys, config.auth.readsRequireAuth),
      introspection: config.introspection,
      ide: config.ide,
      corsOrigins: config.corsOrigins,
    });
    await server.app.listen({ port: config.port, host: config.host });
    // Plan the reach statements now rather than on the first request that needs them (seconds of
    // engine CPU each, see docs/REACH.md); requests are served meanwhile.
    const warming = Date.now();
    void new ResearchRepository(connection.db).warmUp(WARM_UP_TIMEOUT_MS).then(
      () => logger.info({ ms: Date.now() - warming }, 'reach statements planned'),
      (error: unknown) => logger.warn({ err: error }, 'planning the reach statements ahead failed; the first requests will plan them'),
    );
  } catch (error) {
    await server?.close().catch(() => {});
    await connection?.db.close().catch(() => {});
    await (supervisor ? supervisor.close() : connection?.engine?.stop());
    if ((error as NodeJS.ErrnoException | undefined)?.code === 'EADDRINUSE') {
      throw new EngineError(`Port ${config.port} is already in use: stop what uses it, or set PORT to another port.`);
    }
    throw error;
  }
  const base = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  say(`Ready: GraphQL at ${base}/graphql · IDE at ${base}/graphiql · health at ${base}/health`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof EngineError || error instanceof SeedValidationError || error instanceof DuplicateIdsError || error instanceof ReferenceDataError) {
    say(error.message);
  } else {
    say(`failed to start: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env.LOG_LEVEL === 'debug') console.error(error); // config may not have parsed: the raw variable
  }
  process.exit(1);
});
