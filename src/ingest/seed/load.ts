/**
 * Loads the seed into Neo4j: validates every file completely first (nothing is written when any
 * file has a problem), then writes everything in one transaction through src/db/upsert.ts.
 * Loading twice changes nothing; the summary says what was created, updated or unchanged.
 */
import path from 'node:path';
import { PROJECT_ROOT } from '../../startup/config.js';
import type { Database } from '../../db/database.js';
import { writeDatasetIn, type WriteSummary } from '../../db/upsert.js';
import { listSeedFiles, validateSeedFiles } from './validate.js';
import { type Dataset } from '../../model/dataset.js';

/** The graph's content: seed/data/*.yaml (seed/ holds only data). */
export const SEED_DIR = path.join(PROJECT_ROOT, 'seed', 'data');

export type LoadSummary = WriteSummary;

/** Writes a validated dataset in one transaction. */
export async function writeDataset(db: Database, dataset: Dataset): Promise<LoadSummary> {
  return db.writeTransaction('seed.load', (tx) => writeDatasetIn(tx, dataset), { retryConflicts: true });
}

/** Validates then loads the seed folder. Throws DataError (listing every problem) before any write. */
export async function loadSeed(db: Database, dir: string = SEED_DIR): Promise<LoadSummary> {
  const dataset = await validateSeedFiles(await listSeedFiles(dir));
  return writeDataset(db, dataset);
}

export function formatSummary(summary: LoadSummary): string {
  const rows = Object.entries(summary).map(([key, c]) => `  ${key.padEnd(18)} ${String(c.created).padStart(7)} ${String(c.updated).padStart(7)} ${String(c.unchanged).padStart(9)}`);
  return [`  ${'kind / type'.padEnd(18)} ${'created'.padStart(7)} ${'updated'.padStart(7)} ${'unchanged'.padStart(9)}`, ...rows].join('\n');
}
