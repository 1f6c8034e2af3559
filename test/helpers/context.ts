/** What integration tests share: a database on the test engine, and the API served over real HTTP. */
import { inject } from 'vitest';
import { Database } from '../../src/db/database.js';
import { createLogger } from '../../src/logger.js';
import { createServer, type Server, type ServerOptions } from '../../src/http/server.js';

export const logger = createLogger(process.env.LOG_LEVEL ?? 'silent');

/**
 * A request's reads share one transaction and so one timeout; the first run of a research query
 * plans it, which takes seconds on a busy shared test machine, so tests allow 30 s per request.
 */
export function testDatabase(queryTimeoutMs = 30_000): Database {
  const username = inject('neo4jUsername');
  return new Database({ uri: inject('neo4jUri'), username: username || undefined, password: inject('neo4jPassword'), queryTimeoutMs, logger });
}

/**
 * An answer's data as a test reads it: the JSON the server sent, shaped by the test's own query,
 * and checked by its assertions (typing every ad-hoc query would only restate it).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the one untyped view of server JSON in the tests, see above
export type Answer = any;

export interface TestApi {
  url: string;
  db: Database;
  server: Server;
  /** POSTs a GraphQL operation over HTTP; returns the status and parsed body. */
  graphql<T = Answer>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<{ status: number; body: GraphQLBody<T> }>;
  close(): Promise<void>;
}

export interface GraphQLBody<T> {
  data?: T;
  errors?: { message: string; path?: (string | number)[]; locations?: unknown[]; extensions?: Record<string, Answer> }[];
  extensions?: Record<string, Answer>;
}

export async function startTestApi(options: { db?: Database } & Partial<Omit<ServerOptions, 'db' | 'logger'>> = {}): Promise<TestApi> {
  const db = options.db ?? testDatabase();
  const server = await createServer({ databaseDescription: 'test engine', ...options, db, logger });
  const url = await server.app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    db,
    server,
    async graphql(query, variables, headers = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as GraphQLBody<Answer> };
    },
    async close() {
      await server.close();
      await db.close();
    },
  };
}
