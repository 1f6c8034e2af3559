/**
 * `entity(id)` and `node(id)`, and the fields every kind of entity has beyond its stored
 * properties: `sources` (carried in the root statement when selected there, else read through the
 * query tree by the subtree loader), a company's tickers, a trade observation's reported changes (stored as
 * parallel lists, since Neo4j properties hold no maps). The entity itself, with everything selected
 * below it, is read by the query tree (modules/tree) in one statement.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { checkId } from '../../args.js';
import { ENTITY_KINDS, kindOfId } from '../../model/kinds.js';
import { carriedEntities } from '../tree/carry.js';
import { selectionOf } from '../tree/tree.js';
import { SOURCES_SIGNATURE } from '../tree/tree.rows.js';
import type { Resolvers } from '../../generated/resolvers.js';
import type { Context } from '../../context.js';
import type { EntityRecord } from './entity.model.js';

/** An unknown id is an answer (null), not an error; a malformed one is BAD_USER_INPUT. */
async function entityOrNull(id: string, ctx: Context, info: GraphQLResolveInfo): Promise<EntityRecord | null> {
  checkId(id, 'id');
  // The whole selection below the entity is read in this one statement (modules/tree). An id
  // names its kind (every write checks the prefix, src/model/records.ts), so the statement holds
  // only what is selected on that kind: a document with fragments on every kind (the explorer's
  // EntityDetails) becomes a statement the engine plans in a tenth of the time, per kind.
  const kind = kindOfId(id);
  return ctx.repositories.entities.findTree({ id, selection: selectionOf(info, info.fieldNodes, kind ? [kind] : ENTITY_KINDS) });
}

const sources = async (entity: EntityRecord, _args: unknown, ctx: Context, info: GraphQLResolveInfo) =>
  ctx.rows.spend((await ctx.loaders.subtree.carried(entity, info, (parent, key) => carriedEntities(parent, key, SOURCES_SIGNATURE))) ?? []);
const list = (value: unknown): string[] => (Array.isArray(value) ? (value as string[]) : []);

export const entityResolvers: Resolvers = {
  Query: {
    entity: (_parent, { id }, ctx, info) => entityOrNull(id, ctx, info),
    node: (_parent, { id }, ctx, info) => entityOrNull(id, ctx, info),
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
