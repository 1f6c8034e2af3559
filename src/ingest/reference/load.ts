/**
 * `npm run data:load` and start-up on an empty database: reads every reference file (checksums
 * first), checks every row and every reference between rows, and only then writes — through the
 * same write path as the seed and the bulk import (toDataset → writeDatasetIn), in transactions
 * of a few thousand rows with progress. Rows are upserted by id, so a second load changes nothing
 * and a load interrupted midway, run again, completes without duplicates.
 */
import type { Database } from '../../db/database.js';
import { writeDatasetIn, type WriteSummary } from '../../db/upsert.js';
import { RELATIONSHIP_TYPES } from '../../model/relationships.js';
import { kindOfId, type EntityKind } from '../../model/kinds.js';
import { entitySchema, relationshipSchema, type EntityItem, type RelationshipItem } from '../../model/records.js';
import { listSeedFiles, locateSeedEntities, validateSeedFiles } from '../seed/validate.js';
import { relationshipId, toDataset, type Dataset } from '../../model/dataset.js';
import { databaseIsEmpty, loadSeed, NewIds, SEED_DIR } from '../seed/load.js';
import { readChecked, REFERENCE_DIR, referenceProblems } from './files.js';
import { ISO_FILE, readGeography } from './geography.js';
import { HS_FILE, readHs } from './hs.js';
import type { ReferencePart } from './part.js';
import { REFERENCE_SOURCES, USGS_SOURCE } from './sources.js';
import { readUsgs, USGS_TIDY_FILE } from './usgs.js';
import { readUsgsTrends, SERIES_FILE } from './usgsTrends.js';
import { MINERAL_HS_FILE, readCrosswalks } from './crosswalks.js';

/** Rows (nodes and relationships) per write transaction. */
const CHUNK_ROWS = 5_000;

export interface ReferenceStep {
  name: string;
  dataset: Pick<Dataset, 'nodes' | 'edges'>;
}

export interface ReferenceData {
  steps: ReferenceStep[];
  report: string[];
  counts: {
    countries: number; regions: number; hsCodes: number; minerals: number; production: number; capacity: number; reserves: number;
    importReliance: number; importSources: number; statistics: number;
  };
}

/** Reads and checks everything; throws DataError (every problem, with file and line) before any write. */
export async function readReference({ dir = REFERENCE_DIR, seedDir = SEED_DIR }: { dir?: string; seedDir?: string } = {}): Promise<ReferenceData> {
  const problems = referenceProblems();
  const files = await readChecked(dir, problems);
  const seedData = await validateSeedFiles(await listSeedFiles(seedDir));
  const seed = new Map(seedData.nodes.map((n) => [n.id, n]));

  const geography = readGeography(files, problems, seed, await locateSeedEntities(await listSeedFiles(seedDir)));
  const countryIds = new Set([...seed.values()].filter((n) => n.kind === 'Country').map((n) => n.id));
  for (const e of geography.entities) if (e.kind === 'Country') countryIds.add(e.id);
  const hs = readHs(files, problems, seed);
  const usgs = readUsgs(files, problems, countryIds);
  const trends = readUsgsTrends(files, problems, {
    mineralIds: new Set(usgs.entities.map((e) => e.id)),
    countryIdByName: geography.countryIdByName,
  });
  const crosswalks = readCrosswalks(files, problems, {
    minerals: new Map([...usgs.entities, ...trends.entities].map((e) => [e.id, e.sources[0]!])),
    hsCodes: new Set(hs.entities.flatMap((e) => (e.kind === 'Commodity' && e.hsCode ? [e.hsCode] : []))),
    seed,
  });
  problems.failIfAny();

  // Shape (the seed's own zod schemas) and references across all parts.
  const kinds = new Map<string, EntityKind>([...seed.values()].map((n) => [n.id, n.kind]));
  for (const s of REFERENCE_SOURCES) kinds.set(s.id, 'Source');
  const parts: [string, ReferencePart][] = [[ISO_FILE, geography], [HS_FILE, hs], [USGS_TIDY_FILE, usgs], [SERIES_FILE, trends], [MINERAL_HS_FILE, crosswalks]];
  for (const [file, part] of parts) {
    for (const e of part.entities) {
      const parsed = entitySchema.safeParse(e);
      if (!parsed.success) problems.add(file, undefined, `${e.id}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      if (kinds.has(e.id) && !seed.has(e.id)) problems.add(file, undefined, `duplicate id ${e.id}`);
      kinds.set(e.id, e.kind);
    }
  }
  const edgeIds = new Set(seedData.edges.map((e) => e.id));
  const checked = new Map<ReferencePart, RelationshipItem[]>(parts.map(([, part]) => [part, []]));
  for (const [file, part] of parts) {
    for (const r of part.relationships) {
      const parsed = relationshipSchema.safeParse(r);
      if (parsed.success) checked.get(part)!.push(parsed.data);
      else problems.add(file, undefined, `${relationshipId(r)}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      const spec = RELATIONSHIP_TYPES[r.type];
      for (const [end, id] of [['from', r.from], ['to', r.to]] as const) {
        const kind = kinds.get(id);
        if (!kind) problems.add(file, undefined, `${relationshipId(r)}: unknown ${end} ${id}${kindOfId(id) ? '' : ' (its prefix names no kind)'}`);
        else if (!(spec[end] as readonly EntityKind[]).includes(kind)) problems.add(file, undefined, `${relationshipId(r)}: ${id} is a ${kind}, not allowed as ${end}`);
      }
      for (const ref of r.sources) if (kinds.get(ref) !== 'Source') problems.add(file, undefined, `${relationshipId(r)}: unknown source ${ref}`);
      if (edgeIds.has(relationshipId(r))) problems.add(file, undefined, `duplicate relationship ${relationshipId(r)}`);
      edgeIds.add(relationshipId(r));
    }
  }
  problems.failIfAny();

  const names = new Map<string, string>([...seed.values()].map((n) => [n.id, String(n.properties.name)]));
  const dataset = (entities: EntityItem[], relationships: RelationshipItem[]) =>
    toDataset({ entities, relationships }, (id) => names.get(id));
  const hsCodes = hs.entities.filter((e) => e.kind === 'Commodity');
  return {
    steps: [
      { name: 'sources', dataset: toDataset({ sources: REFERENCE_SOURCES }, () => undefined) },
      { name: 'countries and regions', dataset: dataset(geography.entities, checked.get(geography)!) },
      { name: 'HS 2022 codes', dataset: dataset(hsCodes, []) },
      { name: 'HS 2022 hierarchy and story codes', dataset: dataset([], checked.get(hs)!) },
      { name: 'USGS minerals, production, capacity and reserves', dataset: dataset(usgs.entities, checked.get(usgs)!) },
      { name: 'USGS import reliance, import sources and salient statistics', dataset: dataset(trends.entities, checked.get(trends)!) },
      { name: 'crosswalks: USGS minerals ↔ HS codes ↔ story commodities', dataset: dataset([], checked.get(crosswalks)!) },
    ],
    report: [...geography.report, ...hs.report, ...usgs.report, ...trends.report, ...crosswalks.report],
    counts: {
      countries: countryIds.size,
      regions: geography.entities.filter((e) => e.kind === 'Region').length + [...seed.values()].filter((n) => n.kind === 'Region' && n.properties.m49).length,
      hsCodes: hsCodes.length,
      minerals: usgs.entities.length + trends.entities.length,
      importReliance: trends.relationships.filter((r) => r.type === 'IMPORTS').length,
      importSources: trends.relationships.filter((r) => r.type === 'IMPORTS_FROM').length,
      statistics: trends.relationships.filter((r) => r.type === 'HAS_STATISTIC').length,
      production: usgs.relationships.filter((r) => r.type === 'PRODUCES').length,
      capacity: usgs.relationships.filter((r) => r.type === 'HAS_CAPACITY').length,
      reserves: usgs.relationships.filter((r) => r.type === 'HAS_RESERVES').length,
    },
  };
}

/** Splits a dataset into transactions of at most CHUNK_ROWS rows, nodes before relationships. */
function chunks(dataset: Pick<Dataset, 'nodes' | 'edges'>): Pick<Dataset, 'nodes' | 'edges'>[] {
  const out: Pick<Dataset, 'nodes' | 'edges'>[] = [];
  for (let i = 0; i < dataset.nodes.length; i += CHUNK_ROWS) out.push({ nodes: dataset.nodes.slice(i, i + CHUNK_ROWS), edges: [] });
  // Relationships of a node chunk's own REPORTED_IN need those nodes: they come after all node chunks.
  for (let i = 0; i < dataset.edges.length; i += CHUNK_ROWS) out.push({ nodes: [], edges: dataset.edges.slice(i, i + CHUNK_ROWS) });
  return out;
}

export interface ReferenceLoadResult {
  summary: WriteSummary;
  report: string[];
  counts: ReferenceData['counts'];
  rows: number;
  seconds: number;
}

/** Reads, checks, then writes the reference data. Nothing is written if any file has a problem. */
export async function loadReference(
  db: Database,
  {
    dir,
    seedDir,
    onProgress = () => {},
    data: checked,
    newIds,
  }: { dir?: string; seedDir?: string; onProgress?: (message: string) => void; data?: ReferenceData; newIds?: NewIds } = {},
): Promise<ReferenceLoadResult> {
  const started = Date.now();
  const data = checked ?? (await readReference({ dir, seedDir }));
  const summary: WriteSummary = {};
  const total = data.steps.reduce((n, s) => n + s.dataset.nodes.length + s.dataset.edges.length, 0);
  let done = 0;
  for (const step of data.steps) {
    const createOnly = newIds?.of(step.dataset);
    for (const chunk of chunks(step.dataset)) {
      const written = await db.writeTransaction('reference.load', (tx) => writeDatasetIn(tx, chunk, { createOnly }));
      for (const [key, c] of Object.entries(written)) {
        const into = (summary[key] ??= { created: 0, updated: 0, unchanged: 0 });
        into.created += c.created;
        into.updated += c.updated;
        into.unchanged += c.unchanged;
      }
      done += chunk.nodes.length + chunk.edges.length;
      onProgress(`${step.name}: ${done.toLocaleString('en')} / ${total.toLocaleString('en')} rows (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    }
  }
  return { summary, report: data.report, counts: data.counts, rows: total, seconds: (Date.now() - started) / 1000 };
}

/** True when the reference data has been loaded (its USGS source node exists). */
export async function referenceLoaded(db: Database): Promise<boolean> {
  const [row] = await db.read('reference.loaded', 'OPTIONAL MATCH (s:Source {id: $id}) RETURN s IS NOT NULL AS loaded', { id: USGS_SOURCE });
  return row?.loaded === true;
}

/**
 * The seed, then the reference data: what `npm start` loads into an empty database, and
 * `npm run data:load`. Into an empty database, rows are created rather than upserted (NewIds).
 */
export async function loadSeedAndReference(
  db: Database,
  { dir, seedDir = SEED_DIR, onProgress = () => {} }: { dir?: string; seedDir?: string; onProgress?: (message: string) => void } = {},
): Promise<{ seed: WriteSummary; reference: ReferenceLoadResult }> {
  // Read and check the reference files before the seed is written, so a bad file writes nothing.
  const data = await readReference({ dir, seedDir });
  const newIds = (await databaseIsEmpty(db)) ? new NewIds() : undefined;
  const seed = await loadSeed(db, seedDir, newIds);
  onProgress('seed loaded');
  const reference = await loadReference(db, { onProgress, data, newIds });
  return { seed, reference };
}

export function formatReferenceResult(result: ReferenceLoadResult): string {
  const { counts } = result;
  return [
    `${counts.countries} countries, ${counts.regions} UN M49 regions, ${counts.hsCodes} HS 2022 codes, ${counts.minerals} USGS minerals, ${counts.production} production, ${counts.capacity} capacity and ${counts.reserves} reserves rows`,
    `US import dependence (USGS): ${counts.importReliance} net import reliance figures, ${counts.importSources} ranked import sources, ${counts.statistics} salient statistics`,
    `${result.rows.toLocaleString('en')} rows in ${result.seconds.toFixed(1)} s (${Math.round(result.rows / Math.max(result.seconds, 0.001)).toLocaleString('en')} rows/s)`,
    'Corrections and skipped rows:',
    ...result.report.map((line) => `  - ${line}`),
  ].join('\n');
}
