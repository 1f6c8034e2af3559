/**
 * Resolvers for every relationship field, built from the field table in src/model, and for the
 * relationship (edge) types themselves.
 */
import type { Context } from '../../context.js';
import { BadUserInputError } from '../../errors.js';
import type { Resolvers } from '../../generated/resolvers.js';
import { RELATIONSHIP_FIELDS, RELATIONSHIP_GRAPHQL_TYPE, type RelationshipField } from '../../model/relationshipFields.js';
import type { EntityRecord } from '../entity/entity.model.js';
import type { RelationshipRecord } from './relationship.model.js';

export const MAX_RELATIONSHIPS_PER_FIELD = 500;

export function checkFirst(first: number, argument: string, max: number): void {
  if (!Number.isInteger(first) || first < 0 || first > max) {
    throw new BadUserInputError(`"${argument}" must be between 0 and ${max}.`, argument);
  }
}

const walk = (field: RelationshipField) => (entity: EntityRecord, args: { first?: number | null }, ctx: Context) => {
  const first = args.first ?? 50;
  checkFirst(first, 'first', MAX_RELATIONSHIPS_PER_FIELD);
  return ctx.loaders.relationships.edges(field, first).load(entity.id).then((edges) => ctx.rows.spend(edges));
};

/** The single entity at the end of a relationship that always has exactly one (trade observations). */
const single = (field: RelationshipField) => async (entity: EntityRecord, _args: unknown, ctx: Context) => {
  const [edge] = await ctx.loaders.relationships.edges(field, 1).load(entity.id);
  if (!edge) throw new Error(`${entity.id} has no ${field.type} relationship`);
  return edge.node;
};

const entityFields: Record<string, Record<string, unknown>> = {};
for (const [type, fields] of Object.entries(RELATIONSHIP_FIELDS)) {
  entityFields[type] = Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, walk(field)]));
}

const edgeFields = {
  sources: async (edge: RelationshipRecord, _args: unknown, ctx: Context) =>
    (await ctx.loaders.entityById.loadMany(edge.sourceIds)).filter((s): s is EntityRecord => s !== null && !(s instanceof Error)),
};
const edgeTypes = Object.fromEntries([...new Set(Object.values(RELATIONSHIP_GRAPHQL_TYPE))].map((name) => [name, edgeFields]));

export const relationshipResolvers = {
  ...entityFields,
  ...edgeTypes,
  Relationship: { __resolveType: (edge: RelationshipRecord) => edge.graphqlType },
  TradeObservation: {
    exporter: single({ type: 'EXPORTER', direction: 'OUT' }),
    importer: single({ type: 'IMPORTER', direction: 'OUT' }),
    commodity: single({ type: 'OF', direction: 'OUT' }),
  },
} as unknown as Resolvers;
