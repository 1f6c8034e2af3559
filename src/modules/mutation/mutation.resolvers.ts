/**
 * Mutations: role check, then one store call (one transaction), then the written entity read
 * back fresh. Every write is logged with who made it.
 */
import { requireRole } from '../../auth.js';
import type { Context } from '../../context.js';
import { InvalidInputError, NotFoundError } from '../../errors.js';
import type { Resolvers } from '../../generated/resolvers.js';
import type { EntityKind } from '../../model/kinds.js';
import { KIND_ENUM, type EntityRecord } from '../entity/entity.model.js';
import { checkId } from '../entity/entity.resolvers.js';
import type { RelationshipRecord } from '../relationship/relationship.model.js';

const LABEL_BY_ENUM = Object.fromEntries(Object.entries(KIND_ENUM).map(([label, value]) => [value, label as EntityKind]));

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
      const kind = LABEL_BY_ENUM[input.kind]!;
      if (kind === 'Source' || kind === 'TradeObservation') {
        throw new InvalidInputError([{ path: 'input.kind', message: `use ${kind === 'Source' ? 'addSource' : 'recordTradeObservation'} for a ${kind}` }]);
      }
      const id = await ctx.repositories.mutations.createEntity({ ...input, kind });
      audit(ctx, 'createEntity', { id, sources: input.sources });
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
