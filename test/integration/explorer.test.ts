/**
 * The explorer at /explore, end to end in headless Debian Chromium, as a researcher uses it: names
 * typed into every form ("China" → country:CN), entity pages that lead into the other views, a
 * neighbourhood graph drawn in groups and pages with merged relationships, a legend, filters, zoom,
 * expansion and the keyboard; charts with one series per period length that fit their width; CSV
 * downloads; loading, empty and error states with retry; tab titles, `/` and Escape; "Open in the
 * IDE" links; how its files are served; and pages on other origins calling the API (allowed when
 * listed, refused with a readable message when not). Every check reads what the page shows.
 * Screenshots of each view go to test/output/explorer/ (gitignored); with
 * UPDATE_README_SCREENSHOT=1 the README's picture (docs/images/explorer.png) is written too.
 *
 * The bundle is built here when web/dist-explore is missing. Skipped only where /usr/bin/chromium
 * does not exist (CI installs Debian's Chromium).
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { print, type DocumentNode } from 'graphql';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConcentrationDocument, DisruptionDocument, EntityDetailsDocument, EntityNameDocument, PathsDocument, SearchDocument, TimelineDocument, TradeSeriesDocument } from '../../client/index.js';
import { openOfflineBrowser, type OfflineBrowser } from '../../web/test/browser.js';
import { startTestApi, type TestApi } from '../helpers/context.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const EXPLORER_INDEX = path.join(ROOT, 'web', 'dist-explore', 'explore.html');
const SHOTS = path.join(ROOT, 'test', 'output', 'explorer');
const README_SHOT = path.join(ROOT, 'docs', 'images', 'explorer.png');
const hasChromium = existsSync('/usr/bin/chromium');

async function buildExplorer(): Promise<void> {
  const vite = path.join(ROOT, 'node_modules', '.bin', 'vite');
  await promisify(execFile)(vite, ['build', '--config', 'web/vite.explore.config.ts', '--logLevel', 'warn'], { cwd: ROOT, timeout: 180_000, maxBuffer: 16 * 1024 * 1024 });
  if (!existsSync(EXPLORER_INDEX)) throw new Error(`The explorer build finished without ${EXPLORER_INDEX}`);
}

/** A page on another origin (another port) that calls the API with fetch, as a frontend app would. */
async function otherOrigin(): Promise<{ origin: string; server: HttpServer }> {
  const server = createHttpServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>another app</title><p>another app</p>'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/** The what-if view's scenario as its form sends it: China's rare-earth magnet output halved. */
const WHAT_IF = { stop: ['country:CN'], commodities: ['commodity:rare-earth-magnets'], cut: 0.5, asOf: null };

let api: TestApi;
let listed: { origin: string; server: HttpServer };
let unlisted: { origin: string; server: HttpServer };
let chrome: OfflineBrowser | undefined;
let page: Page;

/**
 * The explorer's operations, run once before the browser does: the engine plans each statement
 * shape on first use, which takes seconds on a busy machine, and the page's waits should measure
 * the explorer, not the planner.
 */
async function warmUp(): Promise<void> {
  const runs: [DocumentNode, Record<string, unknown>][] = [
    [SearchDocument, { text: 'China', first: 8 }],
    [EntityNameDocument, { id: 'country:CN' }],
    ...['country:CN', 'commodity:rare-earth-magnets', 'trade:cn-us-rare-earth-magnets-2025-06', 'source:reuters-2025-07-20-magnet-exports-us', 'company:china-northern-rare-earth'].flatMap((id): [DocumentNode, Record<string, unknown>][] => [
      [EntityDetailsDocument, { id, first: 24 }],
      [EntityDetailsDocument, { id, first: 6 }],
    ]),
    [PathsDocument, { from: 'country:CN', to: { id: 'company:ford' }, k: 3, maxHops: 5 }],
    [TradeSeriesDocument, { exporter: 'country:CN', importer: 'region:world', commodity: 'commodity:rare-earth-magnets' }],
    [ConcentrationDocument, { commodity: 'commodity:rare-earth-magnets' }],
    [TimelineDocument, { entity: 'country:CN' }],
    [DisruptionDocument, { scenario: WHAT_IF }],
  ];
  for (const [document, variables] of runs) await api.graphql(print(document), variables);
}

beforeAll(async () => {
  if (!existsSync(EXPLORER_INDEX)) await buildExplorer();
  listed = await otherOrigin();
  unlisted = await otherOrigin();
  api = await startTestApi({ corsOrigins: [listed.origin] });
  mkdirSync(SHOTS, { recursive: true });
  if (!hasChromium) return;
  await warmUp();
  chrome = await openOfflineBrowser([api.url, listed.origin, unlisted.origin]);
  page = chrome.page;
}, 600_000);

afterAll(async () => {
  await chrome?.browser.close();
  await api?.close();
  listed?.server.close();
  unlisted?.server.close();
});

const open = async (hash: string) => {
  await page.goto(`${api.url}/explore/${hash}`);
};
const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
/** The result area in a state: idle, loading, refreshing, error, empty or done. */
const state = (name: string) => page.locator(`.sg-result[data-state="${name}"]`).first().waitFor();
const hashOf = () => decodeURIComponent(new URL(page.url()).hash);
/** The window's scroll position (the test project has no DOM types: the page evaluates the text). */
const scrollY = () => page.evaluate<number>('window.scrollY');

/** What Cytoscape drew for the graph with this test id: nodes with their screen boxes (labels included), edges, zoom. */
interface Drawn {
  zoom: number;
  nodes: { id: string; role: string; kind: string; parent: string; expanded: boolean; label: string; box: { x1: number; y1: number; x2: number; y2: number }; at: { x: number; y: number } }[];
  edges: { id: string; source: string; target: string; type: string; label: string; at: { x: number; y: number } }[];
}
const drawn = (testId = 'neighbourhood'): Promise<Drawn> =>
  page.getByTestId(testId).evaluate((element) => {
    interface Ele {
      id(): string;
      data(key: string): unknown;
      renderedBoundingBox(o: object): { x1: number; y1: number; x2: number; y2: number };
      renderedPosition(): { x: number; y: number };
      renderedMidpoint(): { x: number; y: number };
    }
    interface Cy {
      zoom(): number;
      nodes(): Ele[];
      edges(): Ele[];
    }
    // Cytoscape keeps its instance on its container.
    const cy = (Reflect.get(element, '_cyreg') as { cy: Cy } | undefined)?.cy;
    if (!cy) throw new Error('no graph');
    const frame = element.getBoundingClientRect() as { x: number; y: number };
    const onPage = (p: { x: number; y: number }) => ({ x: frame.x + p.x, y: frame.y + p.y });
    return {
      zoom: cy.zoom(),
      nodes: [...cy.nodes()].map((n) => ({
        id: n.id(),
        role: String(n.data('role')),
        kind: String(n.data('kind')),
        parent: typeof n.data('parent') === 'string' ? String(n.data('parent')) : '',
        expanded: n.data('expanded') === true,
        label: String(n.data('label')),
        box: n.renderedBoundingBox({ includeLabels: true, includeOverlays: false }),
        at: onPage(n.renderedPosition()),
      })),
      edges: [...cy.edges()].map((e) => ({ id: e.id(), source: String(e.data('source')), target: String(e.data('target')), type: String(e.data('type')), label: String(e.data('label')), at: onPage(e.renderedMidpoint()) })),
    };
  });

/**
 * What is drawn once it stands still: a late page of neighbours or a fit redraws the graph, and a
 * click at a position read before that misses (on a loaded machine it did). Two reads 250 ms apart agree.
 */
async function settled(testId = 'neighbourhood'): Promise<Drawn> {
  let last = JSON.stringify(await drawn(testId));
  for (let i = 0; i < 40; i++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = await drawn(testId);
    const text = JSON.stringify(now);
    if (text === last) return now;
    last = text;
  }
  throw new Error(`the graph ${testId} kept moving for 10 s`);
}

/** Clicks a button that saves a file; returns the file's text. */
async function download(button: ReturnType<Page['locator']>): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const saved = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(saved, 'utf8') };
}

/** Every text of every chart inside its drawing (1 px of slack): nothing clipped. */
const clippedLabels = () =>
  page.locator('svg.sg-chart').evaluateAll((svgs) =>
    svgs.flatMap((svg) => {
      const frame = svg.getBoundingClientRect() as { left: number; right: number; top: number; bottom: number };
      return Array.from<{ textContent: string | null; getBoundingClientRect(): typeof frame }>(svg.querySelectorAll('text')).flatMap((text) => {
        const box = text.getBoundingClientRect();
        return box.left < frame.left - 1 || box.right > frame.right + 1 || box.top < frame.top - 1 || box.bottom > frame.bottom + 1 ? [`${text.textContent ?? ''} (${Math.round(box.left)}–${Math.round(box.right)} in ${Math.round(frame.left)}–${Math.round(frame.right)})`] : [];
      });
    }),
  );

describe('the explorer is served', () => {
  it('at /explore/, its page revalidated, its hashed files compressed and cached for a year', async () => {
    const html = await fetch(`${api.url}/explore/`);
    expect(html.status).toBe(200);
    expect(html.headers.get('cache-control')).toBe('no-cache');
    const text = await html.text();
    expect(text).toContain('id="root"');
    expect((await fetch(`${api.url}/explore`, { redirect: 'manual' })).headers.get('location')).toBe('/explore/');

    const script = /src="(\/explore\/assets\/explore-[\w-]+\.js)"/.exec(text)?.[1];
    expect(script, 'the page names a hashed script').toBeDefined();
    const plain = await fetch(`${api.url}${script}`, { headers: { 'accept-encoding': 'identity' } });
    const body = Buffer.from(await plain.arrayBuffer());
    expect(plain.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(plain.headers.get('content-encoding')).toBeNull();
    // Node's fetch would decompress on its own: read the raw bytes with the header asked for.
    for (const [encoding, decompress] of [
      ['br', brotliDecompressSync],
      ['gzip', gunzipSync],
    ] as const) {
      const response = await new Promise<{ headers: Record<string, string | string[] | undefined>; bytes: Buffer }>((resolve, reject) => {
        const url = new URL(`${api.url}${script}`);
        import('node:http')
          .then(({ get }) =>
            get({ host: url.hostname, port: url.port, path: url.pathname, headers: { 'accept-encoding': encoding } }, (res) => {
              const chunks: Buffer[] = [];
              res.on('data', (c: Buffer) => chunks.push(c));
              res.on('end', () => resolve({ headers: res.headers, bytes: Buffer.concat(chunks) }));
            }).on('error', reject),
          )
          .catch(reject);
      });
      expect(response.headers['content-encoding']).toBe(encoding);
      expect(String(response.headers.vary).toLowerCase()).toContain('accept-encoding');
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(response.bytes.length).toBeLessThan(body.length / 3);
      expect(decompress(response.bytes).equals(body)).toBe(true);
    }
    // The IDE is served the same way.
    expect((await fetch(`${api.url}/graphiql/`)).headers.get('cache-control')).toBe('no-cache');
  }, 120_000);
});

describe.skipIf(!hasChromium)('the explorer in Chromium', () => {
  it('searches as you type, and says how before anything is typed', async () => {
    await open('#/search');
    await state('idle');
    expect(await page.locator('.sg-hint').innerText()).toMatch(/Type a name, an alias or a code/);
    expect(await page.title()).toBe('Search — supplygraph explorer');
    await page.locator('#search-text').pressSequentially('magn', { delay: 40 });
    await page.locator('.sg-results a', { hasText: 'Rare-earth magnets' }).first().waitFor();
    expect(hashOf()).toBe('#/search?q=magn');
    expect(await page.title()).toBe('Search: magn — supplygraph explorer');
    const csv = await download(page.locator('.sg-csv'));
    expect(csv.name).toBe('search-magn.csv');
    expect(csv.text.split('\r\n')[0]).toBe('id,name,kind,exact,score,description');
    expect(csv.text).toContain('commodity:rare-earth-magnets,Rare-earth magnets,COMMODITY');
    await shot('01-search');
  }, 120_000);

  it('"/" focuses the search box anywhere; typing lists names, and picking one opens its page', async () => {
    await open('#/path');
    await page.locator('h1', { hasText: 'Path' }).waitFor();
    await page.keyboard.press('/');
    const box = page.locator('.sg-top-search input');
    expect(await box.evaluate((el) => el.matches(':focus'))).toBe(true);
    await page.keyboard.type('China', { delay: 40 });
    const option = page.locator('.sg-top-search [role="option"]', { hasText: 'country:CN' });
    await option.waitFor();
    expect(await option.innerText()).toMatch(/China\s+country\s+country:CN/);
    await shot('02-search-as-you-type');
    // The exact name is the first hit: ↓ then Enter picks it.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.locator('h1.sg-entity-name', { hasText: 'China' }).waitFor();
    expect(hashOf()).toBe('#/entity?id=country:CN');
    expect(await page.title()).toBe('China — supplygraph explorer');
  }, 120_000);

  it('every form takes names: "China" is country:CN, and a name that matches nothing is said so at its field', async () => {
    await open('#/path');
    await state('idle');
    expect(await page.locator('.sg-hint').innerText()).toMatch(/Choose two entities by name/);
    await page.getByLabel('From', { exact: true }).fill('China');
    await page.getByLabel('To', { exact: true }).fill('Ford');
    await page.getByRole('button', { name: 'Find paths' }).click();
    await page.getByTestId('path').first().waitFor();
    expect(hashOf()).toBe('#/path?from=country:CN&to=company:ford');
    expect(await page.title()).toBe('Path: China → Ford — supplygraph explorer');
    expect(await page.getByTestId('path').first().innerText()).toMatch(/China[\s\S]*Rare-earth magnets[\s\S]*Ford/);

    await open('#/trade');
    expect(await page.locator('.sg-hint').innerText()).toMatch(/Choose an exporter, an importer and a commodity/);
    await page.getByLabel('Exporter', { exact: true }).fill('China');
    await page.getByLabel('Importer', { exact: true }).fill('United States');
    await page.getByLabel('Commodity', { exact: true }).fill('rare-earth magnets');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByTestId('trade-chart').waitFor();
    expect(hashOf()).toBe('#/trade?exporter=country:CN&importer=country:US&commodity=commodity:rare-earth-magnets');

    await open('#/concentration');
    await page.getByLabel('Commodity', { exact: true }).fill('rare-earth magnets');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByTestId('concentration-chart').waitFor();
    expect(hashOf()).toBe('#/concentration?commodity=commodity:rare-earth-magnets');

    await open('#/timeline');
    await page.getByLabel('Entity', { exact: true }).fill('Howard Lutnick');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByTestId('timeline').locator('li').first().waitFor();
    expect(hashOf()).toBe('#/timeline?entity=official:howard-lutnick');

    await open('#/path?to=company:ford');
    // An id in the URL is shown by its name.
    await expect.poll(() => page.getByLabel('To', { exact: true }).inputValue()).toBe('Ford');
    expect(await page.locator('.sg-hint p').first().innerText()).toMatch(/Also choose where the path starts/);
    await page.getByLabel('From', { exact: true }).fill('Atlantis');
    await page.getByRole('button', { name: 'Find paths' }).click();
    await page.locator('.sg-field-error', { hasText: 'No entity matches “Atlantis”.' }).waitFor();
    expect(hashOf()).toBe('#/path?to=company:ford');
    await shot('03-name-not-found');
  }, 180_000);

  it('an entity page leads into Path, Trade, Concentration and Timeline; a trade observation links its exporter and commodity', async () => {
    await open('#/entity?id=country:CN');
    const links = page.locator('.sg-research-links');
    await links.waitFor();
    const hrefs = Object.fromEntries(await links.locator('a').evaluateAll((as) => as.map((a) => [a.textContent, decodeURIComponent(a.getAttribute('href') ?? '')])));
    expect(hrefs).toMatchObject({
      'Paths from here': '#/path?from=country:CN',
      'Trade as exporter': '#/trade?exporter=country:CN',
      'Trade as importer': '#/trade?importer=country:CN',
      Timeline: '#/timeline?entity=country:CN',
    });
    await links.getByText('Trade as exporter').click();
    await expect.poll(() => page.getByLabel('Exporter', { exact: true }).inputValue()).toBe('China');
    expect(await page.locator('.sg-hint p').first().innerText()).toBe('Also choose an importer and a commodity.');

    await open('#/entity?id=commodity:rare-earth-magnets');
    await page.locator('.sg-research-links').getByText('Concentration').click();
    await page.getByTestId('concentration-chart').waitFor();
    expect(await page.getByTestId('hhi').innerText()).toMatch(/HHI \d/);

    await open('#/entity?id=trade:cn-us-rare-earth-magnets-2025-06');
    const props = page.getByTestId('properties');
    await props.waitFor();
    const exporter = props.locator('tr', { hasText: 'exporter' }).locator('a');
    expect(await exporter.innerText()).toBe('China');
    expect(await exporter.getAttribute('href')).toBe('#/entity?id=country%3ACN');
    expect(await props.locator('tr', { hasText: 'commodity' }).locator('a').getAttribute('href')).toBe('#/entity?id=commodity%3Arare-earth-magnets');
    await shot('04-trade-observation');
    await page.locator('.sg-research-links').getByText('This flow over time').click();
    await page.getByTestId('trade-chart').locator('[data-period="2025-06"]').waitFor();
  }, 120_000);

  it('what if a supplier stops: picked by name from its page or the form; supply lost, shares before and after, importers, downstream with routes; CSV files', async () => {
    const { body } = await api.graphql(print(DisruptionDocument), { scenario: WHAT_IF });
    const expected = body.data.disruption;
    expect(expected.commodities).toHaveLength(1);

    await open('#/entity?id=country:CN');
    await page.locator('.sg-research-links').getByText('What if it stops').click();
    await expect.poll(() => page.getByLabel('Who stops', { exact: true }).inputValue()).toBe('China');
    await page.getByLabel('Only this commodity', { exact: true }).fill('rare-earth magnets');
    await page.getByLabel('Output lost (%)', { exact: true }).fill('50');
    // Its page asked for everything China supplies; the form narrows it.
    await state('done');
    await page.getByRole('button', { name: 'Show' }).click();
    await expect.poll(hashOf).toBe('#/whatif?stop=country:CN&commodity=commodity:rare-earth-magnets&cut=50');
    await state('done');
    await expect.poll(() => page.getByTestId('whatif-commodities').locator('tbody tr').count()).toBe(1);
    expect(await page.title()).toBe('What if China stops — supplygraph explorer');

    // The page shows the API's numbers: the share lost, HHI before and after, each producer's bars.
    const hit = expected.commodities[0];
    const row = (await page.getByTestId('whatif-commodities').locator('tbody tr').first().innerText()).replace(/\s+/g, ' ');
    expect(row).toContain('Rare-earth magnets');
    expect(row).toContain(`${(hit.lostShare * 100).toFixed(1)}%`);
    expect(row).toContain(`${Math.round(hit.hhiBefore).toLocaleString('en')} → ${Math.round(hit.hhiAfter).toLocaleString('en')}`);
    expect(await page.getByTestId('whatif-chart').locator('g').count()).toBe(hit.shares.length);
    const china = hit.shares.find((x: { before: { producer: { id: string } } }) => x.before.producer.id === 'country:CN');
    expect(await page.getByTestId('whatif-chart').locator('title').allTextContents()).toContain(`China: ${(china.before.share * 100).toFixed(1)}% before, ${(china.after * 100).toFixed(1)}% after (stopped)`);

    // Downstream: one row per entity the API lists, each with its tier and route.
    const rows = page.getByTestId('whatif-downstream').locator('tbody tr');
    expect(await rows.count()).toBe(expected.downstream.length);
    expect(expected.downstream.length).toBeGreaterThan(0);
    const first = expected.downstream[0];
    expect((await rows.first().innerText()).replace(/\s+/g, ' ')).toContain(first.path.nodes.map((n: { name: string }) => n.name).join(' → '));
    const csv = await download(page.locator('button.sg-csv').last());
    expect(csv.text.split('\r\n')[0]).toBe('tier,id,name,kind,via commodity,input lost (at most),unknown shares,suppliers left,route');
    expect(csv.text.trim().split('\r\n')).toHaveLength(expected.downstream.length + 1);
    expect(await clippedLabels()).toEqual([]);

    // Drawn: China stops, the magnets lose the API's share, and every entity downstream stands on the graph, joined along its route.
    const g = await settled('whatif-graph');
    expect(g.nodes.filter((n) => n.role === 'focus').map((n) => n.id)).toEqual(['country:CN']);
    const lost = g.edges.find((e) => e.source === 'country:CN' && e.target === 'commodity:rare-earth-magnets');
    expect(lost?.label).toBe(`${Math.round(hit.lostShare * 1000) / 10}% of world supply lost`);
    const drawnIds = new Set(g.nodes.map((n) => n.id));
    for (const x of expected.downstream as { entity: { id: string }; path: { nodes: { id: string }[] } }[]) {
      expect(drawnIds.has(x.entity.id)).toBe(true);
      const route = x.path.nodes.map((n) => n.id);
      for (let k = 1; k < route.length; k++) expect(g.edges.some((e) => e.source === route[k - 1] && e.target === route[k])).toBe(true);
    }
    await shot('whatif');

    // Two stop at once: picked by name in the form, both drawn as stopped, both in the heading.
    await page.getByLabel('And also', { exact: true }).fill('Myanmar');
    await page.getByRole('button', { name: 'Show' }).click();
    await expect.poll(hashOf).toBe('#/whatif?stop=country:CN&also=country:MM&commodity=commodity:rare-earth-magnets&cut=50');
    await state('done');
    expect(await page.locator('h2', { hasText: 'If China, Myanmar loses' }).count()).toBe(1);
    const both = await settled('whatif-graph');
    expect(both.nodes.filter((n) => n.role === 'focus').map((n) => n.id).sort()).toEqual(['country:CN', 'country:MM']);

    // A cut that is no share is the API's refusal, shown as an error with its code.
    await open('#/whatif?stop=country:CN&cut=250');
    await state('error');
    expect(await page.getByTestId('error').innerText()).toMatch(/BAD_USER_INPUT[\s\S]*cut/);
  }, 180_000);

  it('draws a hub in groups, a page each, labels legible and apart; pages turn; a legend that filters; zoom and fit', async () => {
    await open('#/entity?id=country:CN');
    const graph = page.getByTestId('neighbourhood');
    await graph.locator('canvas').first().waitFor();
    let g = await drawn();
    const members = g.nodes.filter((n) => n.role === 'member');
    const neighbours = await page.locator('.sg-list li').count();
    // Not a ring of every neighbour: groups of a page each.
    expect(neighbours).toBeGreaterThan(50);
    expect(members.length).toBeLessThanOrEqual(40);
    expect(g.nodes.filter((n) => n.role === 'group').map((n) => n.label)).toEqual(expect.arrayContaining(['Headquartered here · 1–4 of 14', 'Issued · 1–4 of 8']));
    // Legible: labels at 7 px or more, and no two entities' labels on top of each other.
    expect(g.zoom * 12).toBeGreaterThanOrEqual(7);
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const [a, b] = [members[i]!.box, members[j]!.box];
        const overlap = a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
        expect(overlap, `${members[i]!.label} and ${members[j]!.label} overlap`).toBe(false);
      }
    }
    // Parallel relationships are one edge: China produces 7 commodities through 18 relationships.
    const produces = g.edges.filter((e) => e.type === 'PRODUCES');
    expect(new Set(produces.map((e) => e.target)).size).toBe(produces.length);
    expect(produces.some((e) => /^\d{4}: .*\d%/.test(e.label))).toBe(true);
    // The page from its top to the graph's legend: the README's picture.
    const legendBox = (await page.getByTestId('neighbourhood-legend').boundingBox())!;
    const legendBottom = legendBox.y + legendBox.height + (await scrollY());
    await page.screenshot({ path: path.join(SHOTS, '05-neighbourhood.png'), fullPage: true, clip: { x: 0, y: 0, width: 1300, height: Math.ceil(legendBottom) + 12 } });
    if (process.env.UPDATE_README_SCREENSHOT) {
      mkdirSync(path.dirname(README_SHOT), { recursive: true });
      copyFileSync(path.join(SHOTS, '05-neighbourhood.png'), README_SHOT);
    }

    // Pages: the next four companies headquartered in China.
    const row = page.getByTestId('groups').locator('tr[data-field="headquarteredHere"]');
    expect(await row.locator('.sg-group-count').innerText()).toBe('1–4 of 14');
    const before = g.nodes.filter((n) => n.parent === 'group:headquarteredHere').map((n) => n.id);
    await row.getByRole('button', { name: 'Headquartered here: next page' }).click();
    expect(await row.locator('.sg-group-count').innerText()).toBe('5–8 of 14');
    g = await drawn();
    const after = g.nodes.filter((n) => n.parent === 'group:headquarteredHere').map((n) => n.id);
    expect(after).toHaveLength(4);
    expect(after.filter((id) => before.includes(id))).toEqual([]);

    // The legend is the filter: untick companies, then issued relationships.
    const legend = page.getByTestId('neighbourhood-legend');
    expect(await legend.innerText()).toMatch(/company\s*\d+/);
    await legend.getByLabel(/company/).uncheck();
    g = await drawn();
    expect(g.nodes.filter((n) => n.kind === 'COMPANY')).toEqual([]);
    expect(g.nodes.filter((n) => n.role === 'member').length).toBeGreaterThan(0);
    await legend.getByLabel(/^\s*issued/).uncheck();
    g = await drawn();
    expect(g.edges.filter((e) => e.type === 'ISSUED')).toEqual([]);
    await legend.getByLabel(/company/).check();
    await legend.getByLabel(/^\s*issued/).check();
    g = await drawn();
    expect(g.nodes.some((n) => n.kind === 'COMPANY')).toBe(true);

    // Zoom and fit.
    const fitted = g.zoom;
    await page.getByRole('button', { name: 'zoom in' }).click();
    await page.getByRole('button', { name: 'zoom in' }).click();
    expect((await drawn()).zoom).toBeCloseTo(fitted * 1.69, 2);
    await page.getByRole('button', { name: 'Fit' }).click();
    expect((await drawn()).zoom).toBeCloseTo(fitted, 2);
  }, 180_000);

  it('expands a node on double-click, the way Bloom does; the keyboard reaches, moves through, expands and opens nodes', async () => {
    await open('#/entity?id=country:CN');
    const graph = page.getByTestId('neighbourhood');
    await graph.locator('canvas').first().waitFor();
    await graph.scrollIntoViewIfNeeded();
    let g = await settled();
    const company = g.nodes.find((n) => n.parent === 'group:headquarteredHere')!;
    await page.mouse.dblclick(company.at.x, company.at.y);
    await expect.poll(async () => (await drawn()).nodes.find((n) => n.id === company.id)?.expanded, { timeout: 60_000 }).toBe(true);
    g = await drawn();
    expect(g.nodes.filter((n) => n.role === 'expansion').length).toBeGreaterThan(0);
    expect(g.edges.some((e) => (e.source === company.id || e.target === company.id) && e.source !== 'country:CN' && e.target !== 'country:CN')).toBe(true);
    await shot('06-expanded');

    // Keyboard: Tab from the Fit button reaches the graph; arrows select; E expands; Enter opens.
    await page.getByRole('button', { name: 'Fit' }).focus();
    await page.keyboard.press('Tab');
    expect(await graph.evaluate((el) => el.matches(':focus'))).toBe(true);
    await page.keyboard.press('Home');
    expect(await graph.getAttribute('data-selected')).toBe('country:CN');
    let picked = '';
    for (let i = 0; i < 80 && !picked.startsWith('policy:'); i++) {
      await page.keyboard.press('ArrowRight');
      picked = (await graph.getAttribute('data-selected')) ?? '';
    }
    expect(picked).toMatch(/^policy:/);
    const status = page.getByTestId('neighbourhood-status');
    expect(await status.innerText()).toMatch(/, policy — (issued|targets)/);
    await page.keyboard.press('e');
    await expect.poll(async () => (await drawn()).nodes.find((n) => n.id === picked)?.expanded, { timeout: 60_000 }).toBe(true);
    expect(await status.innerText()).toMatch(/, policy, expanded/);
    // The node panel and its relationships; Escape closes it.
    const panel = page.getByTestId('node-panel');
    await panel.waitFor();
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    expect(await graph.getAttribute('data-selected')).toBe('');
    await graph.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const target = (await graph.getAttribute('data-selected')) ?? '';
    await page.keyboard.press('Enter');
    await expect.poll(() => hashOf()).toBe(`#/entity?id=${target}`);
  }, 180_000);

  it('shows the relationships behind an edge with their year, stage and share, never a raw id', async () => {
    await open('#/entity?id=commodity:rare-earth-magnets');
    await page.getByTestId('neighbourhood').locator('canvas').first().waitFor();
    await page.getByTestId('neighbourhood').scrollIntoViewIfNeeded();
    const g = await settled();
    // China → magnets: five relationships (years, sources), one edge.
    const edges = g.edges.filter((e) => e.source === 'country:CN' && e.target === 'commodity:rare-earth-magnets');
    expect(edges).toHaveLength(1);
    expect(edges[0]!.label).toMatch(/^2025: magnets 90%/);
    const panel = page.getByTestId('edge-sources');
    // Clicked where the edge is drawn now: on a busy machine the drawing may still move after it
    // first settles, and a click that lands beside the edge selects nothing.
    await expect
      .poll(
        async () => {
          if (await panel.isVisible()) return true;
          const edge = (await drawn()).edges.find((e) => e.id === edges[0]!.id);
          if (edge) await page.mouse.click(edge.at.x, edge.at.y);
          return false;
        },
        { timeout: 60_000, interval: 1000 },
      )
      .toBe(true);
    const text = await panel.innerText();
    expect(text).toMatch(/China → produces → Rare-earth magnets/);
    expect(text).toContain('5 relationships');
    expect(await panel.locator('tbody tr').count()).toBe(5);
    expect(await panel.locator('tbody tr').first().innerText()).toMatch(/^2025\s+magnets\s+90%/);
    expect(text).not.toContain('|PRODUCES|');
    expect(await panel.locator('ol.sg-sources a').count()).toBeGreaterThanOrEqual(5);
    const one = await download(panel.locator('.sg-csv'));
    expect(one.text.split('\r\n')[0]).toBe('from,type,to,year,stage,share,estimate,detail,confidence,validFrom,validTo,sources');
    expect(one.text.trim().split('\r\n')).toHaveLength(6);
    await shot('07-relationships');
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    // The same in the list under the graph.
    expect(await page.locator('.sg-list', { hasText: 'Producers' }).innerText()).toMatch(/China 2025: magnets 90% \(\+2 earlier years\)/);
    const csv = await download(page.locator('.sg-section .sg-csv'));
    expect(csv.text.split('\r\n')[0]).toBe('field,direction,id,name,kind,type,year,stage,share,estimate,detail,validFrom,validTo,sources');
    expect(csv.text).toMatch(/producers,IN,country:CN,China,COUNTRY,PRODUCES,2025,magnets,0.9,/);
  }, 120_000);

  it('"Show more" and the next page past what is loaded keep the page where it was', async () => {
    await open('#/entity?id=source:reuters-2025-07-20-magnet-exports-us');
    const more = page.getByRole('button', { name: 'Show more' });
    await more.scrollIntoViewIfNeeded();
    await page.evaluate('window.scrollBy(0, 50)');
    // What is at the top of the window before: it must stay there, not jump (it used to go to the page's top).
    const topItem = () =>
      page.locator('.sg-list li').evaluateAll((items) => {
        const item = items.find((li) => (li.getBoundingClientRect() as { top: number }).top >= 0);
        return item ? { text: String(item.textContent ?? ''), top: (item.getBoundingClientRect() as { top: number }).top } : null;
      });
    const before = await topItem();
    expect(before).not.toBeNull();
    const y = await scrollY();
    expect(y).toBeGreaterThan(200);
    const items = await page.locator('.sg-list li').count();
    await more.click();
    await expect.poll(() => page.locator('.sg-list li').count()).toBeGreaterThan(items);
    await state('done');
    expect(await scrollY()).toBeGreaterThanOrEqual(y - 2);
    const still = await page.locator('.sg-list li', { hasText: before!.text }).first().evaluate((li) => li.getBoundingClientRect().top);
    expect(Math.abs(still - before!.top)).toBeLessThanOrEqual(2);
    expect(await page.getByRole('button', { name: 'Show more' }).count()).toBe(0);
    expect(await page.getByTestId('groups').locator('tr[data-field="cites"] .sg-group-count').innerText()).toBe('1–8 of 31');
  }, 120_000);

  it('draws the trade flow as one series per period length on a calendar axis, spanning each period, fitting its width', async () => {
    await open('#/trade?exporter=country:CN&importer=region:world&commodity=commodity:rare-earth-magnets');
    const chart = page.getByTestId('trade-chart');
    await chart.waitFor();
    expect(await page.title()).toBe('Trade: Rare-earth magnets, China → World — supplygraph explorer');
    const series = await chart.locator('[data-series]').evaluateAll((gs) => gs.map((g) => [g.getAttribute('data-series'), [...g.querySelectorAll('[data-period]')].map((p) => p.getAttribute('data-period'))]));
    expect(series).toEqual([
      ['monthly', ['2024-05', '2024-06', '2025-04', '2025-05', '2025-06']],
      ['5-month totals', ['2024-01/2024-05', '2025-01/2025-05']],
      ['half-yearly', ['2024-H1', '2025-H1']],
    ]);
    // A half-year spans January to June on the axis; its point stands mid-period, not next to June's.
    const at = (period: string) =>
      chart.locator(`[data-period="${period}"]`).evaluate((g) => {
        const circle = g.querySelector('circle')!;
        const span = g.querySelector('line.sg-span');
        return { x: Number(circle.getAttribute('cx')), x1: Number(span?.getAttribute('x1') ?? NaN), x2: Number(span?.getAttribute('x2') ?? NaN) };
      });
    const [h1, june, may, january] = [await at('2024-H1'), await at('2024-06'), await at('2024-05'), await at('2024-01/2024-05')];
    expect(h1.x).toBeLessThan(may.x);
    expect(june.x - may.x).toBeGreaterThan(20);
    expect(h1.x1).toBeCloseTo(january.x1, 5);
    expect(h1.x2).toBeGreaterThan(june.x);
    // The monthly line breaks across the gap between June 2024 and April 2025.
    expect(await chart.locator('[data-series="monthly"] path').count()).toBe(2);
    expect(await page.getByTestId('trade-legend').innerText()).toMatch(/monthly \(5\)[\s\S]*5-month totals \(2\)[\s\S]*half-yearly \(2\)/);
    expect(await clippedLabels()).toEqual([]);
    const wide = Number(await chart.getAttribute('width'));
    await shot('08-trade');

    await page.setViewportSize({ width: 700, height: 900 });
    await expect.poll(async () => Number(await chart.getAttribute('width'))).toBeLessThan(700);
    expect(Number(await chart.getAttribute('width'))).toBeLessThan(wide);
    expect(await clippedLabels()).toEqual([]);
    await shot('09-trade-narrow');
    await page.setViewportSize({ width: 1300, height: 900 });

    const csv = await download(page.locator('.sg-actions .sg-csv'));
    expect(csv.name).toBe('trade-rare-earth-magnets-china-world.csv');
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).toBe('period,periodStart,periodEnd,months,quantity,unit,derived,formula,shareOfTotal,changes,sources');
    expect(lines).toHaveLength(10);
    expect(lines).toEqual(expect.arrayContaining([expect.stringMatching(/^2025-06,2025-06-01,2025-06-30,1,3188,t,false,/), expect.stringMatching(/^2024-H1,2024-01-01,2024-06-30,6,27520\.3\d*,t,true,/)]));
  }, 120_000);

  it('"Open in the IDE" carries the view\'s operation and variables to GraphiQL', async () => {
    await open('#/trade?exporter=country:CN&importer=country:US&commodity=commodity:rare-earth-magnets');
    const link = page.locator('.sg-ide-link');
    await link.waitFor();
    const href = (await link.getAttribute('href')) ?? '';
    expect(href.startsWith('/graphiql/?')).toBe(true);
    const params = new URLSearchParams(href.slice('/graphiql/?'.length));
    expect(params.get('query')).toContain('query TradeSeries(');
    expect(JSON.parse(params.get('variables') ?? '{}')).toEqual({ exporter: 'country:CN', importer: 'country:US', commodity: 'commodity:rare-earth-magnets' });
    await page.goto(`${api.url}${href}`);
    const editor = page.locator('.graphiql-query-editor .monaco-editor .view-lines');
    await editor.filter({ hasText: /TradeSeries/ }).waitFor();
    await page.locator('button.graphiql-execute-button').click();
    const response = page.locator('.graphiql-response .monaco-editor .view-lines');
    await response.filter({ hasText: '2025-05' }).waitFor();
    expect((await response.innerText()).replace(/\u00a0/g, ' ')).toContain('"tradeSeries"');

    // The entity page's operation is too long for a query string: it travels in the fragment.
    // (Monaco shows spaces as U+00A0, hence the dot.)
    await open('#/entity?id=country:CN');
    const entityLink = (await page.locator('.sg-research-links .sg-ide-link').getAttribute('href')) ?? '';
    expect(entityLink.startsWith('/graphiql/#')).toBe(true);
    await page.goto(`${api.url}${entityLink}`);
    await editor.filter({ hasText: /query.EntityDetails\(/ }).waitFor();
  }, 180_000);

  it('shows concentration and the timeline, each with a CSV file, their charts inside their frames', async () => {
    await open('#/concentration?commodity=commodity:rare-earth-magnets');
    const chart = page.getByTestId('concentration-chart');
    await chart.waitFor();
    expect(await chart.textContent()).toContain('China');
    expect(await clippedLabels()).toEqual([]);
    const csv = await download(page.locator('.sg-actions .sg-csv'));
    expect(csv.text.split('\r\n')[0]).toBe('producer id,producer,share,stage,year,estimate,note,sources');
    expect(csv.text).toMatch(/\r\ncountry:CN,China,0\.\d+,/);
    await shot('10-concentration');

    await open('#/timeline?entity=country:CN');
    await page.getByTestId('timeline').locator('li').first().waitFor();
    await expect.poll(() => page.title()).toBe('Timeline: China — supplygraph explorer');
    const items = await page.getByTestId('timeline').locator('li').count();
    const timeline = await download(page.locator('.sg-actions .sg-csv'));
    expect(timeline.text.trim().split('\r\n')).toHaveLength(items + 1);
    await shot('11-timeline');

    await open('#/path?from=country:CN&to=company:ford');
    await page.getByTestId('path').first().waitFor();
    const paths = await download(page.locator('.sg-actions .sg-csv'));
    expect(paths.text.split('\r\n')[0]).toBe('route,step,from,type,to,year,stage,share,sources');
    expect(paths.text).toMatch(/\r\n1,1,China,PRODUCES,Rare-earth magnets,/);
    // The hop's five parallel relationships are one button, with their figures.
    expect(await page.getByTestId('path').first().locator('.sg-step-edge').first().innerText()).toMatch(/^produces \(2025: magnets 90% \(\+2 earlier years\)\) · 5 sources$/);
    await shot('12-path');
  }, 180_000);

  it('keeps loading, empty and error apart, with retry; hints for empty input; long text not echoed', async () => {
    await open('#/entity');
    await state('idle');
    expect(await page.locator('.sg-hint').innerText()).toMatch(/No entity was named in this link/);
    expect(await page.getByLabel('Entity', { exact: true }).count()).toBe(1);
    expect(await page.title()).toBe('Entity — supplygraph explorer');

    await open('#/entity?id=country:ZZ');
    await state('empty');
    expect(await page.locator('.sg-empty').innerText()).toMatch(/No entity has the id “country:ZZ”/);
    expect(await page.getByTestId('error').count()).toBe(0);

    // An error is the error, never next to "nothing found".
    await open('#/trade?exporter=country:ZZ&importer=country:US&commodity=commodity:rare-earth-magnets');
    await state('error');
    expect(await page.locator('.sg-error-code').innerText()).toBe('NOT_FOUND');
    expect(await page.locator('.sg-empty').count()).toBe(0);
    await shot('13-error');

    await open('#/search?q=zzqqxxnothing');
    await state('empty');
    expect(await page.locator('.sg-empty').innerText()).toBe('No entity matches “zzqqxxnothing”.');
    expect(await page.getByTestId('error').count()).toBe(0);

    // The API out of reach: the error says so; "Try again" asks again.
    // Refused until the error is on screen, however many times the page asks meanwhile.
    let refusing = true;
    await page.route('**/graphql', (route) => {
      const operation = (route.request().postDataJSON() as { operationName?: string } | null)?.operationName;
      return operation === 'Concentration' && refusing ? route.abort('connectionrefused') : route.continue();
    });
    await open('#/concentration?commodity=commodity:rare-earth-magnets');
    await state('error');
    expect(await page.locator('.sg-error-code').innerText()).toBe('NETWORK_ERROR');
    refusing = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByTestId('concentration-chart').waitFor();
    await page.unroute('**/graphql');
    chrome!.problems.splice(0); // the refused request's own console line

    // 5,000 characters are not echoed back.
    const long = 'x'.repeat(5000);
    await open(`#/search?q=${long}`);
    const said = await page.locator('main').innerText();
    expect(said).toMatch(/The search text is 5,000 characters long \(“x{40}…”\); search takes up to 200\./);
    expect(said.length).toBeLessThan(800);
    expect(await page.title()).toBe(`Search: ${'x'.repeat(40)}… — supplygraph explorer`);
    expect(chrome!.problems).toEqual([]);
    expect(chrome!.external).toEqual([]);
  }, 180_000);

  it('lets a page on a listed origin call the API; a page on another origin reads why it may not', async () => {
    const call = (apiUrl: string) =>
      page.evaluate(async (url) => {
        try {
          const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ entity(id: "country:CN") { name } }' }) });
          const body: unknown = await response.json();
          return { ok: true, status: response.status, body };
        } catch (error) {
          return { ok: false, error: String(error) };
        }
      }, apiUrl);
    await page.goto(`${listed.origin}/`);
    expect(await call(`${api.url}/graphql`)).toEqual({ ok: true, status: 200, body: { data: { entity: { name: 'China' } } } });
    await page.goto(`${unlisted.origin}/`);
    const refused = await call(`${api.url}/graphql`);
    expect(refused).toMatchObject({ ok: true, status: 403, body: { errors: [{ extensions: { code: 'FORBIDDEN', reason: 'ORIGIN_NOT_ALLOWED' } }] } });
    expect(JSON.stringify(refused)).toContain(`Pages on ${unlisted.origin} may not call this API`);
    expect(JSON.stringify(refused)).toContain('SUPPLYGRAPH_CORS_ORIGINS');
    expect(JSON.stringify(refused)).not.toMatch(/CSRF/i);
    chrome!.problems.splice(0); // Chromium logs the 403 itself
  }, 120_000);
});
