/**
 * The bulk import (src/ingest/import, `npm run import`) against the real engine, which globalSetup has
 * loaded with the seed. Everything these tests create has "imptest" in its id and is deleted
 * afterwards; the last test checks that the graph is exactly as it was before the first.
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/startup/config.js';
import { importFile, type ImportResult } from '../../src/ingest/import/import.js';
import { testDatabase } from '../helpers/context.js';
import { graphFingerprint, type GraphFingerprint } from '../helpers/graph.js';

const FIXTURES = path.join(PROJECT_ROOT, 'test', 'fixtures', 'import');
const SEED_SOURCE = 'source:reuters-2025-07-20-magnet-exports-us';
const db = testDatabase(60_000);
let dir: string;
let initial: GraphFingerprint;

/** Deletes every node whose id contains "imptest", with its relationships, a few nodes per transaction. */
async function removeTestData(): Promise<void> {
  for (;;) {
    const [row] = await db.write(
      'test.import.cleanup',
      "MATCH (n:Entity) WHERE n.id CONTAINS 'imptest' WITH n LIMIT 50 DETACH DELETE n RETURN count(*) AS deleted",
    );
    if (!row || row.deleted === 0) return;
  }
}

async function one(cypher: string, params: Record<string, unknown> = {}) {
  const rows = await db.read('test.import.read', cypher, params);
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

/** Lines numbers of the problems, each once, in order. */
const linesOf = (result: ImportResult) => [...new Set(result.problems.map((p) => p.line))].sort((a, b) => a - b);

const nothingWritten = (result: ImportResult) => {
  for (const c of [...Object.values(result.records), ...Object.values(result.derived)]) expect(c.created + c.updated + c.unchanged).toBe(0);
};

/** One row of each record kind, restated from the seed files exactly as they are there. */
async function seedRowsAsJsonLines(): Promise<string[]> {
  const load = async (name: string) => parseYaml(await readFile(path.join(PROJECT_ROOT, 'seed', 'data', name), 'utf8'));
  const sources = (await load('00-sources.yaml')).sources;
  const geography = (await load('10-geography.yaml')).entities;
  const chain = (await load('20-value-chain.yaml')).relationships;
  const trade = (await load('60-trade.yaml')).trade;
  return [
    JSON.stringify({ record: 'source', ...sources[0] }),
    JSON.stringify({ record: 'entity', ...geography[0] }),
    JSON.stringify({ record: 'relationship', ...chain[0] }),
    JSON.stringify({ record: 'trade', ...trade[0] }),
  ];
}

/** Runs the CLI as a user would; the database is the test engine. */
function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const username = inject('neo4jUsername');
  const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_URI: inject('neo4jUri'), LOG_LEVEL: 'silent' };
  delete env.NEO4J_USERNAME;
  delete env.NEO4J_PASSWORD;
  delete env.NEO4J_DATABASE;
  if (username) Object.assign(env, { NEO4J_USERNAME: username, NEO4J_PASSWORD: inject('neo4jPassword') });
  const tsx = path.join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tsx, 'src/cli/import.ts', ...args], { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'supplygraph-import-'));
  await removeTestData();
  initial = await graphFingerprint(db);
});

afterAll(async () => {
  await removeTestData();
  await rm(dir, { recursive: true, force: true });
  await db.close();
});

describe('importing good files', () => {
  it('imports a JSON Lines file that refers to the seed, and stores seed rows exactly as the seed does', async () => {
    const file = path.join(dir, 'supply-chain.jsonl');
    const fixture = await readFile(path.join(FIXTURES, 'supply-chain.jsonl'), 'utf8');
    await writeFile(file, `${fixture}${(await seedRowsAsJsonLines()).join('\n')}\n`);

    const result = await importFile(db, { file });
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ ok: true, rowsRead: 12, badRows: 0 });
    // The fixture's rows are new; the four restated seed rows are found unchanged.
    expect(result.records.source).toMatchObject({ rows: 2, created: 1, updated: 0, unchanged: 1, skipped: 0 });
    expect(result.records.entity).toMatchObject({ rows: 3, created: 2, updated: 0, unchanged: 1, skipped: 0 });
    expect(result.records.relationship).toMatchObject({ rows: 5, created: 4, updated: 0, unchanged: 1, skipped: 0 });
    expect(result.records.trade).toMatchObject({ rows: 2, created: 1, updated: 0, unchanged: 1, skipped: 0 });
    for (const c of Object.values(result.derived)) expect(c.updated).toBe(0);

    const company = await one(
      `MATCH (c:Entity:Company {id: 'company:imptest-magnetco'})
       RETURN properties(c) AS props, [(c)-[:REPORTED_IN]->(s:Source) | s.id] AS sources`,
    );
    expect(company.props).toEqual({
      id: 'company:imptest-magnetco',
      name: 'Imptest MagnetCo',
      aliases: ['MagnetCo', 'MC Ltd'],
      aliasText: 'MagnetCo | MC Ltd',
      tickers: ['IMC'],
      website: 'https://example.com/magnetco',
    });
    expect((company.sources as string[]).sort()).toEqual(['source:imptest-fixture-report', SEED_SOURCE]);

    const source = await one("MATCH (s:Source {id: 'source:imptest-fixture-report'}) RETURN s.name AS name, s.published AS published, s.sourceType AS type");
    expect(source).toEqual({ name: 'Imptest fixture report', published: '2025-07', type: 'REPORT' });

    const hq = await one("MATCH (:Company {id: 'company:imptest-magnetco'})-[r:HEADQUARTERED_IN]->(c:Country) RETURN c.id AS country, properties(r) AS props");
    expect(hq).toEqual({
      country: 'country:CN',
      props: { id: 'company:imptest-magnetco|HEADQUARTERED_IN|country:CN', validFrom: '2020', confidence: 0.8, sources: [SEED_SOURCE] },
    });
    const produces = await one("MATCH (:Country {id: 'country:CN'})-[r:PRODUCES]->(:Commodity {id: 'commodity:imptest-widgets'}) RETURN properties(r) AS props");
    expect(produces.props).toEqual({
      id: 'country:CN|PRODUCES|commodity:imptest-widgets|2024',
      share: 0.42,
      year: 2024,
      estimate: true,
      sources: ['source:imptest-fixture-report'],
    });
    const uses = await one("MATCH (:Company {id: 'company:imptest-magnetco'})-[r:USES]->(m) RETURN m.id AS to, r.note AS note");
    expect(uses).toEqual({ to: 'commodity:rare-earth-magnets', note: 'Buys magnets from China.' });

    const trade = await one(
      `MATCH (t:TradeObservation {id: 'trade:cn-world-imptest-widgets-2025-q2'})
       MATCH (t)-[:EXPORTER]->(e), (t)-[:IMPORTER]->(i), (t)-[:OF]->(c), (t)-[:REPORTED_IN]->(s)
       RETURN properties(t) AS props, e.name + ' → ' + i.name + ': ' + c.name + ', 2025-Q2' AS expectedName, e.id AS exporter, i.id AS importer, c.id AS commodity, s.id AS source`,
    );
    expect(trade).toMatchObject({ exporter: 'country:CN', importer: 'region:world', commodity: 'commodity:imptest-widgets', source: 'source:imptest-fixture-report' });
    expect(trade.props).toEqual({
      id: 'trade:cn-world-imptest-widgets-2025-q2',
      name: trade.expectedName,
      exporter: 'country:CN',
      importer: 'region:world',
      commodity: 'commodity:imptest-widgets',
      period: '2025-Q2',
      periodStart: '2025-04-01',
      periodEnd: '2025-06-30',
      quantity: 1234.5,
      unit: 't',
      changeBases: ['YEAR_ON_YEAR', 'PERIOD_ON_PERIOD'],
      changePercents: [-12.5, 3],
      changeComparedTo: ['2024-Q2', ''],
    });
  });

  it('imports CSV files: lists split on |, numbers and booleans typed, empty cells absent', async () => {
    const entities = await importFile(db, { file: path.join(FIXTURES, 'entities.csv') });
    // relationships.csv has no record column: the kind is given for the whole file.
    const relationships = await importFile(db, { file: path.join(FIXTURES, 'relationships.csv'), record: 'relationship' });
    const trade = await importFile(db, { file: path.join(FIXTURES, 'trade.csv') });
    for (const result of [entities, relationships, trade]) expect(result.problems).toEqual([]);
    expect(entities.records.entity).toMatchObject({ rows: 3, created: 3 });
    expect(relationships.records.relationship).toMatchObject({ rows: 3, created: 3 });
    expect(trade.records.trade).toMatchObject({ rows: 1, created: 1 });

    const motors = await one("MATCH (c:Company {id: 'company:imptest-csv-motors'}) RETURN properties(c) AS props");
    expect(motors.props).toEqual({
      id: 'company:imptest-csv-motors',
      name: 'Imptest Motors, Inc.',
      aliases: ['Motors', 'IM Group'],
      aliasText: 'Motors | IM Group',
      description: 'An automaker that says "magnets" a lot.',
      tickers: ['IMTR', 'IMTR.B'],
      website: 'https://example.com/motors',
    });
    const parts = await one("MATCH (c:Company {id: 'company:imptest-csv-parts'})-[:REPORTED_IN]->(s) RETURN properties(c) AS props, s.id AS source");
    expect(parts).toEqual({ props: { id: 'company:imptest-csv-parts', name: 'Imptest Parts' }, source: SEED_SOURCE });
    const rotors = await one("MATCH (c:Commodity {id: 'commodity:imptest-csv-rotors'}) RETURN c.stage AS stage, c.unit AS unit");
    expect(rotors).toEqual({ stage: 'COMPONENT', unit: 'units' });

    const rels = await db.read(
      'test.import.csvRels',
      "MATCH (a)-[r]->(b) WHERE r.id CONTAINS 'imptest-csv' AND NOT r:REPORTED_IN AND NOT a:TradeObservation RETURN type(r) AS type, properties(r) AS props ORDER BY type",
    );
    expect(rels.map((r) => r.props)).toEqual([
      { id: 'company:imptest-csv-parts|PRODUCES|commodity:imptest-csv-rotors|2025', share: 0.25, year: 2025, estimate: false, sources: [SEED_SOURCE] },
      { id: 'company:imptest-csv-parts|SUPPLIES|company:imptest-csv-motors', commodity: 'rotors', confidence: 0.9, validFrom: '2024-01', sources: [SEED_SOURCE] },
      {
        id: 'company:imptest-csv-motors|USES|commodity:rare-earth-magnets',
        note: 'Magnets, mostly from China',
        sources: [SEED_SOURCE, 'source:profit-2025-07-21-magnet-exports-us-660'],
      },
    ]);

    const observation = await one("MATCH (t:TradeObservation {id: 'trade:cn-us-imptest-csv-rotors-2025-06'}) RETURN properties(t) AS props");
    expect(observation.props).toMatchObject({
      quantity: 353,
      unit: 'units',
      estimate: true,
      changeBases: ['MONTH_ON_MONTH', 'YEAR_ON_YEAR'],
      changePercents: [660, -38.1],
      changeComparedTo: ['2025-05', ''],
      periodStart: '2025-06-01',
      periodEnd: '2025-06-30',
    });
    expect(observation.props).not.toHaveProperty('note');
  });

  it('reports a CSV row by its file line, counting the header and quoted line breaks', async () => {
    const file = path.join(dir, 'lines.csv');
    await writeFile(
      file,
      [
        'record,id,kind,name,description,sources',
        `entity,company:imptest-lines-a,Company,Lines A,"two\nlines",${SEED_SOURCE}`,
        '',
        `entity,company:imptest-lines-b,Company,,,${SEED_SOURCE}`,
        `entity,company:imptest-lines-c,Company,Lines C,,${SEED_SOURCE}|source:imptest-missing`,
      ].join('\n'),
    );
    const before = await graphFingerprint(db);
    const result = await importFile(db, { file });
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      { line: 5, path: 'name', message: expect.any(String) },
      { line: 6, path: 'sources[1]', message: 'unknown source source:imptest-missing (not in this file or the database)' },
    ]);
    expect(await graphFingerprint(db)).toEqual(before);
  });
});

describe('a file with bad rows', () => {
  const file = path.join(FIXTURES, 'bad-rows.jsonl');

  it('--on-error=stop: reports every bad row with its line, and writes nothing', async () => {
    const before = await graphFingerprint(db);
    const result = await importFile(db, { file, onError: 'stop' });
    expect(result.ok).toBe(false);
    // Rows that only refer to a bad row (lines 4 and 10) are not bad themselves.
    expect(linesOf(result)).toEqual([2, 6, 8, 9, 11, 12, 14]);
    expect(result.badRows).toBe(7);
    const at = (line: number) => result.problems.filter((p) => p.line === line).map((p) => `${p.path}: ${p.message}`);
    expect(at(2)).toEqual([expect.stringMatching(/^url: /)]);
    expect(at(6)).toEqual([expect.stringMatching(/^date: must be a date/)]);
    expect(at(8)).toEqual(['to: country:CN is a Country; expected Commodity']);
    expect(at(9)).toEqual(['to: unknown id company:imptest-bad-nowhere (not in this file or the database)']);
    expect(at(11)).toEqual([expect.stringMatching(/^: not valid JSON/)]);
    expect(at(12)).toEqual(['quantity: a traded quantity cannot be negative']);
    expect(at(14)).toEqual(['id: duplicate id company:imptest-bad-good (first at line 3)']);
    nothingWritten(result);
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it('--on-error=skip: writes the good rows and lists the skipped ones, with rows that depend on them', async () => {
    const result = await importFile(db, { file, onError: 'skip' });
    expect(result.ok).toBe(true);
    expect(linesOf(result)).toEqual([2, 4, 6, 8, 9, 10, 11, 12, 14]);
    expect(result.badRows).toBe(9);
    expect(result.problems.filter((p) => p.line === 4)).toEqual([
      { line: 4, path: 'sources[0]', message: 'refers to source:imptest-bad-broken-source, whose row (line 2) is skipped' },
    ]);
    expect(result.problems.filter((p) => p.line === 10)).toEqual([
      { line: 10, path: 'from', message: 'refers to company:imptest-bad-cites-broken, whose row (line 4) is skipped' },
    ]);
    expect(result.records.source).toMatchObject({ rows: 1, created: 1, skipped: 1 });
    expect(result.records.entity).toMatchObject({ rows: 2, created: 2, skipped: 3 });
    expect(result.records.relationship).toMatchObject({ rows: 1, created: 1, skipped: 3 });
    expect(result.records.trade).toMatchObject({ rows: 1, created: 1, skipped: 1 });
    expect(result.unreadableRows).toBe(1);

    const written = await db.read('test.import.skipped', "MATCH (n:Entity) WHERE n.id CONTAINS 'imptest-bad' RETURN n.id AS id, n.name AS name ORDER BY id");
    expect(written).toEqual([
      { id: 'commodity:imptest-bad-widgets', name: 'Widgets defined after the trade rows that use them' },
      { id: 'company:imptest-bad-good', name: 'Good Co' },
      { id: 'source:imptest-bad-good-source', name: 'A good source' },
      { id: 'trade:cn-us-imptest-bad-widgets-1990-02', name: expect.stringContaining('1990-02') },
    ]);
    const uses = await db.read('test.import.skippedRels', "MATCH (:Company {id: 'company:imptest-bad-good'})-[r:USES]->(c) RETURN c.id AS id");
    expect(uses).toEqual([{ id: 'commodity:rare-earth-magnets' }]);
  });

  it('the CLI exits 1 in stop mode, listing file:line for every bad row, and writes nothing', async () => {
    const before = await graphFingerprint(db);
    const { code, stdout, stderr } = await runCli([file]);
    expect({ code, stderr }).toMatchObject({ code: 1 });
    for (const line of [2, 6, 8, 9, 11, 12, 14]) expect(stdout).toContain(`bad-rows.jsonl:${line}  `);
    expect(stdout).toContain('nothing was written');
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it('the CLI says what to do about a missing file, an unknown extension and a CSV without a usable header', async () => {
    const missing = await runCli([path.join(dir, 'nope.jsonl')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no such file\. Check the path/);

    const unknown = path.join(dir, 'rows.txt');
    await writeFile(unknown, 'x\n');
    const ext = await runCli([unknown]);
    expect(ext.code).toBe(2);
    expect(ext.stderr).toMatch(/unknown file type "\.txt"\. Name the file \.jsonl or \.ndjson .* or \.csv/);

    const headless = path.join(dir, 'headless.csv');
    await writeFile(headless, 'company:imptest-x,Company,X\n');
    const header = await runCli([headless]);
    expect(header.code).toBe(2);
    expect(header.stderr).toMatch(/Make the first column "record".*or pass --record=<kind>/);
  });
});

describe('importing again', () => {
  it('changes nothing: 0 created, 0 updated, same fingerprint', async () => {
    const files: [string, Parameters<typeof importFile>[1]['record']?][] = [
      [path.join(dir, 'supply-chain.jsonl')],
      [path.join(FIXTURES, 'entities.csv')],
      [path.join(FIXTURES, 'relationships.csv'), 'relationship'],
      [path.join(FIXTURES, 'trade.csv')],
    ];
    const before = await graphFingerprint(db);
    for (const [file, record] of files) {
      const result = await importFile(db, { file, record });
      expect(result.problems).toEqual([]);
      for (const [key, c] of [...Object.entries(result.records), ...Object.entries(result.derived)]) {
        expect({ file, key, created: c.created, updated: c.updated }).toEqual({ file, key, created: 0, updated: 0 });
      }
      expect(Object.values(result.records).reduce((sum, c) => sum + c.unchanged, 0)).toBeGreaterThan(0);
    }
    expect(await graphFingerprint(db)).toEqual(before);
  });
});

describe('the write path under repetition, change and races', () => {
  const SOURCE = 'source:imptest-race-source';
  /** A source, `companies` companies and `relationships` SUPPLIES between them, with a note per relationship. */
  function raceFile(relationships: number, note: (i: number) => string): string {
    const companies = 40;
    const lines = [JSON.stringify({ record: 'source', id: SOURCE, title: 'Race test', publisher: 'supplygraph tests', url: 'https://example.com/race', sourceType: 'REPORT' })];
    for (let i = 0; i < companies; i++) lines.push(JSON.stringify({ record: 'entity', kind: 'Company', id: `company:imptest-race-${i}`, name: `Race company ${i}`, sources: [SOURCE] }));
    for (let i = 0; i < relationships; i++) {
      const from = i % companies;
      const to = (from + 1 + (i % (companies - 1))) % companies;
      lines.push(JSON.stringify({ record: 'relationship', type: 'SUPPLIES', from: `company:imptest-race-${from}`, to: `company:imptest-race-${to}`, key: String(i), note: note(i), sources: [SOURCE] }));
    }
    return `${lines.join('\n')}\n`;
  }
  const counts = async () =>
    one(
      `MATCH (:Company)-[r:SUPPLIES]->(:Company) WHERE r.id STARTS WITH 'company:imptest-race-'
       WITH r.id AS id, count(*) AS copies
       RETURN count(id) AS ids, sum(copies) AS relationships, sum(CASE WHEN copies > 1 THEN 1 ELSE 0 END) AS duplicated`,
    );

  it('two imports of the same file at once leave each relationship once; the rows each created add up to the file', async () => {
    const file = path.join(dir, 'race.jsonl');
    await writeFile(file, raceFile(3_000, (i) => `note ${i}`));
    // Small batches, so that the two imports interleave many transactions on the same ids.
    const [a, b] = await Promise.all([importFile(db, { file, batchSize: 500 }), importFile(db, { file, batchSize: 500 })]);
    for (const result of [a, b]) expect(result).toMatchObject({ ok: true, badRows: 0 });
    expect(a.records.relationship.created + b.records.relationship.created).toBe(3_000);
    expect(a.records.relationship.updated + b.records.relationship.updated).toBe(0);
    expect(a.records.relationship.created + a.records.relationship.unchanged).toBe(3_000);
    expect(b.records.relationship.created + b.records.relationship.unchanged).toBe(3_000);
    expect(await counts()).toEqual({ ids: 3_000, relationships: 3_000, duplicated: 0 });
    const citations = await one("MATCH (c:Company)-[r:REPORTED_IN]->(:Source {id: $id}) WHERE c.id STARTS WITH 'company:imptest-race-' RETURN count(r) AS n, count(DISTINCT r.id) AS ids", { id: SOURCE });
    expect(citations).toEqual({ n: 40, ids: 40 });
  }, 180_000);

  it('a clean file is read three times (no references pass); importing it again changes nothing', async () => {
    const file = path.join(dir, 'race.jsonl');
    const before = await graphFingerprint(db);
    const again = await importFile(db, { file });
    expect(again.passTimes.map((p) => p.label)).toEqual(['checking rows', 'writing sources and entities', 'writing relationships and trade']);
    expect(again.records.relationship).toMatchObject({ rows: 3_000, created: 0, updated: 0, unchanged: 3_000 });
    expect(again.derived.REPORTED_IN).toEqual({ created: 0, updated: 0, unchanged: 40 });
    expect(await graphFingerprint(db)).toEqual(before);
  }, 180_000);

  it('a changed row updates its relationship in place: the others stay unchanged, nothing is added', async () => {
    const file = path.join(dir, 'race-changed.jsonl');
    await writeFile(file, raceFile(3_000, (i) => (i % 1_000 === 7 ? `changed note ${i}` : `note ${i}`)));
    const result = await importFile(db, { file });
    expect(result.records.relationship).toMatchObject({ rows: 3_000, created: 0, updated: 3, unchanged: 2_997 });
    expect(await counts()).toEqual({ ids: 3_000, relationships: 3_000, duplicated: 0 });
    const changed = await db.read('test.import.changed', "MATCH ()-[r:SUPPLIES]->() WHERE r.note STARTS WITH 'changed note' AND r.id STARTS WITH 'company:imptest-race-' RETURN r.note AS note ORDER BY note");
    expect(changed).toEqual([{ note: 'changed note 1007' }, { note: 'changed note 2007' }, { note: 'changed note 7' }]);
    await removeTestData();
  }, 180_000);

  it('a file whose only problems are references is still reported row by row in stop mode, and nothing is written', async () => {
    const file = path.join(dir, 'bad-references.jsonl');
    await writeFile(
      file,
      [
        JSON.stringify({ record: 'entity', kind: 'Company', id: 'company:imptest-ref-a', name: 'Ref A', sources: [SEED_SOURCE] }),
        JSON.stringify({ record: 'relationship', type: 'SUPPLIES', from: 'company:imptest-ref-a', to: 'country:CN', sources: [SEED_SOURCE] }),
        JSON.stringify({ record: 'relationship', type: 'SUPPLIES', from: 'company:imptest-ref-a', to: 'company:imptest-ref-nowhere', sources: [SEED_SOURCE] }),
        JSON.stringify({ record: 'entity', kind: 'Company', id: 'company:imptest-ref-b', name: 'Ref B', sources: [SEED_SOURCE] }),
      ].join('\n') + '\n',
    );
    const before = await graphFingerprint(db);
    const result = await importFile(db, { file });
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      { line: 2, path: 'to', message: 'country:CN is a Country; expected Company' },
      { line: 3, path: 'to', message: 'unknown id company:imptest-ref-nowhere (not in this file or the database)' },
    ]);
    nothingWritten(result);
    expect(await graphFingerprint(db)).toEqual(before);
  });
});

describe('a large file', () => {
  /** A gc() to call: the test measures live memory, not garbage the collector has not got to yet. */
  function collector(): () => void {
    const existing = (globalThis as { gc?: () => void }).gc;
    if (existing) return existing;
    v8.setFlagsFromString('--expose-gc');
    return vm.runInNewContext('gc') as () => void;
  }

  /** 1 source, the companies, then SUPPLIES relationships between them (~80 per company), written as a stream. */
  async function writeLargeFile(file: string, lines: number, companies: number): Promise<void> {
    const out = createWriteStream(file);
    const write = (text: string) => new Promise<void>((resolve) => (out.write(text) ? resolve() : out.once('drain', () => resolve())));
    const source = 'source:imptest-large';
    await write(`${JSON.stringify({ record: 'source', id: source, title: 'Generated', publisher: 'Imptest', url: 'https://example.com/large', sourceType: 'DATASET' })}\n`);
    for (let i = 0; i < companies; i++) {
      await write(`${JSON.stringify({ record: 'entity', kind: 'Company', id: `company:imptest-large-${i}`, name: `Large ${i}`, sources: [source] })}\n`);
    }
    const note = 'A generated supply relationship, padded with a note to the size of a real cited fact in a supply-chain dataset.';
    for (let k = 0; k < lines - companies - 1; k++) {
      const a = k % companies;
      const b = (Math.floor(k / companies) + a + 1) % companies;
      const row = { record: 'relationship', type: 'SUPPLIES', from: `company:imptest-large-${a}`, to: `company:imptest-large-${b}`, key: `k${k}`, commodity: 'widgets', note, sources: [source] };
      await write(`${JSON.stringify(row)}\n`);
    }
    await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  }

  it('imports 200,000 lines with flat memory (peak live heap well under the file size)', { timeout: 300_000 }, async () => {
    const lines = 200_000;
    const file = path.join(dir, 'large.jsonl');
    const companies = 5_000;
    await writeLargeFile(file, lines, companies);
    const { size } = await stat(file);

    const gc = collector();
    gc();
    const baseline = process.memoryUsage().heapUsed;
    let peak = baseline;
    const sampler = setInterval(() => {
      gc();
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }, 500);
    let result: ImportResult;
    try {
      result = await importFile(db, { file });
    } finally {
      clearInterval(sampler);
    }
    const growth = peak - baseline;

    expect(result.problems).toEqual([]);
    expect(result.rowsRead).toBe(lines);
    const relationships = lines - companies - 1;
    expect(result.records.relationship).toMatchObject({ rows: relationships, created: relationships });
    expect(result.records.entity).toMatchObject({ rows: companies, created: companies });
    const [count] = await db.read('test.import.large', "MATCH (:Company {id: 'company:imptest-large-0'})-[r:SUPPLIES]->() RETURN count(r) AS n");
    expect(count?.n).toBe(Math.ceil(relationships / companies));

    const writePass = result.passTimes.at(-1)!;
    const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
    const perSecond = (n: number, ms: number) => Math.round((n * 1000) / ms).toLocaleString('en-US');
    console.log(
      `[import] ${lines.toLocaleString('en-US')} lines (${mb(size)}) in ${(result.durationMs / 1000).toFixed(1)} s: ` +
        `${perSecond(result.rowsRead, result.durationMs)} rows/s, ${perSecond(result.records.relationship.rows, result.durationMs)} relationships/s overall, ` +
        `${perSecond(result.records.relationship.rows, writePass.ms)} relationships/s in the write pass; ` +
        `passes: ${result.passTimes.map((p) => `${p.label} ${(p.ms / 1000).toFixed(1)} s`).join(', ')}; ` +
        `peak live heap growth ${mb(growth)} (bound: the file size, ${mb(size)})`,
    );
    // A reader that held the file (one byte a character, as a JS string) would exceed this by itself.
    expect(growth).toBeLessThan(size);

    await removeTestData();
    await rm(file, { force: true });
  });
});

describe('afterwards', () => {
  it('leaves the graph exactly as it found it', async () => {
    await removeTestData();
    expect(await graphFingerprint(db)).toEqual(initial);
  });
});
