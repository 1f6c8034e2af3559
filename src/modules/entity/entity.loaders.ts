import DataLoader from 'dataloader';
import type { EntityRecord } from './entity.model.js';
import type { EntityRepository } from './entity.repository.js';
import { createSubtreeLoader } from '../tree/tree.loader.js';

/**
 * Per-request batching: every entity asked for by id in one tick is one Cypher query, and so are
 * the nested fields asked in one tick of entities no tree statement read below (tree.loader.ts).
 */
export function createEntityLoaders(repository: EntityRepository) {
  return {
    entityById: new DataLoader<string, EntityRecord | null>(async (ids) => {
      const found = await repository.findByIds({ ids });
      return ids.map((id) => found.get(id) ?? null);
    }),
    subtree: createSubtreeLoader(repository),
  };
}
export type EntityLoaders = ReturnType<typeof createEntityLoaders>;
