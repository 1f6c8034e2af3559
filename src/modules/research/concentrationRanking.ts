/**
 * The concentration ranking: every commodity with producer shares for a year (and stage), ranked
 * by HHI. One Cypher statement groups the shares per commodity, stage and measure (USGS's type),
 * so a mineral measured two ways (ilmenite and rutile) is ranked once per measure and never mixed.
 */
import neo4j from 'neo4j-driver';
import { z } from 'zod';
import type { Database } from '../../db/database.js';
import type { Statement } from '../../db/statement.js';
import { roundFigure } from '../../db/values.js';
import { BadUserInputError } from '../../errors.js';
import type { QueryResolvers } from '../../generated/resolvers.js';
import { checkId } from '../../args.js';
import { WORLD_ID } from '../../model/kinds.js';
import { parseEntity, type EntityRecord } from '../entity/entity.model.js';
import { projectEntity } from '../entity/entity.queries.js';

export const MAX_RANKED = 200;

export const CONCENTRATION_RANKING = /* cypher */ `
  // research.concentrationRanking
  MATCH (p:Entity)-[r:PRODUCES WHERE r.year = $year]->(c:Commodity)
  WHERE r.share IS NOT NULL AND ($stage IS NULL OR r.stage = $stage)
    AND ($source IS NULL OR $source IN r.sources) AND NOT p:Region
  // One share per producer and measure: the largest where a producer has several (USGS qualifiers).
  WITH c, r.stage AS stage, r.usgsType AS usgsType, p, max(r.share) AS share
  ORDER BY share DESC, p.id
  WITH c, stage, usgsType, collect({ producer: p, share: share }) AS producers
  WHERE size(producers) >= $minProducers
  WITH c, stage, usgsType, producers,
       reduce(h = 0.0, x IN producers | h + (x.share * 100.0) ^ 2) AS hhi,
       reduce(s = 0.0, x IN producers | s + x.share) AS coverage
  ORDER BY hhi DESC, c.id, stage, usgsType
  LIMIT $first
  WITH c, stage, usgsType, hhi, coverage, producers, producers[0].producer AS top
  RETURN ${projectEntity('c')} AS commodity, stage, usgsType, hhi, coverage, size(producers) AS producerCount,
         ${projectEntity('top')} AS topProducer, producers[0].share AS topShare,
         [(:Region {id: $world})-[w:PRODUCES]->(c)
           WHERE w.year = $year AND w.stage = stage AND coalesce(w.usgsType, '') = coalesce(usgsType, '') | w { .quantity, .unit }][0] AS world`;

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


export interface ConcentrationRankingArgs {
  year: number;
  stage: string | null;
  source: string | null;
  minProducers: number;
  first: number;
}

export const concentrationRankingStatement = (args: ConcentrationRankingArgs): Statement => ({
  name: 'research.concentrationRanking',
  cypher: CONCENTRATION_RANKING,
  params: {
    year: neo4j.int(args.year),
    stage: args.stage,
    source: args.source,
    minProducers: neo4j.int(args.minProducers),
    first: neo4j.int(args.first),
    world: WORLD_ID,
  },
});

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
