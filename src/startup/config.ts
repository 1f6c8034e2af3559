/**
 * Configuration, parsed once from the environment. An invalid value stops start-up with every
 * problem listed; nothing here has a default secret.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const port = z.coerce.number().int().min(1).max(65535);
const positiveInt = z.coerce.number().int().positive();
const countOrZero = z.coerce.number().int().min(0);
const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const environmentSchema = z
  .object({
    PORT: port.default(4000),
    HOST: z.string().min(1).default('127.0.0.1'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

    // A Neo4j of the user's own (the variable names Neo4j Aura's credential files use).
    NEO4J_URI: z
      .string()
      .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s]+$/, 'must be a neo4j://, neo4j+s://, bolt:// or bolt+s:// URI')
      .optional(),
    NEO4J_USERNAME: z.string().min(1).optional(),
    NEO4J_PASSWORD: z.string().min(1).optional(),
    NEO4J_DATABASE: z.string().min(1).optional(),

    // The local engine, used when NEO4J_URI is not set.
    SUPPLYGRAPH_DATA_DIR: z.string().min(1).default(path.join(PROJECT_ROOT, '.data', 'neo4j')),
    SUPPLYGRAPH_ENGINE_PORT: port.default(17687),
    SUPPLYGRAPH_ENGINE_HEAP_MB: positiveInt.default(1024),
    SUPPLYGRAPH_ENGINE_PAGE_CACHE_MB: positiveInt.default(256),
    SUPPLYGRAPH_ENGINE_START_TIMEOUT_MS: positiveInt.default(120_000),

    /** Ceiling on one request's Cypher transaction; past it the client gets QUERY_TIMEOUT. */
    SUPPLYGRAPH_QUERY_TIMEOUT_MS: positiveInt.default(10_000),
    /** Connections to Neo4j: at most this many requests read at once, the others queue (docs/SCALING.md). */
    SUPPLYGRAPH_DB_MAX_CONNECTIONS: positiveInt.max(1000).default(100),
    /** How long a queued request waits for a connection before DATABASE_UNAVAILABLE; default: the query timeout. */
    SUPPLYGRAPH_DB_ACQUISITION_TIMEOUT_MS: positiveInt.optional(),
    /** Load the seed when the database holds no entities. */
    SUPPLYGRAPH_SEED_ON_START: flag.default(true),
    /** GraphQL requests one process holds at once; past it, 503 SERVER_BUSY with Retry-After (src/http/queueBound.ts). */
    SUPPLYGRAPH_QUEUE_DEPTH: positiveInt.max(100_000).default(32),
    /** Run every documented operation before Ready (src/startup/warmUp.ts); off only for development. */
    SUPPLYGRAPH_WARM_UP: flag.default(true),

    /**
     * API keys, comma-separated `name:role:sha256-of-key` (role: reader, editor or admin). Only
     * hashes are configured; `npm run apikey` makes a key and its entry. No key ships by default.
     */
    SUPPLYGRAPH_API_KEYS: z.string().optional(),
    /** Require a key for reads too (writes always need one). */
    SUPPLYGRAPH_READS_REQUIRE_AUTH: flag.default(false),
    NODE_ENV: z.string().optional(),
    /** Schema introspection and the IDE; default on, off when NODE_ENV=production. */
    SUPPLYGRAPH_INTROSPECTION: flag.optional(),
    SUPPLYGRAPH_IDE: flag.optional(),
    /**
     * Origins (scheme://host[:port]) whose pages may call the API from a browser, comma-separated.
     * Default: none besides the API's own origin.
     */
    SUPPLYGRAPH_CORS_ORIGINS: z.string().optional(),
    /**
     * Requests to /graphql per minute per client address, for requests without an API key; 0: no
     * limit. 600 (10 a second) is far above what a person in the explorer or IDE sends.
     */
    SUPPLYGRAPH_RATE_LIMIT_ANONYMOUS: countOrZero.default(600),
    /** Requests to /graphql per minute per API key; 0: no limit. */
    SUPPLYGRAPH_RATE_LIMIT_PER_KEY: countOrZero.default(6000),
    /**
     * Behind a reverse proxy: take the client's address from X-Forwarded-For (`true`, or the
     * proxies' addresses, comma-separated). Otherwise every client is the proxy's address.
     */
    SUPPLYGRAPH_TRUST_PROXY: z.string().optional(),
    /** Serve /metrics (Prometheus) on this port; unset: no metrics. Never the public PORT. */
    SUPPLYGRAPH_METRICS_PORT: port.optional(),
    SUPPLYGRAPH_METRICS_HOST: z.string().min(1).default('127.0.0.1'),
  })
  .superRefine((env, ctx) => {
    for (const problem of apiKeyProblems(env.SUPPLYGRAPH_API_KEYS)) {
      ctx.addIssue({ code: 'custom', path: ['SUPPLYGRAPH_API_KEYS'], message: problem });
    }
    for (const problem of corsOriginProblems(env.SUPPLYGRAPH_CORS_ORIGINS)) {
      ctx.addIssue({ code: 'custom', path: ['SUPPLYGRAPH_CORS_ORIGINS'], message: problem });
    }
    if (env.SUPPLYGRAPH_METRICS_PORT !== undefined && env.SUPPLYGRAPH_METRICS_PORT === env.PORT) {
      ctx.addIssue({ code: 'custom', path: ['SUPPLYGRAPH_METRICS_PORT'], message: 'must differ from PORT: metrics are for operators, not for the public port' });
    }
    if (env.NEO4J_URI && (env.NEO4J_USERNAME === undefined) !== (env.NEO4J_PASSWORD === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['NEO4J_PASSWORD'],
        message: 'set NEO4J_USERNAME and NEO4J_PASSWORD together (or neither, for a server without auth)',
      });
    }
  });

export type Environment = z.infer<typeof environmentSchema>;

export interface Config {
  port: number;
  host: string;
  logLevel: Environment['LOG_LEVEL'];
  neo4j:
    | { mode: 'external'; uri: string; username?: string; password?: string; database?: string }
    | { mode: 'local'; dataDir: string; port: number; heapMb: number; pageCacheMb: number; startTimeoutMs: number };
  queryTimeoutMs: number;
  /** The driver's connection pool (src/db/database.ts, PoolOptions). */
  pool: { maxConnections: number; acquisitionTimeoutMs: number };
  seedOnStart: boolean;
  /** Requests in progress at once before 503 (src/http/queueBound.ts). */
  queueDepth: number;
  warmUp: boolean;
  auth: { keys: ApiKeyEntry[]; readsRequireAuth: boolean };
  introspection: boolean;
  ide: boolean;
  /** Origins allowed to call the API from a browser (exact `scheme://host[:port]`). */
  corsOrigins: string[];
  /** Requests to /graphql per minute (0: no limit). */
  rateLimits: { anonymousPerMinute: number; perKeyPerMinute: number };
  /** Fastify's trustProxy: false, true, or the proxies' addresses. */
  trustProxy: boolean | string[];
  /** Where /metrics listens; undefined: metrics off. */
  metrics?: { port: number; host: string };
}

export const ROLES = ['reader', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface ApiKeyEntry {
  name: string;
  role: Role;
  /** SHA-256 of the key, hex. */
  hash: string;
}

function apiKeyProblems(value: string | undefined): string[] {
  if (!value) return [];
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .flatMap((entry, i) => {
      const [name, role, hash, ...rest] = entry.split(':');
      if (rest.length > 0 || !name || !/^[\w.@-]{1,64}$/.test(name)) return [`entry ${i + 1}: expected name:role:sha256 (name of letters, digits, . @ - _)`];
      if (!(ROLES as readonly string[]).includes(role ?? '')) return [`entry ${i + 1} (${name}): role must be reader, editor or admin`];
      if (!/^[0-9a-f]{64}$/.test(hash ?? '')) return [`entry ${i + 1} (${name}): the key must be given as its SHA-256 hex digest (64 hex digits), never in clear; run \`npm run apikey\``];
      return [];
    });
}

function parseApiKeys(value: string | undefined): ApiKeyEntry[] {
  return (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const [name, role, hash] = entry.split(':') as [string, Role, string];
      return { name, role, hash };
    });
}

function splitList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/** Each entry must be an origin exactly as a browser sends it: scheme://host[:port], no path. */
function corsOriginProblems(value: string | undefined): string[] {
  return splitList(value).flatMap((entry, i) => {
    if (entry === '*') return [`entry ${i + 1}: "*" is not allowed; list each origin`];
    let url: URL;
    try {
      url = new URL(entry);
    } catch {
      return [`entry ${i + 1} (${entry}): not an origin; expected scheme://host[:port]`];
    }
    if (!['http:', 'https:'].includes(url.protocol) || url.origin !== entry.replace(/\/$/, '')) {
      return [`entry ${i + 1} (${entry}): expected an origin like https://app.example.com or http://localhost:3000 (no path)`];
    }
    return [];
  });
}

/** `true`/`false` (and the other flag words), or the proxies' addresses. */
function trustProxyOf(value: string | undefined): boolean | string[] {
  if (value === undefined) return false;
  const asFlag = flag.safeParse(value.trim().toLowerCase());
  return asFlag.success ? asFlag.data : splitList(value);
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment; throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "not set", as in most shells' `FOO= npm start`.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || 'environment'}: ${i.message}`));
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    neo4j: e.NEO4J_URI
      ? { mode: 'external', uri: e.NEO4J_URI, username: e.NEO4J_USERNAME, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE }
      : {
          mode: 'local',
          dataDir: path.resolve(e.SUPPLYGRAPH_DATA_DIR),
          port: e.SUPPLYGRAPH_ENGINE_PORT,
          heapMb: e.SUPPLYGRAPH_ENGINE_HEAP_MB,
          pageCacheMb: e.SUPPLYGRAPH_ENGINE_PAGE_CACHE_MB,
          startTimeoutMs: e.SUPPLYGRAPH_ENGINE_START_TIMEOUT_MS,
        },
    queryTimeoutMs: e.SUPPLYGRAPH_QUERY_TIMEOUT_MS,
    pool: { maxConnections: e.SUPPLYGRAPH_DB_MAX_CONNECTIONS, acquisitionTimeoutMs: e.SUPPLYGRAPH_DB_ACQUISITION_TIMEOUT_MS ?? e.SUPPLYGRAPH_QUERY_TIMEOUT_MS },
    seedOnStart: e.SUPPLYGRAPH_SEED_ON_START,
    queueDepth: e.SUPPLYGRAPH_QUEUE_DEPTH,
    warmUp: e.SUPPLYGRAPH_WARM_UP,
    auth: { keys: parseApiKeys(e.SUPPLYGRAPH_API_KEYS), readsRequireAuth: e.SUPPLYGRAPH_READS_REQUIRE_AUTH },
    introspection: e.SUPPLYGRAPH_INTROSPECTION ?? e.NODE_ENV !== 'production',
    ide: e.SUPPLYGRAPH_IDE ?? e.NODE_ENV !== 'production',
    corsOrigins: splitList(e.SUPPLYGRAPH_CORS_ORIGINS).map((o) => new URL(o).origin),
    rateLimits: { anonymousPerMinute: e.SUPPLYGRAPH_RATE_LIMIT_ANONYMOUS, perKeyPerMinute: e.SUPPLYGRAPH_RATE_LIMIT_PER_KEY },
    trustProxy: trustProxyOf(e.SUPPLYGRAPH_TRUST_PROXY),
    metrics: e.SUPPLYGRAPH_METRICS_PORT !== undefined ? { port: e.SUPPLYGRAPH_METRICS_PORT, host: e.SUPPLYGRAPH_METRICS_HOST } : undefined,
  };
}
