/** The GraphiQL bundle (web/): built once with Vite when web/dist is missing. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './config.js';
import { WEB_DIST } from './server.js';

export async function ensureWebBuilt(onProgress: (message: string) => void): Promise<void> {
  if (existsSync(path.join(WEB_DIST, 'index.html'))) return;
  const vite = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'vite');
  if (!existsSync(vite)) {
    onProgress('The GraphiQL IDE is not built and Vite is not installed (run `npm install`); /graphiql will say so.');
    return;
  }
  onProgress('Building the GraphiQL IDE (once, about a minute)…');
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(vite, ['build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (c: Buffer) => output.push(c.toString()));
    child.stderr.on('data', (c: Buffer) => output.push(c.toString()));
    child.on('error', () => resolve(-1));
    child.on('close', resolve);
  });
  if (code !== 0) onProgress(`The IDE build failed (exit ${code}); the API works without it. Last lines:\n${output.join('').trim().split('\n').slice(-10).join('\n')}`);
}
