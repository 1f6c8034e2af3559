/**
 * Import speed: writes a JSON Lines file (companies, and SUPPLIES relationships between them, all
 * citing one source) and imports it with `importFile`, exactly as `npm run import` does: every
 * pass, the checks, the same write path as the seed and data:load. Then imports the same file again
 * (every row found unchanged). Reports relationships per second of the whole import (REPORTED_IN
 * derived from `sources` included), and per CPU-second the engine spent, which other load on a
 * shared machine disturbs far less than the wall-clock rate. Then builds a new database from the
 * same file with `npm run import -- --bulk`'s code (import/bulk.ts: neo4j-admin's bulk importer)
 * and reports the importer's rate and the whole command's.
 *
 *   npx tsx bench/import.ts [--relationships 100000] [--bulk-only]   (throwaway engines of its own)
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Database } from '../src/db/database.js';
import { freePort } from '../src/db/localEngine.js';
import { throwawayEngine } from '../src/db/throwawayEngine.js';
import { bulkImport } from '../src/ingest/import/bulk.js';
import { importFile, type ImportResult } from '../src/ingest/import/import.js';
import { numberFlag, parseFlags } from './flags.js';
import { processCpuSeconds } from './write.js';

export interface ImportRun {
  rows: number;
  /** Relationships written: the file's, and those derived from rows (REPORTED_IN). */
  relationships: number;
  seconds: number;
  relationshipsPerSecond: number;
  engineCpuSeconds?: number;
  relationshipsPerEngineCpuSecond?: number;
  /** CPU-seconds of this process (reading, checking, building the rows). */
  importerCpuSeconds: number;
}

/** `npm run import -- --bulk`: a new database from the story, the reference data and the file. */
export interface BulkRun {
  /** Nodes and relationships of the new database (the story's and the reference data's included). */
  nodes: number;
  relationships: number;
  /** Reading and checking the file, staging the rows, writing the importer's CSV files. */
  prepareSeconds: number;
  /** neo4j-admin database import, and its rate over every relationship it wrote. */
  importSeconds: number;
  importRelationshipsPerSecond: number;
  /** Starting the engine once to build the constraints and indexes. */
  schemaSeconds: number;
  /** The whole command, and its rate. */
  seconds: number;
  relationshipsPerSecond: number;
}

export interface ImportTiming {
  file: { rows: number; entities: number; relationships: number };
  /** Into a database without these rows. */
  fresh?: ImportRun;
  /** The same file again: every row found unchanged, nothing written. */
  again?: ImportRun;
  /** The same file into a new database with neo4j-admin's bulk importer. */
  bulk?: BulkRun;
}

/** A JSON Lines import file: one source, `relationships / 10` companies, `relationships` SUPPLIES. */
export function importFileText(relationships: number, prefix = 'bench-import'): { text: string; entities: number } {
  const entities = Math.max(100, Math.round(relationships / 10));
  const source = `source:${prefix}`;
  const lines = [JSON.stringify({ record: 'source', id: source, title: 'Bench import', publisher: 'supplygraph bench', url: 'https://example.com/bench', published: '2025', sourceType: 'REPORT' })];
  for (let i = 0; i < entities; i++) lines.push(JSON.stringify({ record: 'entity', kind: 'Company', id: `company:${prefix}-${i}`, name: `Bench import company ${i}`, sources: [source] }));
  for (let i = 0; i < relationships; i++) {
    const from = i % entities;
    let to = (i * 7 + 1 + Math.floor(i / entities)) % entities;
    if (to === from) to = (to + 1) % entities;
    lines.push(JSON.stringify({ record: 'relationship', type: 'SUPPLIES', from: `company:${prefix}-${from}`, to: `company:${prefix}-${to}`, key: String(i), sources: [source] }));
  }
  return { text: `${lines.join('\n')}\n`, entities };
}

const relationshipsOf = (result: ImportResult) =>
  Object.entries(result.byLabel)
    .filter(([label]) => label !== 'Company' && label !== 'Source')
    .reduce((total, [, c]) => total + c.created + c.updated + c.unchanged, 0);

async function timed(db: Database, file: string, enginePid: number | undefined): Promise<ImportRun> {
  const cpu = enginePid ? processCpuSeconds(enginePid) : undefined;
  const own = process.cpuUsage();
  const started = Date.now();
  const result = await importFile(db, { file });
  if (!result.ok) throw new Error(`the bench import file has bad rows: ${JSON.stringify(result.problems.slice(0, 3))}`);
  const seconds = (Date.now() - started) / 1000;
  const cpuAfter = enginePid ? processCpuSeconds(enginePid) : undefined;
  const used = process.cpuUsage(own);
  const relationships = relationshipsOf(result);
  const engineCpuSeconds = cpu !== undefined && cpuAfter !== undefined ? Math.round((cpuAfter - cpu) * 10) / 10 : undefined;
  return {
    rows: result.rowsRead,
    relationships,
    seconds: Math.round(seconds * 10) / 10,
    relationshipsPerSecond: Math.round(relationships / Math.max(seconds, 0.001)),
    ...(engineCpuSeconds !== undefined ? { engineCpuSeconds, relationshipsPerEngineCpuSecond: Math.round(relationships / Math.max(engineCpuSeconds, 0.01)) } : {}),
    importerCpuSeconds: Math.round(((used.user + used.system) / 1e6) * 10) / 10,
  };
}

/** Builds a new database from `file` as `npm run import -- <file> --bulk` does, on a throwaway engine folder. */
export async function measureBulk(file: string): Promise<BulkRun> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'supplygraph-bench-bulk-'));
  try {
    const result = await bulkImport({ file, engine: { dataDir, port: await freePort(), heapMb: 2048, pageCacheMb: 512, startTimeoutMs: 600_000 } });
    if (!result.bulk) throw new Error(`the bench import file has bad rows: ${JSON.stringify(result.problems.slice(0, 3))}`);
    const { nodes, relationships, prepareSeconds, importSeconds, schemaSeconds } = result.bulk;
    const seconds = prepareSeconds + importSeconds + schemaSeconds;
    const round = (x: number) => Math.round(x * 10) / 10;
    return {
      nodes,
      relationships,
      prepareSeconds: round(prepareSeconds),
      importSeconds: round(importSeconds),
      importRelationshipsPerSecond: Math.round(relationships / Math.max(importSeconds, 0.001)),
      schemaSeconds: round(schemaSeconds),
      seconds: round(seconds),
      relationshipsPerSecond: Math.round(relationships / Math.max(seconds, 0.001)),
    };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

/**
 * Imports a generated file into `db` twice (fresh, then again). A small file with other ids is
 * imported first, so that the engine's compiled statements and JIT are warm, as they are after a
 * minute of any real import.
 */
export async function measureImport(db: Database | undefined, options: { relationships: number; enginePid?: number; onProgress?: (m: string) => void }): Promise<ImportTiming> {
  const report = options.onProgress ?? (() => {});
  const dir = await mkdtemp(path.join(os.tmpdir(), 'supplygraph-bench-import-'));
  const int = (n: number) => n.toLocaleString('en-US');
  try {
    const file = path.join(dir, 'import.jsonl');
    const { text, entities } = importFileText(options.relationships);
    await writeFile(file, text);
    const timing: ImportTiming = { file: { rows: 1 + entities + options.relationships, entities, relationships: options.relationships } };
    if (db) {
      const warm = path.join(dir, 'warm.jsonl');
      await writeFile(warm, importFileText(Math.min(5_000, options.relationships), 'bench-import-warm').text);
      await importFile(db, { file: warm });
      report(`Import: ${int(options.relationships)} relationships, ${int(entities)} companies (npm run import's code path)…`);
      timing.fresh = await timed(db, file, options.enginePid);
      timing.again = await timed(db, file, options.enginePid);
      const line = (what: string, r: ImportRun) =>
        `  ${what}: ${int(r.relationships)} relationships in ${r.seconds} s, ${int(r.relationshipsPerSecond)} rel/s` +
        (r.relationshipsPerEngineCpuSecond ? ` (${int(r.relationshipsPerEngineCpuSecond)} per engine CPU-second; importer ${r.importerCpuSeconds} CPU-s)` : '');
      report(line('fresh', timing.fresh));
      report(line('again (unchanged)', timing.again));
    }
    report(`Bulk import (npm run import -- --bulk): the same file into a new database…`);
    const bulk = (timing.bulk = await measureBulk(file));
    report(
      `  ${int(bulk.relationships)} relationships: neo4j-admin ${bulk.importSeconds} s (${int(bulk.importRelationshipsPerSecond)} rel/s); ` +
        `the whole command ${bulk.seconds} s (${int(bulk.relationshipsPerSecond)} rel/s: checking and staging ${bulk.prepareSeconds} s, constraints and indexes ${bulk.schemaSeconds} s)`,
    );
    return timing;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const flags = parseFlags(process.argv.slice(2));
  const relationships = Math.round(numberFlag(flags, 'relationships', 100_000));
  if (flags['bulk-only']) {
    console.log(JSON.stringify(await measureImport(undefined, { relationships, onProgress: (m) => console.error(m) }), null, 2));
    process.exit(0);
  }
  const own = await throwawayEngine('bench-import', { heapMb: 2048, pageCacheMb: 512, startTimeoutMs: 600_000, queryTimeoutMs: 120_000, onProgress: (m) => console.error(m) });
  try {
    console.error(`Load average: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} on ${os.cpus().length} CPUs`);
    const timing = await measureImport(own.db, { relationships, enginePid: own.engine.pid, onProgress: (m) => console.error(m) });
    console.log(JSON.stringify(timing, null, 2));
  } finally {
    await own.close();
  }
}
