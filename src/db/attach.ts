/**
 * Getting a database: the user's own Neo4j (NEO4J_URI) or the local engine, reached over Bolt
 * and verified with backoff before the API starts.
 */
import neo4j, { Neo4jError } from 'neo4j-driver';
import type { Config } from '../startup/config.js';
import type { Logger } from '../logger.js';
import { Database, type DatabaseOptions } from './database.js';
import { EngineError, startEngine, type RunningEngine } from './localEngine.js';

export interface AttachedDatabase {
  db: Database;
  /** The local engine when we started one; undefined for the user's own Neo4j. */
  engine?: RunningEngine;
  /** Where the database is, with any password left out, for logs and /health. */
  describe: string;
  /** Starts the local engine again on the same folder and port (for db/supervisor.ts). */
  restartEngine?: () => Promise<RunningEngine>;
  /** Another Database on the same server, with a pool of its own (e.g. for /metrics). */
  openDatabase(options: Pick<DatabaseOptions, 'queryTimeoutMs' | 'pool'>): Database;
}

export async function attachDatabase(config: Config, logger: Logger, onProgress: (m: string) => void = (m) => logger.info(m)): Promise<AttachedDatabase> {
  let engine: RunningEngine | undefined;
  let uri: string;
  let credentials: { username?: string; password?: string; database?: string } = {};
  let restartEngine: (() => Promise<RunningEngine>) | undefined;
  if (config.neo4j.mode === 'local') {
    const engineOptions = { ...config.neo4j, transactionTimeoutSeconds: Math.ceil((config.queryTimeoutMs * 6) / 1000) };
    engine = await startEngine({ ...engineOptions, onProgress });
    restartEngine = () => startEngine({ ...engineOptions, onProgress: (m) => logger.info(m) });
    uri = engine.uri;
  } else {
    ({ uri, ...credentials } = config.neo4j);
  }
  const openDatabase = (options: Pick<DatabaseOptions, 'queryTimeoutMs' | 'pool'>) => new Database({ uri, ...credentials, logger, ...options });
  const db = openDatabase({ queryTimeoutMs: config.queryTimeoutMs, pool: config.pool });
  try {
    await waitForBolt(db, uri, config.neo4j.mode === 'local' ? 30_000 : 20_000, onProgress);
  } catch (error) {
    await db.close();
    await engine?.stop();
    throw error;
  }
  return { db, engine, restartEngine, openDatabase, describe: engine ? `local engine at ${uri}` : uri };
}

/** verifyConnectivity with exponential backoff; wrong credentials fail at once, they will not get better. */
export async function waitForBolt(db: Database, uri: string, timeoutMs: number, onProgress: (m: string) => void): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let delay = 200;
  for (let attempt = 1; ; attempt++) {
    try {
      await db.driver.verifyConnectivity({ database: db.name });
      return;
    } catch (error) {
      const explained = explainConnectError(error, uri);
      if (explained.final || Date.now() + delay > deadline) throw new EngineError(explained.message);
      if (attempt === 3) onProgress(`Waiting for Neo4j at ${uri}…`);
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(delay * 2, 3_000);
    }
  }
}

function explainConnectError(error: unknown, uri: string): { message: string; final: boolean } {
  const code = error instanceof Neo4jError ? error.code : '';
  const message = error instanceof Error ? error.message : String(error);
  // The driver's message is long; its "Caused by:" part is what the user needs.
  const detail = /Caused by: (.*)$/s.exec(message)?.[1]?.trim() ?? message.split('\n')[0] ?? message;
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return { final: true, message: `Neo4j at ${uri} rejected the credentials: check NEO4J_USERNAME and NEO4J_PASSWORD.` };
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return { final: true, message: `Neo4j at ${uri} has no database by that name: check NEO4J_DATABASE.` };
  }
  if (code === neo4j.error.SERVICE_UNAVAILABLE || /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|timed out/i.test(detail)) {
    return { final: false, message: `Cannot reach Neo4j at ${uri} (${detail}). Check NEO4J_URI and that the server is running.` };
  }
  if (/certificate|SSL|TLS handshake|self.signed/i.test(detail)) {
    return { final: true, message: `Could not open an encrypted connection to ${uri} (${detail}). Use neo4j+s:// for Aura, bolt:// or neo4j:// for a server without TLS.` };
  }
  return { final: false, message: `Cannot connect to Neo4j at ${uri}: ${detail}` };
}
