import DataLoader from 'dataloader';
import type { RelationshipField } from '../../model/relationshipFields.js';
import type { RelationshipRecord } from './relationship.model.js';
import type { RelationshipRepository } from './relationship.repository.js';

/**
 * One DataLoader per (relationship type, direction, page size) in a request: all entities at one
 * level of a query that ask for the same relationship field share one Cypher round trip.
 */
export function createRelationshipLoaders(repository: RelationshipRepository) {
  const loaders = new Map<string, DataLoader<string, RelationshipRecord[]>>();
  return {
    edges(field: RelationshipField, first: number): DataLoader<string, RelationshipRecord[]> {
      const key = `${field.type}:${field.direction}:${first}`;
      let loader = loaders.get(key);
      if (!loader) {
        loader = new DataLoader(async (ids) => {
          const found = await repository.edgesOf({ ids, field, first });
          return ids.map((id) => found.get(id) ?? []);
        });
        loaders.set(key, loader);
      }
      return loader;
    },
  };
}
export type RelationshipLoaders = ReturnType<typeof createRelationshipLoaders>;
