/** The GraphQL servers under test, each in its own process (bench/server.ts), driven over IPC. */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChildMessage, ParentMessage, ServerMode } from './server.js';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));

export interface MemorySample {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
}

export class ServerProcess {
  private nextId = 0;
  private readonly waiting = new Map<number, (m: MemorySample) => void>();
  private constructor(
    readonly mode: ServerMode,
    readonly url: string,
    private readonly child: ChildProcess,
    /** How long the warm-up took before the process was ready (supplygraph). */
    readonly warmUpMs?: number,
  ) {
    child.on('message', (message: ChildMessage) => {
      if (message.type === 'memory') {
        this.waiting.get(message.id)?.(message);
        this.waiting.delete(message.id);
      }
    });
  }

  static start(mode: ServerMode, boltUri: string, queryTimeoutMs = 10_000): Promise<ServerProcess> {
    const child = fork(path.join(BENCH_DIR, 'server.ts'), [mode, boltUri, String(queryTimeoutMs)], {
      execArgv: ['--import', 'tsx', '--expose-gc'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    return new Promise((resolve, reject) => {
      // supplygraph warms up before it is ready (every documented operation, as `npm start`).
      const timer = setTimeout(() => (child.kill('SIGKILL'), reject(new Error(`${mode} server did not start within 15 min`))), 900_000);
      child.once('exit', (code) => (clearTimeout(timer), reject(new Error(`${mode} server exited (${code}) before it was ready`))));
      child.on('message', function onMessage(message: ChildMessage) {
        if (message.type === 'ready') {
          clearTimeout(timer);
          child.off('message', onMessage);
          resolve(new ServerProcess(mode, mode === 'handwritten' ? message.url : `${message.url}/graphql`, child, message.warmUpMs));
        } else if (message.type === 'failed') {
          clearTimeout(timer);
          reject(new Error(`${mode} server failed to start:\n${message.message}`));
        }
      });
    });
  }

  memory(gc = false): Promise<MemorySample> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => (this.waiting.delete(id), reject(new Error('no memory sample within 5 s'))), 5_000);
      this.waiting.set(id, (m) => (clearTimeout(timer), resolve(m)));
      this.child.send({ type: 'memory', id, gc } satisfies ParentMessage);
    });
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.send({ type: 'stop' } satisfies ParentMessage);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  }
}
