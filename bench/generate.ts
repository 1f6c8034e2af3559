/**
 * A deterministic synthetic supply-chain graph for tests and benchmarks.
 *
 *   planGraph(options)            the graph in memory + the summary (no database; pure, same options → same graph)
 *   generateGraph(db, options)    plans, then writes it with batched UNWIND … CREATE (nodes first, then
 *                                 relationships grouped by type) into an EMPTY database (the seed may be there)
 *   npm run bench:generate -- --relationships 1000000 [--seed 42]
 *                                 against NEO4J_URI, or a throwaway local engine that is stopped afterwards
 *
 * Shape: a handful of synthetic Sources; countries; sectors; commodities in four tiers (raw materials →
 * processed materials → components → products) linked by INPUT_TO (every non-raw commodity has 1–4
 * inputs from the tier before); countries PRODUCES commodities with `share` (per commodity the shares
 * sum to ≤ 1); companies in four tiers that MAKES commodities of their tier and USES inputs of the tier
 * before; SUPPLIES between companies (supplier makes what the buyer uses); HEADQUARTERED_IN (skewed:
 * a few countries hold many companies); IN_SECTOR; policies ISSUED by countries that TARGETS countries
 * and commodities and AFFECTS sectors. Every node has a name, `synthetic: true` and one REPORTED_IN
 * to a synthetic Source; every relationship has `id` (`from|TYPE|to`) and `sources: [<source id>]`.
 *
 * Ids live under a `syn-` slug so they never collide with the seed: `country:syn-017`,
 * `commodity:syn-c000123`, `company:syn-000042`, `sector:syn-03`, `policy:syn-p0005`, `source:syn-1`.
 * This file is the command line; the plan is bench/plan.ts, the writing bench/write.ts.
 */
import { pathToFileURL } from 'node:url';
import { Database } from '../src/db/database.js';
import { throwawayEngine, type ThrowawayEngine } from '../src/db/throwawayEngine.js';
import { createLogger } from '../src/logger.js';
import { numberFlag, parseFlags } from './flags.js';
import { DEFAULT_SEED } from './plan.js';
import { BATCH_SIZE, DEFAULT_CONCURRENCY, generateGraph } from './write.js';

export * from './flags.js';
export * from './plan.js';
export * from './write.js';

// ── CLI ─────────────────────────────────────────────────────────────────────────────────────────

async function main() {
  const flags = parseFlags(process.argv.slice(2));
  if (flags.help) {
    console.log('npm run bench:generate -- --relationships 1000000 [--seed N] [--batch-size 10000] [--concurrency 2]\n  Writes into NEO4J_URI (NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE) or a throwaway local engine.');
    return;
  }
  const relationships = Math.round(numberFlag(flags, 'relationships', 100_000));
  const seed = Math.round(numberFlag(flags, 'seed', DEFAULT_SEED));
  const batchSize = Math.round(numberFlag(flags, 'batch-size', BATCH_SIZE));
  const concurrency = Math.round(numberFlag(flags, 'concurrency', DEFAULT_CONCURRENCY));
  const log = (m: string) => console.log(m);
  const logger = createLogger(process.env.LOG_LEVEL ?? 'silent');

  let own: ThrowawayEngine | undefined;
  let uri = process.env.NEO4J_URI;
  const cleanup = async () => {
    await own?.close();
  };
  process.once('SIGINT', () => void cleanup().finally(() => process.exit(130)));
  try {
    if (!uri) {
      own = await throwawayEngine('generate', { heapMb: 2048, pageCacheMb: 1024, startTimeoutMs: 180_000, onProgress: log, logger });
      uri = own.uri;
      log('(throwaway engine: the graph is discarded when this command ends; set NEO4J_URI to keep it)');
    }
    const db = new Database({ uri, username: process.env.NEO4J_USERNAME, password: process.env.NEO4J_PASSWORD, database: process.env.NEO4J_DATABASE, queryTimeoutMs: 60_000, logger });
    try {
      const summary = await generateGraph(db, { relationships, seed, batchSize, concurrency, enginePid: own?.engine.pid, onProgress: log });
      console.log(JSON.stringify(summary, null, 2));
    } finally {
      await db.close();
    }
  } finally {
    await cleanup();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
