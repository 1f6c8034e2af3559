/**
 * `npm run bench`: supplygraph's benchmarks, in one self-contained run.
 *
 * Starts a throwaway local engine (temporary folder, free port), applies the schema, loads the seed and
 * a synthetic graph (bench/generate.ts), serves supplygraph and @neo4j/graphql 7 over the same data from
 * their own processes (bench/server.ts, 127.0.0.1 only), then measures:
 *
 *   a. GraphQL overhead   the same question through supplygraph's /graphql (HTTP) and as hand-written Cypher
 *                         through the driver; warm-up, N interleaved iterations, median/p95/p99 and ratios
 *   b. vs @neo4j/graphql  equivalent operations, 8 concurrent clients for a fixed time each, in ABBA rounds:
 *                         throughput and p99
 *   c. round trips        Cypher round trips of a 3-level nested query at two very different row counts
 *   d. (future)           paths / exposure latency, from FUTURE_LATENCY_BENCHES once those fields exist
 *   load                  64 concurrent clients for --load-seconds against supplygraph, errors and the
 *                         server's memory sampled every second
 *
 * Prints a table and writes JSON to <os.tmpdir()>/supplygraph-bench/latest.json (or --out). Everything it
 * starts it stops: servers (which also exit when this process dies), driver, engine, temporary folder.
 *
 *   npm run bench -- [--relationships 100000] [--iterations 200] [--warmup 30] [--clients 8]
 *                    [--seconds 8] [--load-seconds 60] [--load-clients 64] [--seed N] [--out file]
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { loadSeed } from '../seed/load.js';
import { createDriver, Database } from '../src/db/database.js';
import { freePort, startEngine, type RunningEngine } from '../src/db/localEngine.js';
import { applySchema } from '../src/db/schema.js';
import { createLogger } from '../src/logger.js';
import { numberFlag, parseFlags } from './flags.js';
import { agent, failed, postGraphQL } from './http.js';
import { measureOverhead, type OverheadResult } from './latency.js';
import { loadTest } from './load.js';
import { FUTURE_LATENCY_BENCHES, operations, type Operation } from './ops.js';
import { DEFAULT_SEED } from './plan.js';
import { printTable } from './report.js';
import { roundTrips } from './roundtrips.js';
import { ServerProcess } from './servers.js';
import { ratio } from './stats.js';
import { compareThroughput } from './throughput.js';
import { generateGraph } from './write.js';


async function main() {
  const flags = parseFlags(process.argv.slice(2));
  const settings = {
    relationships: Math.round(numberFlag(flags, 'relationships', 100_000)),
    seed: Math.round(numberFlag(flags, 'seed', DEFAULT_SEED)),
    iterations: Math.round(numberFlag(flags, 'iterations', 200)),
    warmup: Math.round(numberFlag(flags, 'warmup', 30)),
    clients: Math.round(numberFlag(flags, 'clients', 8)),
    seconds: numberFlag(flags, 'seconds', 8),
    loadSeconds: numberFlag(flags, 'load-seconds', 60),
    loadClients: Math.round(numberFlag(flags, 'load-clients', 64)),
  };
  const out = flags.out ?? path.join(os.tmpdir(), 'supplygraph-bench', 'latest.json');
  const log = (m: string) => console.log(m);
  const logger = createLogger('silent');

  let engine: RunningEngine | undefined;
  let dataDir: string | undefined;
  let db: Database | undefined;
  let driver: Driver | undefined;
  const servers: ServerProcess[] = [];
  let cleaning: Promise<void> | undefined;
  const cleanup = () =>
    (cleaning ??= (async () => {
      for (const s of servers) await s.stop().catch(() => {});
      await driver?.close().catch(() => {});
      await db?.close().catch(() => {});
      await engine?.stop().catch(() => {});
      agent.destroy();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    })());
  process.once('SIGINT', () => void cleanup().finally(() => process.exit(130)));

  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 1024 ** 3), loadAverageAtStart: os.loadavg().map((l) => Math.round(l * 100) / 100), node: process.version },
    settings,
  };
  try {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'supplygraph-bench-'));
    engine = await startEngine({ dataDir, port: await freePort(), heapMb: 2048, pageCacheMb: 1024, startTimeoutMs: 180_000, onProgress: log });
    db = new Database({ uri: engine.uri, queryTimeoutMs: 60_000, logger });
    await applySchema(db);
    await loadSeed(db);
    log('Seed loaded.');
    const graph = await generateGraph(db, { relationships: settings.relationships, seed: settings.seed, enginePid: engine.pid, onProgress: log });
    results.generator = { nodes: graph.nodes, relationships: graph.relationships, relationshipsByType: graph.relationshipsByType, timing: graph.timing };
    const known = graph.known;

    log('Starting supplygraph and @neo4j/graphql servers…');
    const supplygraph = await ServerProcess.start('supplygraph', engine.uri);
    servers.push(supplygraph);
    let neo4jGraphql: ServerProcess | undefined;
    let neo4jGraphqlProblem: string | undefined;
    try {
      neo4jGraphql = await ServerProcess.start('neo4j-graphql', engine.uri);
      servers.push(neo4jGraphql);
    } catch (error) {
      neo4jGraphqlProblem = error instanceof Error ? error.message : String(error);
      log(`@neo4j/graphql could not be started: ${neo4jGraphqlProblem}`);
    }
    driver = createDriver({ uri: engine.uri });

    // Ten synthetic countries with the most to say (the generator skews headquarters toward low numbers).
    const countries = Array.from({ length: 10 }, (_, i) => `country:syn-${String(i + 1).padStart(3, '0')}`);
    const ops = operations(known, countries);

    // (a)
    log(`(a) GraphQL overhead: ${settings.warmup} warm-up + ${settings.iterations} interleaved iterations per operation…`);
    const overhead: OverheadResult[] = [];
    for (const op of ops) overhead.push(await measureOverhead(op, supplygraph, driver, settings.iterations, settings.warmup));
    // The fixed cost of each path, for reference: an HTTP + Apollo request that reads nothing vs a driver round trip.
    const floor: Operation = {
      name: 'floor: { __typename } / RETURN 1',
      ids: ['-'],
      supplygraph: 'query Floor { __typename }',
      cypher: 'RETURN 1 AS one',
      fromSupplygraph: () => 1,
      fromCypher: () => 1,
    };
    overhead.unshift(await measureOverhead(floor, supplygraph, driver, settings.iterations, settings.warmup));
    const future: Record<string, OverheadResult | 'pending'> = {};
    for (const [name, make] of Object.entries(FUTURE_LATENCY_BENCHES)) {
      const op = make(known);
      future[name] = op ? await measureOverhead(op, supplygraph, driver, settings.iterations, settings.warmup) : 'pending';
    }
    results.overhead = overhead;
    results.futureLatency = future;

    // (b)
    const comparison: Record<string, unknown>[] = [];
    if (neo4jGraphql) {
      log(`(b) vs @neo4j/graphql: ${settings.clients} clients, ${settings.seconds} s per side per operation (ABBA halves)…`);
      for (const op of ops) {
        // Do both answer the same? (first id)
        const [a, b] = await Promise.all([postGraphQL(supplygraph.url, op.supplygraph, { id: op.ids[0] }), postGraphQL(neo4jGraphql.url, op.neo4jGraphql!, { id: op.ids[0] })]);
        const sameAnswer = !failed(a) && !failed(b) && JSON.stringify(op.fromSupplygraph(a.body!.data)) === JSON.stringify(op.fromNeo4jGraphql!(b.body!.data));
        const sides = await compareThroughput(
          [
            { name: 'supplygraph', url: supplygraph.url, query: op.supplygraph },
            { name: 'neo4jGraphql', url: neo4jGraphql.url, query: op.neo4jGraphql! },
          ],
          op.ids,
          settings.clients,
          settings.seconds,
        );
        const s = sides.supplygraph!;
        const n = sides.neo4jGraphql!;
        comparison.push({
          operation: op.name,
          sameAnswer,
          ...(sameAnswer ? {} : { answers: { supplygraph: a.body?.errors ?? 'ok', neo4jGraphql: b.body?.errors ?? 'ok' } }),
          supplygraph: s,
          neo4jGraphql: n,
          throughputRatio: ratio(s.throughput, n.throughput),
          p99Ratio: ratio(s.latency.p99, n.latency.p99),
        });
      }
    }
    results.vsNeo4jGraphql = neo4jGraphql ? comparison : { skipped: neo4jGraphqlProblem };

    // (c)
    log('(c) Cypher round trips of a 3-level nested query…');
    const smallest = countries[countries.length - 1]!;
    const small = await roundTrips(supplygraph, smallest, 1);
    const large = await roundTrips(supplygraph, known.topProducer.country, 100);
    results.roundTrips = { depth: 3, small, large, equal: small.cypherRoundTrips === large.cypherRoundTrips, withinDepth: Math.max(small.cypherRoundTrips, large.cypherRoundTrips) <= 3 };

    // Load
    log(`Load: ${settings.loadClients} clients for ${settings.loadSeconds} s against supplygraph…`);
    results.load = await loadTest(supplygraph, ops, settings.loadClients, settings.loadSeconds);

    await mkdir(path.dirname(out), { recursive: true });
    await writeFile(out, JSON.stringify(results, null, 2));
    printTable(results);
    log(`\nResults: ${out}`);
  } finally {
    await cleanup();
  }
}


main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
