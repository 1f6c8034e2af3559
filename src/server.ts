/**
 * createServer(): the HTTP surface, shared by start-up and tests.
 *   /graphql   GraphQL (Apollo Server on Fastify)
 *   /graphiql  the self-hosted IDE (web/dist, built by `npm run build:web`)
 *   /explore   the explorer (web/dist-explore, built by `npm run build:web`)
 *   /health    JSON, with the database's status
 *   /          points people to the IDE
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import fastifyCors from '@fastify/cors';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { GraphQLError, OperationTypeNode, type GraphQLFormattedError } from 'graphql';
import { PROJECT_ROOT } from './config.js';
import { createContext, type Context } from './context.js';
import type { Database } from './db/database.js';
import type { SupervisorStatus } from './db/supervisor.js';
import { Authenticator } from './auth.js';
import { ApiError, ERROR_CODES, QueryTooComplexError, UnauthenticatedError } from './errors.js';
import { installHttpErrors } from './httpErrors.js';
import { printable } from './text.js';
import { armorValidationRules, LIMITS, TOO_COMPLEX_MARKER, TOO_MANY_TOKENS } from './limits.js';
import type { Logger } from './logger.js';
import { resolvers } from './resolvers.js';

export const SCHEMA_DIR = path.join(PROJECT_ROOT, 'schema');
export const WEB_DIST = path.join(PROJECT_ROOT, 'web', 'dist');
export const EXPLORER_DIST = path.join(PROJECT_ROOT, 'web', 'dist-explore');

export function loadTypeDefs(): string {
  return readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(path.join(SCHEMA_DIR, f), 'utf8'))
    .join('\n');
}

export interface ServerOptions {
  db: Database;
  logger: Logger;
  /** API keys and whether reads need one; default: no keys (writes refused), reads open. */
  auth?: Authenticator;
  /** Schema introspection and the IDE; both default on (config turns them off in production). */
  introspection?: boolean;
  ide?: boolean;
  /** Where the database is, for /health (never includes a password). */
  databaseDescription: string;
  /** Bodies larger than this are refused before parsing (bytes). */
  bodyLimit?: number;
  /** The database's supervision (db/supervisor.ts), reported on /health. */
  supervisor?: { status(): SupervisorStatus };
  /** Other origins whose pages may call /graphql from a browser; default none (same origin only). */
  corsOrigins?: string[];
}

const CLIENT_CODES = new Set<string>(ERROR_CODES.filter((c) => c !== 'INTERNAL_SERVER_ERROR'));
/** Apollo's own codes for documents that do not parse or validate, and for bad variables. */
const REQUEST_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE', 'PERSISTED_QUERY_NOT_FOUND']);

/** Apollo's answer to an automatic persisted query whose sha256Hash is not the query's: a client mistake. */
const isApqMismatch = (message: string) => message === 'provided sha does not match query';

/** The code an error carries in its extensions, or `fallback`. */
const codeOf = (extensions: Readonly<Record<string, unknown>> | undefined, fallback: string): string =>
  typeof extensions?.code === 'string' ? extensions.code : fallback;

/**
 * What a client sees of an error: our codes and messages as they are; the GraphQL layer's own
 * request errors as BAD_USER_INPUT (keeping their message and location); anything else as
 * INTERNAL_SERVER_ERROR with no details (requestPlugin logs it with the request id).
 */
export function formatError(formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError {
  const code = codeOf(formatted.extensions, 'INTERNAL_SERVER_ERROR');
  const { stacktrace: _dropped, ...extensions } = formatted.extensions ?? {};
  if (CLIENT_CODES.has(code)) return { ...formatted, extensions };
  // A limit refusal during validation: Apollo wraps it (code GRAPHQL_VALIDATION_FAILED), keeping ours as originalError.
  if (error instanceof GraphQLError && error.originalError instanceof QueryTooComplexError) {
    return { ...formatted, extensions: { ...extensions, code: 'QUERY_TOO_COMPLEX' } };
  }
  // graphql-js's parser refuses a document with too many tokens in its own words (no error class to tell it by).
  if (TOO_MANY_TOKENS.test(formatted.message)) {
    return { message: `${TOO_COMPLEX_MARKER} (tokens). See the limits in docs/API.md.`, extensions: { code: 'QUERY_TOO_COMPLEX' } };
  }
  if (isApqMismatch(formatted.message)) {
    return { message: 'The persisted query hash does not match the query sent with it.', extensions: { code: 'BAD_USER_INPUT', reason: 'PERSISTED_QUERY_HASH_MISMATCH' } };
  }
  if (REQUEST_CODES.has(code)) {
    return { ...formatted, extensions: { ...extensions, code: 'BAD_USER_INPUT', ...(code !== 'BAD_USER_INPUT' ? { reason: code } : {}) } };
  }
  return {
    message: 'Internal server error. It has been logged; quote the request id when reporting it.',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/**
 * Per request: logs every unexpected error with the request id (the client sees only the code and
 * that id), and sends the Cypher round-trip count back when asked (header x-supplygraph-stats: 1).
 */
const requestPlugin: ApolloServerPlugin<Context> = {
  requestDidStart({ request }) {
    const wantsStats = request.http?.headers.get('x-supplygraph-stats') === '1';
    return Promise.resolve({
      // The schema has no subscriptions, and HTTP could not carry them: a plain refusal, not an internal error.
      didResolveOperation({ operation }) {
        if (operation?.operation === OperationTypeNode.SUBSCRIPTION) {
          return Promise.reject(new ApiError('BAD_USER_INPUT', 'Subscriptions are not supported: send a query or a mutation.', { reason: 'OPERATION_NOT_SUPPORTED', http: { status: 400 } }));
        }
        return Promise.resolve();
      },
      didEncounterErrors({ errors, contextValue }) {
        for (const error of errors) {
          const code = codeOf(error.extensions, '');
          if (CLIENT_CODES.has(code) || REQUEST_CODES.has(code) || isApqMismatch(error.message)) {
            // An answer to the client, not a fault: one line without a stack. Refused keys and roles are warnings.
            const details = { code, reason: error.extensions?.reason, path: error.path, message: printable(error.message, 300) };
            if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN') contextValue.logger.warn({ ...details, keyName: contextValue.viewer?.name ?? null, role: contextValue.viewer?.role }, 'authorization refused');
            else contextValue.logger.info(details, 'client error');
          } else {
            contextValue.logger.error({ err: error.originalError ?? error, path: error.path }, 'unexpected error');
          }
        }
        return Promise.resolve();
      },
      willSendResponse({ response, contextValue }) {
        // Nothing is cacheable (Apollo's cache-control plugin, which would say so after timing every
        // field resolver of every request, is switched off below).
        response.http.headers.set('cache-control', 'no-store');
        // Every field has answered: commit the request's read transaction. Not awaited, so the
        // answer does not wait for the COMMIT round trip; endRequest never throws.
        void contextValue.db.endRequest();
        if (response.body.kind !== 'single') return Promise.resolve();
        const result = response.body.singleResult;
        for (const error of result.errors ?? []) {
          if (error.extensions?.code === 'INTERNAL_SERVER_ERROR') {
            (error as { extensions?: Record<string, unknown> }).extensions = { ...error.extensions, requestId: contextValue.requestId };
          }
        }
        if (wantsStats) {
          result.extensions = {
            ...result.extensions,
            supplygraph: { cypherRoundTrips: contextValue.stats.roundTrips, requestId: contextValue.requestId },
          };
        }
        return Promise.resolve();
      },
    });
  },
};

export interface Server {
  app: FastifyInstance;
  /** Stops accepting, lets in-flight requests finish, then closes. */
  close(): Promise<void>;
}

export async function createServer(options: ServerOptions): Promise<Server> {
  const { db, logger } = options;
  const auth = options.auth ?? new Authenticator([], false);
  const app = Fastify({
    // Requests are logged by Apollo's error formatting and our own code, not per request here.
    logger: false,
    bodyLimit: options.bodyLimit ?? LIMITS.maxBodyBytes,
    // A `__proto__` or `constructor` key in a JSON body (variables included) is dropped, not an error.
    onProtoPoisoning: 'remove',
    onConstructorPoisoning: 'remove',
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
    },
  });

  installHttpErrors(app, logger);

  const apollo = new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    introspection: options.introspection ?? true,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    formatError,
    validationRules: armorValidationRules(),
    // No cache hints in the schema: without the cache-control plugin Apollo calls the resolvers as
    // they are instead of wrapping every field to collect hints (requestPlugin sends no-store).
    plugins: [fastifyApolloDrainPlugin(app), requestPlugin, ApolloServerPluginCacheControlDisabled()],
  });
  await apollo.start();

  // Every response names its request id, so a client can quote it when reporting a problem.
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', String(request.id));
  });

  // CORS: only the listed origins get Access-Control-Allow-Origin (and preflight answers); any other
  // origin gets no CORS headers, so the browser refuses the response. Apollo's CSRF prevention stays
  // on: a cross-origin request must be preflighted (JSON content type or apollo-require-preflight).
  const corsOrigins = new Set(options.corsOrigins ?? []);
  await app.register(fastifyCors, {
    origin: (origin, callback) => callback(null, origin !== undefined && corsOrigins.has(origin)),
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight', 'x-apollo-operation-name', 'x-request-id', 'x-supplygraph-stats'],
    exposedHeaders: ['x-request-id'],
    maxAge: 600,
  });

  await app.register(fastifyApollo(apollo), {
    path: '/graphql',
    // A refusal thrown here becomes the rejected context promise Apollo answers with.
    context: (request) => Promise.resolve().then(() => {
      const viewer = auth.viewerFor(request.headers.authorization);
      // Refused attempts are logged with what is known (never the key itself: it names no configured key).
      if (viewer instanceof UnauthenticatedError) {
        logger.warn({ requestId: String(request.id), keyName: null, reason: viewer.message, ip: request.ip }, 'authentication refused');
        throw viewer;
      }
      if (!viewer && auth.readsRequireAuth) {
        logger.warn({ requestId: String(request.id), keyName: null, reason: 'no key', ip: request.ip }, 'authentication refused');
        throw new UnauthenticatedError('This server requires an API key: send "Authorization: Bearer <key>".');
      }
      return createContext({ db, logger, requestId: String(request.id), viewer });
    }),
  });

  // 200: the database answers. 503 "degraded": it does not (requests get DATABASE_UNAVAILABLE), and
  // recovery is under way. 503 "failed": the local engine could not be restarted; restart the API.
  app.get('/health', async (_request, reply) => {
    const started = Date.now();
    const supervision = options.supervisor?.status();
    const recovery = supervision ? { recovery: supervision } : {};
    if (supervision && (supervision.state === 'restarting' || supervision.state === 'failed')) {
      return reply.code(503).send({ status: supervision.state === 'failed' ? 'failed' : 'degraded', database: { status: 'down', at: options.databaseDescription }, ...recovery });
    }
    try {
      await Promise.race([db.ping(), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2_000))]);
      return { status: 'ok', database: { status: 'up', at: options.databaseDescription, latencyMs: Date.now() - started }, ...recovery };
    } catch {
      return reply.code(503).send({ status: 'degraded', database: { status: 'down', at: options.databaseDescription }, ...recovery });
    }
  });

  if (options.ide === false) {
    app.get('/graphiql*', (_request, reply) => reply.code(404).type('text/plain').send('The IDE is switched off on this server (SUPPLYGRAPH_IDE).'));
  } else if (existsSync(path.join(WEB_DIST, 'index.html'))) {
    await app.register(fastifyStatic, { root: WEB_DIST, prefix: '/graphiql/' });
    app.get('/graphiql', (_request, reply) => reply.redirect('/graphiql/'));
  } else {
    app.get('/graphiql*', (_request, reply) =>
      reply.code(503).type('text/plain').send('The GraphiQL IDE is not built yet: run `npm run build:web`, then reload.'),
    );
  }
  // The explorer is part of the IDE switch: both are tools for people browsing the graph.
  if (options.ide === false) {
    app.get('/explore*', (_request, reply) => reply.code(404).type('text/plain').send('The explorer is switched off on this server (SUPPLYGRAPH_IDE).'));
  } else if (existsSync(path.join(EXPLORER_DIST, 'explore.html'))) {
    await app.register(fastifyStatic, { root: EXPLORER_DIST, prefix: '/explore/', index: 'explore.html', decorateReply: false });
    app.get('/explore', (_request, reply) => reply.redirect('/explore/'));
  } else {
    app.get('/explore*', (_request, reply) => reply.code(503).type('text/plain').send('The explorer is not built yet: run `npm run build:web`, then reload.'));
  }
  app.get('/', (_request, reply) =>
    options.ide === false ? reply.type('text/plain').send('supplygraph: GraphQL at /graphql, health at /health.') : reply.redirect('/graphiql/'),
  );

  // Apollo's stop drains the HTTP server (in-flight requests finish), then closes Fastify.
  return { app, close: () => apollo.stop() };
}
