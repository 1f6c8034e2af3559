import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/startup/config.js';

describe('loadConfig', () => {
  it('defaults to the local engine on port 4000 with no secrets', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.neo4j.mode).toBe('local');
    if (config.neo4j.mode === 'local') expect(config.neo4j.port).toBe(17687);
  });

  it('uses the Aura-style variables when NEO4J_URI is set', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_USERNAME: 'neo4j', NEO4J_PASSWORD: 'pw', NEO4J_DATABASE: 'neo4j' });
    expect(config.neo4j).toEqual({ mode: 'external', uri: 'neo4j+s://abc.databases.neo4j.io', username: 'neo4j', password: 'pw', database: 'neo4j' });
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ NEO4J_URI: '', PORT: '' }).neo4j.mode).toBe('local');
  });

  it('lists every invalid variable at once', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://localhost:7474', LOG_LEVEL: 'loud', SUPPLYGRAPH_SEED_ON_START: 'maybe' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect((error as ConfigError).problems).toHaveLength(4);
    expect(problems).toMatch(/^PORT:/m);
    expect(problems).toMatch(/^NEO4J_URI: must be a neo4j:\/\//m);
    expect(problems).toMatch(/^LOG_LEVEL:/m);
    expect(problems).toMatch(/^SUPPLYGRAPH_SEED_ON_START:/m);
  });

  it('refuses a username without a password', () => {
    expect(() => loadConfig({ NEO4J_URI: 'bolt://db:7687', NEO4J_USERNAME: 'neo4j' })).toThrow(/NEO4J_PASSWORD: set NEO4J_USERNAME and NEO4J_PASSWORD together/);
  });

  it('switches introspection and the IDE off in production unless told otherwise', () => {
    expect(loadConfig({})).toMatchObject({ introspection: true, ide: true });
    expect(loadConfig({ NODE_ENV: 'production' })).toMatchObject({ introspection: false, ide: false });
    expect(loadConfig({ NODE_ENV: 'production', SUPPLYGRAPH_IDE: 'true' })).toMatchObject({ introspection: false, ide: true });
  });

  it('takes API keys only as hashes, and names a bad entry', () => {
    const hash = 'a'.repeat(64);
    expect(loadConfig({ SUPPLYGRAPH_API_KEYS: `alice:editor:${hash}, bob:admin:${'b'.repeat(64)}` }).auth.keys).toEqual([
      { name: 'alice', role: 'editor', hash },
      { name: 'bob', role: 'admin', hash: 'b'.repeat(64) },
    ]);
    expect(() => loadConfig({ SUPPLYGRAPH_API_KEYS: 'alice:editor:sgk_plaintextkey' })).toThrow(/entry 1 \(alice\): the key must be given as its SHA-256/);
    expect(() => loadConfig({ SUPPLYGRAPH_API_KEYS: `alice:owner:${hash}` })).toThrow(/role must be reader, editor or admin/);
  });

  it('takes CORS origins as a list of exact origins, none by default', () => {
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(loadConfig({ SUPPLYGRAPH_CORS_ORIGINS: 'http://localhost:3000, https://app.example.com/' }).corsOrigins).toEqual([
      'http://localhost:3000',
      'https://app.example.com',
    ]);
    expect(() => loadConfig({ SUPPLYGRAPH_CORS_ORIGINS: '*' })).toThrow(/SUPPLYGRAPH_CORS_ORIGINS: entry 1: "\*" is not allowed/);
    expect(() => loadConfig({ SUPPLYGRAPH_CORS_ORIGINS: 'http://localhost:3000/app' })).toThrow(/entry 1 \(http:\/\/localhost:3000\/app\): expected an origin/);
    expect(() => loadConfig({ SUPPLYGRAPH_CORS_ORIGINS: 'localhost' })).toThrow(/SUPPLYGRAPH_CORS_ORIGINS: entry 1 \(localhost\)/);
  });

  it('sizes the connection pool, and by default waits for a connection as long as the query timeout', () => {
    expect(loadConfig({}).pool).toEqual({ maxConnections: 100, acquisitionTimeoutMs: 10_000 });
    expect(loadConfig({ SUPPLYGRAPH_QUERY_TIMEOUT_MS: '20000' }).pool).toEqual({ maxConnections: 100, acquisitionTimeoutMs: 20_000 });
    expect(loadConfig({ SUPPLYGRAPH_DB_MAX_CONNECTIONS: '16', SUPPLYGRAPH_DB_ACQUISITION_TIMEOUT_MS: '2500' }).pool).toEqual({ maxConnections: 16, acquisitionTimeoutMs: 2_500 });
    expect(() => loadConfig({ SUPPLYGRAPH_DB_MAX_CONNECTIONS: '0' })).toThrow(/SUPPLYGRAPH_DB_MAX_CONNECTIONS:/);
  });

  it('limits requests per client address and per API key by default; 0 switches a limit off', () => {
    expect(loadConfig({}).rateLimits).toEqual({ anonymousPerMinute: 600, perKeyPerMinute: 6000 });
    expect(loadConfig({ SUPPLYGRAPH_RATE_LIMIT_ANONYMOUS: '0', SUPPLYGRAPH_RATE_LIMIT_PER_KEY: '100' }).rateLimits).toEqual({ anonymousPerMinute: 0, perKeyPerMinute: 100 });
    expect(() => loadConfig({ SUPPLYGRAPH_RATE_LIMIT_ANONYMOUS: '-1' })).toThrow(/SUPPLYGRAPH_RATE_LIMIT_ANONYMOUS:/);
    expect(() => loadConfig({ SUPPLYGRAPH_RATE_LIMIT_PER_KEY: 'many' })).toThrow(/SUPPLYGRAPH_RATE_LIMIT_PER_KEY:/);
  });

  it('trusts X-Forwarded-For only when told: a flag or the proxies\' addresses', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ SUPPLYGRAPH_TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ SUPPLYGRAPH_TRUST_PROXY: '10.0.0.1, 10.0.0.2' }).trustProxy).toEqual(['10.0.0.1', '10.0.0.2']);
  });

  it('serves metrics only when given a port of their own, on loopback by default', () => {
    expect(loadConfig({}).metrics).toBeUndefined();
    expect(loadConfig({ SUPPLYGRAPH_METRICS_PORT: '9464' }).metrics).toEqual({ port: 9464, host: '127.0.0.1' });
    expect(() => loadConfig({ PORT: '4000', SUPPLYGRAPH_METRICS_PORT: '4000' })).toThrow(/SUPPLYGRAPH_METRICS_PORT: must differ from PORT/);
  });
});
