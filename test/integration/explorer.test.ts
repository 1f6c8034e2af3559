/**
 * The explorer at /explore, end to end in headless Debian Chromium: search "magnets", open the
 * entity and see its drawn neighbourhood, draw the path from China to a US automaker and open a
 * hop's sources, see the trade chart with the June 2025 point and the concentration chart, see
 * errors with their code; and call the API from pages on other origins (allowed when listed,
 * refused when not). Screenshots of each view go to test/output/explorer/ (gitignored).
 *
 * The bundle is built here when web/dist-explore is missing. Skipped only where /usr/bin/chromium
 * does not exist (CI installs Debian's Chromium).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../helpers/context.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const EXPLORER_INDEX = path.join(ROOT, 'web', 'dist-explore', 'explore.html');
const SHOTS = path.join(ROOT, 'test', 'output', 'explorer');
const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);

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

let api: TestApi;
let listed: { origin: string; server: HttpServer };
let unlisted: { origin: string; server: HttpServer };
let browser: Browser | undefined;
let page: Page;
const problems: string[] = [];
const external: string[] = [];

beforeAll(async () => {
  if (!existsSync(EXPLORER_INDEX)) await buildExplorer();
  listed = await otherOrigin();
  unlisted = await otherOrigin();
  api = await startTestApi({ corsOrigins: [listed.origin] });
  mkdirSync(SHOTS, { recursive: true });
  if (!hasChromium) return;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const context = await browser.newContext({ viewport: { width: 1300, height: 900 } });
  const allowed = new Set([new URL(api.url).origin, listed.origin, unlisted.origin]);
  // Offline: anything but the API and the two test pages is refused and recorded.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (allowed.has(new URL(url).origin)) return route.continue();
    external.push(url);
    return route.abort('blockedbyclient');
  });
  page = await context.newPage();
  page.setDefaultTimeout(45_000);
  page.on('pageerror', (error) => problems.push(error.message));
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await api?.close();
  listed?.server.close();
  unlisted?.server.close();
});

const open = (hash: string) => page.goto(`${api.url}/explore/${hash}`);
const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });

describe('the explorer', () => {
  it('is served at /explore/ and linked from the IDE', async () => {
    const response = await fetch(`${api.url}/explore/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('id="root"');
    expect((await fetch(`${api.url}/explore`, { redirect: 'manual' })).headers.get('location')).toBe('/explore/');
  }, 120_000);

  it.skipIf(!hasChromium)('searches "magnets" and opens the entity with its drawn neighbourhood', async () => {
    await open('#/search?q=magnets');
    const hit = page.locator('.sg-results a', { hasText: 'Rare-earth magnets' }).first();
    await hit.waitFor();
    await shot('1-search');
    await hit.click();
    await page.locator('h1.sg-entity-name', { hasText: 'Rare-earth magnets' }).waitFor();
    const graph = page.getByTestId('neighbourhood');
    await graph.locator('canvas').first().waitFor();
    expect(Number(await graph.getAttribute('data-nodes'))).toBeGreaterThan(3);
    expect(Number(await graph.getAttribute('data-edges'))).toBeGreaterThan(3);
    // Neighbours by relationship field, with their sources one click away; citations listed.
    await expect(page.locator('.sg-list h3', { hasText: 'producers' }).count()).resolves.toBe(1);
    await page.locator('.sg-list', { hasText: 'producers' }).locator('button.sg-linkish').first().click();
    await page.getByTestId('edge-sources').locator('ol.sg-sources li').first().waitFor();
    expect(await page.locator('h2', { hasText: 'Citations' }).count()).toBe(1);
    await shot('2-entity');
  }, 120_000);

  it.skipIf(!hasChromium)('draws the path from China to a US automaker hop by hop, each hop opening its sources', async () => {
    await open('#/path?from=country:CN&to=company:ford');
    const route = page.getByTestId('path').first();
    await route.locator('canvas').first().waitFor();
    const text = await route.innerText();
    expect(text).toContain('China');
    expect(text).toContain('Rare-earth magnets');
    expect(text).toContain('Ford');
    await route.locator('button.sg-step-edge').first().click();
    await route.getByTestId('edge-sources').locator('ol.sg-sources a').first().waitFor();
    await shot('3-path');
  }, 120_000);

  it.skipIf(!hasChromium)('shows the trade chart with the June 2025 point, reported and derived points apart', async () => {
    await open('#/trade?exporter=country:CN&importer=country:US&commodity=commodity:rare-earth-magnets');
    const chart = page.getByTestId('trade-chart');
    await chart.waitFor();
    const june = chart.locator('[data-period="2025-06"]');
    expect(await june.count()).toBe(1);
    expect(await june.getAttribute('data-derived')).toBe('false');
    expect(await june.locator('text').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/%/)]));
    expect(await chart.locator('.sg-point-reported').count()).toBeGreaterThan(0);
    await shot('4-trade');
  }, 120_000);

  it.skipIf(!hasChromium)('shows the concentration chart with producer shares and the HHI', async () => {
    await open('#/concentration?commodity=commodity:rare-earth-magnets');
    const chart = page.getByTestId('concentration-chart');
    await chart.waitFor();
    expect(await chart.textContent()).toContain('China');
    expect(await page.getByTestId('hhi').innerText()).toMatch(/HHI \d/);
    await shot('5-concentration');
  }, 120_000);

  it.skipIf(!hasChromium)('shows the timeline, empty results and errors plainly, with the error code', async () => {
    await open('#/timeline?entity=country:CN');
    await page.getByTestId('timeline').locator('li').first().waitFor();
    await shot('6-timeline');

    await open('#/entity?id=country:ZZ');
    await page.locator('.sg-empty', { hasText: 'No entity has the id "country:ZZ"' }).waitFor();

    await open('#/trade?exporter=country:ZZ&importer=country:US&commodity=commodity:rare-earth-magnets');
    await page.locator('.sg-error-code', { hasText: 'NOT_FOUND' }).waitFor();
    await shot('7-error');
    expect(problems).toEqual([]);
    expect(external).toEqual([]);
  }, 120_000);

  it.skipIf(!hasChromium)('lets a page on a listed origin call the API, and a page on any other origin not', async () => {
    const call = (apiUrl: string) =>
      page.evaluate(async (url) => {
        try {
          const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ entity(id: "country:CN") { name } }' }) });
          return { ok: true, body: (await response.json()) };
        } catch (error) {
          return { ok: false, error: String(error) };
        }
      }, apiUrl);
    await page.goto(`${listed.origin}/`);
    expect(await call(`${api.url}/graphql`)).toEqual({ ok: true, body: { data: { entity: { name: 'China' } } } });
    await page.goto(`${unlisted.origin}/`);
    const refused = await call(`${api.url}/graphql`);
    expect(refused.ok).toBe(false);
    expect(refused.error).toMatch(/Failed to fetch/);
  });
});
