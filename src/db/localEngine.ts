/**
 * The local Neo4j Community engine (neo4j/): built with Maven when missing, started as a child
 * `java -cp …` process on loopback, and stopped with SIGTERM. Used by `npm start` when NEO4J_URI
 * is not set, and by the test suite's global setup.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { PROJECT_ROOT } from '../startup/config.js';

export const ENGINE_DIR = path.join(PROJECT_ROOT, 'neo4j');
const TARGET_DIR = path.join(ENGINE_DIR, 'target');
const CLASSPATH_FILE = path.join(TARGET_DIR, 'classpath.txt');
/** Written after a successful build; Maven leaves unchanged outputs untouched, so their dates say nothing. */
const BUILT_STAMP = path.join(TARGET_DIR, 'supplygraph-built.stamp');
const LAUNCHER_SOURCE = path.join(ENGINE_DIR, 'src', 'main', 'java', 'supplygraph', 'engine', 'LocalNeo4j.java');
const READY_PREFIX = 'supplygraph-neo4j ready ';

/** Neo4j reaches into these JDK internals; without the flags it logs warnings or fails on Java 17. */
export const JAVA_OPENS = ['java.base/java.nio', 'java.base/java.io', 'java.base/sun.nio.ch', 'java.base/java.lang', 'java.base/java.util'].flatMap(
  (pkg) => ['--add-opens', `${pkg}=ALL-UNNAMED`],
);

/** A problem the user can fix; its message says what is wrong and what to do. */
export class EngineError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EngineError';
  }
}

export interface EngineOptions {
  dataDir: string;
  port: number;
  heapMb: number;
  pageCacheMb: number;
  startTimeoutMs: number;
  /** Hard ceiling for any transaction inside the engine (seconds). */
  transactionTimeoutSeconds?: number;
  /** Progress lines for the person waiting (building, starting). */
  onProgress?: (message: string) => void;
}

export interface RunningEngine {
  uri: string;
  pid: number;
  logFile: string;
  /** Settles when the engine process ends, for whatever reason (stop(), a crash, kill -9). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** True once stop() was called: an exit after that is expected. */
  readonly stopRequested: boolean;
  stop(): Promise<void>;
}

function commandExists(command: string): boolean {
  return spawnSync(command, ['-version'], { stdio: 'ignore' }).error === undefined;
}

function isBuilt(): boolean {
  if (!existsSync(CLASSPATH_FILE) || !existsSync(BUILT_STAMP)) return false;
  const builtAt = statSync(BUILT_STAMP).mtimeMs;
  const changedAt = Math.max(statSync(path.join(ENGINE_DIR, 'pom.xml')).mtimeMs, statSync(LAUNCHER_SOURCE).mtimeMs);
  return builtAt >= changedAt;
}

/** Builds neo4j/ with Maven unless an up-to-date build is there. The first build downloads Neo4j (~150 MB). */
export async function ensureEngineBuilt(onProgress: (message: string) => void = () => {}): Promise<void> {
  if (isBuilt()) return;
  if (!commandExists('mvn')) {
    throw new EngineError('Maven (mvn) is not installed: install Maven 3.8+ (e.g. `apt-get install maven`), or set NEO4J_URI to use your own Neo4j.');
  }
  onProgress('Building the local Neo4j engine with Maven (the first build downloads Neo4j and takes a few minutes)…');
  const started = Date.now();
  const ticker = setInterval(() => onProgress(`  still building… ${Math.round((Date.now() - started) / 1000)} s`), 15_000);
  try {
    const output: string[] = [];
    const code = await new Promise<number | null>((resolve, reject) => {
      const mvn = spawn('mvn', ['-q', '-B', 'package', 'dependency:build-classpath'], { cwd: ENGINE_DIR, stdio: ['ignore', 'pipe', 'pipe'] });
      mvn.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
      mvn.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
      mvn.on('error', reject);
      mvn.on('close', resolve);
    });
    if (code !== 0) {
      const tail = output.join('').trim().split('\n').slice(-15).join('\n');
      throw new EngineError(`The Maven build of the local Neo4j engine failed (exit ${code}). Its last lines:\n${tail}\nCheck that Maven Central is reachable, then run \`npm run engine:build\` again.`);
    }
    await writeFile(BUILT_STAMP, new Date().toISOString());
    onProgress(`Local Neo4j engine built in ${Math.round((Date.now() - started) / 1000)} s.`);
  } finally {
    clearInterval(ticker);
  }
}

/** The built engine's Java classpath: the launcher and Neo4j with its tools (neo4j-admin among them). */
export function engineClasspath(): string {
  return `${path.join(TARGET_DIR, 'classes')}${path.delimiter}${readFileSync(CLASSPATH_FILE, 'utf8').trim()}`;
}

/** True when nothing listens on 127.0.0.1:port. */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** A port the OS says is free right now (for tests and throwaway engines). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen({ port: 0, host: '127.0.0.1' }, () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function tailOf(file: string, lines = 20): string {
  try {
    return readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log written)';
  }
}

/**
 * Starts the engine and resolves once it prints its ready line. The pid file in the data folder
 * stops a second engine from opening the same store; a pid file whose process is gone is stale
 * and is removed.
 */
export async function startEngine(options: EngineOptions): Promise<RunningEngine> {
  const progress = options.onProgress ?? (() => {});
  if (!commandExists('java')) {
    throw new EngineError('Java is not installed: install Java 17+ (e.g. `apt-get install openjdk-17-jre-headless`), or set NEO4J_URI to use your own Neo4j.');
  }
  await ensureEngineBuilt(progress);
  await mkdir(options.dataDir, { recursive: true });

  const pidFile = path.join(options.dataDir, 'engine.pid');
  if (existsSync(pidFile)) {
    const pid = Number((await readFile(pidFile, 'utf8')).trim());
    if (Number.isInteger(pid) && pid > 0 && processAlive(pid)) {
      throw new EngineError(
        `Another supplygraph engine (pid ${pid}) is already using ${options.dataDir}. Stop that \`npm start\` first, or set SUPPLYGRAPH_DATA_DIR to another folder.`,
      );
    }
    progress(`Removing a stale engine lock left by pid ${pid} (that process is gone).`);
    await rm(pidFile, { force: true });
  }
  if (!(await isPortFree(options.port))) {
    throw new EngineError(
      `Port ${options.port} on 127.0.0.1 is already in use, so the local Neo4j engine cannot listen there. Stop whatever uses it, or set SUPPLYGRAPH_ENGINE_PORT to a free port.`,
    );
  }

  const logFile = path.join(options.dataDir, 'engine.log');
  const log = createWriteStream(logFile, { flags: 'a' });
  const classpath = engineClasspath();
  const args = [
    `-Xms256m`,
    `-Xmx${options.heapMb}m`,
    ...JAVA_OPENS,
    '-cp',
    classpath,
    'supplygraph.engine.LocalNeo4j',
    String(options.port),
    options.dataDir,
    String(options.pageCacheMb),
    String(options.transactionTimeoutSeconds ?? 120),
    '--stop-on-stdin-eof',
  ];
  progress(`Starting the local Neo4j engine on bolt://127.0.0.1:${options.port} (data in ${options.dataDir})…`);
  const child = spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'] });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  await writeFile(pidFile, String(child.pid));

  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const exited = ended.then(({ code }) => code);
  // Last resort: if this process exits without stopping the engine, don't leave it behind.
  const killOnExit = () => child.kill('SIGTERM');
  process.once('exit', killOnExit);

  const uri = `bolt://127.0.0.1:${options.port}`;
  try {
    await waitForReady(child, exited, options.startTimeoutMs, logFile);
  } catch (error) {
    child.kill('SIGKILL');
    await exited;
    process.removeListener('exit', killOnExit);
    await rm(pidFile, { force: true });
    log.end();
    throw error;
  }

  let stopping: Promise<void> | undefined;
  // A crash also releases the lock: the pid file goes, so a restart finds the store free.
  void ended.then(async () => {
    if (stopping) return;
    process.removeListener('exit', killOnExit);
    await rm(pidFile, { force: true });
    log.end();
  });
  const stop = () =>
    (stopping ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
        await exited;
        clearTimeout(timer);
      }
      process.removeListener('exit', killOnExit);
      await rm(pidFile, { force: true });
      log.end();
    })());
  return {
    uri,
    pid: child.pid!,
    logFile,
    exited: ended,
    get stopRequested() {
      return stopping !== undefined;
    },
    stop,
  };
}

function waitForReady(child: ChildProcess, exited: Promise<number | null>, timeoutMs: number, logFile: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let buffered = '';
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString();
      if (buffered.includes(READY_PREFIX)) {
        cleanup();
        resolve();
      }
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new EngineError(`The local Neo4j engine did not become ready within ${Math.round(timeoutMs / 1000)} s. Last lines of ${logFile}:\n${tailOf(logFile)}`));
    }, timeoutMs);
    void exited.then((code) => {
      if (buffered.includes(READY_PREFIX)) return;
      cleanup();
      reject(new EngineError(explainStartFailure(code, tailOf(logFile), logFile)));
    });
    function cleanup() {
      clearTimeout(timer);
      child.stdout!.off('data', onData);
    }
    child.stdout!.on('data', onData);
  });
}

function explainStartFailure(code: number | null, tail: string, logFile: string): string {
  if (/store_lock|locked by another process/i.test(tail)) {
    return 'The Neo4j store is locked by another process: another engine is using this data folder. Stop it, or set SUPPLYGRAPH_DATA_DIR to another folder.';
  }
  if (/Address already in use|BindException/i.test(tail)) {
    return 'The engine port is already in use. Set SUPPLYGRAPH_ENGINE_PORT to a free port.';
  }
  if (/UnsupportedClassVersionError/.test(tail)) {
    return 'The installed Java is too old for Neo4j 5.26: install Java 17 or newer.';
  }
  return `The local Neo4j engine exited (code ${code}) before it was ready. Last lines of ${logFile}:\n${tail}`;
}
