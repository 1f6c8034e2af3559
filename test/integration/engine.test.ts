import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/startup/config.js';
import { attachDatabase } from '../../src/db/attach.js';
import { EngineError, freePort, startEngine } from '../../src/db/localEngine.js';
import { logger } from '../helpers/context.js';

const engineOptions = { heapMb: 512, pageCacheMb: 64, startTimeoutMs: 180_000 };

describe('the local engine', () => {
  it.skipIf(!inject('engineDataDir'))('refuses a second engine on a data folder that one is using', async () => {
    const attempt = startEngine({ ...engineOptions, dataDir: inject('engineDataDir'), port: await freePort() });
    await expect(attempt).rejects.toThrow(EngineError);
    await expect(attempt).rejects.toThrow(/Another supplygraph engine \(pid \d+\) is already using/);
  });

  it('refuses a taken port with a message that says which variable to set', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen({ port: 0, host: '127.0.0.1' }, resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'supplygraph-port-'));
    try {
      await expect(startEngine({ ...engineOptions, dataDir, port })).rejects.toThrow(`Port ${port} on 127.0.0.1 is already in use`);
    } finally {
      blocker.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('removes a stale lock left by a dead process, starts, and stops without leaving a process', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'supplygraph-stale-'));
    // A pid that cannot be alive: far above Linux's default pid_max.
    await writeFile(path.join(dataDir, 'engine.pid'), '99999999');
    const messages: string[] = [];
    const engine = await startEngine({ ...engineOptions, dataDir, port: await freePort(), onProgress: (m) => messages.push(m) });
    try {
      expect(messages.join('\n')).toMatch(/Removing a stale engine lock left by pid 99999999/);
      expect(() => process.kill(engine.pid, 0)).not.toThrow();
    } finally {
      await engine.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
    expect(() => process.kill(engine.pid, 0)).toThrow();
  });
});

describe('connecting to a Neo4j of the user\'s own', () => {
  it('explains an unreachable NEO4J_URI in one line', async () => {
    const port = await freePort();
    const config = loadConfig({ NEO4J_URI: `bolt://127.0.0.1:${port}` });
    const attempt = attachDatabase(config, logger, () => {});
    await expect(attempt).rejects.toThrow(EngineError);
    await expect(attempt).rejects.toThrow(new RegExp(`Cannot reach Neo4j at bolt://127.0.0.1:${port} .*Check NEO4J_URI`));
  });
});
