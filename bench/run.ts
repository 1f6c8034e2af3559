/**
 * `npm run bench`: supplygraph's benchmarks, in one self-contained run.
 *
 * For each size (`--sizes`), starts a throwaway local engine (temporary folder, free port), applies the
 * schema, loads the seed and a synthetic graph (bench/generate.ts), serves supplygraph (one or more
 * processes) and @neo4j/graphql 7 over the same data from their own processes (bench/server.ts,
 * 127.0.0.1 only), then measures:
 *
 *   a. GraphQL overhead   every operation of bench/ops.ts through supplygraph's /graphql (HTTP) and as
 *                         hand-written Cypher through the driver: answers checked, then warm-up and N
 *                         interleaved iterations (within a time budget per operation), median/p95/p99, ratios
 *   b. vs @neo4j/graphql  the operations it can express, 8 concurrent clients for a fixed time each, in ABBA
 *                         rounds: throughput and p99
 *   c. round trips        Cypher round trips of a 3-level nested query at two very different row counts
 *   import                `npm run import`'s code path on a generated file of --import relationships (bench/import.ts):
 *                         rel/s of the whole import, fresh and again (unchanged), and per engine CPU-second
 *   load                  16 and 64 concurrent clients (--load-clients) for --load-seconds against one
 *                         supplygraph process, then, with --processes 2, against two processes on different
 *                         ports (as behind a load balancer): errors and each server's memory
 *
 * Then a table of how each operation's latency grows across the sizes. Prints Markdown tables (the same
 * as docs/BENCHMARKS.md holds) and writes JSON to <os.tmpdir()>/supplygraph-bench/latest.json (or --out).
 * Everything it starts it stops: servers (which also exit when this process dies), driver, engine,
 * temporary folder. Exits non-zero when a request failed or two sides answered differently.
 *
 *   npm run bench -- [--sizes 10000,100000,1000000] [--iterations 200] [--warmup 30] [--op-seconds 40]
 *                    [--clients 8] [--seconds 8] [--load-seconds 30] [--load-clients 16,64] [--processes 2]
 *                    [--query-timeout 10] [--only paths,exposure] [--import 100000] [--seed N] [--out file] [--markdown file]
 *   npm run bench -- --quick      a small graph and a few seconds per side (CI: checks answers, not times)
 */
import { readFileSync } from 'node:fs';
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
import { measureOverhead, type OverheadResult, type OverheadSettings } from './latency.js';
import { loadTest } from './load.js';
import { operations, type Operation } from './ops.js';
import { DEFAULT_SEED, planGraph } from './plan.js';
import { problems, toMarkdown, type BenchResults, type SizeRun } from './report.js';
import { roundTrips } from './roundtrips.js';
import { ServerProcess } from './servers.js';
import { ratio } from './stats.js';
import { compareThroughput } from './throughput.js';
import { generateGraph } from './write.js';
import { measureImport } from './import.js';

export interface Settings extends OverheadSettings {
  quick: boolean;
  sizes: number[];
  seed: number;
  clients: number;
  seconds: number;
  loadSeconds: number;
  loadClients: number[];
  processes: number;
  /** Only the operations whose name contains one of these (all when empty). */
  only: string[];
  /** Measure a database that already holds the graph (one size) instead of starting an engine. */
  uri?: string;
  /** Relationships in the bulk-import measurement (bench/import.ts); 0 skips it. */
  importRelationships: number;
}

const list = (raw: string | undefined, fallback: number[]) =>
  raw === undefined ? fallback : raw.split(',').map((v) => numberFlag({ v }, 'v', NaN)).map(Math.round);

function readSettings(argv: string[]): Settings {
  const flags = parseFlags(argv);
  const quick = flags.quick === 'true';
  const sizes = list(flags.sizes ?? flags.relationships, quick ? [10_000] : [100_000]);
  if (sizes.some((n) => !(n > 0))) throw new Error('--sizes must be positive numbers of relationships, e.g. 10000,100000,1000000');
  const loadClients = list(flags['load-clients'], quick ? [16] : [16, 64]);
  return {
    quick,
    sizes,
    seed: Math.round(numberFlag(flags, 'seed', DEFAULT_SEED)),
    iterations: Math.round(numberFlag(flags, 'iterations', quick ? 20 : 200)),
    warmup: Math.round(numberFlag(flags, 'warmup', quick ? 3 : 30)),
    maxSeconds: numberFlag(flags, 'op-seconds', quick ? 5 : 40),
    timeoutMs: Math.round(numberFlag(flags, 'query-timeout', 10) * 1000),
    clients: Math.round(numberFlag(flags, 'clients', 8)),
    seconds: numberFlag(flags, 'seconds', quick ? 2 : 8),
    loadSeconds: numberFlag(flags, 'load-seconds', quick ? 5 : 30),
    loadClients,
    processes: Math.max(1, Math.round(numberFlag(flags, 'processes', quick ? 2 : 1))),
    only: flags.only ? flags.only.split(',') : [],
    uri: flags.uri,
    importRelationships: Math.round(numberFlag(flags, 'import', quick ? 10_000 : 100_000)),
  };
}

function versions(neo4jVersion: string) {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
  const all = { ...pkg.dependencies, ...pkg.devDependencies };
  return { node: process.version, neo4j: neo4jVersion, 'neo4j-driver': all['neo4j-driver'], '@neo4j/graphql': all['@neo4j/graphql'], graphql: all.graphql, '@apollo/server': all['@apollo/server'], fastify: all.fastify };
}

/** One size: a fresh engine and graph, every measurement, and everything stopped again. */
async function runSize(relationships: number, settings: Settings, log: (m: string) => void): Promise<SizeRun & { neo4jVersion: string }> {
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
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    })());
  const onSigint = () => void cleanup().finally(() => process.exit(130));
  process.once('SIGINT', onSigint);
  try {
    log(`\n── ${relationships.toLocaleString('en-US')} relationships ──`);
    let boltUri: string;
    let graph: Awaited<ReturnType<typeof generateGraph>>;
    let loadAverage: number[];
    if (settings.uri) {
      // A database that already holds the seed and this size's graph (bench:generate, same seed):
      // nothing is written, the facts the operations ask about come from the plan.
      boltUri = settings.uri;
      db = new Database({ uri: boltUri, queryTimeoutMs: 60_000, logger });
      loadAverage = os.loadavg().map((l) => Math.round(l * 100) / 100);
      const { summary } = planGraph({ relationships, seed: settings.seed });
      const none = { elapsedMs: 0, nodeMs: 0, relationshipMs: 0, indexMs: 0, nodesPerSecond: 0, relationshipsPerSecond: 0, relationshipsPerSecondWithIndexes: 0, retriedBatches: 0 };
      graph = { ...summary, timing: none };
      log(`Using the graph already in ${boltUri} (written earlier by bench:generate).`);
    } else {
      dataDir = await mkdtemp(path.join(os.tmpdir(), 'supplygraph-bench-'));
      engine = await startEngine({ dataDir, port: await freePort(), heapMb: 2048, pageCacheMb: 1024, startTimeoutMs: 300_000, onProgress: log });
      boltUri = engine.uri;
      db = new Database({ uri: boltUri, queryTimeoutMs: 60_000, logger });
      await applySchema(db);
      await loadSeed(db);
      log('Seed loaded.');
      loadAverage = os.loadavg().map((l) => Math.round(l * 100) / 100);
      graph = await generateGraph(db, { relationships, seed: settings.seed, enginePid: engine.pid, onProgress: log });
    }
    const [component] = await db.read('bench.version', 'CALL dbms.components() YIELD versions, edition RETURN versions[0] + " " + edition AS version');
    const neo4jVersion = typeof component?.version === 'string' ? component.version : 'unknown';
    const known = graph.known;

    log(`Starting ${settings.processes} supplygraph process(es) and @neo4j/graphql…`);
    for (let i = 0; i < settings.processes; i++) servers.push(await ServerProcess.start('supplygraph', boltUri, settings.timeoutMs));
    const supplygraph = servers[0]!;
    let neo4jGraphql: ServerProcess | undefined;
    let neo4jGraphqlProblem: string | undefined;
    try {
      neo4jGraphql = await ServerProcess.start('neo4j-graphql', boltUri);
      servers.push(neo4jGraphql);
    } catch (error) {
      neo4jGraphqlProblem = error instanceof Error ? error.message : String(error);
      log(`@neo4j/graphql could not be started: ${neo4jGraphqlProblem}`);
    }
    driver = createDriver({ uri: boltUri });

    // Ten synthetic countries with the most to say (the generator skews headquarters toward low numbers).
    const countries = Array.from({ length: 10 }, (_, i) => `country:syn-${String(i + 1).padStart(3, '0')}`);
    const ops = operations(known, countries).filter((op) => settings.only.length === 0 || settings.only.some((o) => op.name.includes(o)));

    // (a), with the fixed cost of each path first: an HTTP + Apollo request that reads nothing vs a driver round trip.
    log(`(a) GraphQL overhead: ${settings.warmup} warm-up + ${settings.iterations} interleaved iterations per operation (≤ ${settings.maxSeconds} s each)…`);
    const floor: Operation = {
      name: 'floor: { __typename } / RETURN 1',
      variables: [{}],
      load: false,
      supplygraph: 'query Floor { __typename }',
      cypher: 'RETURN 1 AS one',
      fromSupplygraph: () => 1,
      fromCypher: () => 1,
    };
    const overhead: OverheadResult[] = [];
    for (const op of [floor, ...ops]) {
      const result = await measureOverhead(op, supplygraph.url, driver, settings);
      log(`    ${op.name}: ${result.skipped ? `skipped (${result.skipped}): ${result.firstError}` : `${result.supplygraphHttp.median} ms vs ${result.driverCypher.median} ms`}`);
      overhead.push(result);
    }

    // (b)
    const comparison: SizeRun['vsNeo4jGraphql'] = [];
    if (neo4jGraphql) {
      log(`(b) vs @neo4j/graphql: ${settings.clients} clients, ${settings.seconds} s per side per operation (ABBA halves)…`);
      for (const op of ops) {
        if (!op.neo4jGraphql || !op.fromNeo4jGraphql) continue;
        const variables = op.variables[0]!;
        const [a, b] = await Promise.all([postGraphQL(supplygraph.url, op.supplygraph, variables), postGraphQL(neo4jGraphql.url, op.neo4jGraphql, variables)]);
        const sameAnswer = !failed(a) && !failed(b) && JSON.stringify(op.fromSupplygraph(a.body!.data)) === JSON.stringify(op.fromNeo4jGraphql(b.body!.data));
        const sides = await compareThroughput(
          [
            { name: 'supplygraph', url: supplygraph.url, query: op.supplygraph },
            { name: 'neo4jGraphql', url: neo4jGraphql.url, query: op.neo4jGraphql },
          ],
          op.variables,
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

    // (c)
    log('(c) Cypher round trips of a 3-level nested query…');
    const small = await roundTrips(supplygraph, countries[countries.length - 1]!, 1);
    const large = await roundTrips(supplygraph, known.topProducer.country, 100);

    // Several processes serve the same data: every operation's first question, asked of each.
    const processesAgree = [];
    if (servers.length > 1 && settings.processes > 1) {
      for (const op of ops) {
        const answers = await Promise.all(
          servers.slice(0, settings.processes).map(async (s) => {
            const r = await postGraphQL(s.url, op.supplygraph, op.variables[0]!);
            return failed(r) ? `error: ${JSON.stringify(r.body?.errors?.[0] ?? r.status)}` : JSON.stringify(op.fromSupplygraph(r.body!.data));
          }),
        );
        const error = answers.find((a) => a.startsWith('error'));
        processesAgree.push({ operation: op.name, same: !error && answers.every((a) => a === answers[0]), ...(error ? { error } : {}) });
      }
    }

    // Load: each client count against one process, then all processes at the largest count.
    const mix = ops.filter((op) => op.load);
    const load: SizeRun['load'] = [];
    if (settings.loadSeconds > 0 && mix.length > 0) {
      for (const clients of settings.loadClients) {
        log(`Load: ${clients} clients for ${settings.loadSeconds} s against 1 supplygraph process…`);
        load.push(await loadTest([supplygraph], mix, clients, settings.loadSeconds));
      }
      if (settings.processes > 1) {
        const clients = Math.max(...settings.loadClients);
        log(`Load: ${clients} clients for ${settings.loadSeconds} s against ${settings.processes} supplygraph processes on different ports…`);
        load.push(await loadTest(servers.slice(0, settings.processes), mix, clients, settings.loadSeconds));
      }
    }

    // Last, since it adds companies and relationships to the graph the operations above read (never with --uri: that database is only read).
    const importTiming = settings.importRelationships > 0 && engine ? await measureImport(db, { relationships: settings.importRelationships, enginePid: engine.pid, onProgress: log }) : undefined;

    return {
      relationships,
      neo4jVersion,
      ...(importTiming ? { import: importTiming } : {}),
      loadAverageAtStart: loadAverage,
      generator: { nodes: graph.nodes, relationships: graph.relationships, relationshipsByType: graph.relationshipsByType, timing: graph.timing },
      operations: ops.map((op) => ({ name: op.name, note: op.note, neo4jGraphqlCannot: op.neo4jGraphqlCannot, inLoadMix: op.load })),
      overhead,
      vsNeo4jGraphql: neo4jGraphql ? comparison : { skipped: neo4jGraphqlProblem ?? 'not started' },
      roundTrips: { depth: 3, small, large, equal: small.cypherRoundTrips === large.cypherRoundTrips, withinDepth: Math.max(small.cypherRoundTrips, large.cypherRoundTrips) <= 3 },
      processesAgree,
      load,
    };
  } finally {
    process.off('SIGINT', onSigint);
    await cleanup();
  }
}

async function main() {
  const settings = readSettings(process.argv.slice(2));
  const flags = parseFlags(process.argv.slice(2));
  const out = flags.out ?? path.join(os.tmpdir(), 'supplygraph-bench', 'latest.json');
  const log = (m: string) => console.log(m);
  const results: BenchResults = {
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryGb: Math.round(os.totalmem() / 1024 ** 3),
      loadAverageAtStart: os.loadavg().map((l) => Math.round(l * 100) / 100),
    },
    versions: {},
    settings,
    runs: [],
  };
  try {
    for (const size of settings.sizes) {
      const { neo4jVersion, ...run } = await runSize(size, settings, log);
      results.versions = versions(neo4jVersion);
      results.runs.push(run);
      // Written after every size, so a long run that is stopped keeps what it measured.
      await mkdir(path.dirname(out), { recursive: true });
      await writeFile(out, JSON.stringify(results, null, 2));
    }
  } finally {
    agent.destroy();
  }
  const markdown = toMarkdown(results);
  console.log(`\n${markdown}`);
  if (flags.markdown) await writeFile(flags.markdown, markdown);
  log(`\nResults: ${out}`);
  const found = problems(results);
  if (found.length > 0) {
    console.error(`\n${found.length} problem(s):\n${found.map((p) => `  - ${p}`).join('\n')}`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
