/**
 * `disruption` against an independent reference computation: plain code over the graph's stored
 * relationships (read once, as rows), following the rules docs/API.md states — not the product's
 * statements or functions — compared with the API's answer on more than 30 scenarios over the
 * seed and the reference data: the largest producing countries stopped whole or in part, every
 * company that makes something, single supply relationships, several entities at once, and an
 * earlier year. Plus the bad input the issue names, and the explorer's what-if and supply-risk
 * views in Chromium on this data (screenshots in test/output/explorer/).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WALKS } from '../../src/model/walks.js';
import { promisify } from 'node:util';
import { print } from 'graphql';
import { DisruptionDocument, SupplyRiskDocument } from '../../client/index.js';
import { EXPLORER_DIST } from '../../src/http/server.js';
import { openOfflineBrowser } from '../../web/test/browser.js';
import { startTestApi, type Answer, type TestApi } from '../helpers/context.js';
import { throwawayEngine, type ThrowawayEngine } from '../helpers/throwawayEngine.js';

let own: ThrowawayEngine;
let api: TestApi;

interface Node {
  id: string;
  name: string;
  labels: string[];
}
interface Rel {
  type: string;
  from: string;
  to: string;
  p: Record<string, unknown>;
}
const nodes = new Map<string, Node>();
let rels: Rel[] = [];

beforeAll(async () => {
  own = await throwawayEngine('disruption', { load: 'start' });
  const db = own.db;
  api = await startTestApi({ db });
  for (const row of await db.read('test.nodes', 'MATCH (n:Entity) RETURN n.id AS id, n.name AS name, labels(n) AS labels')) {
    const node = row as unknown as Node;
    nodes.set(node.id, node);
  }
  rels = (await db.read('test.rels', 'MATCH (a:Entity)-[r]->(b:Entity) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS p')) as unknown as Rel[];
}, 900_000);

afterAll(async () => {
  await api?.close();
  await own?.close();
}, 120_000);

// ── The reference: the documented rules, in plain code ─────────────────────────────────────────

interface Scenario {
  stop: string[];
  commodities?: string[];
  cut?: number;
  asOf?: string;
}
const THIS_YEAR = new Date().getUTCFullYear();
const isRegion = (id: string) => nodes.get(id)?.labels.includes('Region') ?? false;
const isCommodity = (id: string) => nodes.get(id)?.labels.includes('Commodity') ?? false;
const isCountry = (id: string) => nodes.get(id)?.labels.includes('Country') ?? false;
const n = (v: unknown) => (typeof v === 'number' ? v : null);
const s = (v: unknown) => (typeof v === 'string' ? v : null);
const hhiOf = (shares: number[]) => shares.reduce((sum, x) => sum + (100 * x) ** 2, 0);

/** Valid on `asOf` (when given): no validFrom after it, no validTo before it (compared as text, as documented). */
const validOn = (asOf: string | undefined) => (r: Rel) =>
  asOf === undefined || ((s(r.p.validFrom) ?? '') <= asOf && (s(r.p.validTo) === null || s(r.p.validTo)! >= asOf));

function reference(scenario: Scenario) {
  const cut = scenario.cut ?? 1;
  const valid = validOn(scenario.asOf);
  const year = scenario.asOf ? Number(scenario.asOf.slice(0, 4)) : THIS_YEAR;
  // The stopped supply lines: a stopped entity's PRODUCES and MAKES into commodities, or the relationship named.
  const lines: Rel[] = [];
  for (const id of scenario.stop) {
    if (nodes.has(id)) lines.push(...rels.filter((r) => r.from === id && (r.type === 'PRODUCES' || r.type === 'MAKES') && isCommodity(r.to) && valid(r)));
    else lines.push(...rels.filter((r) => r.p.id === id && (r.type === 'PRODUCES' || r.type === 'MAKES')));
  }
  const kept = lines.filter((l) => !scenario.commodities || scenario.commodities.includes(l.to));
  const hit = [...new Set(kept.map((l) => l.to))];
  const commodities = new Map<string, Answer>();
  const importers: Answer[] = [];
  for (const c of hit) {
    const stopped = new Set(kept.filter((l) => l.to === c).map((l) => l.from));
    const shares = rels.filter((r) => r.type === 'PRODUCES' && r.to === c && typeof r.p.share === 'number' && !isRegion(r.from) && valid(r));
    // The measure: the latest year up to the scenario's (else the earliest later one), then the most producers.
    const measures = new Map<string, { stage: string | null; year: number | null; usgsType: string | null; producers: Set<string> }>();
    for (const r of shares) {
      const key = `${s(r.p.stage)}|${n(r.p.year)}|${s(r.p.usgsType)}`;
      if (!measures.has(key)) measures.set(key, { stage: s(r.p.stage), year: n(r.p.year), usgsType: s(r.p.usgsType), producers: new Set() });
      measures.get(key)!.producers.add(r.from);
    }
    let measure: { stage: string | null; year: number | null; usgsType: string | null } | null = null;
    if (measures.size > 0) {
      const years = [...measures.values()].map((m) => m.year ?? -Infinity);
      const past = years.filter((y) => y <= year);
      const chosen = past.length > 0 ? Math.max(...past) : Math.min(...years);
      const inYear = [...measures.values()].filter((m) => (m.year ?? -Infinity) === chosen);
      const most = Math.max(...inYear.map((m) => m.producers.size));
      // Ties: the stage, then the measure, first in text order.
      const order = (x: string | null, y: string | null) => ((x ?? '') < (y ?? '') ? -1 : (x ?? '') > (y ?? '') ? 1 : 0);
      measure = inYear.filter((m) => m.producers.size === most).sort((a, b) => order(a.stage, b.stage) || order(a.usgsType, b.usgsType))[0]!;
    }
    const share = new Map<string, number>();
    for (const r of shares) {
      if (!measure || s(r.p.stage) !== measure.stage || n(r.p.year) !== measure.year || s(r.p.usgsType) !== measure.usgsType) continue;
      share.set(r.from, Math.max(share.get(r.from) ?? -1, Number(r.p.share)));
    }
    const missing = [...stopped].some((id) => !share.has(id));
    const lost = missing ? null : cut * [...share].filter(([id]) => stopped.has(id)).reduce((sum, [, x]) => sum + x, 0);
    const left = 1 - (lost ?? 0);
    const after = [...share].map(([id, x]) => (stopped.has(id) ? (1 - cut) * x : x));
    const suppliers = new Set(rels.filter((r) => (r.type === 'PRODUCES' || r.type === 'MAKES') && r.to === c && !isRegion(r.from) && valid(r)).map((r) => r.from));
    commodities.set(c, {
      stage: measure?.stage ?? null,
      year: measure?.year ?? null,
      usgsType: measure?.usgsType ?? null,
      stoppedSuppliers: [...stopped].sort(),
      lostShare: lost,
      missingShares: missing,
      alternatives: [...suppliers].filter((id) => !stopped.has(id)).length,
      alternativeSuppliers: [...suppliers].filter((id) => !stopped.has(id)).sort(),
      hhiBefore: share.size > 0 ? hhiOf([...share.values()]) : null,
      hhiAfter: lost === null || left <= 0 || !after.some((x) => x > 0) ? null : hhiOf(after.map((x) => x / left)),
    });
    // Importers naming a stopped supplier as a source of this commodity.
    const naming = new Set(rels.filter((r) => r.type === 'IMPORTS_FROM' && r.p.commodity === c && stopped.has(r.to)).map((r) => r.from));
    for (const importer of naming) {
      const sources = rels.filter((r) => r.type === 'IMPORTS_FROM' && r.from === importer && r.p.commodity === c);
      const figures = rels.filter((r) => r.type === 'IMPORTS' && r.from === importer && r.to === c && (n(r.p.year) ?? Infinity) <= year);
      const latest = Math.max(...figures.map((r) => Number(r.p.year)));
      const value = (r: Rel) => (r.p.relianceStatus === 'NET_EXPORTER' ? 0 : r.p.relianceStatus === 'REPORTED' ? Number(r.p.reliance) : -1);
      const inLatest = figures.filter((r) => r.p.year === latest).sort((a, b) => value(b) - value(a));
      importers.push({
        country: importer,
        commodity: c,
        stoppedSources: sources.filter((r) => stopped.has(r.to)).map((r) => r.to).sort(),
        topSourceStopped: sources.some((r) => r.p.rank === 1 && stopped.has(r.to)),
        sourcesLeft: new Set(sources.filter((r) => !stopped.has(r.to)).map((r) => r.to)).size,
        relianceValue: inLatest[0] ? value(inLatest[0]) : null,
      });
    }
  }
  return { hit, commodities, importers, stoppedIds: new Set(kept.map((l) => l.from).concat(scenario.stop.filter((id) => nodes.has(id)))) };
}

/** Exposure's rules (the table docs/API.md prints) as neighbour lists: [next, rule]. */
const exposureNext = (asOf?: string) => {
  const next = new Map<string, [string, { onlyFromStart: boolean; endsWalk: boolean }][]>();
  for (const r of rels.filter(validOn(asOf))) {
    for (const rule of WALKS.exposure) {
      if (rule.type !== r.type) continue;
      const [a, b] = rule.direction === 'OUT' ? [r.from, r.to] : [r.to, r.from];
      (next.get(a) ?? next.set(a, []).get(a)!).push([b, { onlyFromStart: !!rule.onlyFromStart, endsWalk: !!rule.endsWalk }]);
    }
  }
  return next;
};

/** Breadth first from every hit commodity at once, the stopped entities never listed nor walked through: each entity with its tier. */
function downstreamOf(starts: string[], excluded: Set<string>, maxTier: number, asOf?: string): Map<string, number> {
  const next = exposureNext(asOf);
  const tiers = new Map<string, number>();
  const seen = new Set([...starts, ...excluded]);
  const group = new Set(starts);
  let frontier = [...starts];
  for (let tier = 1; tier <= maxTier && frontier.length > 0; tier++) {
    const reached = new Set<string>();
    const open = new Set<string>();
    const joined = new Set<string>();
    for (const node of frontier) {
      for (const [b, rule] of next.get(node) ?? []) {
        if (rule.onlyFromStart && !group.has(node)) continue;
        if (seen.has(b) && !reached.has(b)) continue;
        if (!nodes.has(b) || nodes.get(b)!.labels.includes('Source')) continue;
        reached.add(b);
        if (!rule.endsWalk) open.add(b);
        if (rule.onlyFromStart) joined.add(b);
      }
    }
    for (const b of reached) {
      seen.add(b);
      tiers.set(b, tier);
    }
    for (const b of joined) group.add(b);
    frontier = [...reached].filter((b) => open.has(b));
  }
  return tiers;
}

const QUERY = `query Disruption($scenario: DisruptionScenario!) {
  disruption(scenario: $scenario, maxTier: 3, first: 500) {
    stopped { id }
    commodities { commodity { id } stage year usgsType stoppedSuppliers { id } lostShare missingShares alternatives alternativeSuppliers(first: 30) { id } hhiBefore hhiAfter }
    importers { country { id } commodity { id } stoppedSources { to { id } } topSourceStopped sourcesLeft reliance { reliance relianceStatus } }
    downstream { entity { id } tier commodity { id } path { nodes { id } } }
    downstreamCount
    reason
  }
}`;

async function compare(scenario: Scenario): Promise<void> {
  const { body } = await api.graphql(QUERY, { scenario });
  const label = JSON.stringify(scenario);
  expect(body.errors, label).toBeUndefined();
  const answer = body.data.disruption;
  const ref = reference(scenario);
  // Per commodity hit.
  expect(answer.commodities.map((c: Answer) => c.commodity.id).sort(), label).toEqual([...ref.hit].sort());
  for (const c of answer.commodities) {
    const want = ref.commodities.get(c.commodity.id)!;
    const where = `${label} ${c.commodity.id}`;
    expect({ stage: c.stage, year: c.year, usgsType: c.usgsType, missingShares: c.missingShares, alternatives: c.alternatives }, where).toEqual({
      stage: want.stage,
      year: want.year,
      usgsType: want.usgsType,
      missingShares: want.missingShares,
      alternatives: want.alternatives,
    });
    expect(c.stoppedSuppliers.map((e: Answer) => e.id).sort(), where).toEqual(want.stoppedSuppliers);
    // The first 30 (the request's worst case must fit the row budget): all of them, or 30 of them.
    const listed = c.alternativeSuppliers.map((e: Answer) => e.id).sort();
    if (want.alternativeSuppliers.length <= 30) expect(listed, where).toEqual(want.alternativeSuppliers);
    else for (const id of listed) expect(want.alternativeSuppliers, where).toContain(id);
    for (const key of ['lostShare', 'hhiBefore', 'hhiAfter'] as const) {
      if (want[key] === null) expect(c[key], `${where} ${key}`).toBeNull();
      else expect(c[key], `${where} ${key}`).toBeCloseTo(want[key], key === 'lostShare' ? 6 : 3);
    }
  }
  // Per importer.
  const importerKey = (i: Answer) => `${i.country} ${i.commodity}`;
  const got = answer.importers.map((i: Answer) => ({
    country: i.country.id,
    commodity: i.commodity.id,
    stoppedSources: i.stoppedSources.map((r: Answer) => r.to.id).sort(),
    topSourceStopped: i.topSourceStopped,
    sourcesLeft: i.sourcesLeft,
    relianceValue: i.reliance === null ? null : i.reliance.relianceStatus === 'NET_EXPORTER' ? 0 : i.reliance.relianceStatus === 'REPORTED' ? i.reliance.reliance : -1,
  }));
  const byKey = (a: Answer, b: Answer) => importerKey(a).localeCompare(importerKey(b));
  expect(got.sort(byKey), label).toEqual([...ref.importers].sort(byKey));
  // Downstream: the same entities at the same tiers, each route a walk of that length from a hit commodity.
  const tiers = downstreamOf(ref.hit, ref.stoppedIds, 3, scenario.asOf);
  if (tiers.size <= 500) {
    expect(answer.downstreamCount, label).toBe(tiers.size);
    expect(Object.fromEntries(answer.downstream.map((d: Answer) => [d.entity.id, d.tier])), label).toEqual(Object.fromEntries(tiers));
  } else {
    expect(answer.downstream.length, label).toBe(500);
    for (const d of answer.downstream) expect(tiers.get(d.entity.id), `${label} ${d.entity.id}`).toBe(d.tier);
  }
  const next = exposureNext(scenario.asOf);
  for (const d of answer.downstream) {
    const ids: string[] = d.path.nodes.map((x: Answer) => x.id);
    expect(ids[0], label).toBe(d.commodity.id);
    expect(ref.hit, label).toContain(ids[0]);
    expect(ids.length - 1, `${label} ${d.entity.id}`).toBe(d.tier);
    for (let i = 0; i + 1 < ids.length; i++) expect((next.get(ids[i]!) ?? []).some(([b]) => b === ids[i + 1]), `${label} ${ids.join(' > ')}`).toBe(true);
  }
}

/** The countries with the most PRODUCES relationships, largest first. */
function topProducers(count: number): string[] {
  const counts = new Map<string, number>();
  for (const r of rels) if (r.type === 'PRODUCES' && isCountry(r.from)) counts.set(r.from, (counts.get(r.from) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, count).map(([id]) => id);
}

describe('disruption against the reference computation', () => {
  it('agrees on 15 producing countries stopped whole', async () => {
    const countries = topProducers(15);
    expect(countries).toContain('country:CN');
    for (const c of countries) await compare({ stop: [c] });
  }, 600_000);

  it('agrees on partial cuts of a few commodities each', async () => {
    for (const [i, c] of topProducers(8).entries()) {
      const produced = [...new Set(rels.filter((r) => r.type === 'PRODUCES' && r.from === c).map((r) => r.to))].sort().slice(0, 3);
      await compare({ stop: [c], commodities: produced, cut: [0.5, 0.25, 0.1][i % 3] });
    }
  }, 600_000);

  it('agrees on every company that makes something, stopped alone', async () => {
    const makers = [...new Set(rels.filter((r) => r.type === 'MAKES').map((r) => r.from))].sort();
    expect(makers.length).toBeGreaterThan(2);
    for (const m of makers) await compare({ stop: [m] });
  }, 600_000);

  it('agrees on single supply relationships, several entities at once and an earlier year', async () => {
    const lines = rels.filter((r) => r.type === 'PRODUCES' && typeof r.p.share === 'number' && isCountry(r.from)).slice(0, 3);
    for (const line of lines) await compare({ stop: [String(line.p.id)] });
    await compare({ stop: ['country:CN', 'country:MM'] });
    await compare({ stop: ['country:AU', 'country:US', 'country:CN'], cut: 0.5 });
    await compare({ stop: ['country:CN'], asOf: '2023-12-31' });
    await compare({ stop: ['country:CN'], commodities: ['commodity:mineral-gallium'], cut: 0.5 });
  }, 600_000);
});

describe('two scenarios side by side', () => {
  it('are two aliased fields of one request, each its own answer', async () => {
    const { body } = await api.graphql(`{
      gallium: disruption(scenario: { stop: ["country:CN"], commodities: ["commodity:mineral-gallium"], cut: 0.5 }) { commodities { commodity { id } lostShare } }
      rareEarths: disruption(scenario: { stop: ["country:MM"], commodities: ["commodity:rare-earth-ore"] }) { commodities { commodity { id } lostShare } }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.gallium.commodities[0].commodity.id).toBe('commodity:mineral-gallium');
    expect(body.data.gallium.commodities[0].lostShare).toBeCloseTo(reference({ stop: ['country:CN'], commodities: ['commodity:mineral-gallium'], cut: 0.5 }).commodities.get('commodity:mineral-gallium').lostShare, 6);
    expect(body.data.rareEarths.commodities[0].lostShare).toBeCloseTo(reference({ stop: ['country:MM'], commodities: ['commodity:rare-earth-ore'] }).commodities.get('commodity:rare-earth-ore').lostShare, 6);
  });
});

describe('bad input', () => {
  const code = async (scenario: Record<string, unknown>, extra = '') => {
    const { body } = await api.graphql(`query ($scenario: DisruptionScenario!) { disruption(scenario: $scenario${extra}) { reason } }`, { scenario });
    return { code: body.errors?.[0]?.extensions?.code, message: body.errors?.[0]?.message, data: body.data?.disruption };
  };

  it('an unknown id is NOT_FOUND naming it', async () => {
    expect(await code({ stop: ['country:CN', 'country:XX'] })).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('country:XX') });
    expect(await code({ stop: ['country:CN'], commodities: ['commodity:nothing'] })).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('commodity:nothing') });
  });

  it('cut outside (0, 1] and more than 50 stopped entities are BAD_USER_INPUT', async () => {
    for (const cut of [0, -0.5, 1.5]) expect(await code({ stop: ['country:CN'], cut })).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringContaining('cut') });
    const many = Array.from({ length: 51 }, (_, i) => `country:X${i}`);
    expect(await code({ stop: many })).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringContaining('at most 50') });
    expect(await code({ stop: [] })).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await code({ stop: ['country:CN'] }, ', maxTier: 9')).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringContaining('maxTier') });
  });

  it('a stopped entity that supplies nothing is an empty answer with a reason, not an error', async () => {
    const { body } = await api.graphql('{ disruption(scenario: { stop: ["official:howard-lutnick"] }) { stopped { id } commodities { commodity { id } } importers { country { id } } downstream { entity { id } } downstreamCount reason } }');
    expect(body.errors).toBeUndefined();
    expect(body.data.disruption).toMatchObject({ stopped: [{ id: 'official:howard-lutnick' }], commodities: [], importers: [], downstream: [], downstreamCount: 0 });
    expect(body.data.disruption.reason).toMatch(/produce or make no commodity/);
  });
});

describe('the explorer on the real data, in Chromium', () => {
  const hasChromium = existsSync('/usr/bin/chromium');
  const shots = path.resolve(import.meta.dirname, '../output/explorer');

  it.skipIf(!hasChromium)('supply risk ranks what the US imports as the API does, and leads to the what-if of its top producer, importers and all', async () => {
    if (!existsSync(path.join(EXPLORER_DIST, 'explore.html'))) {
      await promisify(execFile)(path.resolve(import.meta.dirname, '../../node_modules/.bin/vite'), ['build', '--config', 'web/vite.explore.config.ts', '--logLevel', 'warn'], { cwd: path.resolve(import.meta.dirname, '../..'), timeout: 180_000 });
    }
    mkdirSync(shots, { recursive: true });
    const ranking = (await api.graphql(print(SupplyRiskDocument), { of: 'country:US', first: 100 })).body.data.supplyRisk;
    expect(ranking.items.length).toBeGreaterThan(10);
    const chrome = await openOfflineBrowser([api.url]);
    const page = chrome.page;
    try {
      await page.goto(`${api.url}/explore/#/entity?id=country:US`);
      await page.locator('.sg-research-links').getByText('What it imports (supply risk)').click();
      const table = page.getByTestId('supply-risk');
      await table.waitFor();
      expect(await page.title()).toBe('Supply risk: United States — supplygraph explorer');
      const rows = table.locator('tbody tr');
      expect(await rows.count()).toBe(ranking.items.length);
      const top = ranking.items[0];
      const first = (await rows.first().innerText()).replace(/\s+/g, ' ');
      expect(first).toContain(top.commodity.name);
      expect(first).toContain(top.score.toFixed(2));
      expect(first).toContain(top.importSources.map((x: Answer) => `${x.rank}. ${x.to.name}`).join(', '));
      expect(await page.getByTestId('supply-risk-method').innerText()).toBe(ranking.method);
      await page.screenshot({ path: path.join(shots, 'supply-risk.png'), fullPage: true });

      // The top commodity's "what if": its top producer stops; the US is among the importers hit.
      await rows.first().getByText('what if').click();
      await page.getByTestId('whatif-importers').waitFor();
      const scenario = { stop: [top.concentration.topProducer.id], commodities: [top.commodity.id], cut: 1, asOf: null };
      const expected = (await api.graphql(print(DisruptionDocument), { scenario })).body.data.disruption;
      const importers = page.getByTestId('whatif-importers').locator('tbody tr');
      expect(await importers.count()).toBe(expected.importers.length);
      expect((await importers.first().innerText()).replace(/\s+/g, ' ')).toContain('United States');
      const lost = (await page.getByTestId('lost').first().innerText()).replace(/\s+/g, ' ');
      expect(lost).toContain(`${(expected.commodities[0].lostShare * 100).toFixed(1)}%`);
      await page.screenshot({ path: path.join(shots, 'whatif-real-data.png'), fullPage: true });
    } finally {
      await chrome.browser.close();
    }
  }, 300_000);
});
