/**
 * Configuration, parsed once from the environment. An invalid value stops start-up with every
 * problem listed; nothing here has a default secret.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const port = z.coerce.number().int().min(1).max(65535);
const positiveInt = z.coerce.number().int().positive();
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
    /** Load the seed when the database holds no entities. */
    SUPPLYGRAPH_SEED_ON_START: flag.default(true),
  })
  .superRefine((env, ctx) => {
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
  seedOnStart: boolean;
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
    seedOnStart: e.SUPPLYGRAPH_SEED_ON_START,
  };
}
