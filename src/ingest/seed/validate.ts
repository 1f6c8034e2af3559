/**
 * Reads and validates every seed file before anything is written: first each file's shape
 * (src/model/records.ts), then the references between files. Every problem is reported with its
 * file, path and line; a dataset is returned only when there are none.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { kindOfId, type EntityKind } from '../../model/kinds.js';
import { pathText } from '../../printable.js';
import { DataError, type DataProblem } from '../problems.js';
import { RELATIONSHIP_TYPES, selfLoopProblem } from '../../model/relationships.js';
import { z } from 'zod';
import { relationshipId, toDataset, tradeObservationId, type Dataset } from '../../model/dataset.js';
import { entitySchema, relationshipSchema, sourceSchema, tradeSchema, type EntityItem, type RelationshipItem, type SourceItem, type TradeItem } from '../../model/records.js';

/** One seed file: any of the four lists of records. */
export const seedFileSchema = z.strictObject({
  sources: z.array(sourceSchema).optional(),
  entities: z.array(entitySchema).optional(),
  relationships: z.array(relationshipSchema).optional(),
  trade: z.array(tradeSchema).optional(),
});


type Located<T> = { value: T; file: string; path: (string | number)[]; doc: Document };

function lineOf(doc: Document, counter: LineCounter, segments: readonly PropertyKey[]): number | undefined {
  // Walk up the path until a node with a position is found (a missing key has none).
  for (let n = segments.length; n >= 0; n--) {
    const node = doc.getIn(segments.slice(0, n) as (string | number)[], true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
  }
  return undefined;
}

export async function listSeedFiles(dir: string): Promise<string[]> {
  const names = (await readdir(dir)).filter((n) => /\.(ya?ml|json)$/.test(n)).sort();
  return names.map((n) => path.join(dir, n));
}

/** Validates the given files together; throws DataError listing every problem. */
export async function validateSeedFiles(files: string[], baseDir = process.cwd()): Promise<Dataset> {
  const problems: DataProblem[] = [];
  const sources: Located<SourceItem>[] = [];
  const entities: Located<EntityItem>[] = [];
  const relationships: Located<RelationshipItem>[] = [];
  const trades: Located<TradeItem>[] = [];
  const counters = new Map<Document, LineCounter>();

  for (const file of files) {
    const shown = path.relative(baseDir, file) || file;
    const text = await readFile(file, 'utf8');
    const counter = new LineCounter();
    const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
    counters.set(doc, counter);
    if (doc.errors.length > 0) {
      for (const e of doc.errors) {
        problems.push({ file: shown, line: counter.linePos(e.pos[0]).line, message: e.message.split('\n')[0]! });
      }
      continue;
    }
    const parsed = seedFileSchema.safeParse(doc.toJS() ?? {});
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ file: shown, path: pathText(issue.path), line: lineOf(doc, counter, issue.path), message: issue.message });
      }
      continue;
    }
    const data = parsed.data;
    data.sources?.forEach((value, i) => sources.push({ value, file: shown, path: ['sources', i], doc }));
    data.entities?.forEach((value, i) => entities.push({ value, file: shown, path: ['entities', i], doc }));
    data.relationships?.forEach((value, i) => relationships.push({ value, file: shown, path: ['relationships', i], doc }));
    data.trade?.forEach((value, i) => trades.push({ value, file: shown, path: ['trade', i], doc }));
  }

  const report = (at: Located<unknown>, key: (string | number)[], message: string) => {
    const segments = [...at.path, ...key];
    problems.push({ file: at.file, path: pathText(segments), line: lineOf(at.doc, counters.get(at.doc)!, segments), message });
  };

  // Ids are unique across all files and kinds.
  const kindById = new Map<string, EntityKind>();
  const firstSeen = new Map<string, Located<unknown>>();
  const claim = (id: string, kind: EntityKind, at: Located<unknown>, key: (string | number)[]) => {
    const earlier = firstSeen.get(id);
    if (earlier) {
      report(at, key, `duplicate id ${id} (first defined in ${earlier.file} at ${pathText(earlier.path)})`);
      return;
    }
    firstSeen.set(id, at);
    kindById.set(id, kind);
  };
  for (const s of sources) claim(s.value.id, 'Source', s, ['id']);
  for (const e of entities) claim(e.value.id, e.value.kind, e, ['id']);
  for (const t of trades) claim(tradeObservationId(t.value), 'TradeObservation', t, ['period']);

  const checkSources = (at: Located<{ sources: string[] }>) =>
    at.value.sources.forEach((ref, i) => {
      if (kindById.get(ref) !== 'Source') report(at, ['sources', i], `unknown source ${ref}`);
    });
  const checkRef = (at: Located<unknown>, key: string, ref: string, allowed: readonly EntityKind[]): boolean => {
    const kind = kindById.get(ref);
    if (!kind) {
      report(at, [key], `unknown id ${ref}${kindOfId(ref) ? '' : ' (its prefix names no kind)'}`);
      return false;
    }
    if (!allowed.includes(kind)) {
      report(at, [key], `${ref} is a ${kind}; expected ${allowed.join(' or ')}`);
      return false;
    }
    return true;
  };
  const checkValidity = (at: Located<{ validFrom?: string; validTo?: string }>) => {
    const { validFrom, validTo } = at.value;
    if (validFrom && validTo && validTo < validFrom) report(at, ['validTo'], `validTo ${validTo} is before validFrom ${validFrom}`);
  };

  entities.forEach(checkSources);
  const edgeKeys = new Map<string, Located<unknown>>();
  for (const r of relationships) {
    checkSources(r);
    checkValidity(r);
    const spec = RELATIONSHIP_TYPES[r.value.type];
    checkRef(r, 'from', r.value.from, spec.from);
    checkRef(r, 'to', r.value.to, spec.to);
    const loop = selfLoopProblem(r.value.type, r.value.from, r.value.to);
    if (loop) report(r, ['to'], loop);
    const id = relationshipId(r.value);
    const earlier = edgeKeys.get(id);
    if (earlier) report(r, ['type'], `duplicate relationship ${id} (first in ${earlier.file} at ${pathText(earlier.path)}); give one a distinct key`);
    else edgeKeys.set(id, r);
  }
  for (const t of trades) {
    checkSources(t);
    checkRef(t, 'exporter', t.value.exporter, ['Country', 'Region']);
    checkRef(t, 'importer', t.value.importer, ['Country', 'Region']);
    checkRef(t, 'commodity', t.value.commodity, ['Commodity']);
    if (t.value.statisticalOffice) checkRef(t, 'statisticalOffice', t.value.statisticalOffice, ['Organization']);
    if (t.value.exporter === t.value.importer) report(t, ['importer'], 'exporter and importer are the same');
  }

  if (problems.length > 0) throw new DataError(problems, 'the seed files');
  return buildDataset(files, sources, entities, relationships, trades);
}

function buildDataset(
  files: string[],
  sources: Located<SourceItem>[],
  entities: Located<EntityItem>[],
  relationships: Located<RelationshipItem>[],
  trades: Located<TradeItem>[],
): Dataset {
  const names = new Map(entities.map(({ value }) => [value.id, value.name]));
  const dataset = toDataset(
    { sources: sources.map((l) => l.value), entities: entities.map((l) => l.value), relationships: relationships.map((l) => l.value), trade: trades.map((l) => l.value) },
    (id) => names.get(id),
  );
  return { ...dataset, files };
}

/** Where a seed entity, or one of its fields, is written: `seed/data/10-geography.yaml:57`. */
export type SeedLocator = (id: string, field?: string) => string | undefined;

/**
 * Locates the seed's entities in their files, for problems found after validation (the reference
 * loader checks the seed's countries and regions against UN M49). A missing field is located at
 * its entity.
 */
export async function locateSeedEntities(files: string[], baseDir = process.cwd()): Promise<SeedLocator> {
  const places = new Map<string, { file: string; doc: Document; counter: LineCounter; index: number }>();
  for (const file of files) {
    const counter = new LineCounter();
    const doc = parseDocument(await readFile(file, 'utf8'), { lineCounter: counter, prettyErrors: false });
    const entities = (doc.toJS() as { entities?: unknown } | null)?.entities;
    if (!Array.isArray(entities)) continue;
    entities.forEach((entity: unknown, index) => {
      const id = (entity as { id?: unknown } | null)?.id;
      if (typeof id === 'string' && !places.has(id)) places.set(id, { file: path.relative(baseDir, file) || file, doc, counter, index });
    });
  }
  return (id, field) => {
    const place = places.get(id);
    if (!place) return undefined;
    const line = lineOf(place.doc, place.counter, ['entities', place.index, ...(field ? [field] : [])]);
    return `${place.file}${line ? `:${line}` : ''}`;
  };
}
