import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context.js';
import { connectionNodesOf, selectionOf } from '../tree/tree.js';
import type { Resolvers } from '../../generated/resolvers.js';
import { CONNECTION_KINDS, CONNECTION_ROOT_FIELDS, type ConnectionKind } from '../../model/filters.js';
import { checkFirst } from '../relationship/relationship.resolvers.js';
import type { Page, PageRequest } from './connection.repository.js';

export const MAX_PAGE_SIZE = 100;

type Args = Omit<PageRequest, 'kind' | 'first'> & { first?: number | null };

const list = (kind: ConnectionKind) => async (_parent: unknown, args: Args, ctx: Context, info: GraphQLResolveInfo) => {
  const first = args.first ?? 20;
  checkFirst(first, 'first', MAX_PAGE_SIZE);
  // The page, its count and everything selected below its entities: one statement (modules/tree).
  const { entityNodes, withCount } = connectionNodesOf(info, `${kind}Connection`, info.fieldNodes);
  const selection = selectionOf(info, entityNodes, [kind]);
  const page = await ctx.repositories.connections.page({ kind, where: args.where, orderBy: args.orderBy, first, after: args.after, selection, withCount });
  ctx.rows.spend(page.edges);
  return page;
};

const connectionFields = {
  nodes: (page: Page) => page.edges.map((e) => e.node),
  pageInfo: (page: Page) => ({
    hasNextPage: page.hasNextPage,
    hasPreviousPage: page.hasPreviousPage,
    startCursor: page.edges[0]?.cursor ?? null,
    endCursor: page.edges.at(-1)?.cursor ?? null,
  }),
  totalCount: (page: Page) => page.count(),
};

export const connectionResolvers = {
  Query: Object.fromEntries(CONNECTION_KINDS.map((kind) => [CONNECTION_ROOT_FIELDS[kind], list(kind)])),
  ...Object.fromEntries(CONNECTION_KINDS.map((kind) => [`${kind}Connection`, connectionFields])),
} as unknown as Resolvers;
