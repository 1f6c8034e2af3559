/** The bench's results, as Markdown tables (printed, and what docs/BENCHMARKS.md holds), and the problems that fail a run. */
import type { OverheadResult } from './latency.js';
import type { loadTest } from './load.js';
import type { roundTrips } from './roundtrips.js';
import type { ThroughputSide } from './throughput.js';
import type { GenerateTiming } from './write.js';
import type { ImportTiming } from './import.js';
import type { FirstCall } from './firstCall.js';

export interface SizeRun {
  /** `real data` for the seed and the reference data; synthetic sizes have none. */
  label?: string;
  relationships: number;
  /** The restart before the first calls: the engine's (or clearing the plan cache), and each supplygraph process's warm-up. */
  restart?: { ms: number; warmUpMs: number[] };
  firstCalls?: FirstCall[];
  loadAverageAtStart: number[];
  generator: { nodes: number; relationships: number; relationshipsByType: Record<string, number>; timing: GenerateTiming };
  operations: { name: string; note?: string; neo4jGraphqlCannot?: string; inLoadMix: boolean }[];
  overhead: OverheadResult[];
  vsNeo4jGraphql:
    | {
        operation: string;
        sameAnswer: boolean;
        answers?: unknown;
        supplygraph: ThroughputSide;
        neo4jGraphql: ThroughputSide;
        throughputRatio: number;
        p99Ratio: number;
      }[]
    | { skipped: string };
  roundTrips: { depth: number; small: Awaited<ReturnType<typeof roundTrips>>; large: Awaited<ReturnType<typeof roundTrips>>; equal: boolean; withinDepth: boolean };
  processesAgree: { operation: string; same: boolean; error?: string }[];
  load: Awaited<ReturnType<typeof loadTest>>[];
  /** The bulk-import measurement (bench/import.ts), where run. */
  import?: ImportTiming;
}

export interface BenchResults {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; loadAverageAtStart: number[] };
  versions: Record<string, string | undefined>;
  settings: object;
  runs: SizeRun[];
}

const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : '—');
const int = (n: number) => Math.round(n).toLocaleString('en-US');
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const table = (head: string[], rows: (string | number)[][]) => [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');
const size = (n: number) => (n >= 1_000_000 && n % 1_000_000 === 0 ? `${n / 1_000_000}M` : n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : int(n));
const sizeOf = (run: SizeRun) => (run.label ? `${run.label} (${int(run.relationships)} relationships)` : `${size(run.relationships)}`);

/** Everything that makes a run fail: failed requests and answers that differ. Times never do. */
/** The import figures of a run: `npm run import` into the loaded graph, and `--bulk` into a new database. */
function importLine(timing: ImportTiming): string {
  const { file, fresh, again, bulk } = timing;
  const parts: string[] = [];
  if (fresh && again) {
    parts.push(
      `Import (\`npm run import\`'s code path, ${int(file.relationships)} SUPPLIES + ${int(file.entities)} REPORTED_IN): ${int(fresh.relationshipsPerSecond)} rel/s fresh` +
        (fresh.relationshipsPerEngineCpuSecond ? ` (${int(fresh.relationshipsPerEngineCpuSecond)} per engine CPU-second)` : '') +
        `, ${int(again.relationshipsPerSecond)} rel/s importing the same file again (all unchanged).`,
    );
  }
  if (bulk) {
    parts.push(
      `Bulk import (\`npm run import -- --bulk\`, the same file into a new database with the story and the reference data: ${int(bulk.nodes)} nodes, ${int(bulk.relationships)} relationships): ` +
        `neo4j-admin ${bulk.importSeconds} s, ${int(bulk.importRelationshipsPerSecond)} rel/s; the whole command ${bulk.seconds} s, ${int(bulk.relationshipsPerSecond)} rel/s ` +
        `(checking and staging ${bulk.prepareSeconds} s, constraints and indexes ${bulk.schemaSeconds} s).`,
    );
  }
  return parts.join(' ');
}

export function problems(results: BenchResults): string[] {
  const found: string[] = [];
  for (const run of results.runs) {
    const at = `at ${sizeOf(run)}`;
    for (const f of run.firstCalls ?? []) if (f.error) found.push(`${f.operation} ${at}: its first call after the restart failed (${f.error})`);
    for (const o of run.overhead) {
      if (!o.sameAnswer) found.push(`${o.operation} ${at}: supplygraph and the hand-written Cypher answer differently (${o.firstError})`);
      if (o.errors > 0) found.push(`${o.operation} ${at}: ${o.errors} failed request(s) (${o.firstError})`);
    }
    if (Array.isArray(run.vsNeo4jGraphql)) {
      for (const c of run.vsNeo4jGraphql) {
        if (!c.sameAnswer) found.push(`${c.operation} ${at}: supplygraph and @neo4j/graphql answer differently (${JSON.stringify(c.answers)})`);
        const errors = c.supplygraph.errors + c.neo4jGraphql.errors;
        if (errors > 0) found.push(`${c.operation} ${at}: ${errors} failed request(s) in the throughput comparison (${c.supplygraph.firstError ?? c.neo4jGraphql.firstError})`);
      }
    }
    for (const p of run.processesAgree) if (!p.same) found.push(`${p.operation} ${at}: ${p.error ? `a supplygraph process failed (${p.error.slice(0, 200)})` : 'the supplygraph processes answer differently'}`);
    for (const l of run.load) if (l.errors > 0) found.push(`load ${at}, ${l.clients} clients × ${l.processes} process(es): ${l.errors} errors (${l.firstError})`);
  }
  return found;
}

function sizeTables(run: SizeRun): string {
  const lines: string[] = [];
  const g = run.generator;
  lines.push(
    run.label ? `### ${sizeOf(run)}` : `### ${size(run.relationships)} relationships`,
    '',
    run.label
      ? `Load average at the start of this size: ${run.loadAverageAtStart.join(' ')}. ${int(g.nodes)} nodes, ${int(g.relationships)} relationships, loaded as \`npm start\` loads them in ${(g.timing.elapsedMs / 1000).toFixed(1)} s.`
      : `Load average at the start of this size: ${run.loadAverageAtStart.join(' ')}. Generator: ${int(g.nodes)} nodes, ${int(g.relationships)} relationships; ` +
        `${int(g.timing.relationshipsPerSecond)} rel/s (${int(g.timing.relationshipsPerSecondWithIndexes)} with the index rebuild` +
        (g.timing.relationshipsPerEngineCpuSecond ? `; ${int(g.timing.relationshipsPerEngineCpuSecond)} per engine CPU-second` : '') +
        ').',
    ...(run.import ? ['', importLine(run.import)] : []),
    ...(run.firstCalls ? ['', firstCallTable(run)] : []),
    '',
    '**(a) GraphQL overhead** (ms; supplygraph over HTTP vs the same Cypher written by hand, served by a hand-written HTTP endpoint — Fastify, the driver, JSON — and through the driver alone, interleaved; "same": all gave the same answer)',
    '',
    table(
      ['operation', 'supplygraph median', 'p95', 'p99', 'endpoint median', 'p95', 'p99', 'Cypher median', 'p99', '× endpoint median', '× endpoint p95', '× Cypher median', 'n', 'same'],
      run.overhead.map((o) => {
        const s = o.supplygraphHttp;
        const h = o.handwrittenHttp;
        const d = o.driverCypher;
        if (o.skipped) return [o.operation, `**${o.skipped}**: ${(o.firstError ?? '').replace(/\|/g, '\\|').slice(0, 160)}`, '', '', '', '', '', '', '', '', '', '', 0, o.sameAnswer ? 'yes' : '**NO**'];
        return [
          o.operation,
          fmt(s.median),
          fmt(s.p95),
          fmt(s.p99),
          h ? fmt(h.median) : '—',
          h ? fmt(h.p95) : '—',
          h ? fmt(h.p99) : '—',
          fmt(d.median),
          fmt(d.p99),
          o.ratioHandwrittenMedian !== undefined ? `**${fmt(o.ratioHandwrittenMedian)}**` : '—',
          o.ratioHandwrittenP95 !== undefined ? fmt(o.ratioHandwrittenP95) : '—',
          fmt(o.ratioMedian),
          s.n + (o.budgetSeconds ? ` (${o.budgetSeconds} s budget)` : ''),
          'yes',
        ];
      }),
    ),
  );
  if (Array.isArray(run.vsNeo4jGraphql)) {
    lines.push(
      '',
      `**(b) vs @neo4j/graphql** (8 closed-loop clients, ABBA halves${run.label ? '; "same" compares whole answers as sets here: @neo4j/graphql sorts names case-sensitively and breaks no ties between a commodity\'s several years, so a page of its answer can hold other edges' : ''})`,
      '',
      table(
        ['operation', 'supplygraph req/s', 'p99 ms', 'errors', '@neo4j/graphql req/s', 'p99 ms', 'errors', 'throughput ratio', 'p99 ratio', 'same'],
        run.vsNeo4jGraphql.map((c) => [
          c.operation,
          int(c.supplygraph.throughput),
          fmt(c.supplygraph.latency.p99),
          c.supplygraph.errors,
          int(c.neo4jGraphql.throughput),
          fmt(c.neo4jGraphql.latency.p99),
          c.neo4jGraphql.errors,
          `**${fmt(c.throughputRatio)}**`,
          fmt(c.p99Ratio),
          c.sameAnswer ? 'yes' : '**NO**',
        ]),
      ),
    );
    const cannot = run.operations.filter((o) => o.neo4jGraphqlCannot);
    if (cannot.length > 0) lines.push('', `Not compared, because @neo4j/graphql cannot express them: ${cannot.map((o) => `${o.name} (${o.neo4jGraphqlCannot})`).join('; ')}.`);
  } else lines.push('', `(b) vs @neo4j/graphql: skipped — ${run.vsNeo4jGraphql.skipped}`);
  const r = run.roundTrips;
  lines.push(
    '',
    `**(c) round trips**, 3-level nested query: ${r.small.rows} rows → ${r.small.cypherRoundTrips}, ${r.large.rows} rows → ${r.large.cypherRoundTrips} ` +
      `(equal: ${r.equal ? 'yes' : 'NO'}, ≤ depth 3: ${r.withinDepth ? 'yes' : 'NO'}).`,
  );
  if (run.processesAgree.length > 0) {
    const same = run.processesAgree.every((p) => p.same);
    const failed = run.processesAgree.filter((p) => p.error).map((p) => p.operation);
    const differ = run.processesAgree.filter((p) => !p.same && !p.error).map((p) => p.operation);
    lines.push(
      '',
      `**Several processes**: every operation asked of each supplygraph process: ` +
        (same ? 'the same answers.' : [differ.length > 0 ? `**different answers** for ${differ.join(', ')}` : '', failed.length > 0 ? `a request failed for ${failed.join(', ')} (see (a))` : ''].filter(Boolean).join('; ') + '.'),
    );
  }
  if (run.load.length > 0) {
    lines.push(
      '',
      `**Load** (mix: ${run.operations.filter((o) => o.inLoadMix).map((o) => o.name).join(', ')}; memory of the first process; retained = heap after forced GC at the end minus at the start)`,
      '',
      table(
        ['clients', 'processes', 's', 'requests served', 'req/s', 'errors', 'refused (503, retried)', 'median ms', 'p99 ms', 'RSS MB start/end/max', 'heap MB start/end/max', 'retained MB', 'heap floor MB/min', 'RSS 2nd half MB/min'],
        run.load.map((l) => {
          const m = l.memoryMb;
          return [
            l.clients,
            l.processes + (l.processes > 1 ? ` (${l.perServer.map((p) => `${int(p.requests)} req`).join(' / ')})` : ''),
            l.seconds,
            int(l.requests),
            fmt(l.throughput),
            l.errors,
            int(l.refused ?? 0),
            fmt(l.latency.median),
            fmt(l.latency.p99),
            `${m.rss.start}/${m.rss.end}/${m.rss.max}`,
            `${m.heapUsed.start}/${m.heapUsed.end}/${m.heapUsed.max}`,
            m.heapRetainedAfterGc,
            m.heapFloorSlopeMbPerMin ?? '— (< 30 s)',
            m.rssSlopeSecondHalfMbPerMin ?? '— (< 30 s)',
          ];
        }),
      ),
    );
  }
  return lines.join('\n');
}

/** Each operation's first call after the restart, and the warm-up that came before it. */
function firstCallTable(run: SizeRun): string {
  const calls = run.firstCalls ?? [];
  const restart = run.restart;
  const ms = (n: number | undefined) => (n === undefined || !Number.isFinite(n) ? '—' : int(n));
  return [
    `**First call after a restart** (ms): the engine restarted${restart ? ` (${(restart.ms / 1000).toFixed(1)} s)` : ''}, then each supplygraph process warmed up as \`npm start\` does before "Ready"` +
      (restart ? ` (${restart.warmUpMs.map((w) => `${(w / 1000).toFixed(1)} s`).join(', ')})` : '') +
      `, then each operation once. The bench operations are shapes no documented operation has: their first call plans a new statement. The documented operations (client/operations, as the explorer sends them) on the graph's hubs were planned by the warm-up.`,
    '',
    table(
      ['operation', 'documented', 'supplygraph first call', 'hand-written Cypher first call', 'error'],
      calls.map((f) => [f.operation, f.documented ? 'yes' : 'no', ms(f.supplygraphMs), ms(f.cypherMs), f.error ? f.error.replace(/\|/g, '\\|').slice(0, 120) : '']),
    ),
  ].join('\n');
}

/** How each operation's medians grow with the graph: supplygraph and Cypher per size, and × the previous size. */
function growthTable(runs: SizeRun[]): string {
  const names = [...new Set(runs.flatMap((r) => r.overhead.map((o) => o.operation)))];
  const cell = (o: OverheadResult | undefined, previous: OverheadResult | undefined) => {
    if (!o) return 'not run';
    if (o.skipped) return o.errors > 0 ? 'failed (see above)' : 'answers differ';
    const growth = previous && !previous.skipped ? ` (×${fmt(o.supplygraphHttp.median / previous.supplygraphHttp.median)})` : '';
    return `${fmt(o.supplygraphHttp.median)} / ${fmt(o.driverCypher.median)}${growth}`;
  };
  return table(
    ['operation', ...runs.map((r) => `${sizeOf(r)}: supplygraph / Cypher median ms (× previous size)`)],
    names.map((name) => [name, ...runs.map((r, i) => cell(r.overhead.find((o) => o.operation === name), runs[i - 1]?.overhead.find((o) => o.operation === name)))]),
  );
}

export function toMarkdown(results: BenchResults): string {
  const m = results.machine;
  const v = results.versions;
  const lines = [
    `Run ${results.date}: ${m.cpus} cores (${m.cpuModel}), ${m.memoryGb} GB, load average at start ${m.loadAverageAtStart.join(' ')}; ` +
      Object.entries(v).map(([k, x]) => `${k} ${x}`).join(', ') + '.',
    '',
    `Settings: \`${JSON.stringify(results.settings)}\``,
  ];
  for (const run of results.runs) lines.push('', sizeTables(run));
  const synthetic = results.runs.filter((r) => !r.label);
  if (synthetic.length > 1) lines.push('', '### Growth across sizes', '', growthTable(synthetic));
  const notes = results.runs[0]?.operations.filter((o) => o.note) ?? [];
  if (notes.length > 0) lines.push('', 'What some entries compare:', '', ...notes.map((o) => `- ${o.name}: ${o.note}`));
  const found = problems(results);
  lines.push('', found.length === 0 ? 'No failed requests; every pair of sides gave the same answers.' : `Problems:\n\n${found.map((p) => `- ${p}`).join('\n')}`);
  return lines.join('\n');
}
