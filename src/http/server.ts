/**
 * createServer(): the HTTP surface, shared by start-up and tests.
 *   /graphql   GraphQL (Apollo Server on Fastify)
 *   /graphiql  the self-hosted IDE (web/dist, built by `npm run build:web`)
 *   /explore   the explorer (web/dist-explore, built by `npm run build:web`)
 *   /health    JSON, with the database's status
 *   /schema.graphql  the schema as SDL, for client code generators
 *   /          points people to the IDE
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import fastifyRateLimit, { type RateLimitPluginOptions } from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { buildASTSchema, GraphQLError, OperationTypeNode, parse, printSchema, type GraphQLFormattedError } from 'graphql';
import { PROJECT_ROOT } from '../startup/config.js';
import { createContext, type Context } from '../context.js';
import type { Database } from '../db/database.js';
import type { SupervisorStatus } from '../db/supervisor.js';
import { Authenticator } from './auth.js';
import { registerCors } from './cors.js';
import { ApiError, ERROR_CODES, QueryTooComplexError, UnauthenticatedError } from '../errors.js';
import { answerClientError, installHttpErrors, RateLimitedError } from './httpErrors.js';
import { printable } from '../printable.js';
import { requestCost } from './cost.js';
import { armorValidationRules, LIMITS, TOO_COMPLEX_MARKER, TOO_MANY_TOKENS, worstCaseRefusal } from './limits.js';
import type { Logger } from '../logger.js';
import type { Metrics, Outcome } from './metrics.js';
import { resolvers } from '../resolvers.js';
import { WEB_ASSET_OPTIONS } from './staticAssets.js';
import type { Execute, WarmUpStatus } from '../startup/warmUp.js';
import { DEFAULT_QUEUE_BOUND, installQueueBound, type QueueBound } from './queueBound.js';

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
  /** Requests to /graphql per minute; default none (config.ts sets them for `npm start`). */
  rateLimits?: RateLimits;
  /** Take the client's address from X-Forwarded-For (Fastify's trustProxy): behind a reverse proxy. */
  trustProxy?: boolean | string[];
  /** Metrics for operators, served by `metricsApp` (its own port), never by `app`; default off. */
  metrics?: Metrics;
  /** GraphQL requests in progress at once before 503 SERVER_BUSY (src/http/queueBound.ts); default DEFAULT_QUEUE_BOUND. */
  queueBound?: QueueBound;
  /** The warm-up (src/startup/warmUp.ts): /health answers 503 "warming" until it has finished. Default: none, ready at once. */
  warmUp?: { current(): WarmUpStatus; readonly ready: boolean };
}

/** Requests to /graphql a client may send per minute; 0 means no limit. */
export interface RateLimits {
  /** Per client address, for requests without an API key (or with a key that is refused). */
  anonymousPerMinute: number;
  /** Per API key. */
  perKeyPerMinute: number;
}

const CLIENT_CODES = new Set<string>(ERROR_CODES.filter((c) => c !== 'INTERNAL_SERVER_ERROR'));
/** Apollo's own codes for documents that do not parse or validate, and for bad variables. */
const REQUEST_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE', 'PERSISTED_QUERY_NOT_FOUND']);

/** Apollo's answer to an automatic persisted query whose sha256Hash is not the query's: a client mistake. */
const isApqMismatch = (message: string) => message === 'provided sha does not match query';

/** The HTTP status Apollo gives an error of its own (extensions.http.status), if any. */
function httpStatusOf(error: GraphQLError): number | undefined {
  const http = error.extensions.http;
  return http && typeof http === 'object' && 'status' in http && typeof http.status === 'number' ? http.status : undefined;
}

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
  // Apollo refuses a mutation sent with GET with 405 and its own BAD_REQUEST: say so in our terms.
  if (error instanceof GraphQLError && httpStatusOf(error) === 405) {
    return { message: 'A mutation must be sent with POST: GET is for queries only.', extensions: { code: 'METHOD_NOT_ALLOWED' } };
  }
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
 * The HTTP request a GraphQL context was made for (keyed by the context's `stats`: Apollo hands the
 * plugins a shallow copy of the context object), and what each request came to (for /metrics).
 */
const httpRequestOf = new WeakMap<Context['stats'], FastifyRequest>();
const outcomes = new WeakMap<FastifyRequest, Outcome>();

/** An HTTP-level answer's code, for requests that never reached GraphQL (refused before parsing). */
const CODE_BY_STATUS: Record<number, string> = { 400: 'BAD_USER_INPUT', 401: 'UNAUTHENTICATED', 405: 'METHOD_NOT_ALLOWED', 413: 'PAYLOAD_TOO_LARGE', 415: 'UNSUPPORTED_MEDIA_TYPE', 429: 'RATE_LIMITED' };

/**
 * Per request: logs every unexpected error with the request id (the client sees only the code and
 * that id), sends the Cypher round-trip count back when asked (header x-supplygraph-stats: 1), and
 * notes what the request came to for /metrics.
 */
const requestPlugin: ApolloServerPlugin<Context> = {
  requestDidStart({ request }) {
    const wantsStats = request.http?.headers.get('x-supplygraph-stats') === '1';
    return Promise.resolve({
      // The schema has no subscriptions, and HTTP could not carry them: a plain refusal, not an internal error.
      didResolveOperation({ operation, document, schema, request: { variables } }) {
        if (operation?.operation === OperationTypeNode.SUBSCRIPTION) {
          return Promise.reject(new ApiError('BAD_USER_INPUT', 'Subscriptions are not supported: send a query or a mutation.', { reason: 'OPERATION_NOT_SUPPORTED', http: { status: 400 } }));
        }
        // The worst case with this request's variables, before any resolver runs: a request that
        // could return more rows than the budget never reaches the database.
        const cost = operation ? requestCost(schema, document, operation, variables) : undefined;
        if (cost && cost.rows > LIMITS.maxRowsPerRequest) return Promise.reject(worstCaseRefusal(cost));
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
      willSendResponse({ response, contextValue, operation, operationName, errors }) {
        const httpRequest = httpRequestOf.get(contextValue.stats);
        if (httpRequest) {
          const first = errors?.[0];
          outcomes.set(httpRequest, { operation: operationName ?? 'anonymous', code: first ? codeOf(first.extensions, 'INTERNAL_SERVER_ERROR') : 'OK', type: operation?.operation ?? 'none' });
        }
        // Nothing is cacheable (Apollo's cache-control plugin, which would say so after timing every
        // field resolver of every request, is switched off below).
        response.http.headers.set('cache-control', 'no-store');
        // Every field has answered: close the request's session. Not awaited, so the answer does
        // not wait for it; endRequest never throws.
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
  /** GET /metrics, to listen on a port of its own; present when `metrics` was given. */
  metricsApp?: FastifyInstance;
  /** Stops accepting, lets in-flight requests finish, then closes. */
  close(): Promise<void>;
  /** Runs an operation in-process as an anonymous request would, with its own query timeout (the warm-up). */
  execute: Execute;
}

/**
 * @fastify/rate-limit for /graphql: a fixed window of a minute per API key, or per client address
 * for requests without a valid key. Past the limit: 429 with Retry-After and a GraphQL-shaped body
 * (RateLimitedError, answered by httpErrors.ts).
 */
function rateLimitOptions(limits: RateLimits, auth: Authenticator): RateLimitPluginOptions {
  const keyOf = (request: FastifyRequest) => {
    const viewer = auth.viewerFor(request.headers.authorization);
    return viewer && !(viewer instanceof UnauthenticatedError) ? `key:${viewer.name}` : `address:${request.ip}`;
  };
  const limitOf = (key: string) => (key.startsWith('key:') ? limits.perKeyPerMinute : limits.anonymousPerMinute);
  return {
    global: true,
    timeWindow: 60_000,
    keyGenerator: keyOf,
    max: (_request, key) => limitOf(key),
    allowList: (_request, key) => limitOf(key) === 0,
    errorResponseBuilder: (request, context) => new RateLimitedError(Math.max(1, Math.ceil(context.ttl / 1000)), context.max, keyOf(request).startsWith('key:') ? 'API key' : 'address'),
  };
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
    // What Node's HTTP parser refuses (a URL over 16 KB…) gets a coded GraphQL-shaped answer too.
    clientErrorHandler: answerClientError,
    trustProxy: options.trustProxy ?? false,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
    },
  });

  installHttpErrors(app, logger);
  // GraphQL comes as JSON (or a GET's query string). A text/plain body is what a cross-site form
  // can send without a preflight: refuse its type (415) rather than parse it.
  app.removeContentTypeParser('text/plain');
  const queueBound = options.queueBound ?? DEFAULT_QUEUE_BOUND;
  const inProgress = installQueueBound(app, queueBound, logger);

  const typeDefs = loadTypeDefs();
  const apollo = new ApolloServer<Context>({
    typeDefs,
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

  // CORS, and a readable refusal for pages on origins that are not listed (cors.ts).
  await registerCors(app, options.corsOrigins ?? [], logger);

  // Every answer of /graphql counted by operation and code, with its time.
  const metrics = options.metrics;
  if (metrics) {
    app.addHook('onResponse', async (request, reply) => {
      if (request.url.split('?')[0] !== '/graphql') return;
      const code = CODE_BY_STATUS[reply.statusCode] ?? (reply.statusCode >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_USER_INPUT');
      metrics.observe(outcomes.get(request) ?? { operation: 'anonymous', code, type: 'none' }, reply.elapsedTime / 1000);
    });
  }

  // /graphql in a scope of its own, so that the rate limits apply to it and to nothing else.
  await app.register(async (graphql) => {
    if (options.rateLimits) await graphql.register(fastifyRateLimit, rateLimitOptions(options.rateLimits, auth));
    await graphql.register(fastifyApollo(apollo), {
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
      const context = createContext({ db, logger, requestId: String(request.id), viewer });
      httpRequestOf.set(context.stats, request);
      return context;
    }),
    });
  });

  // 200: the database answers. 503 "degraded": it does not (requests get DATABASE_UNAVAILABLE), and
  // recovery is under way. 503 "failed": the local engine could not be restarted; restart the API.
  // 503 "warming": requests are served, but the documented operations are still being planned.
  app.get('/health', async (_request, reply) => {
    const started = Date.now();
    const supervision = options.supervisor?.status();
    const recovery = supervision ? { recovery: supervision } : {};
    if (supervision && (supervision.state === 'restarting' || supervision.state === 'failed')) {
      return reply.code(503).send({ status: supervision.state === 'failed' ? 'failed' : 'degraded', database: { status: 'down', at: options.databaseDescription }, ...recovery });
    }
    // Not ready until every documented operation is planned (src/startup/warmUp.ts), so a balancer waits for it.
    if (options.warmUp && !options.warmUp.ready) {
      return reply.code(503).send({ status: 'warming', warmUp: options.warmUp.current(), database: { status: 'up', at: options.databaseDescription }, ...recovery });
    }
    try {
      await Promise.race([db.ping(), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2_000))]);
      return { status: 'ok', database: { status: 'up', at: options.databaseDescription, latencyMs: Date.now() - started }, requests: { inProgress: inProgress(), queueDepth: queueBound.depth }, ...recovery };
    } catch {
      return reply.code(503).send({ status: 'degraded', database: { status: 'down', at: options.databaseDescription }, ...recovery });
    }
  });

  // The schema as SDL, @oneOf included (introspection does not carry it to graphql 16 tools), for
  // client code generators: docs/CLIENTS.md. Published where introspection is.
  let sdl: string | undefined;
  app.get('/schema.graphql', (_request, reply) => {
    if (options.introspection === false) {
      return reply.code(404).type('text/plain; charset=utf-8').send('The schema is not published on this server (SUPPLYGRAPH_INTROSPECTION is off): take schema.graphql from the repository.');
    }
    sdl ??= printSchema(buildASTSchema(parse(typeDefs)));
    return reply.type('text/plain; charset=utf-8').header('cache-control', 'no-cache').send(sdl);
  });

  if (options.ide === false) {
    app.get('/graphiql*', (_request, reply) => reply.code(404).type('text/plain').send('The IDE is switched off on this server (SUPPLYGRAPH_IDE).'));
  } else if (existsSync(path.join(WEB_DIST, 'index.html'))) {
    await app.register(fastifyStatic, { root: WEB_DIST, prefix: '/graphiql/', ...WEB_ASSET_OPTIONS });
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
    await app.register(fastifyStatic, { root: EXPLORER_DIST, prefix: '/explore/', index: ['explore.html'], decorateReply: false, ...WEB_ASSET_OPTIONS });
    app.get('/explore', (_request, reply) => reply.redirect('/explore/'));
  } else {
    app.get('/explore*', (_request, reply) => reply.code(503).type('text/plain').send('The explorer is not built yet: run `npm run build:web`, then reload.'));
  }
  app.get('/', (_request, reply) =>
    options.ide === false ? reply.type('text/plain').send('supplygraph: GraphQL at /graphql, health at /health.') : reply.redirect('/graphiql/'),
  );

  let warmUpRequests = 0;
  // The warm-up's requests log warnings and errors only: the refusals the docs print on purpose
  // would read as start-up faults, and the warm-up reports what answered otherwise than documented.
  const warmUpLogger = logger.child({}, { level: logger.levelVal >= logger.levels.values.warn! ? logger.level : 'warn' });
  const execute: Execute = async ({ query, variables, operationName }, queryTimeoutMs) => {
    const contextValue = createContext({ db, logger: warmUpLogger, requestId: `warm-up-${++warmUpRequests}`, queryTimeoutMs });
    const response = await apollo.executeOperation({ query, variables, operationName }, { contextValue });
    const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
    return { errorCodes: errors.map((e) => codeOf(e.extensions, 'INTERNAL_SERVER_ERROR')) };
  };

  // Apollo's stop drains the HTTP server (in-flight requests finish), then closes Fastify.
  let metricsApp: FastifyInstance | undefined;
  if (metrics) {
    metricsApp = Fastify({ logger: false });
    metricsApp.get('/metrics', async (_request, reply) => reply.type(metrics.contentType).send(await metrics.text()));
  }

  return {
    app,
    metricsApp,
    execute,
    close: async () => {
      await apollo.stop();
      await metricsApp?.close();
    },
  };
}
