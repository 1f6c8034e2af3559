/**
 * Loads the seed into Neo4j: validates every file completely first (nothing is written when any
 * file has a problem), then writes everything in one transaction through src/db/upsert.ts.
 * Loading twice changes nothing; the summary says what was created, updated or unchanged.
 */
import path from 'node:path';
import { PROJECT_ROOT } from '../../startup/config.js';
import type { Database } from '../../db/database.js';
import { writeDatasetIn, type DatasetWriteOptions, type WriteSummary } from '../../db/upsert.js';
import { listSeedFiles, validateSeedFiles } from './validate.js';
import { type Dataset } from '../../model/dataset.js';

/** The graph's content: seed/data/*.yaml (seed/ holds only data). */
export const SEED_DIR = path.join(PROJECT_ROOT, 'seed', 'data');

export type LoadSummary = WriteSummary;

/** Writes a validated dataset in one transaction. */
export async function writeDataset(db: Database, dataset: Dataset, options: DatasetWriteOptions = {}): Promise<LoadSummary> {
  return db.writeTransaction('seed.load', (tx) => writeDatasetIn(tx, dataset, options), { retryConflicts: true });
}

/**
 * Validates then loads the seed folder. Throws DataError (listing every problem) before any write.
 * `newIds` (into an empty database) names the rows to create rather than upsert.
 */
export async function loadSeed(db: Database, dir: string = SEED_DIR, newIds?: NewIds): Promise<LoadSummary> {
  const dataset = await validateSeedFiles(await listSeedFiles(dir));
  return writeDataset(db, dataset, { createOnly: newIds?.of(dataset) });
}

/**
 * A load into an empty database: every id it has not written yet is new, so its rows are created
 * (CREATE) instead of upserted, which first reads whether each exists. On a fresh engine this takes
 * the seed and the reference data in about half the time (docs/BENCHMARKS.md). An id the load wrote before (a reference row
 * restating a story entity, say) is upserted as usual.
 */
export class NewIds {
  private readonly written = new Set<string>();

  /** The ids of `dataset` not written before by this load; from now on they count as written. */
  of(dataset: Pick<Dataset, 'nodes' | 'edges'>): Set<string> {
    const fresh = new Set<string>();
    for (const { id } of [...dataset.nodes, ...dataset.edges]) {
      if (!this.written.has(id)) fresh.add(id);
      this.written.add(id);
    }
    return fresh;
  }
}

/** True when the database holds no node at all (read from the engine's count store). */
export async function databaseIsEmpty(db: Database): Promise<boolean> {
  const [row] = await db.read('graph.isEmpty', 'MATCH (n) RETURN count(n) = 0 AS empty');
  return row?.empty === true;
}

export function formatSummary(summary: LoadSummary): string {
  const rows = Object.entries(summary).map(([key, c]) => `  ${key.padEnd(18)} ${String(c.created).padStart(7)} ${String(c.updated).padStart(7)} ${String(c.unchanged).padStart(9)}`);
  return [`  ${'kind / type'.padEnd(18)} ${'created'.padStart(7)} ${'updated'.padStart(7)} ${'unchanged'.padStart(9)}`, ...rows].join('\n');
}
