/**
 * The per-request context: a database view that counts this request's Cypher round trips,
 * the repositories, and fresh DataLoaders (so nothing is cached across requests).
 */
import type { Database, QueryStats } from './db/database.js';
import type { Logger } from './logger.js';
import { createEntityLoaders, type EntityLoaders } from './modules/entity/entity.loaders.js';
import { EntityRepository } from './modules/entity/entity.repository.js';

export interface Context {
  requestId: string;
  logger: Logger;
  stats: QueryStats;
  repositories: { entities: EntityRepository };
  loaders: EntityLoaders;
}

export function createContext({ db, logger, requestId }: { db: Database; logger: Logger; requestId: string }): Context {
  const stats: QueryStats = { roundTrips: 0 };
  const requestDb = db.withStats(stats);
  const entities = new EntityRepository(requestDb);
  return {
    requestId,
    logger: logger.child({ requestId }),
    stats,
    repositories: { entities },
    loaders: createEntityLoaders(entities),
  };
}
