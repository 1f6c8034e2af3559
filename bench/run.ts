/**
 * `npm run bench`: supplygraph's benchmarks, in one self-contained run.
 *
 * For each size (`--sizes`), starts a throwaway local engine (temporary folder, free port), applies the
 * schema, loads the seed and a synthetic graph (bench/generate.ts) — or, for the size `real`, the seed
 * and the reference data, as `npm start` loads them, asked about their hubs — then restarts the engine
 * (empty plan and page caches, as after a restart), serves supplygraph (one or more processes, each
 * warmed up as `npm start` warms up), @neo4j/graphql 7 and a hand-written endpoint over the same data
 * from their own processes (bench/server.ts, 127.0.0.1 only), then measures:
 *
 *   first calls           every operation's first call after that restart (bench/firstCall.ts)
 *   a. GraphQL overhead   every operation of bench/ops.ts through supplygraph's /graphql (HTTP), through
 *                         the hand-written HTTP endpoint (the same Cypher, Fastify + the driver) and as
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
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { loadSeed } from '../src/ingest/seed/load.js';
import { createDriver, Database } from '../src/db/database.js';
import { throwawayEngine, type ThrowawayEngine } from '../src/db/throwawayEngine.js';
import { createLogger } from '../src/logger.js';
import { numberFlag, parseFlags } from './flags.js';
import { agent, failed, postGraphQL } from './http.js';
import { measureOverhead, type OverheadResult, type OverheadSettings } from './latency.js';
import { loadTest } from './load.js';
import { FLOOR, operations, REAL_VARIABLES, syntheticVariables } from './ops.js';
import { documentedCalls, firstCalls } from './firstCall.js';
import { loadSeedAndReference } from '../src/ingest/reference/load.js';
import { DEFAULT_SEED, planGraph } from './plan.js';
import { problems, toMarkdown, type BenchResults, type SizeRun } from './report.js';
import { roundTrips } from './roundtrips.js';
import { ServerProcess } from './servers.js';
import { ratio } from './stats.js';
import { compareThroughput } from './throughput.js';
import { generateGraph, type GenerateTiming } from './write.js';
import { measureImport } from './import.js';

/** A synthetic graph of that many relationships, or the real data `npm start` loads. */
export type Size = number | 'real';

export interface Settings extends OverheadSettings {
  quick: boolean;
  sizes: Size[];
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

const NO_TIMING: GenerateTiming = { elapsedMs: 0, nodeMs: 0, relationshipMs: 0, indexMs: 0, nodesPerSecond: 0, relationshipsPerSecond: 0, relationshipsPerSecondWithIndexes: 0, retriedBatches: 0 };

const list = (raw: string | undefined, fallback: number[]) =>
  raw === undefined ? fallback : raw.split(',').map((v) => numberFlag({ v }, 'v', NaN)).map(Math.round);

function readSettings(argv: string[]): Settings {
  const flags = parseFlags(argv);
  const quick = flags.quick === 'true';
  const given = flags.sizes ?? flags.relationships;
  const sizes: Size[] = given === undefined ? [quick ? 10_000 : 100_000] : given.split(',').map((v) => (v.trim() === 'real' ? 'real' : Math.round(numberFlag({ v }, 'v', NaN))));
  if (sizes.some((n) => n !== 'real' && !(n > 0))) throw new Error('--sizes must be positive numbers of relationships or `real`, e.g. real,10000,100000,1000000');
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

/** A reading with every list sorted (recursively): compares answers whose orders may differ. */
function asSets(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  return (value as unknown[]).map(asSets).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

/** One size: a fresh engine and graph, every measurement, and everything stopped again. */
async function runSize(size: Size, settings: Settings, log: (m: string) => void): Promise<SizeRun & { neo4jVersion: string }> {
  const logger = createLogger('silent');
  let own: ThrowawayEngine | undefined;
  let db: Database | undefined;
  let driver: Driver | undefined;
  const servers: ServerProcess[] = [];
  let cleaning: Promise<void> | undefined;
  const cleanup = () =>
    (cleaning ??= (async () => {
      for (const s of servers) await s.stop().catch(() => {});
      await driver?.close().catch(() => {});
      await db?.close().catch(() => {});
      await own?.close().catch(() => {});
    })());
  const onSigint = () => void cleanup().finally(() => process.exit(130));
  process.once('SIGINT', onSigint);
  try {
    log(`\n── ${size === 'real' ? 'the real data (seed + reference data)' : `${size.toLocaleString('en-US')} relationships`} ──`);
    let boltUri: string;
    let graph: Awaited<ReturnType<typeof generateGraph>> | undefined;
    let loadAverage: number[];
    let loadedTiming: GenerateTiming = NO_TIMING;
    if (settings.uri) {
      // A database that already holds the seed and this size's graph (bench:generate, same seed), or
      // the real data: nothing is written, the facts the operations ask about come from the plan.
      boltUri = settings.uri;
      db = new Database({ uri: boltUri, queryTimeoutMs: 60_000, logger });
      loadAverage = os.loadavg().map((l) => Math.round(l * 100) / 100);
      if (size !== 'real') graph = { ...planGraph({ relationships: size, seed: settings.seed }).summary, timing: NO_TIMING };
      log(`Using the graph already in ${boltUri}.`);
    } else {
      own = await throwawayEngine('bench', { heapMb: 2048, pageCacheMb: 1024, startTimeoutMs: 300_000, onProgress: log, logger });
      boltUri = own.uri;
      db = own.db;
      loadAverage = os.loadavg().map((l) => Math.round(l * 100) / 100);
      if (size === 'real') {
        const started = Date.now();
        const { reference } = await loadSeedAndReference(db);
        const seconds = (Date.now() - started) / 1000;
        loadedTiming = { ...NO_TIMING, elapsedMs: seconds * 1000 };
        log(`Seed and reference data loaded in ${seconds.toFixed(1)} s (${reference.rows.toLocaleString('en-US')} reference rows).`);
      } else {
        await loadSeed(db);
        log('Seed loaded.');
        graph = await generateGraph(db, { relationships: size, seed: settings.seed, enginePid: own.engine.pid, onProgress: log });
      }
    }
    const [counts] = await db.read('bench.counts', 'MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships');
    const relationships = size === 'real' ? Number(counts?.relationships) : size;
    const [component] = await db.read('bench.version', 'CALL dbms.components() YIELD versions, edition RETURN versions[0] + " " + edition AS version');
    const neo4jVersion = typeof component?.version === 'string' ? component.version : 'unknown';

    // As after a restart: the engine's plan cache and page cache empty (a database of the user's
    // own keeps its page cache; its plan cache is cleared).
    const restartStarted = Date.now();
    if (own) {
      log('Restarting the engine (empty plan and page caches)…');
      await own.restart();
    } else {
      await db.write('bench.clearQueryCaches', 'CALL db.clearQueryCaches()');
    }
    const restartMs = Date.now() - restartStarted;

    // Ten synthetic countries with the most to say (the generator skews headquarters toward low numbers).
    const countries = Array.from({ length: 10 }, (_, i) => `country:syn-${String(i + 1).padStart(3, '0')}`);
    const variables = graph ? syntheticVariables(graph.known, countries) : REAL_VARIABLES;
    const ops = operations(variables).filter((op) => settings.only.length === 0 || settings.only.some((o) => op.name.includes(o)));

    log(`Starting ${settings.processes} supplygraph process(es) (each warms up before it is ready), @neo4j/graphql and the hand-written endpoint…`);
    for (let i = 0; i < settings.processes; i++) servers.push(await ServerProcess.start('supplygraph', boltUri, settings.timeoutMs));
    const supplygraph = servers[0]!;
    log(`    warmed up in ${servers.map((s) => `${((s.warmUpMs ?? 0) / 1000).toFixed(1)} s`).join(', ')}`);
    const handwritten = await ServerProcess.start('handwritten', boltUri, settings.timeoutMs);
    servers.push(handwritten);
    driver = createDriver({ uri: boltUri });

    log('First calls after the restart…');
    const first = await firstCalls(supplygraph.url, driver, ops, documentedCalls(variables), settings.timeoutMs);
    for (const f of first) log(`    ${f.operation}: ${Math.round(f.supplygraphMs)} ms${f.cypherMs !== undefined ? ` (Cypher ${Math.round(f.cypherMs)} ms)` : ''}${f.error ? ` — ${f.error}` : ''}`);

    let neo4jGraphql: ServerProcess | undefined;
    let neo4jGraphqlProblem: string | undefined;
    try {
      neo4jGraphql = await ServerProcess.start('neo4j-graphql', boltUri);
      servers.push(neo4jGraphql);
    } catch (error) {
      neo4jGraphqlProblem = error instanceof Error ? error.message : String(error);
      log(`@neo4j/graphql could not be started: ${neo4jGraphqlProblem}`);
    }

    // (a), with the fixed cost of each path first: an HTTP + Apollo request that reads nothing vs a driver round trip.
    log(`(a) GraphQL overhead: ${settings.warmup} warm-up + ${settings.iterations} interleaved iterations per operation (≤ ${settings.maxSeconds} s each)…`);
    const overhead: OverheadResult[] = [];
    for (const op of [FLOOR, ...ops]) {
      const result = await measureOverhead(op, supplygraph.url, driver, settings, handwritten.url);
      log(`    ${op.name}: ${result.skipped ? `skipped (${result.skipped}): ${result.firstError}` : `${result.supplygraphHttp.median} ms vs ${result.handwrittenHttp?.median} ms (endpoint) vs ${result.driverCypher.median} ms (driver)`}`);
      overhead.push(result);
    }

    // (b)
    const comparison: SizeRun['vsNeo4jGraphql'] = [];
    if (neo4jGraphql) {
      log(`(b) vs @neo4j/graphql: ${settings.clients} clients, ${settings.seconds} s per side per operation (ABBA halves)…`);
      for (const op of ops) {
        if (!op.neo4jGraphql || !op.fromNeo4jGraphql) continue;
        // On the real graph, names differ in case and a country produces a commodity for several
        // years: @neo4j/graphql sorts names case-sensitively and breaks no ties, so there the
        // answers are compared whole (op.wholeAnswer) and as sets.
        const variables = { ...op.variables[0]!, ...(size === 'real' ? op.wholeAnswer : {}) };
        const [a, b] = await Promise.all([postGraphQL(supplygraph.url, op.supplygraph, variables), postGraphQL(neo4jGraphql.url, op.neo4jGraphql, variables)]);
        const reading = (value: unknown) => JSON.stringify(size === 'real' ? asSets(value) : value);
        const sameAnswer = !failed(a) && !failed(b) && reading(op.fromSupplygraph(a.body!.data)) === reading(op.fromNeo4jGraphql(b.body!.data));
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
    const small = await roundTrips(supplygraph, graph ? countries[countries.length - 1]! : 'country:AU', 1);
    const large = await roundTrips(supplygraph, graph ? graph.known.topProducer.country : 'country:CN', 100);

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
    const importTiming = settings.importRelationships > 0 && own ? await measureImport(db, { relationships: settings.importRelationships, enginePid: own.engine.pid, onProgress: log }) : undefined;

    const generated = graph ?? { nodes: Number(counts?.nodes), relationships, relationshipsByType: {}, timing: loadedTiming };
    return {
      label: size === 'real' ? 'real data' : undefined,
      relationships,
      neo4jVersion,
      restart: { ms: restartMs, warmUpMs: servers.filter((s) => s.mode === 'supplygraph').map((s) => s.warmUpMs ?? 0) },
      firstCalls: first,
      ...(importTiming ? { import: importTiming } : {}),
      loadAverageAtStart: loadAverage,
      generator: { nodes: generated.nodes, relationships: generated.relationships, relationshipsByType: generated.relationshipsByType, timing: generated.timing },
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
