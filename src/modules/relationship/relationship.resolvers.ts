/**
 * Resolvers for every relationship connection, built from the field table in src/model, and for
 * the relationship types themselves.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context.js';
import type { Resolvers } from '../../generated/resolvers.js';
import { EDGE_CONNECTIONS } from '../../model/relationshipConnections.js';
import { canonicalUnit, toCanonical } from '../../model/units.js';
import { MAX_SOURCES_PER_ITEM } from '../../model/records.js';
import { RELATIONSHIP_FIELDS, RELATIONSHIP_GRAPHQL_TYPE, type RelationshipField } from '../../model/relationshipFields.js';
import { pageInfoOf } from '../connection/connection.resolvers.js';
import type { EntityRecord } from '../entity/entity.model.js';
import { EdgeConnectionPlan, type EdgeConnectionArgs } from './relationship.connection.js';
import type { EdgeConnectionRecord, RelationshipRecord } from './relationship.model.js';
import { carriedConnection, carriedEntity, connectionSignature } from '../tree/carry.js';
import { singleSignature } from '../tree/tree.rows.js';

export { MAX_RELATIONSHIPS_PER_FIELD } from './relationship.connection.js';

const walk = (coordinate: string, field: RelationshipField) => async (entity: EntityRecord, args: EdgeConnectionArgs, ctx: Context, info: GraphQLResolveInfo) => {
  const signature = connectionSignature(coordinate, args);
  const find = (parent: object, key: string | number) => carriedConnection(parent, key, signature);
  // Read with the root field's statement (modules/tree) when the parent came from it; else read
  // now through the tree, with everything below it, for every entity asking it in this tick.
  let connection = find(entity, info.path.key);
  if (!connection) {
    // Arguments a plan refuses are left out of the tree: the plan reports them, coded.
    const plan = new EdgeConnectionPlan(coordinate, field, args);
    // Nothing read: the entity no longer exists, so its page is empty.
    connection = (await ctx.loaders.subtree.carried(entity, info, find)) ?? { edges: [], hasNextPage: false, hasPreviousPage: plan.hasPreviousPage, totalCount: 0 };
  }
  ctx.rows.spend(connection.edges);
  return connection;
};

/** The single entity at the end of a relationship that always has exactly one (trade observations). */
const single = (fieldName: string) => async (entity: EntityRecord, _args: unknown, ctx: Context, info: GraphQLResolveInfo) => {
  const node = await ctx.loaders.subtree.carried(entity, info, (parent, key) => carriedEntity(parent, key, singleSignature(fieldName)));
  if (!node) throw new Error(`${entity.id} has no ${fieldName}`);
  return node;
};

const entityFields: Record<string, Record<string, unknown>> = {};
for (const [type, fields] of Object.entries(RELATIONSHIP_FIELDS)) {
  entityFields[type] = Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, walk(`${type}.${name}`, field)]));
}

const connectionFields = {
  pageInfo: pageInfoOf,
  totalCount: (page: EdgeConnectionRecord) => page.totalCount ?? 0,
};
const connectionTypes = Object.fromEntries(Object.values(EDGE_CONNECTIONS).map(({ stem }) => [`${stem}Connection`, connectionFields]));

const relationshipFields = {
  // The sources every relationship of the answer cites, read by id in one statement (see
  // RelationshipSelection in modules/tree for why not in the root field's statement).
  sources: async (relationship: RelationshipRecord, _args: unknown, ctx: Context) =>
    (await ctx.loaders.entityById.loadMany(relationship.sourceIds.slice(0, MAX_SOURCES_PER_ITEM))).filter((s): s is EntityRecord => s !== null && !(s instanceof Error)),
};
/** A stated quantity in its dimension's canonical unit (src/model/units.ts), for the types that carry quantities. */
const quantityFields = {
  canonicalQuantity: (relationship: RelationshipRecord) => toCanonical(numberOrNull(relationship.quantity), stringOrNull(relationship.unit))?.quantity ?? null,
  canonicalUnit: (relationship: RelationshipRecord) => canonicalUnit(stringOrNull(relationship.unit))?.unit ?? null,
};
const WITH_QUANTITY = new Set<string>(['ProducesRelationship', 'HasReservesRelationship', 'HasCapacityRelationship', 'HasStatisticRelationship']);
const numberOrNull = (value: unknown) => (typeof value === 'number' ? value : null);
const stringOrNull = (value: unknown) => (typeof value === 'string' ? value : null);
const relationshipTypes = Object.fromEntries(
  [...new Set(Object.values(RELATIONSHIP_GRAPHQL_TYPE))].map((name) => [name, WITH_QUANTITY.has(name) ? { ...relationshipFields, ...quantityFields } : relationshipFields]),
);

export const relationshipResolvers: Resolvers = {
  ...entityFields,
  ...connectionTypes,
  ...relationshipTypes,
  Relationship: { __resolveType: (relationship: RelationshipRecord) => relationship.graphqlType },
  TradeObservation: {
    exporter: single('exporter'),
    importer: single('importer'),
    commodity: single('commodity'),
  },
};
