/** The GraphiQL IDE and the explorer (web/): each built once with Vite when its bundle is missing. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './config.js';
import { EXPLORER_DIST, WEB_DIST } from '../http/server.js';

const BUNDLES = [
  { name: 'GraphiQL IDE', config: 'web/vite.config.ts', built: () => path.join(WEB_DIST, 'index.html') },
  { name: 'explorer', config: 'web/vite.explore.config.ts', built: () => path.join(EXPLORER_DIST, 'explore.html') },
];

export async function ensureWebBuilt(onProgress: (message: string) => void): Promise<void> {
  const missing = BUNDLES.filter((b) => !existsSync(b.built()));
  if (missing.length === 0) return;
  const vite = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'vite');
  if (!existsSync(vite)) {
    onProgress('The GraphiQL IDE or the explorer is not built and Vite is not installed (run `npm install`); /graphiql and /explore will say so.');
    return;
  }
  for (const bundle of missing) {
    onProgress(`Building the ${bundle.name} (once, 10–30 s)…`);
    const started = Date.now();
    const output: string[] = [];
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn(vite, ['build', '--config', bundle.config, '--logLevel', 'warn'], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.on('data', (c: Buffer) => output.push(c.toString()));
      child.stderr.on('data', (c: Buffer) => output.push(c.toString()));
      child.on('error', () => resolve(-1));
      child.on('close', resolve);
    });
    if (code !== 0) onProgress(`The ${bundle.name} build failed (exit ${code}); the API works without it. Last lines:\n${output.join('').trim().split('\n').slice(-10).join('\n')}`);
    else onProgress(`The ${bundle.name} is built (${Math.round((Date.now() - started) / 1000)} s).`);
  }
}
