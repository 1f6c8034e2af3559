/**
 * Mutations: role check, then one store call (one transaction), then the written entity read
 * back fresh. Every write is logged with who made it.
 */
import { requireRole } from '../../http/auth.js';
import type { Context } from '../../context.js';
import { InvalidInputError, NotFoundError } from '../../errors.js';
import type { CreateEntityInput, Resolvers } from '../../generated/resolvers.js';
import type { EntityKind } from '../../model/kinds.js';
import type { EntityRecord } from '../entity/entity.model.js';
import { checkId } from '../../args.js';
import type { RelationshipRecord } from '../relationship/relationship.model.js';

/** CreateEntityInput's fields and the kinds they create (Source and TradeObservation have their own mutations). */
const KIND_BY_CREATE_FIELD: Record<keyof CreateEntityInput, EntityKind> = {
  country: 'Country',
  region: 'Region',
  commodity: 'Commodity',
  company: 'Company',
  official: 'Official',
  organization: 'Organization',
  policy: 'Policy',
  sector: 'Sector',
  event: 'Event',
};
const CREATE_FIELDS = Object.keys(KIND_BY_CREATE_FIELD) as (keyof CreateEntityInput)[];

async function fresh(ctx: Context, id: string): Promise<EntityRecord> {
  const entity = await ctx.loaders.entityById.clear(id).load(id);
  if (!entity) throw new NotFoundError('entity', id);
  return entity;
}

/** The relationship with both its ends, read back fresh. */
async function relationshipFrom(ctx: Context, id: string, to: string): Promise<RelationshipRecord> {
  ctx.loaders.entityById.clear(to);
  const edge = await ctx.repositories.relationships.byId({ id });
  if (!edge) throw new NotFoundError('relationship', id);
  return edge;
}

function audit(ctx: Context, mutation: string, details: Record<string, unknown>): void {
  ctx.logger.info({ audit: true, mutation, viewer: ctx.viewer?.name, role: ctx.viewer?.role, ...details }, 'write');
}

export const mutationResolvers: Resolvers = {
  Mutation: {
    addSource: async (_, { input }, ctx) => {
      requireRole(ctx.viewer, 'editor', 'addSource');
      const id = await ctx.repositories.mutations.addSource(input);
      audit(ctx, 'addSource', { id });
      return fresh(ctx, id);
    },
    createEntity: async (_, { input }, ctx) => {
      requireRole(ctx.viewer, 'editor', 'createEntity');
      // @oneOf: GraphQL has already checked that exactly one kind is given.
      const field = CREATE_FIELDS.find((f) => input[f] !== null && input[f] !== undefined);
      const fields = field ? input[field] : undefined;
      if (!field || !fields) throw new InvalidInputError([{ path: 'input', message: 'give exactly one kind of entity' }]);
      const id = await ctx.repositories.mutations.createEntity({ ...fields, kind: KIND_BY_CREATE_FIELD[field] }, `input.${field}`);
      audit(ctx, 'createEntity', { id, sources: fields.sources });
      return fresh(ctx, id);
    },
    updateEntity: async (_, { id, input }, ctx) => {
      requireRole(ctx.viewer, 'editor', 'updateEntity');
      checkId(id, 'id');
      await ctx.repositories.mutations.updateEntity(id, input);
      audit(ctx, 'updateEntity', { id, fields: Object.keys(input), sources: input.sources });
      return fresh(ctx, id);
    },
    addRelationship: async (_, { input }, ctx) => {
      requireRole(ctx.viewer, 'editor', 'addRelationship');
      const { id, to } = await ctx.repositories.mutations.addRelationship(input);
      audit(ctx, 'addRelationship', { id, sources: input.sources });
      return relationshipFrom(ctx, id, to);
    },
    updateRelationship: async (_, { id, input }, ctx) => {
      requireRole(ctx.viewer, 'editor', 'updateRelationship');
      const { to } = await ctx.repositories.mutations.updateRelationship(id, input);
      audit(ctx, 'updateRelationship', { id, fields: Object.keys(input), sources: input.sources });
      return relationshipFrom(ctx, id, to);
    },
    retireRelationship: async (_, { id, validTo, sources }, ctx) => {
      requireRole(ctx.viewer, 'editor', 'retireRelationship');
      const { to } = await ctx.repositories.mutations.updateRelationship(id, { validTo, sources });
      audit(ctx, 'retireRelationship', { id, validTo, sources });
      return relationshipFrom(ctx, id, to);
    },
    recordTradeObservation: async (_, { input }, ctx) => {
      requireRole(ctx.viewer, 'editor', 'recordTradeObservation');
      const id = await ctx.repositories.mutations.recordTradeObservation(input);
      audit(ctx, 'recordTradeObservation', { id, sources: input.sources });
      return fresh(ctx, id);
    },
    purgeEntity: async (_, { id, reason }, ctx) => {
      requireRole(ctx.viewer, 'admin', 'purgeEntity');
      checkId(id, 'id');
      if (reason.trim().length < 3) throw new InvalidInputError([{ path: 'reason', message: 'say why the entity is purged' }]);
      const relationshipsRemoved = await ctx.repositories.mutations.purgeEntity(id);
      ctx.loaders.entityById.clear(id);
      audit(ctx, 'purgeEntity', { id, reason, relationshipsRemoved });
      return { id, relationshipsRemoved };
    },
  },
};
