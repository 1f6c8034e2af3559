/**
 * Backups of the local engine (#19), through the commands operators run (`npm run db:backup`,
 * `npm run db:restore`: neo4j-admin database dump / load): dump, change the graph, restore, and the
 * graph is as it was, constraints included. Neo4j Community dumps only a stopped database, so the
 * commands refuse while the engine runs. The shared test engine is never touched.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/startup/config.js';
import { Database } from '../../src/db/database.js';
import { freePort, startEngine, type RunningEngine } from '../../src/db/localEngine.js';
import { applySchema } from '../../src/db/schema.js';
import { logger } from '../helpers/context.js';
import { graphFingerprint } from '../helpers/graph.js';

const TSX = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');

let root: string | undefined;
let engine: RunningEngine | undefined;

afterAll(async () => {
  await engine?.stop();
  if (root) await rm(root, { recursive: true, force: true });
});

/** Runs `npm run db:<command>` as an operator would (the script's own command line), on `dataDir`. */
function run(command: 'backup' | 'restore', dataDir: string, file: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(NEO4J_|SUPPLYGRAPH_)/.test(key)));
    const child = spawn(TSX, ['src/cli/backup.ts', command, file], { cwd: PROJECT_ROOT, env: { ...env, SUPPLYGRAPH_DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

async function withEngine<T>(dataDir: string, port: number, work: (db: Database) => Promise<T>): Promise<T> {
  engine = await startEngine({ dataDir, port, heapMb: 512, pageCacheMb: 64, startTimeoutMs: 180_000 });
  const db = new Database({ uri: engine.uri, queryTimeoutMs: 30_000, logger });
  try {
    return await work(db);
  } finally {
    await db.close();
    await engine.stop();
    engine = undefined;
  }
}

const constraints = async (db: Database) => (await db.read('test.constraints', 'SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name')).map((r) => r.name);

describe('db:backup and db:restore', () => {
  it('dump, change, restore: the graph is as it was; both refuse while the engine runs', { timeout: 600_000 }, async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'supplygraph-backup-'));
    const dataDir = path.join(root, 'neo4j');
    const file = path.join(root, 'saved.dump');
    const port = await freePort();

    const before = await withEngine(dataDir, port, async (db) => {
      await applySchema(db);
      await db.write(
        'test.backup.graph',
        `CREATE (s:Entity:Source {id: 'source:bk', name: 'Backup test', title: 'Backup test'})
         CREATE (c:Entity:Country {id: 'country:BK', name: 'Backupland', aliases: ['BK']})-[:REPORTED_IN]->(s)
         CREATE (m:Entity:Commodity {id: 'commodity:bk-ore', name: 'Backup ore'})-[:REPORTED_IN]->(s)
         CREATE (c)-[:PRODUCES {id: 'country:BK|PRODUCES|commodity:bk-ore', share: 0.5, sources: ['source:bk']}]->(m)`,
      );
      // While the engine runs, neo4j-admin cannot dump it: the command says so and writes nothing.
      const refused = await run('backup', dataDir, file);
      expect(refused.code).toBe(1);
      expect(refused.output).toMatch(/Neo4j Community can dump only a stopped database: stop `npm start`/);
      expect(existsSync(file)).toBe(false);
      return { graph: await graphFingerprint(db), constraints: await constraints(db) };
    });
    expect(before.graph.nodes).toBe(3);
    expect(before.constraints.length).toBeGreaterThan(0);

    const dumped = await run('backup', dataDir, file);
    expect(dumped.code, dumped.output).toBe(0);
    expect(dumped.output).toContain(`backed up to ${file}`);
    expect(existsSync(file)).toBe(true);

    const changed = await withEngine(dataDir, port, async (db) => {
      await db.write('test.backup.change', `MATCH (m:Entity {id: 'commodity:bk-ore'}) DETACH DELETE m`);
      await db.write('test.backup.change', `MATCH (c:Entity {id: 'country:BK'}) SET c.name = 'Changed', c.aliases = ['CH']`);
      await db.write('test.backup.change', `CREATE (:Entity:Country {id: 'country:NEW', name: 'New'})`);
      return graphFingerprint(db);
    });
    expect(changed).not.toEqual(before.graph);

    const restored = await run('restore', dataDir, file);
    expect(restored.code, restored.output).toBe(0);
    expect(restored.output).toContain(`restored ${file}`);
    // What the restore replaced is kept, so a restore can be undone.
    expect(readdirSync(path.join(root, 'backups')).filter((f) => f.startsWith('before-restore-'))).toHaveLength(1);

    const after = await withEngine(dataDir, port, async (db) => ({ graph: await graphFingerprint(db), constraints: await constraints(db) }));
    expect(after).toEqual(before);
  });
});
