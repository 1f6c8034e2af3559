/**
 * `npm run import -- <file> --bulk` (#20): a new local database built by neo4j-admin's bulk
 * importer holds exactly the graph that `npm start` (the story and the reference data) followed by
 * `npm run import -- <file>` writes through transactions: every node and relationship with the same
 * labels, properties and property types, and the same constraints and indexes. Bad rows, a running
 * engine or a folder that holds a database leave the folder as it was. The shared test engine is
 * never touched: each database here has a throwaway engine of its own.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/startup/config.js';
import { Database } from '../../src/db/database.js';
import { freePort } from '../../src/db/localEngine.js';
import { importFile } from '../../src/ingest/import/import.js';
import { throwawayEngine, type ThrowawayEngine } from '../helpers/throwawayEngine.js';

const TSX = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
const FIXTURE = path.join(PROJECT_ROOT, 'test', 'fixtures', 'import', 'supply-chain.jsonl');

/**
 * Beyond the fixture: text the importer's CSV must carry unchanged (commas, quotes, the array
 * delimiter's neighbours, line breaks, non-Latin script), a trade without changes (empty lists), and
 * a story entity restated with other properties (the file's row replaces it, as an import does).
 */
const EXTRA = [
  { record: 'entity', kind: 'Company', id: 'company:bulktest-quotes', name: 'Bulk "Quotes", Inc.', aliases: ['a;b', 'c|d', '稀土'], description: 'Line one,\nline "two";\nthree', sources: ['source:imptest-fixture-report'] },
  { record: 'relationship', type: 'SUPPLIES', from: 'company:bulktest-quotes', to: 'company:imptest-magnetco', key: 'k1', note: ',', confidence: 1, sources: ['source:imptest-fixture-report'] },
  { record: 'trade', exporter: 'country:US', importer: 'country:CN', commodity: 'commodity:imptest-widgets', period: '2025-01/2025-05', quantity: 0, unit: 't', sources: ['source:imptest-fixture-report'] },
  { record: 'entity', kind: 'Company', id: 'company:mp-materials', name: 'MP Materials (restated)', sources: ['source:imptest-fixture-report'] },
];

let root: string;
let file: string;
const engines: ThrowawayEngine[] = [];

/** Runs `npm run import` as a user would (the script's own command line) with the local engine in `dataDir`. */
function runImport(args: string[], dataDir: string, port: number, extraEnv: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(NEO4J_|SUPPLYGRAPH_)/.test(key)));
    const child = spawn(TSX, ['src/cli/import.ts', ...args], {
      cwd: PROJECT_ROOT,
      env: { ...env, SUPPLYGRAPH_DATA_DIR: dataDir, SUPPLYGRAPH_ENGINE_PORT: String(port), SUPPLYGRAPH_ENGINE_HEAP_MB: '512', SUPPLYGRAPH_ENGINE_PAGE_CACHE_MB: '64', SUPPLYGRAPH_ENGINE_START_TIMEOUT_MS: '180000', ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A throwaway engine on `dataDir` (a database built by --bulk), or with the data npm start loads. */
async function openEngine(options: { dataDir?: string; load?: 'start' }): Promise<Database> {
  const own = await throwawayEngine('bulk', { ...options, heapMb: 512, pageCacheMb: 64, queryTimeoutMs: 120_000 });
  engines.push(own);
  return own.db;
}

/**
 * Every node and relationship as one line of text: labels or type, ends, and each property with
 * its stored type (`valueType`), so a float stored as an integer, or an empty list left out, shows.
 */
async function graphLines(db: Database): Promise<string[]> {
  const typed = (x: string) => `[k IN keys(${x}) | [k, ${x}[k], valueType(${x}[k])]]`;
  const nodes = await db.read('test.bulk.nodes', `MATCH (n) RETURN n.id AS id, labels(n) AS labels, ${typed('n')} AS props`);
  const rels = await db.read('test.bulk.rels', `MATCH (a)-[r]->(b) RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, ${typed('r')} AS props`);
  const line = (row: Record<string, unknown>) =>
    JSON.stringify(row, (key, value: unknown) => (key === 'props' && Array.isArray(value) ? [...(value as [string, unknown, string][])].sort((x, y) => x[0].localeCompare(y[0])) : key === 'labels' && Array.isArray(value) ? [...(value as string[])].sort() : value));
  return [...nodes.map(line), ...rels.map(line)].sort();
}

const schemaNames = async (db: Database) => ({
  constraints: (await db.read('test.bulk.constraints', 'SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name')).map((r) => r.name),
  indexes: (await db.read('test.bulk.indexes', "SHOW INDEXES YIELD name, state RETURN name + ' ' + state AS name ORDER BY name")).map((r) => r.name),
});

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'supplygraph-bulk-'));
  file = path.join(root, 'rows.jsonl');
  await writeFile(file, `${await readFile(FIXTURE, 'utf8')}${EXTRA.map((r) => JSON.stringify(r)).join('\n')}\n`);
});

afterAll(async () => {
  for (const own of engines) await own.close();
  await rm(root, { recursive: true, force: true });
});

describe('npm run import -- --bulk', () => {
  it('builds the graph that npm start and npm run import write through transactions, constraints and indexes included', { timeout: 900_000 }, async () => {
    const bulkDir = path.join(root, 'bulk');
    const imported = await runImport([file, '--bulk'], bulkDir, await freePort());
    expect(imported.stderr).not.toMatch(/failed/);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/new database: [\d,]+ nodes and [\d,]+ relationships/);
    expect(imported.stdout).toMatch(/neo4j-admin import [\d.]+ s \([\d,]+ relationships\/s\)/);

    // The same rows, the transactional way: an empty database, the story and reference data (npm start), then the import.
    const viaTransactions = await openEngine({ load: 'start' });
    const result = await importFile(viaTransactions, { file });
    expect(result.ok).toBe(true);
    expect(result.records.entity.updated).toBe(1);

    const viaBulk = await openEngine({ dataDir: bulkDir });
    try {
      const [expected, actual] = [await graphLines(viaTransactions), await graphLines(viaBulk)];
      expect(actual.length).toBeGreaterThan(20_000);
      const inExpected = new Set(expected);
      const inActual = new Set(actual);
      // The lines that differ, either way (none): far easier to read than a diff of 30,000 lines.
      expect({ missing: expected.filter((l) => !inActual.has(l)).slice(0, 5), extra: actual.filter((l) => !inExpected.has(l)).slice(0, 5) }).toEqual({ missing: [], extra: [] });
      expect(actual.length).toBe(expected.length);
      expect(await schemaNames(viaBulk)).toEqual(await schemaNames(viaTransactions));

      // What users check: text with quotes and line breaks intact, the restated entity replaced, search finds the new company.
      const [company] = await viaBulk.read('test.bulk.company', "MATCH (c:Company {id: 'company:bulktest-quotes'}) RETURN c.name AS name, c.aliases AS aliases, c.description AS description");
      expect(company).toEqual({ name: 'Bulk "Quotes", Inc.', aliases: ['a;b', 'c|d', '稀土'], description: 'Line one,\nline "two";\nthree' });
      const hits = await viaBulk.read('test.bulk.search', "CALL db.index.fulltext.queryNodes('entity_search', 'Quotes') YIELD node RETURN node.id AS id");
      expect(hits.map((h) => h.id)).toContain('company:bulktest-quotes');
    } finally {
      for (const own of engines.splice(0)) await own.close();
    }
  });

  it('refuses bad rows, a folder that holds a database, and NEO4J_URI, writing nothing', { timeout: 300_000 }, async () => {
    const port = await freePort();
    const badDir = path.join(root, 'bad');
    const bad = path.join(root, 'bad.jsonl');
    await writeFile(bad, `${JSON.stringify({ record: 'relationship', type: 'USES', from: 'company:nowhere', to: 'commodity:rare-earth-magnets', sources: ['source:imptest-fixture-report'] })}\n`);
    const refused = await runImport([bad, '--bulk'], badDir, port);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/bad\.jsonl:1 {2}from: unknown id company:nowhere/);
    expect(refused.stdout).toMatch(/nothing was written/);
    expect(existsSync(badDir)).toBe(false);

    // The first test's folder holds a database now: refused while its engine runs, and after.
    const bulkDir = path.join(root, 'bulk');
    await openEngine({ dataDir: bulkDir });
    const whileRunning = await runImport([file, '--bulk'], bulkDir, port);
    expect(whileRunning.code).toBe(1);
    expect(whileRunning.stderr).toMatch(/is running on .*Neo4j Community can bulk-import into only a stopped database/s);
    await engines.pop()!.close();
    const again = await runImport([file, '--bulk'], bulkDir, port);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already holds a database\. --bulk builds a new one: set SUPPLYGRAPH_DATA_DIR to an empty or new folder/);

    const external = await runImport([file, '--bulk'], badDir, port, { NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(external.code).toBe(2);
    expect(external.stderr).toMatch(/--bulk builds the local engine's store with neo4j-admin, so it cannot write to NEO4J_URI/);
    expect(existsSync(badDir)).toBe(false);

    const usage = await runImport([file, '--bulk', '--dry-run'], badDir, port);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/--bulk and --dry-run go apart/);
  });
});
