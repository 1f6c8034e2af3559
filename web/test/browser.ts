/**
 * Headless-Chromium smoke test for the self-hosted GraphiQL IDE (web/dist served at /graphiql/).
 *
 * Opens `${baseUrl}/graphiql/`, waits for the operation editor, clicks the run button and
 * waits for the response pane to contain `"data"`. Requests to any origin other than
 * `baseUrl` are blocked and reported as an error (the IDE must work fully offline).
 *
 * Usage (e.g. from a vitest integration test, after `npx vite build --config web/vite.config.ts`):
 *   const { resultText } = await runGraphiqlSmoke('http://127.0.0.1:4000');
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium, headless, with nothing of its own going to the network. */
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'];

export interface OfflineBrowser {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Page errors and console errors, as they happen. */
  problems: string[];
  /** Requests to any origin not allowed: refused, and listed here. */
  external: string[];
}

/**
 * Chromium with one page that may reach only `origins` (the API under test, test pages): any other
 * request is refused and recorded, so a test can assert the page works offline.
 */
export async function openOfflineBrowser(origins: string[], options: { viewport?: { width: number; height: number }; timeoutMs?: number } = {}): Promise<OfflineBrowser> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1300, height: 900 }, acceptDownloads: true });
  const allowed = new Set(origins.map((o) => new URL(o).origin));
  const external: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('blob:') || url.startsWith('data:') || allowed.has(new URL(url).origin)) return route.continue();
    external.push(url);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.setDefaultTimeout(options.timeoutMs ?? 45_000);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  return { browser, context, page, problems, external };
}

export interface GraphiqlSmokeOptions {
  /** Chromium binary (default /usr/bin/chromium). */
  executablePath?: string;
  /** Per-step timeout in ms (default 30 000). */
  timeoutMs?: number;
  /** If set, a full-page PNG screenshot is written here after the result appears. */
  screenshotPath?: string;
}

// Selectors (GraphiQL 5.4 / @graphiql/react 0.39).
const QUERY_EDITOR_LINES = '.graphiql-query-editor .monaco-editor .view-lines';
const RUN_BUTTON = 'button.graphiql-execute-button';
const RESPONSE_LINES = '.graphiql-response .monaco-editor .view-lines';

export async function runGraphiqlSmoke(
  baseUrl: string,
  options: GraphiqlSmokeOptions = {},
): Promise<{ resultText: string }> {
  const { executablePath = '/usr/bin/chromium', timeoutMs = 30_000, screenshotPath } = options;
  const origin = new URL(baseUrl).origin;
  const url = `${baseUrl.replace(/\/+$/, '')}/graphiql/`;

  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const problems: string[] = [];
  const externalRequests: string[] = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 850 } });
    await context.route('**/*', (route) => {
      const requestUrl = route.request().url();
      if (new URL(requestUrl).origin === origin) return route.continue();
      externalRequests.push(requestUrl);
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    page.setDefaultTimeout(timeoutMs);
    page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console.error: ${msg.text()}`);
    });

    const response = await page.goto(url, { waitUntil: 'domcontentloaded' });
    if (!response || !response.ok()) {
      throw new Error(`GET ${url} -> ${response ? response.status() : 'no response'}`);
    }

    // Editor mounted and filled with the first example (Monaco loads lazily).
    await page.locator(QUERY_EDITOR_LINES).filter({ hasText: /\S/ }).first().waitFor();
    await page.locator(RUN_BUTTON).click();

    const result = page.locator(RESPONSE_LINES);
    try {
      await result.filter({ hasText: '"data"' }).waitFor();
    } catch (err) {
      const seen = await result.innerText().catch(() => '<no response pane>');
      throw new Error(
        `GraphiQL response never contained "data": ${String(err)}\nresponse pane: ${seen}\n${problems.join('\n')}`,
        { cause: err },
      );
    }
    const resultText = (await result.innerText()).replace(/\u00a0/g, ' ');
    if (screenshotPath) await page.screenshot({ path: screenshotPath, fullPage: true });

    if (externalRequests.length > 0) {
      throw new Error(`GraphiQL attempted external requests: ${externalRequests.join(', ')}`);
    }
    return { resultText };
  } finally {
    await browser.close();
  }
}
