/**
 * Neo4j's own admin tool (`neo4j-admin`, org.neo4j.cli.AdminTool on the local engine's Maven
 * classpath), run on the local engine's data folder: backups (db/backup.ts) and the bulk import
 * (import/bulk.ts). It works on stores, not over Bolt, so the engine must be stopped.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { engineClasspath, ensureEngineBuilt, EngineError, JAVA_OPENS, processAlive } from './localEngine.js';

/** The database the local engine serves (Neo4j's default). */
export const DATABASE = 'neo4j';

/** Refuses while an engine process uses `dataDir` (its pid file names a live process). */
export function mustBeStopped(dataDir: string, what: string): void {
  const pidFile = path.join(dataDir, 'engine.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  if (Number.isInteger(pid) && pid > 0 && processAlive(pid)) {
    throw new EngineError(
      `The local engine (pid ${pid}) is running on ${dataDir}. Neo4j Community can ${what} only a stopped database: stop \`npm start\` (Ctrl-C or SIGTERM), run this again, then start it again.`,
    );
  }
}

/** Runs neo4j-admin with the data folder as its home; resolves with its output, rejects with its last lines. */
export async function neo4jAdmin(dataDir: string, args: string[], onProgress: (message: string) => void, { heap = '512m', onOutput }: { heap?: string; onOutput?: (text: string) => void } = {}): Promise<void> {
  await ensureEngineBuilt(onProgress);
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn('java', [`-Xmx${heap}`, ...JAVA_OPENS, '-cp', engineClasspath(), 'org.neo4j.cli.AdminTool', ...args], {
      // The engine keeps its store in <dataDir>/data, which is where neo4j-admin looks under NEO4J_HOME.
      env: { ...process.env, NEO4J_HOME: dataDir, NEO4J_CONF: path.join(dataDir, 'conf') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const collect = (chunk: Buffer) => {
      output.push(chunk.toString());
      onOutput?.(chunk.toString());
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (code !== 0) {
    const lines = output.join('').split('\n').filter((l) => l.trim() && !/^Files: .*data: [\d.]+%$/.test(l.trim()));
    throw new EngineError(`neo4j-admin ${args.slice(0, 2).join(' ')} failed (exit ${code}). Its last lines:\n${lines.slice(-12).join('\n')}`);
  }
}
