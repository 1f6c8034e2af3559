/**
 * The country names the USGS MCS 2025 files write, read from the files themselves, and the
 * country-name lookup the reference loader builds (for the tests of src/ingest/reference/countryNames.ts
 * and of search).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { listSeedFiles, locateSeedEntities, validateSeedFiles } from '../../src/ingest/seed/validate.js';
import { SEED_DIR } from '../../src/ingest/seed/load.js';
import type { CountryIdByName } from '../../src/ingest/reference/countryNames.js';
import { readChecked, REFERENCE_DIR, referenceProblems } from '../../src/ingest/reference/files.js';
import { formatProblem } from '../../src/ingest/problems.js';
import { readGeography } from '../../src/ingest/reference/geography.js';

export const readReferenceCsv = async (file: string): Promise<Record<string, string>[]> => parse(await readFile(path.join(REFERENCE_DIR, file)), { bom: true, columns: true });

/** countryIdByName as readGeography builds it from data/reference and the seed; throws on any problem. */
export async function referenceCountryIdByName(): Promise<CountryIdByName> {
  const problems = referenceProblems();
  const files = await readChecked(REFERENCE_DIR, problems);
  const seedFiles = await listSeedFiles(SEED_DIR);
  const seed = new Map((await validateSeedFiles(seedFiles)).nodes.map((n) => [n.id, n]));
  const { countryIdByName } = readGeography(files, problems, seed, await locateSeedEntities(seedFiles));
  if (problems.list.length > 0) throw new Error(problems.list.map(formatProblem).join('\n'));
  return countryIdByName;
}

/**
 * Every country name of the USGS trends files: figure 2's import sources (a trailing digit there is
 * a footnote mark: "China3"), figure 3's countries, table 5's primary import source and leading producer.
 */
export async function usgsTrendsCountryNames(): Promise<Set<string>> {
  const names = new Set<string>();
  for (const r of await readReferenceCsv('usgs-mcs/trends/MCS2025_Fig2_Net_Import_Reliance.csv')) {
    for (const name of r.Major_Import_Sources_2020_2023!.split(',')) if (name.trim() !== '') names.add(name.trim().replace(/\d+$/, ''));
  }
  for (const r of await readReferenceCsv('usgs-mcs/trends/MCS2025_Fig3_Major_Import_Sources.csv')) names.add(r.Country!.trim());
  for (const r of await readReferenceCsv('usgs-mcs/trends/MCS2025_T5_Critical_Minerals_Salient.csv')) {
    names.add(r.Primary_import_source!.trim());
    names.add(r.Leading_source_country!.trim());
  }
  return names;
}
