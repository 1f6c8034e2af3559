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
 * The total number of relationships is exactly `options.relationships` (SUPPLIES fills what the
 * other types leave).
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import neo4j from 'neo4j-driver';
import { Database } from '../src/db/database.js';
import { freePort, startEngine, type RunningEngine } from '../src/db/localEngine.js';
import { applySchema, ID_RELATIONSHIP_TYPES, relationshipConstraintName } from '../src/db/schema.js';
import { createLogger } from '../src/logger.js';
import { ENTITY_KINDS, ID_PREFIX, type EntityKind } from '../src/model/kinds.js';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../src/model/relationships.js';

export const DEFAULT_SEED = 20250720;
export const BATCH_SIZE = 10_000;
export const DEFAULT_CONCURRENCY = 2;
/** Depth of the planted supplier chain (see `known.upstreamChain`). */
export const CHAIN_DEPTH = 5;

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

export interface GeneratedGraphSummary {
  seed: number;
  nodes: number;
  relationships: number;
  nodesByKind: Partial<Record<EntityKind, number>>;
  relationshipsByType: Record<string, number>;
  /** Well-known ids with facts computed from the generator, without the database. */
  known: {
    sources: string[];
    /** The country with the most PRODUCES relationships. */
    topProducer: { country: string; produces: number };
    /** The country most companies are headquartered in, and another with few. */
    topHeadquarters: { country: string; companies: number };
    smallHeadquarters: { country: string; companies: number };
    /**
     * A directed value-chain path raw material → product over INPUT_TO (downstream). Tiers are strictly
     * consecutive, so EVERY directed INPUT_TO path between these two has exactly `hops` relationships.
     */
    knownPath: { from: string; to: string; hops: number; relationshipType: 'INPUT_TO'; direction: 'OUT'; example: string[] };
    /** A commodity and all its producer countries; HHI on the 0–10,000 scale (shares in percent, squared, summed). */
    concentration: { commodity: string; producers: { country: string; share: number }[]; totalShare: number; hhi: number };
    /**
     * A company whose upstream SUPPLIES chain is exactly `chain` (chain[k+1] supplies chain[k]; each member has
     * exactly one supplier, the last none), so its upstream dependencies have depth exactly `depth`.
     */
    upstreamChain: { company: string; depth: number; chain: string[] };
    /**
     * Downstream exposure of a raw material: the commodities reachable downstream over INPUT_TO, and the
     * companies that MAKES or USES the raw material or any of them.
     */
    exposure: { commodity: string; downstreamCommodities: number; downstreamProducts: number; exposedCompanies: number };
  };
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

// ── PRNG ────────────────────────────────────────────────────────────────────────────────────────

/** mulberry32: small, fast, and the same sequence on every platform. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  /** Index in [start, end). */
  inRange(start: number, end: number): number {
    return start + Math.floor(this.next() * (end - start));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  /** `count` distinct indexes in [start, end) (count ≤ end − start), in draw order. */
  distinct(count: number, start: number, end: number, first?: number): number[] {
    const chosen: number[] = first === undefined ? [] : [first];
    const n = Math.min(count, end - start);
    while (chosen.length < n) {
      const v = this.inRange(start, end);
      if (!chosen.includes(v)) chosen.push(v);
    }
    return chosen;
  }
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ran', 'tor', 'vex', 'sul', 'dar', 'pen', 'qui', 'bel', 'nor', 'ost', 'zen', 'tal', 'mur', 'fen', 'gar', 'hol', 'ix'];
const word = (rng: Rng, parts: number) => {
  let w = '';
  for (let i = 0; i < parts; i++) w += rng.pick(SYLLABLES);
  return w.charAt(0).toUpperCase() + w.slice(1);
};

// ── The plan ────────────────────────────────────────────────────────────────────────────────────

const STAGES = ['RAW_MATERIAL', 'PROCESSED_MATERIAL', 'COMPONENT', 'PRODUCT'] as const;
const PRODUCTION_STAGE = ['mining', 'refining', 'manufacturing', 'assembly'] as const;
const COMPANY_SUFFIX = ['Mining', 'Materials', 'Components', 'Industries'] as const;
const REGIONS = ['Synthetic North', 'Synthetic South', 'Synthetic East', 'Synthetic West'];
const POLICY_TYPES = ['TARIFF', 'EXPORT_CONTROL', 'LICENSING', 'QUOTA', 'SUBSIDY', 'SANCTION'];
const POLICY_STATUS = ['ANNOUNCED', 'IN_FORCE', 'SUSPENDED', 'EXPIRED'];
const SOURCE_COUNT = 8;
const SECTOR_COUNT = 16;

type PlannedKind = 'Source' | 'Country' | 'Sector' | 'Commodity' | 'Company' | 'Policy';
type Props = Record<string, unknown>;

/** One relationship type between one pair of kinds, as parallel columns (compact for millions of rows). */
export interface EdgeGroup {
  type: RelationshipType | 'REPORTED_IN';
  fromKind: PlannedKind;
  toKind: PlannedKind;
  from: number[];
  to: number[];
  source: number[];
  /** Extra properties per row, by name. */
  columns: Record<string, unknown[]>;
}

export interface GraphPlan {
  summary: GeneratedGraphSummary;
  counts: Record<PlannedKind, number>;
  nodeProps: (kind: PlannedKind, index: number) => Props;
  groups: EdgeGroup[];
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
export const syntheticId: Record<PlannedKind, (i: number) => string> = {
  Source: (i) => `${ID_PREFIX.Source}:syn-${i + 1}`,
  Country: (i) => `${ID_PREFIX.Country}:syn-${pad(i + 1, 3)}`,
  Sector: (i) => `${ID_PREFIX.Sector}:syn-${pad(i + 1, 2)}`,
  Commodity: (i) => `${ID_PREFIX.Commodity}:syn-c${pad(i, 6)}`,
  Company: (i) => `${ID_PREFIX.Company}:syn-${pad(i, 6)}`,
  Policy: (i) => `${ID_PREFIX.Policy}:syn-p${pad(i + 1, 4)}`,
};

/** Boundaries of four tiers over [0, n): 10% / 20% / 30% / 40%. tierStart[t]..tierStart[t+1]. */
function tiers(n: number): number[] {
  const b1 = Math.max(1, Math.round(n * 0.1));
  const b2 = Math.max(b1 + 1, Math.round(n * 0.3));
  const b3 = Math.max(b2 + 1, Math.round(n * 0.6));
  return [0, b1, b2, b3, n];
}
const tierOf = (bounds: number[], i: number) => (i < bounds[1]! ? 0 : i < bounds[2]! ? 1 : i < bounds[3]! ? 2 : 3);

/** Sizes per kind for a given total; SUPPLIES takes what the rest leaves. */
export function graphSizes(relationships: number) {
  return {
    Source: SOURCE_COUNT,
    Country: Math.min(200, Math.max(20, Math.round(Math.sqrt(relationships) / 5))),
    Sector: SECTOR_COUNT,
    Commodity: Math.max(40, Math.round(relationships * 0.02)),
    Company: Math.max(30, Math.round(relationships * 0.07)),
    Policy: Math.min(500, Math.max(5, Math.round(relationships / 5000))),
  } satisfies Record<PlannedKind, number>;
}

/** Plans the whole graph in memory. Pure: the same options give the same graph. */
export function planGraph(options: { relationships: number; seed?: number }): GraphPlan {
  const total = options.relationships;
  if (!Number.isSafeInteger(total) || total <= 0) throw new Error(`relationships must be a positive integer, not ${total}`);
  const seed = options.seed ?? DEFAULT_SEED;
  const rng = new Rng(seed);
  const counts = graphSizes(total);
  const K = counts.Country;
  const C = counts.Commodity;
  const N = counts.Company;
  const P = counts.Policy;
  const cTier = tiers(C);
  // Company tier t makes commodities of tier t. Laid out from products down: [0, 40%) make products,
  // [40%, 70%) components, [70%, 90%) processed materials, [90%, 100%) mine raw materials.
  const nBounds = [0, Math.round(N * 0.4), Math.round(N * 0.7), Math.round(N * 0.9), N];
  const tierOfCompany = (i: number) => 3 - tierOf(nBounds, i);
  const companyTierRange = (t: number): [number, number] => [nBounds[3 - t]!, nBounds[4 - t]!];

  // ── node properties (names drawn first, in a fixed order) ──
  const countryNames = Array.from({ length: K }, (_, i) => `${word(rng, 2)}land ${i + 1}`);
  const countryRegion = Array.from({ length: K }, () => rng.pick(REGIONS));
  const sectorNames = Array.from({ length: SECTOR_COUNT }, (_, i) => `${word(rng, 2)} sector ${i + 1}`);
  const commodityNames = Array.from({ length: C }, (_, i) => `${word(rng, 2)} ${STAGES[tierOf(cTier, i)]!.toLowerCase().replace('_', ' ')} ${i}`);
  const companyNames = Array.from({ length: N }, (_, i) => `${word(rng, 3)} ${COMPANY_SUFFIX[tierOfCompany(i)]} ${i}`);
  const policyType = Array.from({ length: P }, () => rng.pick(POLICY_TYPES));
  const policyStatus = Array.from({ length: P }, () => rng.pick(POLICY_STATUS));
  const policyAnnounced = Array.from({ length: P }, () => `202${rng.int(0, 5)}-${pad(rng.int(1, 12), 2)}-${pad(rng.int(1, 28), 2)}`);

  const nodeProps = (kind: PlannedKind, i: number): Props => {
    const id = syntheticId[kind](i);
    switch (kind) {
      case 'Source':
        return {
          id,
          name: `Synthetic benchmark dataset ${i + 1}`,
          title: `Synthetic benchmark dataset ${i + 1}`,
          publisher: 'supplygraph bench/generate.ts',
          url: `https://example.invalid/supplygraph/synthetic/${i + 1}`,
          published: '2025-01-01',
          sourceType: 'DATASET',
          note: 'Synthetic data for tests and benchmarks; not a real source.',
          synthetic: true,
        };
      case 'Country':
        return { id, name: countryNames[i], iso2: `S${pad(i + 1, 3)}`, iso3: `SYN${pad(i + 1, 3)}`, region: countryRegion[i], synthetic: true };
      case 'Sector':
        return { id, name: sectorNames[i], synthetic: true };
      case 'Commodity':
        return { id, name: commodityNames[i], stage: STAGES[tierOf(cTier, i)], unit: tierOf(cTier, i) < 2 ? 't' : 'units', synthetic: true };
      case 'Company':
        return { id, name: companyNames[i], synthetic: true };
      case 'Policy':
        return {
          id,
          name: `Synthetic ${policyType[i]!.toLowerCase().replace('_', ' ')} ${i + 1}`,
          policyType: policyType[i],
          status: policyStatus[i],
          announced: policyAnnounced[i],
          summary: `Synthetic policy ${i + 1} for benchmarks.`,
          synthetic: true,
        };
    }
  };

  // ── relationships ──
  const groups = new Map<string, EdgeGroup>();
  const group = (type: EdgeGroup['type'], fromKind: PlannedKind, toKind: PlannedKind, columns: string[] = []): EdgeGroup => {
    const key = `${type}:${fromKind}:${toKind}`;
    let g = groups.get(key);
    if (!g) {
      g = { type, fromKind, toKind, from: [], to: [], source: [], columns: Object.fromEntries(columns.map((c) => [c, []])) };
      groups.set(key, g);
    }
    return g;
  };
  const add = (g: EdgeGroup, from: number, to: number, extra: Record<string, unknown> = {}) => {
    g.from.push(from);
    g.to.push(to);
    g.source.push(rng.inRange(0, SOURCE_COUNT));
    for (const [k, v] of Object.entries(extra)) g.columns[k]!.push(v);
  };

  // INPUT_TO: every non-raw commodity has 1–4 inputs from the tier before. The first commodity of each
  // tier takes the first of the tier before as its first input, so raw #0 → … → product #first exists.
  const inputTo = group('INPUT_TO', 'Commodity', 'Commodity');
  const inputsOf: number[][] = Array.from({ length: C }, () => []);
  const outputsOf: number[][] = Array.from({ length: C }, () => []);
  for (let c = cTier[1]!; c < C; c++) {
    const t = tierOf(cTier, c);
    const first = c === cTier[t] ? cTier[t - 1]! : undefined;
    for (const input of rng.distinct(rng.int(1, 4), cTier[t - 1]!, cTier[t]!, first)) {
      add(inputTo, input, c);
      inputsOf[c]!.push(input);
      outputsOf[input]!.push(c);
    }
  }

  // PRODUCES: 1–6 producer countries per commodity; shares sum to 0.6–1.0 (floored to 4 decimals, so ≤ 1).
  const produces = group('PRODUCES', 'Country', 'Commodity', ['share', 'stage', 'year']);
  const producersOf: { country: number; share: number }[][] = Array.from({ length: C }, () => []);
  for (let c = 0; c < C; c++) {
    const countries = rng.distinct(rng.int(1, 6), 0, K);
    const totalShare = 0.6 + 0.4 * rng.float();
    const weights = countries.map(() => 0.05 + rng.float());
    const sum = weights.reduce((a, b) => a + b, 0);
    countries.forEach((country, k) => {
      const share = Math.floor((totalShare * weights[k]!) / sum * 10_000) / 10_000;
      producersOf[c]!.push({ country, share });
      add(produces, country, c, { share, stage: PRODUCTION_STAGE[tierOf(cTier, c)], year: neo4j.int(2024) });
    });
  }

  // IN_SECTOR for commodities and companies; HEADQUARTERED_IN skewed toward low country numbers.
  const commoditySector = group('IN_SECTOR', 'Commodity', 'Sector');
  for (let c = 0; c < C; c++) add(commoditySector, c, rng.inRange(0, SECTOR_COUNT));
  const companySector = group('IN_SECTOR', 'Company', 'Sector');
  const hq = group('HEADQUARTERED_IN', 'Company', 'Country');
  const companiesIn = new Array<number>(K).fill(0);
  for (let n = 0; n < N; n++) {
    add(companySector, n, rng.inRange(0, SECTOR_COUNT));
    const country = Math.min(K - 1, Math.floor(K * rng.float() ** 2));
    companiesIn[country]!++;
    add(hq, n, country);
  }

  // MAKES (1–3 commodities of the company's tier) and USES (1–4 inputs of the tier before, preferring
  // inputs of what it makes).
  const makes = group('MAKES', 'Company', 'Commodity');
  const uses = group('USES', 'Company', 'Commodity');
  const makersOf: number[][] = Array.from({ length: C }, () => []);
  const usesOf: number[][] = Array.from({ length: N }, () => []);
  const madeBy: number[][] = Array.from({ length: N }, () => []);
  for (let n = 0; n < N; n++) {
    const t = tierOfCompany(n);
    for (const c of rng.distinct(rng.int(1, 3), cTier[t]!, cTier[t + 1]!)) {
      add(makes, n, c);
      makersOf[c]!.push(n);
      madeBy[n]!.push(c);
    }
    if (t === 0) continue;
    const candidates = [...new Set(madeBy[n]!.flatMap((c) => inputsOf[c]!))];
    const want = rng.int(1, 4);
    const used: number[] = [];
    while (used.length < Math.min(want, cTier[t]! - cTier[t - 1]!)) {
      const c = candidates.length > 0 && rng.float() < 0.8 ? rng.pick(candidates) : rng.inRange(cTier[t - 1]!, cTier[t]!);
      if (!used.includes(c)) used.push(c);
    }
    for (const c of used) add(uses, n, c);
    usesOf[n] = used;
  }

  // Policies: ISSUED by a country, TARGETS 1–3 countries or commodities, AFFECTS 1–2 sectors.
  const issued = group('ISSUED', 'Country', 'Policy', ['on']);
  const targetsCountry = group('TARGETS', 'Policy', 'Country', ['note']);
  const targetsCommodity = group('TARGETS', 'Policy', 'Commodity', ['note']);
  const affects = group('AFFECTS', 'Policy', 'Sector', ['effect']);
  for (let p = 0; p < P; p++) {
    add(issued, rng.inRange(0, K), p, { on: policyAnnounced[p] });
    const targets = rng.int(1, 3);
    const countries = rng.distinct(targets, 0, K);
    const commodities = rng.distinct(targets, 0, C);
    for (let k = 0; k < targets; k++) {
      if (rng.float() < 0.5) add(targetsCountry, p, countries[k]!, { note: 'synthetic' });
      else add(targetsCommodity, p, commodities[k]!, { note: 'synthetic' });
    }
    for (const s of rng.distinct(rng.int(1, 2), 0, SECTOR_COUNT)) add(affects, p, s, { effect: rng.pick(['restricts supply', 'raises costs', 'eases supply']) });
  }

  // REPORTED_IN: every node but a Source cites one synthetic Source.
  for (const kind of ['Country', 'Sector', 'Commodity', 'Company', 'Policy'] as const) {
    const g = group('REPORTED_IN', kind, 'Source');
    for (let i = 0; i < counts[kind]; i++) {
      const s = rng.inRange(0, SOURCE_COUNT);
      g.from.push(i);
      g.to.push(s);
      g.source.push(s);
    }
  }

  // SUPPLIES: first the planted chain (company k+1 supplies company k, k < CHAIN_DEPTH; the chain's
  // companies take no part in any other SUPPLIES), then random supplier → buyer pairs up to the total.
  const supplies = group('SUPPLIES', 'Company', 'Company', ['commodity']);
  const chain = Array.from({ length: CHAIN_DEPTH + 1 }, (_, k) => k);
  for (let k = 0; k < CHAIN_DEPTH; k++) add(supplies, k + 1, k, { commodity: syntheticId.Commodity(madeBy[k + 1]![0]!) });
  let fixed = 0;
  for (const g of groups.values()) fixed += g.from.length;
  const remaining = total - fixed;
  if (remaining < 0) {
    throw new Error(`--relationships ${total} is too small for this shape: everything but the filler SUPPLIES already takes ${fixed}; ask for at least ${fixed}.`);
  }
  const inChain = (n: number) => n <= CHAIN_DEPTH;
  const seen = new Set<number>();
  for (let k = 0; k < CHAIN_DEPTH; k++) seen.add((k + 1) * N + k);
  const buyersEnd = companyTierRange(1)[1]; // tiers 3..1 are [0, buyersEnd); miners buy nothing
  let made = 0;
  let attempts = 0;
  while (made < remaining) {
    if (++attempts > remaining * 100 + 10_000) throw new Error(`could not place ${remaining} distinct SUPPLIES relationships; ask for fewer relationships`);
    const buyer = rng.inRange(CHAIN_DEPTH + 1, buyersEnd);
    const used = usesOf[buyer]!;
    if (used.length === 0) continue;
    const commodity = rng.pick(used);
    const makers = makersOf[commodity]!;
    let supplier: number;
    if (makers.length > 0 && rng.float() < 0.9) supplier = rng.pick(makers);
    else {
      const [s, e] = companyTierRange(tierOfCompany(buyer) - 1);
      supplier = rng.inRange(s, e);
    }
    if (supplier === buyer || inChain(supplier)) continue;
    const key = supplier * N + buyer;
    if (seen.has(key)) continue;
    seen.add(key);
    add(supplies, supplier, buyer, { commodity: syntheticId.Commodity(commodity) });
    made++;
  }

  // ── summary ──
  const orderedGroups = [...groups.values()].sort((a, b) => typeOrder(a.type) - typeOrder(b.type));
  const relationshipsByType: Record<string, number> = {};
  for (const g of orderedGroups) relationshipsByType[g.type] = (relationshipsByType[g.type] ?? 0) + g.from.length;
  const relationships = Object.values(relationshipsByType).reduce((a, b) => a + b, 0);
  if (relationships !== total) throw new Error(`internal: planned ${relationships} relationships, not ${total}`);

  const producesPerCountry = new Array<number>(K).fill(0);
  for (const c of produces.from) producesPerCountry[c]!++;
  const argmax = (xs: number[]) => xs.reduce((best, x, i) => (x > xs[best]! ? i : best), 0);
  const argminPositive = (xs: number[]) => xs.reduce((best, x, i) => (x > 0 && (xs[best]! === 0 || x < xs[best]!) ? i : best), 0);
  const topProducer = argmax(producesPerCountry);
  const topHq = argmax(companiesIn);
  const smallHq = argminPositive(companiesIn);

  const product = cTier[3]!;
  const example = [0, cTier[1]!, cTier[2]!, product].map(syntheticId.Commodity);

  const concentrationProducers = producersOf[0]!.map((p) => ({ country: syntheticId.Country(p.country), share: p.share }));
  const totalShare = Math.round(concentrationProducers.reduce((a, p) => a + p.share, 0) * 10_000) / 10_000;
  const hhi = Math.round(concentrationProducers.reduce((a, p) => a + (p.share * 100) ** 2, 0) * 100) / 100;

  // Downstream of raw #0 over INPUT_TO, and every company that makes or uses any of it.
  const downstream = new Set<number>([0]);
  const queue = [0];
  while (queue.length > 0) for (const next of outputsOf[queue.shift()!]!) if (!downstream.has(next)) (downstream.add(next), queue.push(next));
  const exposed = new Set<number>();
  for (const c of downstream) for (const n of makersOf[c]!) exposed.add(n);
  for (let n = 0; n < N; n++) if (usesOf[n]!.some((c) => downstream.has(c))) exposed.add(n);

  const summary: GeneratedGraphSummary = {
    seed,
    nodes: Object.values(counts).reduce((a, b) => a + b, 0),
    relationships,
    nodesByKind: { ...counts },
    relationshipsByType,
    known: {
      sources: Array.from({ length: SOURCE_COUNT }, (_, i) => syntheticId.Source(i)),
      topProducer: { country: syntheticId.Country(topProducer), produces: producesPerCountry[topProducer]! },
      topHeadquarters: { country: syntheticId.Country(topHq), companies: companiesIn[topHq]! },
      smallHeadquarters: { country: syntheticId.Country(smallHq), companies: companiesIn[smallHq]! },
      knownPath: { from: example[0]!, to: example[3]!, hops: 3, relationshipType: 'INPUT_TO', direction: 'OUT', example },
      concentration: { commodity: syntheticId.Commodity(0), producers: concentrationProducers, totalShare, hhi },
      upstreamChain: { company: syntheticId.Company(0), depth: CHAIN_DEPTH, chain: chain.map(syntheticId.Company) },
      exposure: {
        commodity: syntheticId.Commodity(0),
        downstreamCommodities: downstream.size - 1,
        downstreamProducts: [...downstream].filter((c) => c >= cTier[3]!).length,
        exposedCompanies: exposed.size,
      },
    },
  };
  return { summary, counts, nodeProps, groups: orderedGroups };
}

const TYPE_ORDER = [...Object.keys(RELATIONSHIP_TYPES), 'REPORTED_IN'];
const typeOrder = (type: string) => TYPE_ORDER.indexOf(type);

// ── Writing ─────────────────────────────────────────────────────────────────────────────────────

/** Labels and types come from the model's tables; a planned group outside them is a bug here. */
function checkAgainstModel(g: EdgeGroup): void {
  if (g.type === 'REPORTED_IN') {
    if (g.toKind !== 'Source') throw new Error(`REPORTED_IN must point to a Source, not ${g.toKind}`);
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
  const rows: unknown[][] = new Array(end - start);
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
  let relationshipMs = 0;
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

// ── CLI ─────────────────────────────────────────────────────────────────────────────────────────

/** Parses `--name value` / `--name=value` flags; numbers may be written 1e6 or 1_000_000. */
export function parseFlags(argv: string[]): Record<string, string> {
  const flags: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) throw new Error(`unexpected argument ${arg}`);
    const eq = arg.indexOf('=');
    if (eq > 0) flags[arg.slice(2, eq)] = arg.slice(eq + 1);
    else if (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--')) flags[arg.slice(2)] = argv[++i]!;
    else flags[arg.slice(2)] = 'true';
  }
  return flags;
}

export function numberFlag(flags: Record<string, string>, name: string, fallback: number): number {
  const raw = flags[name];
  if (raw === undefined) return fallback;
  const value = Number(raw.replace(/_/g, ''));
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a non-negative number, not ${raw}`);
  return value;
}

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

  let engine: RunningEngine | undefined;
  let dataDir: string | undefined;
  let uri = process.env.NEO4J_URI;
  const cleanup = async () => {
    await engine?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };
  process.once('SIGINT', () => void cleanup().finally(() => process.exit(130)));
  try {
    if (!uri) {
      dataDir = await mkdtemp(path.join(os.tmpdir(), 'supplygraph-generate-'));
      engine = await startEngine({ dataDir, port: await freePort(), heapMb: 2048, pageCacheMb: 1024, startTimeoutMs: 180_000, onProgress: log });
      uri = engine.uri;
      log('(throwaway engine: the graph is discarded when this command ends; set NEO4J_URI to keep it)');
    }
    const db = new Database({ uri, username: process.env.NEO4J_USERNAME, password: process.env.NEO4J_PASSWORD, database: process.env.NEO4J_DATABASE, queryTimeoutMs: 60_000, logger });
    try {
      const summary = await generateGraph(db, { relationships, seed, batchSize, concurrency, enginePid: engine?.pid, onProgress: log });
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
