import DataLoader from 'dataloader';
import type { RelationshipField } from '../../model/relationshipFields.js';
import type { EntityRecord } from '../entity/entity.model.js';
import type { EdgeConnectionPlan } from './relationship.connection.js';
import type { RawEdgePage, RelationshipRepository } from './relationship.repository.js';

/**
 * One DataLoader per relationship connection and arguments in a request: all entities at one
 * level of a query that ask for the same field with the same arguments share one Cypher round trip.
 */
export function createRelationshipLoaders(repository: RelationshipRepository) {
  const pages = new Map<string, DataLoader<string, RawEdgePage>>();
  const neighbours = new Map<string, DataLoader<string, EntityRecord | null>>();
  return {
    connection(plan: EdgeConnectionPlan, argsKey: string): DataLoader<string, RawEdgePage> {
      const key = `${plan.coordinate}:${plan.withCount}:${argsKey}`;
      let loader = pages.get(key);
      if (!loader) {
        loader = new DataLoader(async (ids) => {
          const found = await repository.connections({ ids, plan });
          return ids.map((id) => found.get(id) ?? { rows: [], total: plan.withCount ? 0 : null });
        });
        pages.set(key, loader);
      }
      return loader;
    },
    firstNeighbour(field: RelationshipField): DataLoader<string, EntityRecord | null> {
      const key = `${field.type}:${field.direction}`;
      let loader = neighbours.get(key);
      if (!loader) {
        loader = new DataLoader(async (ids) => {
          const found = await repository.firstNeighbours({ ids, field });
          return ids.map((id) => found.get(id) ?? null);
        });
        neighbours.set(key, loader);
      }
      return loader;
    },
  };
}
export type RelationshipLoaders = ReturnType<typeof createRelationshipLoaders>;
