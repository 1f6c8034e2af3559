/**
 * The concentration ranking: every commodity with producer shares for a year (and stage), ranked
 * by HHI. One Cypher statement groups the shares per commodity, stage and measure (USGS's type),
 * so a mineral measured two ways (ilmenite and rutile) is ranked once per measure and never mixed.
 */
import { z } from 'zod';
import type { Database } from '../../db/database.js';
import { roundFigure } from '../../db/values.js';
import { BadUserInputError } from '../../errors.js';
import type { QueryResolvers } from '../../generated/resolvers.js';
import { checkId } from '../../args.js';
import { parseEntity, type EntityRecord } from '../entity/entity.model.js';
import { concentrationRankingStatement, type ConcentrationRankingArgs } from './concentrationRanking.queries.js';

export const MAX_RANKED = 200;

const rowSchema = z.object({
  commodity: z.unknown(),
  stage: z.string().nullable(),
  usgsType: z.string().nullable(),
  hhi: z.number(),
  coverage: z.number(),
  producerCount: z.number(),
  topProducer: z.unknown(),
  topShare: z.number(),
  world: z.object({ quantity: z.number().nullish(), unit: z.string().nullish() }).nullable(),
});

export interface ConcentrationRankRecord {
  rank: number;
  commodity: EntityRecord;
  stage: string | null;
  year: number;
  usgsType: string | null;
  hhi: number;
  topProducer: EntityRecord;
  topShare: number;
  producers: number;
  coverage: number;
  worldTotal: number | null;
  unit: string | null;
}

export async function rankConcentration(db: Database, args: ConcentrationRankingArgs): Promise<ConcentrationRankRecord[]> {
  const statement = concentrationRankingStatement(args);
  const rows = await db.read(statement.name, statement.cypher, statement.params);
  return rows.map((raw, i) => {
    const row = rowSchema.parse(raw);
    return {
      rank: i + 1,
      commodity: parseEntity(row.commodity),
      stage: row.stage,
      year: args.year,
      usgsType: row.usgsType,
      hhi: roundFigure(row.hhi),
      topProducer: parseEntity(row.topProducer),
      topShare: row.topShare,
      producers: row.producerCount,
      coverage: roundFigure(row.coverage),
      worldTotal: row.world?.quantity ?? null,
      unit: row.world?.unit ?? null,
    };
  });
}

export const concentrationRanking: NonNullable<QueryResolvers['concentrationRanking']> = async (_parent, args, ctx) => {
  const { year, stage, source } = args;
  const minProducers = args.minProducers ?? 1;
  const first = args.first ?? 20;
  if (!Number.isInteger(year) || year < 1900 || year > 2100) throw new BadUserInputError('"year" must be a year between 1900 and 2100.', 'year');
  if (!Number.isInteger(first) || first < 1 || first > MAX_RANKED) throw new BadUserInputError(`"first" must be between 1 and ${MAX_RANKED}.`, 'first');
  if (!Number.isInteger(minProducers) || minProducers < 1 || minProducers > 1000) throw new BadUserInputError('"minProducers" must be between 1 and 1000.', 'minProducers');
  if (stage != null && (stage.trim() === '' || stage.length > 50)) throw new BadUserInputError('"stage" must be a stage such as mining or refining.', 'stage');
  if (source != null) checkId(source, 'source');
  const ranked = await ctx.repositories.research.concentrationRanking({ year, stage: stage ?? null, source: source ?? null, minProducers, first });
  return ctx.rows.spend(ranked);
};
