import { checkId } from '../../args.js';
import type { Resolvers } from '../../generated/resolvers.js';
import type { Context } from '../../context.js';
import type { EntityRecord } from './entity.model.js';

/** An unknown id is an answer (null), not an error; a malformed one is BAD_USER_INPUT. */
async function entityOrNull(id: string, ctx: Context): Promise<EntityRecord | null> {
  checkId(id, 'id');
  return (await ctx.loaders.entityById.load(id)) ?? null;
}

const sources = (entity: EntityRecord, _args: unknown, ctx: Context) => ctx.loaders.sourcesOf.load(entity.id).then((found) => ctx.rows.spend(found));
const list = (value: unknown): string[] => (Array.isArray(value) ? (value as string[]) : []);

export const entityResolvers: Resolvers = {
  Query: {
    entity: (_parent, { id }, ctx) => entityOrNull(id, ctx),
    node: (_parent, { id }, ctx) => entityOrNull(id, ctx),
  },
  Node: {
    __resolveType: (entity) => entity.label,
  },
  Entity: {
    __resolveType: (entity) => entity.label,
  },
  Country: { sources },
  Region: { sources },
  Commodity: { sources },
  Company: { sources, tickers: (c) => list(c.tickers) },
  Official: { sources },
  Organization: { sources },
  Policy: { sources },
  Sector: { sources },
  Event: { sources },
  Source: {
    // A source cites itself, so "every entity has sources" holds for sources too.
    sources: (source) => [source],
  },
  TradeObservation: {
    sources,
    estimate: (t) => t.estimate === true,
    changes: (t) =>
      list(t.changeBases).map((basis, i) => ({
        basis: basis as 'MONTH_ON_MONTH' | 'YEAR_ON_YEAR' | 'PERIOD_ON_PERIOD',
        percent: Number((t.changePercents as number[])[i]),
        comparedTo: (t.changeComparedTo as string[])[i] || null,
      })),
  },
};
