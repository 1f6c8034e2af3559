import type { GraphQLResolveInfo } from 'graphql';
import { checkFirst } from '../../args.js';
import type { Context } from '../../context.js';
import { connectionNodesOf, selectionOf } from '../tree/tree.js';
import type { Resolvers } from '../../generated/resolvers.js';
import type { ConnectionKind } from '../../model/filters.js';
import type { Page, PageRequest } from './connection.repository.js';

export const MAX_PAGE_SIZE = 100;

/** `pageInfo` of any page, a root list's or a relationship field's: its cursors are its edges' first and last. */
export const pageInfoOf = (page: { hasNextPage: boolean; hasPreviousPage: boolean; edges: { cursor?: string | null }[] }) => ({
  hasNextPage: page.hasNextPage,
  hasPreviousPage: page.hasPreviousPage,
  startCursor: page.edges[0]?.cursor ?? null,
  endCursor: page.edges.at(-1)?.cursor ?? null,
});

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
  pageInfo: pageInfoOf,
  totalCount: (page: Page) => page.count(),
};

// One root field and one connection type per kind of model/filters.ts CONNECTION_ROOT_FIELDS
// (test/unit/schema-tables.test.ts checks the two lists agree), each type-checked against the schema.
export const connectionResolvers: Resolvers = {
  Query: {
    countries: list('Country'),
    regions: list('Region'),
    commodities: list('Commodity'),
    companies: list('Company'),
    officials: list('Official'),
    organizations: list('Organization'),
    policies: list('Policy'),
    sectors: list('Sector'),
    events: list('Event'),
    sources: list('Source'),
  },
  CountryConnection: connectionFields,
  RegionConnection: connectionFields,
  CommodityConnection: connectionFields,
  CompanyConnection: connectionFields,
  OfficialConnection: connectionFields,
  OrganizationConnection: connectionFields,
  PolicyConnection: connectionFields,
  SectorConnection: connectionFields,
  EventConnection: connectionFields,
  SourceConnection: connectionFields,
};
