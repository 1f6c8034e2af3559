/**
 * docs/CLIENTS.md's quickstart, run as printed from an empty folder: the install commands (npm's
 * own cache keeps repeated runs short), the five files, `npx graphql-codegen` against the test
 * server's /schema.graphql, `npx tsc --noEmit`, and `npx vite` serving the app to Debian's
 * Chromium, which must show China's search hits and the route to Ford from the API (a page on an
 * origin SUPPLYGRAPH_CORS_ORIGINS lists). Only the addresses change: the API's to the test server's,
 * Vite's port to a free one. A file of the test's own checks that @oneOf survives into the
 * generated types: `to: {}` must not compile.
 *
 * Needs the npm registry (or npm's cache); the browser part is skipped only where /usr/bin/chromium
 * does not exist.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/db/localEngine.js';
import { openOfflineBrowser } from '../../web/test/browser.js';
import { startTestApi, type TestApi } from '../helpers/context.js';
import { blocksOf, namedFile, type Block } from '../helpers/docExamples.js';

const run = promisify(execFile);
const hasChromium = existsSync('/usr/bin/chromium');

const section = blocksOf('docs/CLIENTS.md').filter((b) => b.heading.startsWith('Quickstart'));
const shell = section.filter((b) => b.lang === 'sh');
const files = section.flatMap((b) => {
  const name = namedFile(b);
  return name ? [{ name, block: b }] : [];
});

let root = '';
let app = '';
let api: TestApi;
let vitePort = 0;
let vite: ChildProcess | undefined;

/** A shell block, line by line, in `cwd`: what a reader pastes into a terminal. */
async function paste(block: Block, cwd: string, timeout: number): Promise<void> {
  try {
    await run('sh', ['-e', '-c', block.text], {
      cwd,
      timeout,
      maxBuffer: 64 * 1024 * 1024,
      // npm's cache first (the registry only for what it lacks); no audit or funding chatter.
      env: { ...process.env, npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' },
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${block.file}:${block.line} failed:\n${block.text}\n${String(error)}\n${stdout.slice(-3000)}\n${stderr.slice(-3000)}`, { cause: error });
  }
}

beforeAll(async () => {
  vitePort = await freePort();
  api = await startTestApi({ corsOrigins: [`http://127.0.0.1:${vitePort}`] });
  root = await mkdtemp(path.join(os.tmpdir(), 'supplygraph-quickstart-'));
}, 120_000);

afterAll(async () => {
  // npx starts vite in a process of its own: stop the whole group the test started.
  if (vite?.pid && vite.exitCode === null) process.kill(-vite.pid, 'SIGTERM');
  await api?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

describe('docs/CLIENTS.md quickstart', () => {
  it('has the commands and the five files, with every package in the install line', () => {
    expect(shell.map((b) => b.text.split('\n')[0])).toEqual(['SUPPLYGRAPH_CORS_ORIGINS=http://localhost:5173 npm start', 'mkdir supplygraph-app && cd supplygraph-app', 'npx graphql-codegen']);
    expect(files.map((f) => f.name)).toEqual(['codegen.ts', 'src/operations.graphql', 'src/main.tsx', 'index.html', 'tsconfig.json']);
    const install = shell[1]!.text;
    for (const used of ['@apollo/client@4', 'graphql@16', 'rxjs@7', 'react@19', 'react-dom@19', 'typescript@5', 'vite@8', '@types/react@19', '@types/react-dom@19', '@graphql-codegen/cli@7', '@graphql-codegen/client-preset@6', '@graphql-codegen/fragment-matcher@7']) {
      expect(install).toContain(` ${used}`);
    }
    const main = files.find((f) => f.name === 'src/main.tsx')!.block.text;
    expect(main).toContain("import introspection from './gql/possibleTypes';");
    expect(main).toContain("from '@apollo/client/react'");
    expect(files.find((f) => f.name === 'codegen.ts')!.block.text).toContain("schema: 'http://localhost:4000/schema.graphql'");
    expect(section.map((b) => b.text).join('\n')).not.toMatch(/apolloClientVersion|@apollo\/client@3/);
  });

  it('installs, generates types from /schema.graphql (with @oneOf), type-checks and runs in Chromium', async () => {
    // 1. Create the app and install.
    await paste(shell[1]!, root, 600_000);
    app = path.join(root, 'supplygraph-app');
    // 2. The files, pointed at the test server.
    for (const { name, block } of files) {
      const text = block.text.split('\n').slice(1).join('\n').replaceAll('http://localhost:4000', api.url);
      await mkdir(path.dirname(path.join(app, name)), { recursive: true });
      await writeFile(path.join(app, name), `${text}\n`);
    }
    // The test's own check that @oneOf made it into the types: these must not compile.
    await writeFile(
      path.join(app, 'src', 'oneof-check.ts'),
      [
        "import type { RouteQueryVariables } from './gql/graphql';",
        '// @ts-expect-error PathTarget is @oneOf: an empty target does not compile.',
        "export const none: RouteQueryVariables = { from: 'country:CN', to: {} };",
        '// @ts-expect-error … nor one with two of its fields.',
        "export const two: RouteQueryVariables = { from: 'country:CN', to: { id: 'company:ford', countries: {} } };",
        "export const one: RouteQueryVariables = { from: 'country:CN', to: { id: 'company:ford' } };",
        '',
      ].join('\n'),
    );
    // 3. Generate and check (the last line, `npx vite`, runs below).
    const [codegen, check, serve] = shell[2]!.text.split('\n');
    expect([codegen, check, serve]).toEqual(['npx graphql-codegen', 'npx tsc --noEmit', 'npx vite']);
    await paste({ ...shell[2]!, text: `${codegen}\n${check}` }, app, 300_000);
    expect(existsSync(path.join(app, 'src', 'gql', 'possibleTypes.ts'))).toBe(true);

    if (!hasChromium) return;
    // NO_COLOR: CI machines set `CI`, under which vite colours its banner (`\x1b[1mLocal\x1b[22m:`); the match below also strips colour codes.
    vite = spawn('sh', ['-c', `${serve} --port ${vitePort} --strictPort --host 127.0.0.1`], {
      cwd: app,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const output: string[] = [];
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`vite did not start:\n${output.join('')}`)), 120_000);
      const seen = (chunk: Buffer) => {
        output.push(chunk.toString());
        if (/Local:/.test(stripVTControlCharacters(output.join('')))) {
          clearTimeout(timer);
          resolve();
        }
      };
      vite!.stdout!.on('data', seen);
      vite!.stderr!.on('data', seen);
      vite!.on('exit', (code) => reject(new Error(`vite exited (${code}):\n${output.join('')}`)));
    });
    const appUrl = `http://127.0.0.1:${vitePort}`;
    const { browser, page, problems, external } = await openOfflineBrowser([appUrl, api.url], { timeoutMs: 120_000 });
    try {
      await page.goto(`${appUrl}/`);
      await page.locator('li', { hasText: 'China (COUNTRY, CHN)' }).waitFor();
      expect(await page.locator('p', { hasText: '→ Ford' }).innerText()).toMatch(/^China → .* → Ford$/);
      expect(problems).toEqual([]);
      expect(external).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 900_000);
});
