/**
 * Engine supervision through the real `npm start` path (tsx src/index.ts) with its own local engine:
 * kill -9 the engine, and the API notices within seconds (/health 503, a log line), restarts the
 * engine and serves again without a manual restart. Meanwhile a supervisor in remote mode (as for
 * a user's own NEO4J_URI) watching the same server logs the outage and the recovery.
 * The shared test engine is never touched.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/startup/config.js';
import { Database } from '../../src/db/database.js';
import { freePort } from '../../src/db/localEngine.js';
import { Supervisor } from '../../src/db/supervisor.js';

const TSX = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');

function startEnv(vars: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(NEO4J_|SUPPLYGRAPH_|VITEST|NODE_ENV$|TEST$|PORT$|HOST$|LOG_LEVEL$)/.test(key)) continue;
    env[key] = value;
  }
  return { ...env, LOG_LEVEL: 'info', SUPPLYGRAPH_ENGINE_HEAP_MB: '512', SUPPLYGRAPH_ENGINE_PAGE_CACHE_MB: '64', SUPPLYGRAPH_ENGINE_START_TIMEOUT_MS: '180000', ...vars };
}

async function until<T>(what: string, check: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

let child: ChildProcess | undefined;
let dataDir: string | undefined;
afterAll(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  if (dataDir) {
    // An engine orphaned by a failed test stops when its stdin closes; remove the folder after.
    await new Promise((r) => setTimeout(r, 1_000));
    await rm(dataDir, { recursive: true, force: true });
  }
});

describe('engine supervision', () => {
  it('kill -9 of the local engine: noticed within seconds, restarted, and the API recovers by itself', { timeout: 600_000 }, async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'supplygraph-supervision-'));
    const port = await freePort();
    const enginePort = await freePort();
    const metricsPort = await freePort();
    child = spawn(TSX, ['src/index.ts'], {
      cwd: PROJECT_ROOT,
      env: startEnv({ PORT: String(port), SUPPLYGRAPH_DATA_DIR: dataDir, SUPPLYGRAPH_ENGINE_PORT: String(enginePort), SUPPLYGRAPH_SEED_ON_START: 'false', SUPPLYGRAPH_METRICS_PORT: String(metricsPort) }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
    const base = `http://127.0.0.1:${port}`;
    await until('the API to be ready', () => Promise.resolve(stderr.includes('Ready:') ? true : undefined), 300_000);
    const query = () =>
      fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ countries(first: 1) { totalCount } }' }) }).then(
        (r) => r.json() as Promise<{ data?: { countries: { totalCount: number } }; errors?: { extensions: { code: string } }[] }>,
      );
    expect((await query()).data?.countries.totalCount).toBe(0);

    // A watcher in remote mode, as for a user's own NEO4J_URI.
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _e, done) {
        for (const l of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(l) as Record<string, unknown>);
        done();
      },
    });
    const logger = pino({ level: 'info' }, sink);
    const remoteDb = new Database({ uri: `bolt://127.0.0.1:${enginePort}`, queryTimeoutMs: 5_000, logger });
    const remote = new Supervisor({ db: remoteDb, logger, probeIntervalMs: 250 });

    try {
      const pid = Number(readFileSync(path.join(dataDir, 'engine.pid'), 'utf8'));
      expect(alive(pid)).toBe(true);
      const killedAt = Date.now();
      process.kill(pid, 'SIGKILL');

      const degraded = await until(
        '/health to report the outage',
        async () => {
          const r = await fetch(`${base}/health`);
          const body = (await r.json()) as { status: string; recovery?: { state: string } };
          return r.status === 503 && body.recovery?.state === 'restarting' ? body : undefined;
        },
        10_000,
      );
      expect(Date.now() - killedAt).toBeLessThan(10_000);
      expect(degraded.status).toBe('degraded');
      const during = await query();
      if (during.errors) expect(during.errors[0]?.extensions.code).toBe('DATABASE_UNAVAILABLE');

      const healthy = await until(
        '/health to be ok again',
        async () => {
          const r = await fetch(`${base}/health`);
          return r.status === 200 ? ((await r.json()) as { status: string; recovery: { state: string; restarts: number } }) : undefined;
        },
        300_000,
      );
      expect(healthy).toMatchObject({ status: 'ok', recovery: { state: 'up', restarts: 1 } });
      expect((await query()).data?.countries.totalCount).toBe(0);
      const newPid = Number(readFileSync(path.join(dataDir, 'engine.pid'), 'utf8'));
      expect(newPid).not.toBe(pid);
      expect(alive(newPid)).toBe(true);
      const logged = stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(logged.find((l) => l.msg === 'local Neo4j engine died; restarting it')).toMatchObject({ level: 50, pid, signal: 'SIGKILL' });
      expect(logged.find((l) => l.msg === 'local Neo4j engine restarted; the API has recovered')).toBeDefined();

      // Operators see the restart in /metrics, on the metrics port only.
      const metrics = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
      expect(metrics).toMatch(/^supplygraph_engine_restarts_total 1$/m);
      expect(metrics).toMatch(/^supplygraph_engine_up 1$/m);
      expect(metrics).toMatch(/^supplygraph_graphql_requests_total\{operation="anonymous",code="OK"\} \d+$/m);
      expect((await fetch(`${base}/metrics`)).status).toBe(404);

      // The remote-mode watcher saw it go and come back, once each.
      await until('the remote watcher to see the recovery', () => Promise.resolve(remote.status().state === 'up' && lines.some((l) => /reachable again/.test(String(l.msg))) ? true : undefined), 30_000);
      expect(lines.filter((l) => /database unreachable/.test(String(l.msg)))).toHaveLength(1);

      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(alive(newPid)).toBe(false);
    } finally {
      await remote.close();
      await remoteDb.close();
    }
  });
});
