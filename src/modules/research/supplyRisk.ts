/**
 * Supply risk: the commodities a country depends on, ranked by how much of its consumption it
 * imports (USGS net import reliance) and how concentrated world supply is (HHI over the USGS world
 * production shares), each factor shown with the relationship it was read from. One statement reads
 * the country's reliance figures for the year, each commodity's world shares and its ranked import
 * sources; the ranking is computed here (pure, unit-tested) so that the rule is one readable
 * function: `score = (reliance / 100) × (HHI / 10,000)`.
 *
 * Also `Commodity.importDependence`: one commodity's reliance by year and form, and its ranked
 * import sources, for one country (a DataLoader over the commodities of a request).
 */
import DataLoader from 'dataloader';
import { z } from 'zod';
import { checkId, checkRange } from '../../args.js';
import type { Context } from '../../context.js';
import type { Database } from '../../db/database.js';
import { numberOrNull, roundFigure, textOrNull } from '../../db/values.js';
import { BadUserInputError, NotFoundError } from '../../errors.js';
import type { QueryResolvers, Resolvers, SupplyRiskOrder } from '../../generated/resolvers.js';
import { parseEntity, type EntityRecord } from '../entity/entity.model.js';
import { toRelationship, type RelationshipRecord } from '../relationship/relationship.model.js';
import { hhi } from './concentration.js';
import { importDependenceStatement, supplyRiskStatement } from './supplyRisk.queries.js';

export const MAX_SUPPLY_RISK_ITEMS = 200;

export const SUPPLY_RISK_METHOD =
  'score = (reliance / 100) × (HHI / 10,000): the share of apparent consumption met by net imports (USGS net import reliance; of a commodity\'s forms, the highest in the year; a bound counts at its value) times the Herfindahl–Hirschman index of world production (the most concentrated stage and measure the USGS world table gives for the year, else its nearest year). A net exporter scores 0; a withheld or unavailable reliance, or a commodity without world shares, has no score and ranks last.';

const rowSchema = z.object({
  country: z.unknown(),
  years: z.array(z.number()),
  year: z.number().nullable(),
  items: z.array(
    z.object({
      commodity: z.unknown(),
      figures: z.array(z.record(z.string(), z.unknown())),
      shares: z.array(z.object({ producer: z.unknown(), properties: z.record(z.string(), z.unknown()) })),
      sources: z.array(z.object({ country: z.unknown(), properties: z.record(z.string(), z.unknown()) })),
    }),
  ),
});

export interface SupplyConcentrationRecord {
  stage: string | null;
  year: number;
  usgsType: string | null;
  hhi: number;
  topProducer: EntityRecord;
  topShare: number;
  producers: number;
  coverage: number;
  sourceIds: string[];
}

export interface SupplyRiskItemRecord {
  rank: number;
  commodity: EntityRecord;
  score: number | null;
  reliance: RelationshipRecord;
  otherForms: RelationshipRecord[];
  concentration: SupplyConcentrationRecord | null;
  importSources: RelationshipRecord[];
}

export interface SupplyRiskRecord {
  country: EntityRecord;
  year: number;
  years: number[];
  method: string;
  items: SupplyRiskItemRecord[];
  reason: string | null;
}


/** A reliance figure as a number for ranking: its value (a bound at its value), 0 for a net exporter, null without a figure. */
export function relianceValue(figure: Record<string, unknown>): number | null {
  if (figure.relianceStatus === 'NET_EXPORTER') return 0;
  return figure.relianceStatus === 'REPORTED' ? numberOrNull(figure.reliance) : null;
}

/**
 * World concentration of one commodity for a year: per stage and USGS measure of that year (or,
 * without shares that year, the nearest year that has them), one share per producer (the largest),
 * and of those measures the most concentrated one.
 */
export function worldConcentration(shares: { producer: EntityRecord; properties: Record<string, unknown> }[], year: number): SupplyConcentrationRecord | null {
  const years = [...new Set(shares.map((s) => numberOrNull(s.properties.year)).filter((y): y is number => y !== null))];
  if (years.length === 0) return null;
  const nearest = years.sort((a, b) => Math.abs(a - year) - Math.abs(b - year) || b - a)[0]!;
  const groups = new Map<string, Map<string, { producer: EntityRecord; share: number; sources: string[] }>>();
  for (const s of shares) {
    if (numberOrNull(s.properties.year) !== nearest) continue;
    const key = `${textOrNull(s.properties.stage)}|${textOrNull(s.properties.usgsType)}`;
    const byProducer = groups.get(key) ?? groups.set(key, new Map()).get(key)!;
    const share = numberOrNull(s.properties.share) ?? 0;
    if ((byProducer.get(s.producer.id)?.share ?? -1) < share) {
      byProducer.set(s.producer.id, { producer: s.producer, share, sources: (Array.isArray(s.properties.sources) ? s.properties.sources : []).map(String) });
    }
  }
  let best: SupplyConcentrationRecord | null = null;
  for (const [key, byProducer] of groups) {
    const list = [...byProducer.values()].sort((a, b) => b.share - a.share || a.producer.id.localeCompare(b.producer.id));
    const [stage, usgsType] = key.split('|').map((v) => (v === 'null' ? null : v));
    const candidate: SupplyConcentrationRecord = {
      stage: stage ?? null,
      year: nearest,
      usgsType: usgsType ?? null,
      hhi: roundFigure(hhi(list.map((p) => p.share))),
      topProducer: list[0]!.producer,
      topShare: list[0]!.share,
      producers: list.length,
      coverage: roundFigure(list.reduce((sum, p) => sum + p.share, 0)),
      sourceIds: [...new Set(list.flatMap((p) => p.sources))].sort(),
    };
    if (!best || candidate.hhi > best.hhi || (candidate.hhi === best.hhi && (candidate.stage ?? '') < (best.stage ?? ''))) best = candidate;
  }
  return best;
}

export interface SupplyRiskArgs {
  country: string;
  year: number | null;
  orderBy: SupplyRiskOrder;
  first: number;
}

type SupplyRiskRow = z.infer<typeof rowSchema>;

/** The ranking from the statement's row (pure). */
export function rankSupplyRisk(row: SupplyRiskRow, year: number, { orderBy, first }: Pick<SupplyRiskArgs, 'orderBy' | 'first'>): SupplyRiskRecord {
  const country = parseEntity(row.country);
  const items = row.items.map((item) => {
    const commodity = parseEntity(item.commodity);
    const figures = [...item.figures].sort((a, b) => (relianceValue(b) ?? -1) - (relianceValue(a) ?? -1) || (textOrNull(a.form) ?? '').localeCompare(textOrNull(b.form) ?? ''));
    const chosen = figures[0]!;
    const concentration = worldConcentration(item.shares.map((s) => ({ producer: parseEntity(s.producer), properties: s.properties })), year);
    const reliance = relianceValue(chosen);
    const sameForm = (p: Record<string, unknown>) => (p.form ?? null) === (chosen.form ?? null);
    return {
      commodity,
      reliance: toRelationship('IMPORTS', chosen, country, commodity),
      otherForms: figures.slice(1).map((f) => toRelationship('IMPORTS', f, country, commodity)),
      concentration,
      score: reliance === null || concentration === null ? null : roundFigure((reliance / 100) * (concentration.hhi / 10_000)),
      relianceNumber: reliance,
      importSources: item.sources
        .filter((s) => sameForm(s.properties))
        .sort((a, b) => (numberOrNull(a.properties.rank) ?? 99) - (numberOrNull(b.properties.rank) ?? 99))
        .map((s) => toRelationship('IMPORTS_FROM', s.properties, country, parseEntity(s.country))),
    };
  });
  const key = (i: (typeof items)[number]): number | null =>
    orderBy === 'RELIANCE' ? i.relianceNumber : orderBy === 'CONCENTRATION' ? (i.concentration?.hhi ?? null) : i.score;
  items.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka === null || kb === null) return ka === kb ? a.commodity.name.localeCompare(b.commodity.name) : ka === null ? 1 : -1;
    return kb - ka || (b.relianceNumber ?? -1) - (a.relianceNumber ?? -1) || a.commodity.name.localeCompare(b.commodity.name);
  });
  return {
    country,
    year,
    years: row.years,
    method: SUPPLY_RISK_METHOD,
    items: items.slice(0, first).map(({ relianceNumber: _r, ...item }, i) => ({ ...item, rank: i + 1 })),
    reason: items.length > 0 ? null : `No net import reliance figures for ${country.name}: the USGS figures loaded cover the United States only.`,
  };
}

/** The ranking, or undefined when no country has that id. The year defaults to the latest with figures. */
export async function supplyRiskOf(db: Database, args: SupplyRiskArgs): Promise<SupplyRiskRecord | undefined> {
  const statement = supplyRiskStatement({ country: args.country, year: args.year });
  const [raw] = await db.read(statement.name, statement.cypher, statement.params);
  if (!raw) return undefined;
  const row = rowSchema.parse(raw);
  if (args.year !== null && row.years.length > 0 && !row.years.includes(args.year)) {
    throw new BadUserInputError(`"year" ${args.year} has no import reliance figures for ${parseEntity(row.country).name}; years with figures: ${row.years.join(', ')}.`, 'year');
  }
  return rankSupplyRisk(row, row.year ?? args.year ?? new Date().getUTCFullYear(), args);
}

export const supplyRisk: NonNullable<QueryResolvers['supplyRisk']> = async (_parent, args, ctx) => {
  checkId(args.of, 'of');
  const first = args.first ?? 50;
  checkRange(first, 'first', 1, MAX_SUPPLY_RISK_ITEMS);
  if (args.year != null) checkRange(args.year, 'year', 1900, 2100);
  const found = await ctx.repositories.research.supplyRisk({ country: args.of, year: args.year ?? null, orderBy: args.orderBy ?? 'SCORE', first });
  if (!found) {
    const entity = await ctx.loaders.entityById.load(args.of);
    if (entity) throw new BadUserInputError(`"of" must be a country; ${args.of} is a ${entity.label}.`, 'of');
    throw new NotFoundError('country', args.of);
  }
  ctx.rows.spend(found.items);
  return found;
};
// ── Commodity.importDependence ─────────────────────────────────────────────────────────────────

const dependenceRowSchema = z.object({
  commodity: z.string(),
  country: z.unknown(),
  entity: z.unknown(),
  reliance: z.array(z.record(z.string(), z.unknown())),
  sources: z.array(z.object({ country: z.unknown(), properties: z.record(z.string(), z.unknown()) })),
});

export interface ImportDependenceRecord {
  country: EntityRecord;
  reliance: RelationshipRecord[];
  sources: RelationshipRecord[];
}

/** Per request and (country, year): the import dependence of each commodity asked for, in one statement. */
export function importDependenceLoader(db: Database, country: string, year: number | null): DataLoader<string, ImportDependenceRecord | null> {
  return new DataLoader(async (commodities) => {
    const statement = importDependenceStatement({ country, commodities: [...commodities], year });
    const rows = await db.read(statement.name, statement.cypher, statement.params);
    const byId = new Map(
      rows.map((raw) => {
        const row = dependenceRowSchema.parse(raw);
        const importer = parseEntity(row.country);
        const commodity = parseEntity(row.entity);
        return [
          row.commodity,
          {
            country: importer,
            reliance: row.reliance.map((p) => toRelationship('IMPORTS', p, importer, commodity)),
            sources: row.sources.map((s) => toRelationship('IMPORTS_FROM', s.properties, importer, parseEntity(s.country))),
          },
        ];
      }),
    );
    return commodities.map((id) => byId.get(id) ?? null);
  });
}

/** One loader per (country, year) a request asks about, made on first use. */
export function importDependenceLoaders(db: Database): (country: string, year: number | null) => DataLoader<string, ImportDependenceRecord | null> {
  const made = new Map<string, DataLoader<string, ImportDependenceRecord | null>>();
  return (country, year) => {
    const key = `${country}|${year ?? ''}`;
    const loader = made.get(key) ?? importDependenceLoader(db, country, year);
    made.set(key, loader);
    return loader;
  };
}

export const supplyRiskResolvers: Resolvers = {
  Query: { supplyRisk },
  SupplyConcentration: {
    sources: async (c, _args, ctx) => (await ctx.loaders.entityById.loadMany(c.sourceIds)).filter((s): s is EntityRecord => s !== null && !(s instanceof Error)),
  },
  Commodity: {
    importDependence: async (commodity, args, ctx: Context) => {
      const country = args.country ?? 'country:US';
      checkId(country, 'country');
      if (args.year != null) checkRange(args.year, 'year', 1900, 2100);
      const found = await ctx.loaders.importDependence(country, args.year ?? null).load(commodity.id);
      if (!found) {
        // Nothing read: either the country does not exist, or the commodity (a stale parent) no longer does.
        const importer = await ctx.loaders.entityById.load(country);
        if (!importer || importer.label !== 'Country') throw new NotFoundError('country', country);
        return null;
      }
      return found;
    },
  },
};
