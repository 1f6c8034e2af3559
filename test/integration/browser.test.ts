/**
 * The GraphiQL IDE, end to end: the API serves web/dist at /graphiql/, headless Chromium opens it,
 * runs the first example operation and must see the seed's data in the response pane; it opens with
 * one tab, and opens the operation a URL names (?query=…&variables=…). Also: every example
 * operation still runs against the current schema and seed, and `/` leads to the IDE.
 *
 * The bundle is built here when web/dist/index.html is missing (a fresh clone running `npm test`;
 * .ci/run builds it before the tests). The browser test is skipped only where /usr/bin/chromium
 * does not exist — CI installs Debian's Chromium.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examples } from '../../web/src/examples.js';
import { openOfflineBrowser, runGraphiqlSmoke } from '../../web/test/browser.js';
import { startTestApi, type TestApi } from '../helpers/context.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const WEB_INDEX = path.join(ROOT, 'web', 'dist', 'index.html');
const CHROMIUM = '/usr/bin/chromium';
const NO_CHROMIUM = `${CHROMIUM} does not exist, so the IDE's browser test cannot run here (CI installs it: apt-get install chromium)`;
const SHOTS = path.join(ROOT, 'test', 'output', 'explorer');

/** `npx vite build --config web/vite.config.ts`, with the project's own Vite (never a download). */
async function buildWeb(): Promise<void> {
  const vite = path.join(ROOT, 'node_modules', '.bin', 'vite');
  try {
    await promisify(execFile)(vite, ['build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
      cwd: ROOT,
      timeout: 180_000,
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`Building the GraphiQL IDE failed: ${String(error)}\n${stdout}\n${stderr}`, { cause: error });
  }
  if (!existsSync(WEB_INDEX)) throw new Error(`The IDE build finished without ${WEB_INDEX}`);
}

let api: TestApi;
beforeAll(async () => {
  // The server decides at creation whether it serves the IDE, so build first.
  if (!existsSync(WEB_INDEX)) await buildWeb();
  mkdirSync(SHOTS, { recursive: true });
  api = await startTestApi();
}, 240_000);
afterAll(async () => {
  await api?.close();
});

describe('the GraphiQL IDE', () => {
  it('is where / leads', async () => {
    const root = await fetch(`${api.url}/`, { redirect: 'manual' });
    expect([301, 302, 303, 307, 308]).toContain(root.status);
    expect(root.headers.get('location')).toBe('/graphiql/');

    const ide = await fetch(`${api.url}/graphiql/`);
    expect(ide.status).toBe(200);
    expect(ide.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await ide.text()).toContain('id="root"');
  });

  it('runs the first example in Chromium and shows the seed: Ford, headquartered in the US', async (ctx) => {
    ctx.skip(!existsSync(CHROMIUM), NO_CHROMIUM);
    const { resultText } = await runGraphiqlSmoke(api.url, { timeoutMs: 60_000 });
    // Only the lines on screen are in resultText; the first example keeps these near the top.
    expect(resultText).toContain('"data"');
    expect(resultText).not.toContain('"errors"');
    expect(resultText).toContain('"company:ford"');
    expect(resultText).toContain('"country:US"');
    expect(resultText).toContain('"uses"');
  }, 120_000);
});

describe('the GraphiQL IDE in Chromium', () => {
  const EDITOR = '.graphiql-query-editor .monaco-editor .view-lines';
  const RESPONSE = '.graphiql-response .monaco-editor .view-lines';
  // Monaco shows spaces as U+00A0.
  const text = (s: string) => s.replace(/\u00a0/g, ' ');

  it('opens with one tab, the first example, active and in view; the others wait in the Examples panel', async (ctx) => {
    ctx.skip(!existsSync(CHROMIUM), NO_CHROMIUM);
    const { browser, page, problems, external } = await openOfflineBrowser([api.url]);
    try {
      await page.goto(`${api.url}/graphiql/`);
      await page.locator(EDITOR).filter({ hasText: /ChinaToUsAutomakers/ }).waitFor();
      const tabs = page.locator('.graphiql-tab');
      expect(await tabs.count()).toBe(1);
      expect(await tabs.first().isVisible()).toBe(true);
      expect(text(await tabs.first().innerText())).toContain('ChinaToUsAutomakers');
      expect(await page.locator('.sg-examples li').count()).toBe(examples.length);
      // An example from the panel opens as a second tab.
      await page.locator('.sg-examples button', { hasText: examples[2]!.title }).click();
      await expect.poll(() => tabs.count()).toBe(2);
      await page.screenshot({ path: path.join(SHOTS, 'graphiql-one-tab.png') });
      expect(problems).toEqual([]);
      expect(external).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 120_000);

  it('opens the operation and variables named by ?query= and ?variables=, runs them, and keeps the URL on the editors', async (ctx) => {
    ctx.skip(!existsSync(CHROMIUM), NO_CHROMIUM);
    const { browser, page, problems } = await openOfflineBrowser([api.url]);
    try {
      const query = 'query Country($id: ID!) { entity(id: $id) { id name ... on Country { iso3 } } }';
      const params = new URLSearchParams({ query, variables: JSON.stringify({ id: 'country:DE' }) });
      await page.goto(`${api.url}/graphiql/?${params.toString()}`);
      await page.locator(EDITOR).filter({ hasText: /query.Country/ }).waitFor();
      expect(await page.locator('.graphiql-tab').count()).toBe(1);
      await page.locator('button.graphiql-execute-button').click();
      const response = page.locator(RESPONSE);
      await response.filter({ hasText: '"Germany"' }).waitFor();
      expect(text(await response.innerText())).toContain('"iso3": "DEU"');
      // Edits follow into the URL, so it can be shared.
      await page.locator('.graphiql-query-editor .monaco-editor textarea').first().focus();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(' # edited');
      await expect.poll(() => new URL(page.url()).searchParams.get('query')).toBe(`${query} # edited`);
      expect(JSON.parse(new URL(page.url()).searchParams.get('variables') ?? '{}')).toEqual({ id: 'country:DE' });
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 120_000);
});

describe('the example operations', () => {
  it.each(examples.map((example) => [example.title, example] as const))('"%s" runs against the seed without errors', async (_title, example) => {
    const variables = example.variables ? (JSON.parse(example.variables) as Record<string, unknown>) : undefined;
    const { status, body } = await api.graphql(example.query, variables);
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    // Every root field returned something: no null entity, no empty list or page.
    for (const [field, value] of Object.entries(body.data ?? {})) {
      const rows = Array.isArray(value) ? value : (value as { nodes?: unknown[] } | null)?.nodes ?? (value === null ? [] : [value]);
      expect(rows.length, `${example.title}: ${field} is empty`).toBeGreaterThan(0);
    }
  });

  it('the first one finds the US automakers that use Chinese magnets', async () => {
    const { body } = await api.graphql(examples[0]!.query);
    const ids = body.data.companies.nodes.map((company: { id: string }) => company.id);
    expect(ids).toEqual(expect.arrayContaining(['company:ford', 'company:general-motors']));
    const producers = body.data.companies.nodes[0].uses.edges.flatMap((use: { node: { producers?: { edges: { node: { id: string } }[] } } }) => use.node.producers?.edges ?? []);
    expect(producers.map((p: { node: { id: string } }) => p.node.id)).toContain('country:CN');
  });
});
