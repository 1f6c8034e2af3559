/**
 * Writes a planned synthetic graph (bench/plan.ts) into Neo4j: nodes first, then relationships grouped
 * by type, in batched UNWIND … CREATE transactions by a few concurrent writers.
 */
import { readFileSync } from 'node:fs';
import { Database } from '../src/db/database.js';
import { applySchema, ID_RELATIONSHIP_TYPES, relationshipConstraintName } from '../src/db/schema.js';
import { ENTITY_KINDS, type EntityKind } from '../src/model/kinds.js';
import { RELATIONSHIP_TYPES } from '../src/model/relationships.js';
import { planGraph, syntheticId, type EdgeGroup, type GeneratedGraphSummary, type PlannedKind } from './plan.js';

export const BATCH_SIZE = 10_000;
export const DEFAULT_CONCURRENCY = 2;

export interface GenerateOptions {
  /** Exact number of relationships to create (REPORTED_IN included). */
  relationships: number;
  seed?: number;
  onProgress?: (message: string) => void;
  /** Rows per UNWIND batch (default 10,000). */
  batchSize?: number;
  /** Relationship batches written at once (default 2: one per core of a small machine). */
  concurrency?: number;
  /**
   * Drop the relationship-id uniqueness constraints of the types written (src/db/schema.ts) while
   * writing, and apply them again afterwards with applySchema (default true), which checks that every
   * id is unique. Maintaining them row by row costs about two thirds of the write rate.
   */
  deferIndexes?: boolean;
  /**
   * The engine's process id, when it runs on this machine (Linux): the timing then also says how many
   * relationships were written per CPU-second the engine spent, a figure other load on a shared machine
   * disturbs far less than the wall-clock rate.
   */
  enginePid?: number;
}

export interface GenerateTiming {
  elapsedMs: number;
  nodeMs: number;
  relationshipMs: number;
  /** Rebuilding the deferred relationship indexes (0 when not deferred). */
  indexMs: number;
  nodesPerSecond: number;
  /** Relationships written per second of the relationship phase. */
  relationshipsPerSecond: number;
  /** The same including the index rebuild. */
  relationshipsPerSecondWithIndexes: number;
  /** Relationship batches that had to be run again (deadlocks between concurrent writers, retried by executeWrite). */
  retriedBatches: number;
  /** CPU-seconds the engine spent on the relationship phase and the index rebuild (when enginePid is given). */
  engineCpuSeconds?: number;
  relationshipsPerEngineCpuSecond?: number;
}

/** user + system CPU seconds of a process, from /proc (Linux); undefined elsewhere. */
export function processCpuSeconds(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

// ── Writing ─────────────────────────────────────────────────────────────────────────────────────

/** Labels and types come from the model's tables; a planned group outside them is a bug here. */
function checkAgainstModel(g: EdgeGroup): void {
  if (g.type === 'REPORTED_IN') {
    if (g.toKind !== 'Source') throw new Error(`REPORTED_IN must point to a Source, not ${g.toKind}`);
    return;
  }
  if (g.type === 'EXPORTER' || g.type === 'IMPORTER' || g.type === 'OF') {
    const to = g.type === 'OF' ? 'Commodity' : 'Country';
    if (g.fromKind !== 'TradeObservation' || g.toKind !== to) throw new Error(`${g.type} must go from a TradeObservation to a ${to}`);
    return;
  }
  const spec = RELATIONSHIP_TYPES[g.type];
  if (!(spec.from as readonly string[]).includes(g.fromKind) || !(spec.to as readonly string[]).includes(g.toKind)) {
    throw new Error(`${g.type} may not connect ${g.fromKind} → ${g.toKind} (src/model/relationships.ts)`);
  }
  for (const name of Object.keys(g.columns)) {
    if (!Object.hasOwn(spec.properties, name)) throw new Error(`${g.type} has no property ${name} (src/model/relationships.ts)`);
  }
}

const createNodes = (kind: EntityKind) => /* cypher */ `
  // bench.generate.nodes ${kind}
  UNWIND $rows AS row
  CREATE (n:Entity:${kind})
  SET n = row
  RETURN collect(n.id) AS ids, collect(elementId(n)) AS elementIds`;

/**
 * Rows are lists `[fromElementId, toElementId, id, source, …extra]` and the properties are written
 * inline. Looking the ends up by element id (returned when the nodes were created) skips two unique-index
 * seeks per row; lists are half the bytes of maps; inline properties avoid the Eager operator that
 * `SET r = row.props` brings.
 */
const createEdges = (g: EdgeGroup) => {
  const extra = Object.keys(g.columns).map((name, k) => `, ${name}: row[${k + 4}]`).join('');
  return /* cypher */ `
  // bench.generate.edges ${g.type} ${g.fromKind}->${g.toKind}
  UNWIND $rows AS row
  MATCH (a) WHERE elementId(a) = row[0]
  MATCH (b) WHERE elementId(b) = row[1]
  CREATE (a)-[r:${g.type} {id: row[2], sources: [row[3]]${extra}}]->(b)
  RETURN count(r) AS written`;
};

function edgeRows(g: EdgeGroup, start: number, end: number, elementIds: Map<string, string>): unknown[][] {
  const rows = new Array<unknown[]>(end - start);
  const fromId = syntheticId[g.fromKind];
  const toId = syntheticId[g.toKind];
  const columns = Object.values(g.columns);
  for (let i = start; i < end; i++) {
    const from = fromId(g.from[i]!);
    const to = toId(g.to[i]!);
    const row: unknown[] = [elementIds.get(from), elementIds.get(to), `${from}|${g.type}|${to}`, syntheticId.Source(g.source[i]!)];
    for (const values of columns) row.push(values[i]);
    rows[i - start] = row;
  }
  return rows;
}

class Progress {
  private last = Date.now();
  constructor(
    private readonly total: { nodes: number; relationships: number },
    private readonly report: (m: string) => void,
    private readonly started = Date.now(),
  ) {}
  nodes = 0;
  relationships = 0;
  relationshipStart = 0;
  tick(force = false) {
    const now = Date.now();
    if (!force && now - this.last < 3_000) return;
    this.last = now;
    const relSeconds = this.relationshipStart ? (now - this.relationshipStart) / 1000 : 0;
    const rate = relSeconds > 0 ? `, ${Math.round(this.relationships / relSeconds).toLocaleString('en-US')} rel/s` : '';
    this.report(
      `  nodes ${this.nodes.toLocaleString('en-US')}/${this.total.nodes.toLocaleString('en-US')}, relationships ${this.relationships.toLocaleString('en-US')}/${this.total.relationships.toLocaleString('en-US')}${rate} (${((now - this.started) / 1000).toFixed(0)} s)`,
    );
  }
}

/**
 * Plans and writes the synthetic graph. The database must hold no synthetic graph yet (the seed may be
 * there); the schema (constraints, indexes) is applied first, since the writes look nodes up by id.
 */
export async function generateGraph(db: Database, options: GenerateOptions): Promise<GeneratedGraphSummary & { timing: GenerateTiming }> {
  const report = options.onProgress ?? (() => {});
  const batchSize = options.batchSize ?? BATCH_SIZE;
  const started = Date.now();
  const plan = planGraph(options);
  report(`Planned ${plan.summary.nodes.toLocaleString('en-US')} nodes and ${plan.summary.relationships.toLocaleString('en-US')} relationships in ${Date.now() - started} ms (seed ${plan.summary.seed}).`);
  for (const g of plan.groups) checkAgainstModel(g);

  await applySchema(db);
  const [existing] = await db.read('bench.generate.check', 'MATCH (s:Source {id: $id}) RETURN count(s) AS n', { id: syntheticId.Source(0) });
  if (Number(existing?.n ?? 0) > 0) {
    throw new Error('The database already holds a synthetic graph (source:syn-1 exists); generate into an empty, throwaway database.');
  }

  const progress = new Progress(plan.summary, report, started);
  let attempts = 0;
  let batches = 0;
  const writeBatch = async (cypher: string, rows: unknown[]) => {
    batches++;
    const [result] = await db.writeTransaction('bench.generate', (tx) => (attempts++, tx.run(cypher, { rows })));
    const written = Number(result?.written ?? 0);
    if (written !== rows.length) throw new Error(`wrote ${written} of ${rows.length} rows (an endpoint is missing?): ${cypher.split('\n')[1]?.trim()}`);
    return written;
  };

  const nodeStart = Date.now();
  const elementIds = new Map<string, string>();
  for (const kind of ENTITY_KINDS) {
    if (!(kind in plan.counts)) continue;
    const k = kind as PlannedKind;
    for (let i = 0; i < plan.counts[k]; i += batchSize) {
      const rows = Array.from({ length: Math.min(batchSize, plan.counts[k] - i) }, (_, j) => plan.nodeProps(k, i + j));
      const [result] = await db.writeTransaction('bench.generate', (tx) => tx.run(createNodes(kind), { rows }));
      const ids = (result?.ids ?? []) as string[];
      const eids = (result?.elementIds ?? []) as string[];
      if (ids.length !== rows.length) throw new Error(`wrote ${ids.length} of ${rows.length} ${kind} nodes`);
      ids.forEach((id, j) => elementIds.set(id, eids[j]!));
      progress.nodes += ids.length;
      progress.tick();
    }
  }
  const nodeMs = Date.now() - nodeStart;

  // Relationships, grouped by type, as batches taken in order by `concurrency` writers (each builds its
  // next batch while the database works; deadlocks between writers are retried by executeWrite).
  const jobs: { g: EdgeGroup; cypher: string; start: number }[] = [];
  for (const g of plan.groups) {
    const cypher = createEdges(g);
    for (let i = 0; i < g.from.length; i += batchSize) jobs.push({ g, cypher, start: i });
  }
  // The relationship-id uniqueness constraints of the types written, by name: dropped while the
  // generated (unique by construction) relationships are written, applied again afterwards, when
  // applySchema refuses loudly (DuplicateIdsError) if any id were written twice.
  const writtenTypes = new Set<string>(plan.groups.map((g) => g.type));
  const deferred = (options.deferIndexes ?? true) ? ID_RELATIONSHIP_TYPES.filter((type) => writtenTypes.has(type)).map(relationshipConstraintName) : [];
  const relationshipStart = Date.now();
  const cpuAtStart = options.enginePid ? processCpuSeconds(options.enginePid) : undefined;
  progress.relationshipStart = relationshipStart;
  let relationshipMs: number;
  let indexMs = 0;
  try {
    for (const name of deferred) await db.write('bench.generate.dropConstraint', `DROP CONSTRAINT ${name} IF EXISTS`);
    let nextJob = 0;
    const writer = async () => {
      for (let job = jobs[nextJob++]; job; job = jobs[nextJob++]) {
        const rows = edgeRows(job.g, job.start, Math.min(job.start + batchSize, job.g.from.length), elementIds);
        const written = await writeBatch(job.cypher, rows); // (not `x += await …`: writers would lose each other's counts)
        progress.relationships += written;
        progress.tick();
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY) }, writer));
    relationshipMs = Date.now() - relationshipStart;
  } finally {
    if (deferred.length > 0) {
      const indexStart = Date.now();
      report(`  applying ${deferred.length} relationship-id constraints…`);
      await applySchema(db);
      indexMs = Date.now() - indexStart;
    }
  }
  progress.tick(true);
  const cpuAtEnd = options.enginePid ? processCpuSeconds(options.enginePid) : undefined;
  const engineCpuSeconds = cpuAtStart !== undefined && cpuAtEnd !== undefined ? Math.round((cpuAtEnd - cpuAtStart) * 10) / 10 : undefined;
  const timing: GenerateTiming = {
    elapsedMs: Date.now() - started,
    nodeMs,
    relationshipMs,
    nodesPerSecond: Math.round(plan.summary.nodes / Math.max(nodeMs / 1000, 0.001)),
    relationshipsPerSecond: Math.round(plan.summary.relationships / Math.max(relationshipMs / 1000, 0.001)),
    indexMs,
    retriedBatches: attempts - batches,
    relationshipsPerSecondWithIndexes: Math.round(plan.summary.relationships / Math.max((relationshipMs + indexMs) / 1000, 0.001)),
    ...(engineCpuSeconds !== undefined
      ? { engineCpuSeconds, relationshipsPerEngineCpuSecond: Math.round(plan.summary.relationships / Math.max(engineCpuSeconds, 0.01)) }
      : {}),
  };
  report(
    `Wrote ${plan.summary.nodes.toLocaleString('en-US')} nodes in ${(nodeMs / 1000).toFixed(1)} s (${timing.nodesPerSecond.toLocaleString('en-US')}/s) and ` +
      `${plan.summary.relationships.toLocaleString('en-US')} relationships in ${(relationshipMs / 1000).toFixed(1)} s (${timing.relationshipsPerSecond.toLocaleString('en-US')} rel/s; ` +
      `${timing.relationshipsPerSecondWithIndexes.toLocaleString('en-US')} rel/s with the ${(indexMs / 1000).toFixed(1)} s index rebuild).`,
  );
  if (timing.engineCpuSeconds !== undefined) {
    report(`  the engine spent ${timing.engineCpuSeconds} CPU-s on it: ${timing.relationshipsPerEngineCpuSecond!.toLocaleString('en-US')} relationships per engine CPU-second.`);
  }
  return { ...plan.summary, timing };
}
