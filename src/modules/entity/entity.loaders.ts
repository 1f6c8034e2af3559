import DataLoader from 'dataloader';
import type { EntityRecord } from './entity.model.js';
import type { EntityRepository } from './entity.repository.js';

/** Per-request batching: every entity or source list asked for in one tick is one Cypher query. */
export function createEntityLoaders(repository: EntityRepository) {
  return {
    entityById: new DataLoader<string, EntityRecord | null>(async (ids) => {
      const found = await repository.findByIds({ ids });
      return ids.map((id) => found.get(id) ?? null);
    }),
    sourcesOf: new DataLoader<string, EntityRecord[]>(async (ids) => {
      const found = await repository.sourcesOf({ ids });
      return ids.map((id) => found.get(id) ?? []);
    }),
  };
}
export type EntityLoaders = ReturnType<typeof createEntityLoaders>;
