/**
 * The synthetic supply-chain graph, planned in memory (no database): pure, the same options give the
 * same graph. bench/write.ts writes a plan into Neo4j; bench/generate.ts is the command line.
 * The shape and the known facts are described in bench/README.md.
 */
import neo4j from 'neo4j-driver';
import { ID_PREFIX, type EntityKind } from '../src/model/kinds.js';
import { RELATIONSHIP_TYPES, type DerivedRelationshipType, type RelationshipType } from '../src/model/relationships.js';
import { periodBounds } from '../src/model/dates.js';

export const DEFAULT_SEED = 20250720;
/** Depth of the planted supplier chain (see `known.upstreamChain`). */
export const CHAIN_DEPTH = 5;

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
    /**
     * Trade series exporter → importer of a commodity (TradeObservation nodes with EXPORTER, IMPORTER, OF):
     * the reported points in period order. Some periods are missing and the next point reports its change
     * against the missing one, so the API can back-compute them.
     */
    trade: { exporter: string; importer: string; commodity: string; reported: { period: string; quantity: number }[] }[];
    /** Words of synthetic company names, for full-text search (each matches several companies). */
    searchTexts: string[];
  };
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

export type PlannedKind = 'Source' | 'Country' | 'Sector' | 'Commodity' | 'Company' | 'Policy' | 'TradeObservation';
export type Props = Record<string, unknown>;

/** One relationship type between one pair of kinds, as parallel columns (compact for millions of rows). */
export interface EdgeGroup {
  type: RelationshipType | DerivedRelationshipType;
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
  TradeObservation: (i) => `${ID_PREFIX.TradeObservation}:syn-t${pad(i + 1, 5)}`,
};

/** Boundaries of four tiers over [0, n): 10% / 20% / 30% / 40%. tierStart[t]..tierStart[t+1]. */
function tiers(n: number): number[] {
  const b1 = Math.max(1, Math.round(n * 0.1));
  const b2 = Math.max(b1 + 1, Math.round(n * 0.3));
  const b3 = Math.max(b2 + 1, Math.round(n * 0.6));
  return [0, b1, b2, b3, n];
}
const tierOf = (bounds: number[], i: number) => (i < bounds[1]! ? 0 : i < bounds[2]! ? 1 : i < bounds[3]! ? 2 : 3);

/**
 * The planted trade series (a few, whatever the size): exporter and importer by country index, the
 * commodity by tier, the periods, and which of them are missing (the point after each missing one
 * reports its change against it).
 */
const months = (from: number, to: number) => Array.from({ length: (to - from + 1) * 12 }, (_, i) => `${from + Math.floor(i / 12)}-${pad((i % 12) + 1, 2)}`);
const quarters = (from: number, to: number) => Array.from({ length: (to - from + 1) * 4 }, (_, i) => `${from + Math.floor(i / 4)}-Q${(i % 4) + 1}`);
const TRADE_SERIES = [
  // (Not countries 1 → 2 of commodity 0: test/integration/synthetic.test.ts writes its own series there.)
  { exporter: 4, importer: 5, commodityTier: 0, periods: months(2023, 2024), missing: ['2023-06', '2024-03'], basis: 'MONTH_ON_MONTH' },
  { exporter: 6, importer: 4, commodityTier: 1, periods: quarters(2022, 2024), missing: ['2023-Q2'], basis: 'PERIOD_ON_PERIOD' },
] as const;

/** Sizes per kind for a given total; SUPPLIES takes what the rest leaves. */
export function graphSizes(relationships: number) {
  return {
    Source: SOURCE_COUNT,
    Country: Math.min(200, Math.max(20, Math.round(Math.sqrt(relationships) / 5))),
    Sector: SECTOR_COUNT,
    Commodity: Math.max(40, Math.round(relationships * 0.02)),
    Company: Math.max(30, Math.round(relationships * 0.07)),
    Policy: Math.min(500, Math.max(5, Math.round(relationships / 5000))),
    TradeObservation: TRADE_SERIES.reduce((n, t) => n + t.periods.length - t.missing.length, 0),
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
  const commodityNames = Array.from({ length: C }, (_, i) => `${word(rng, 2)} ${STAGES[tierOf(cTier, i)]?.toLowerCase().replace('_', ' ')} ${i}`);
  const companyNames = Array.from({ length: N }, (_, i) => `${word(rng, 3)} ${COMPANY_SUFFIX[tierOfCompany(i)]} ${i}`);
  const policyType = Array.from({ length: P }, () => rng.pick(POLICY_TYPES));
  const policyStatus = Array.from({ length: P }, () => rng.pick(POLICY_STATUS));
  const policyAnnounced = Array.from({ length: P }, () => `202${rng.int(0, 5)}-${pad(rng.int(1, 12), 2)}-${pad(rng.int(1, 28), 2)}`);

  const nodeProps = (kind: PlannedKind, i: number): Props => {
    const id = syntheticId[kind](i);
    switch (kind) {
      case 'TradeObservation':
        return { id, synthetic: true, ...trades[i]!.props };
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

  // Trade observations, from their own generator so that they leave every other draw as it was.
  const tradeRng = new Rng(seed ^ 0x7a3e);
  const trades: { props: Props; exporter: number; importer: number; commodity: number }[] = [];
  const tradeKnown: GeneratedGraphSummary['known']['trade'] = [];
  for (const series of TRADE_SERIES) {
    const commodity = cTier[series.commodityTier]!;
    const quantities = series.periods.map(() => tradeRng.int(100, 5000));
    const reported: { period: string; quantity: number }[] = [];
    series.periods.forEach((period, k) => {
      if ((series.missing as readonly string[]).includes(period)) return;
      const before = series.periods[k - 1];
      const reportsChange = before !== undefined && (series.missing as readonly string[]).includes(before);
      const { start, end } = periodBounds(period);
      trades.push({
        exporter: series.exporter,
        importer: series.importer,
        commodity,
        props: {
          name: `${countryNames[series.exporter]} → ${countryNames[series.importer]}: ${commodityNames[commodity]}, ${period}`,
          exporter: syntheticId.Country(series.exporter),
          importer: syntheticId.Country(series.importer),
          commodity: syntheticId.Commodity(commodity),
          period,
          periodStart: start,
          periodEnd: end,
          quantity: quantities[k]!,
          unit: 't',
          changeBases: reportsChange ? [series.basis] : [],
          changePercents: reportsChange ? [Math.round((quantities[k]! / quantities[k - 1]! - 1) * 1000) / 10] : [],
          changeComparedTo: reportsChange ? [before] : [],
        },
      });
      reported.push({ period, quantity: quantities[k]! });
    });
    tradeKnown.push({ exporter: syntheticId.Country(series.exporter), importer: syntheticId.Country(series.importer), commodity: syntheticId.Commodity(commodity), reported });
  }
  const exporter = group('EXPORTER', 'TradeObservation', 'Country');
  const importer = group('IMPORTER', 'TradeObservation', 'Country');
  const of = group('OF', 'TradeObservation', 'Commodity');
  const tradeSources = group('REPORTED_IN', 'TradeObservation', 'Source');
  trades.forEach((t, i) => {
    const source = tradeRng.inRange(0, SOURCE_COUNT);
    for (const [g, to] of [[exporter, t.exporter], [importer, t.importer], [of, t.commodity]] as const) {
      g.from.push(i);
      g.to.push(to);
      g.source.push(source);
    }
    tradeSources.from.push(i);
    tradeSources.to.push(source);
    tradeSources.source.push(source);
  });

  // Import dependence, from its own generator so that it leaves every other draw as it was: each
  // country IMPORTS 2–5 raw or processed materials (a reliance in percent) and names 1–3 of their
  // producers as IMPORTS_FROM sources in rank order (one relationship per pair of countries: the
  // first commodity that pairs them).
  const importRng = new Rng(seed ^ 0x1a90);
  const imports = group('IMPORTS', 'Country', 'Commodity', ['year', 'reliance', 'relianceBound', 'relianceStatus']);
  const importsFrom = group('IMPORTS_FROM', 'Country', 'Country', ['commodity', 'rank']);
  const sourcePairs = new Set<number>();
  for (let k = 0; k < K; k++) {
    for (const c of importRng.distinct(importRng.int(2, 5), 0, cTier[2]!)) {
      imports.from.push(k);
      imports.to.push(c);
      imports.source.push(importRng.inRange(0, SOURCE_COUNT));
      for (const [column, value] of Object.entries({ year: neo4j.int(2024), reliance: importRng.int(5, 100), relianceBound: 'EXACT', relianceStatus: 'REPORTED' })) imports.columns[column]!.push(value);
      let rank = 0;
      for (const { country } of producersOf[c]!.slice(0, 3)) {
        if (country === k || sourcePairs.has(k * K + country)) continue;
        sourcePairs.add(k * K + country);
        importsFrom.from.push(k);
        importsFrom.to.push(country);
        importsFrom.source.push(importRng.inRange(0, SOURCE_COUNT));
        importsFrom.columns.commodity!.push(syntheticId.Commodity(c));
        importsFrom.columns.rank!.push(neo4j.int(++rank));
      }
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
  while (queue.length > 0) {
    for (const next of outputsOf[queue.shift()!]!) {
      if (downstream.has(next)) continue;
      downstream.add(next);
      queue.push(next);
    }
  }
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
      trade: tradeKnown,
      searchTexts: [0, 1, 2, 3, 4].map((k) => companyNames[Math.floor((k * N) / 5)]!.split(' ')[0]!),
    },
  };
  return { summary, counts, nodeProps, groups: orderedGroups };
}

const TYPE_ORDER = [...Object.keys(RELATIONSHIP_TYPES), 'EXPORTER', 'IMPORTER', 'OF', 'REPORTED_IN'];
const typeOrder = (type: string) => TYPE_ORDER.indexOf(type);
