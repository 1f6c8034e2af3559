/**
 * A GraphQL server in its own process, forked by bench/run.ts, so that the load generator, each server
 * and their memory can be told apart:
 *
 *   supplygraph     createServer() from src/http/server.ts — exactly what `npm start` serves, warmed up
 *                   as `npm start` warms up (every documented operation run once) before it is ready
 *   neo4j-graphql   @neo4j/graphql 7 over the same labels and relationship types, on Apollo + Fastify too
 *   handwritten     the fair floor: a Fastify route per operation (`POST /op/<name>`, body `{ variables }`)
 *                   running the operation's hand-written Cypher (bench/ops.ts) through the driver and
 *                   answering its rows as JSON, as a developer would write it by hand
 *
 * It listens on 127.0.0.1 only (port 0), tells its parent the URL over IPC, answers memory samples, and
 * exits on {type: 'stop'} or as soon as its parent goes away (IPC disconnect): nothing outlives the bench.
 * Usage (by run.ts only): fork('bench/server.ts', [mode, boltUri, queryTimeoutMs]); supplygraph's query timeout
 * is the production default (10 s) unless the bench's --query-timeout says otherwise.
 */
import { ApolloServer } from '@apollo/server';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import { Neo4jGraphQL } from '@neo4j/graphql';
import Fastify from 'fastify';
import neo4j from 'neo4j-driver';
import { Database, createDriver, DEFAULT_POOL } from '../src/db/database.js';
import { createLogger } from '../src/logger.js';
import { createServer } from '../src/http/server.js';
import { documentedOperations } from '../src/startup/catalogue.js';
import { WarmUpProgress } from '../src/startup/warmUp.js';
import { FLOOR, operations, REAL_VARIABLES } from './ops.js';

export type ServerMode = 'supplygraph' | 'neo4j-graphql' | 'handwritten';

export type ParentMessage = { type: 'memory'; id: number; gc?: boolean } | { type: 'stop' };
export type ChildMessage =
  | { type: 'ready'; url: string; warmUpMs?: number }
  | { type: 'failed'; message: string }
  | { type: 'memory'; id: number; rss: number; heapUsed: number; heapTotal: number; external: number };

/**
 * The same nodes and relationships as supplygraph's model, for @neo4j/graphql 7 (which needs @node on
 * every node type and @relationshipProperties for edge properties). Only what the bench asks is declared.
 */
export const NEO4J_GRAPHQL_TYPEDEFS = /* GraphQL */ `
  type Produces @relationshipProperties {
    share: Float
    stage: String
    sources: [String!]
  }

  type Country @node {
    id: ID!
    name: String!
    iso2: String
    produces: [Commodity!]! @relationship(type: "PRODUCES", direction: OUT, properties: "Produces")
    headquarteredHere: [Company!]! @relationship(type: "HEADQUARTERED_IN", direction: IN)
  }

  type Commodity @node {
    id: ID!
    name: String!
    stage: String
    producers: [Country!]! @relationship(type: "PRODUCES", direction: IN, properties: "Produces")
    inputs: [Commodity!]! @relationship(type: "INPUT_TO", direction: IN)
    inputTo: [Commodity!]! @relationship(type: "INPUT_TO", direction: OUT)
    makers: [Company!]! @relationship(type: "MAKES", direction: IN)
    users: [Company!]! @relationship(type: "USES", direction: IN)
  }

  type Company @node {
    id: ID!
    name: String!
    headquarteredIn: [Country!]! @relationship(type: "HEADQUARTERED_IN", direction: OUT)
    makes: [Commodity!]! @relationship(type: "MAKES", direction: OUT)
    uses: [Commodity!]! @relationship(type: "USES", direction: OUT)
    suppliers: [Company!]! @relationship(type: "SUPPLIES", direction: IN)
    supplies: [Company!]! @relationship(type: "SUPPLIES", direction: OUT)
  }
`;

async function start(mode: ServerMode, uri: string, queryTimeoutMs: number): Promise<{ url: string; warmUpMs?: number; close: () => Promise<void> }> {
  const logger = createLogger(process.env.BENCH_SERVER_LOG_LEVEL ?? 'silent');
  if (mode === 'supplygraph') {
    // The pool as `npm start` configures it by default: a queued request waits as long as the query timeout.
    const db = new Database({ uri, queryTimeoutMs, pool: { acquisitionTimeoutMs: queryTimeoutMs }, logger });
    const warmUp = new WarmUpProgress();
    const server = await createServer({ db, logger, databaseDescription: 'bench engine', warmUp });
    const url = await server.app.listen({ port: 0, host: '127.0.0.1' });
    // As `npm start` does: ready once every documented operation has run.
    const warmed = await warmUp.run({ db, execute: server.execute, operations: documentedOperations() });
    return { url, warmUpMs: warmed.ms, close: async () => (await server.close(), await db.close()) };
  }
  if (mode === 'handwritten') {
    // What a developer writes by hand: the same Cypher, the same pool, plain numbers, JSON out.
    const driver = neo4j.driver(uri, undefined, { maxConnectionPoolSize: DEFAULT_POOL.maxConnections, disableLosslessIntegers: true, logging: { level: 'error', logger: () => {} } });
    const byName = new Map([FLOOR, ...operations(REAL_VARIABLES)].map((op) => [op.name, op]));
    const app = Fastify({ logger: false, bodyLimit: 1024 * 1024 });
    app.post<{ Params: { name: string }; Body: { variables?: Record<string, unknown> } }>('/op/:name', async (request, reply) => {
      const op = byName.get(request.params.name);
      if (!op) return reply.code(404).send({ error: 'no such operation' });
      // Its parameters from the request's variables, computed here as a real endpoint would (a
      // JSON body carries no integers, and the search's Lucene query is built from the text).
      const variables = request.body.variables ?? {};
      const result = await driver.executeQuery(op.cypher, op.cypherParams ? op.cypherParams(variables) : variables, { routing: 'READ', transactionConfig: { timeout: queryTimeoutMs } });
      return { rows: result.records.map((record) => record.toObject()) };
    });
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    return { url, close: async () => (await app.close(), await driver.close()) };
  }
  // The same driver settings supplygraph uses, so the comparison is about the GraphQL layer.
  const driver = createDriver({ uri });
  const schema = await new Neo4jGraphQL({ typeDefs: NEO4J_GRAPHQL_TYPEDEFS, driver }).getSchema();
  const app = Fastify({ logger: false, bodyLimit: 1024 * 1024 });
  const apollo = new ApolloServer({ schema, plugins: [fastifyApolloDrainPlugin(app)] });
  await apollo.start();
  await app.register(fastifyApollo(apollo), { path: '/graphql' });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { url, close: async () => (await apollo.stop(), await driver.close()) };
}

async function main() {
  const [mode, uri, timeout] = process.argv.slice(2) as [ServerMode, string, string | undefined];
  const send = (message: ChildMessage) => process.send?.(message);
  let close: (() => Promise<void>) | undefined;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    const timer = setTimeout(() => process.exit(code), 10_000);
    timer.unref();
    try {
      await close?.();
    } finally {
      process.exit(code);
    }
  };
  process.on('disconnect', () => void stop(0));
  process.on('message', (message: ParentMessage) => {
    if (message.type === 'stop') void stop(0);
    else if (message.type === 'memory') {
      if (message.gc) (globalThis as { gc?: () => void }).gc?.();
      const m = process.memoryUsage();
      send({ type: 'memory', id: message.id, rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external });
    }
  });
  try {
    const server = await start(mode, uri, Number(timeout ?? 10_000));
    close = server.close;
    send({ type: 'ready', url: server.url, ...(server.warmUpMs !== undefined ? { warmUpMs: server.warmUpMs } : {}) });
  } catch (error) {
    send({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    await stop(1);
  }
}

void main();
