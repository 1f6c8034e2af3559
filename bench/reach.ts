/**
 * Latency of the reach queries (paths, dependencies, exposure) over HTTP on a generated graph, over
 * many start points: p50 / p99 per operation, the engine's CPU time per request (a figure other load
 * on a shared machine disturbs far less than wall-clock time) and the load average.
 *
 *   NEO4J_URI=bolt://127.0.0.1:7687 npx tsx bench/reach.ts --relationships 1000000 [--rounds 3] [--engine-pid N] [--only paths] [--verbose]
 *
 * The database must hold the graph `npm run bench:generate -- --relationships N` wrote (same N and
 * seed: the start points come from the generator's plan). Nothing is written.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { planGraph, processCpuSeconds, syntheticId } from './generate.js';
import { Database } from '../src/db/database.js';
import { createLogger } from '../src/logger.js';
import { createServer } from '../src/http/server.js';
import { ResearchRepository, WARM_UP_TIMEOUT_MS } from '../src/modules/research/research.repository.js';

const { values } = parseArgs({
  options: {
    relationships: { type: 'string', default: '1000000' },
    rounds: { type: 'string', default: '3' },
    'engine-pid': { type: 'string' },
    /** Print every request. */
    verbose: { type: 'boolean', default: false },
    /** Only operations whose name starts with this. */
    only: { type: 'string' },
  },
});
const uri = process.env.NEO4J_URI;
if (!uri) throw new Error('Set NEO4J_URI to the database that holds the generated graph.');
const relationships = Number(values.relationships);
const rounds = Number(values.rounds);
const enginePid = values['engine-pid'] ? Number(values['engine-pid']) : undefined;

const plan = planGraph({ relationships });
const { counts, summary } = plan;
const spread = (n: number, size: number) => Array.from({ length: n }, (_, i) => Math.floor(((i + 0.5) * size) / n));

interface Case {
  operation: string;
  query: string;
  variables: Record<string, unknown>;
}
const cases: Case[] = [];
// dependencies from companies of every tier and from commodities; 6 tiers, first 100.
for (const i of spread(20, counts.Company)) {
  cases.push({ operation: 'dependencies', query: `query ($id: ID!) { dependencies(of: $id, maxTier: 6, first: 100) { items { tier entity { id } path { length } } } }`, variables: { id: syntheticId.Company(i) } });
}
for (const i of spread(10, counts.Commodity)) {
  cases.push({ operation: 'dependencies', query: `query ($id: ID!) { dependencies(of: $id, maxTier: 6, first: 100) { items { tier entity { id } path { length } } } }`, variables: { id: syntheticId.Commodity(i) } });
}
// exposure from countries (the largest headquarters included), raw materials and others, companies and policies.
const exposureStarts = [
  ...spread(8, counts.Country).map(syntheticId.Country),
  summary.known.topHeadquarters.country,
  ...spread(10, counts.Commodity).map(syntheticId.Commodity),
  ...spread(8, counts.Company).map(syntheticId.Company),
  ...spread(4, counts.Policy).map(syntheticId.Policy),
];
for (const id of exposureStarts) {
  cases.push({ operation: 'exposure', query: `query ($id: ID!) { exposure(to: $id, maxHops: 6, first: 100) { items { tier score entity { id } } byKind { kind count } } }`, variables: { id } });
}
// paths between one entity and another (k 1 and 3, up to 6 hops) and to a filtered set of companies.
for (const [n, i] of spread(10, counts.Country).entries()) {
  const to = syntheticId.Commodity(Math.floor(counts.Commodity * (0.6 + (n % 4) * 0.1)));
  cases.push({ operation: 'paths (to an id)', query: `query ($from: ID!, $to: ID!) { paths(from: $from, to: { id: $to }, maxHops: 6, k: ${n % 2 ? 3 : 1}) { length nodes { id } } }`, variables: { from: syntheticId.Country(i), to } });
}
for (const i of spread(10, counts.Country)) {
  cases.push({
    operation: 'paths (to a filter)',
    query: `query ($from: ID!, $country: ID!, $sector: ID!) { paths(from: $from, to: { companies: { headquarteredIn: { id: { eq: $country } }, sectors: { id: { eq: $sector } } } }, maxHops: 4, first: 20) { length nodes { id } } }`,
    variables: { from: syntheticId.Country(i), country: summary.known.smallHeadquarters.country, sector: syntheticId.Sector(i % counts.Sector) },
  });
}

if (values.only) cases.splice(0, cases.length, ...cases.filter((c) => c.operation.startsWith(values.only!)));
const logger = createLogger('silent');
const db = new Database({ uri, username: process.env.NEO4J_USERNAME, password: process.env.NEO4J_PASSWORD, queryTimeoutMs: 60_000, logger });
const server = await createServer({ databaseDescription: 'bench', db, logger });
await new ResearchRepository(db).warmUp(WARM_UP_TIMEOUT_MS); // as `npm start` does after listening
const url = await server.app.listen({ port: 0, host: '127.0.0.1' });

async function run(c: Case): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: c.query, variables: c.variables }) });
  const body = (await response.json()) as { errors?: { message: string }[] };
  const ms = performance.now() - started;
  if (body.errors) throw new Error(`${c.operation} ${JSON.stringify(c.variables)}: ${body.errors[0]!.message}`);
  return ms;
}

const loadBefore = os.loadavg();
for (const c of cases) await run(c); // warm-up: plans cached, pages in memory
const times = new Map<string, number[]>();
const cpu = new Map<string, number[]>();
for (let round = 0; round < rounds; round++) {
  for (const c of cases) {
    const before = enginePid ? processCpuSeconds(enginePid) : undefined;
    const ms = await run(c);
    const after = enginePid ? processCpuSeconds(enginePid) : undefined;
    (times.get(c.operation) ?? times.set(c.operation, []).get(c.operation)!).push(ms);
    if (before !== undefined && after !== undefined) (cpu.get(c.operation) ?? cpu.set(c.operation, []).get(c.operation)!).push((after - before) * 1000);
    if (values.verbose) console.log(`${c.operation} ${JSON.stringify(c.variables)} ${ms.toFixed(1)} ms${before !== undefined && after !== undefined ? `, engine CPU ${((after - before) * 1000).toFixed(0)} ms` : ''}`);
  }
}
const loadAfter = os.loadavg();
await server.close();
await db.close();

const at = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
console.log(`reach queries on ${relationships.toLocaleString('en-US')} relationships, ${rounds} rounds, ${os.cpus().length} cores`);
console.log(`load average before ${loadBefore.map((l) => l.toFixed(2)).join(' ')}, after ${loadAfter.map((l) => l.toFixed(2)).join(' ')}`);
console.log('operation               requests   p50 ms   p99 ms   max ms   engine CPU ms/request: mean   p50   p99');
for (const [operation, list] of times) {
  const sorted = [...list].sort((a, b) => a - b);
  // The engine's CPU time per request (from /proc, 10 ms ticks): what the engine itself spent, which
  // queueing for CPU behind other processes on a busy machine does not inflate.
  const engine = [...(cpu.get(operation) ?? [])].sort((a, b) => a - b);
  const engineCpu = engine.length > 0 ? `${(engine.reduce((a, b) => a + b, 0) / engine.length).toFixed(1).padStart(6)} ${at(engine, 0.5).toFixed(0).padStart(5)} ${at(engine, 0.99).toFixed(0).padStart(5)}` : '—';
  console.log(`${operation.padEnd(22)} ${String(list.length).padStart(9)} ${at(sorted, 0.5).toFixed(1).padStart(8)} ${at(sorted, 0.99).toFixed(1).padStart(8)} ${sorted.at(-1)!.toFixed(1).padStart(8)}   ${engineCpu}`);
}
