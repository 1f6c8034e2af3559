/**
 * The per-request context: a database view that counts this request's Cypher round trips,
 * the repositories, and fresh DataLoaders (so nothing is cached across requests).
 */
import type { Viewer } from './http/auth.js';
import type { Database, QueryStats } from './db/database.js';
import { RowBudget } from './http/limits.js';
import type { Logger } from './logger.js';
import { createEntityLoaders, type EntityLoaders } from './modules/entity/entity.loaders.js';
import { ConnectionRepository } from './modules/connection/connection.repository.js';
import { EntityRepository } from './modules/entity/entity.repository.js';
import { MutationStore } from './modules/mutation/mutation.store.js';
import { RelationshipRepository } from './modules/relationship/relationship.repository.js';
import { ResearchRepository } from './modules/research/research.repository.js';
import { SearchRepository } from './modules/search/search.repository.js';
import { importDependenceLoaders, type ImportDependenceRecord } from './modules/research/supplyRisk.js';
import type DataLoader from 'dataloader';

export interface Context {
  requestId: string;
  /** Who is asking; null for anonymous requests. */
  viewer: Viewer | null;
  logger: Logger;
  stats: QueryStats;
  /** This request's view of the database: its reads run one after another on one session, within one budget. */
  db: Database;
  /** Rows this request may still return (LIMITS.maxRowsPerRequest in all). */
  rows: RowBudget;
  repositories: { entities: EntityRepository; relationships: RelationshipRepository; connections: ConnectionRepository; search: SearchRepository; research: ResearchRepository; mutations: MutationStore };
  loaders: EntityLoaders & {
    /** Commodity.importDependence: one loader per (country, year) asked for in this request. */
    importDependence: (country: string, year: number | null) => DataLoader<string, ImportDependenceRecord | null>;
  };
}

export function createContext({ db, logger, requestId, viewer = null, queryTimeoutMs }: { db: Database; logger: Logger; requestId: string; viewer?: Viewer | null; queryTimeoutMs?: number }): Context {
  const stats: QueryStats = { roundTrips: 0 };
  const requestLogger = logger.child({ requestId });
  const requestDb = db.forRequest(stats, requestLogger, requestId, queryTimeoutMs);
  const entities = new EntityRepository(requestDb);
  return {
    requestId,
    viewer,
    logger: requestLogger,
    stats,
    db: requestDb,
    rows: new RowBudget(),
    repositories: { entities, relationships: new RelationshipRepository(requestDb), connections: new ConnectionRepository(requestDb), search: new SearchRepository(requestDb), research: new ResearchRepository(requestDb), mutations: new MutationStore(requestDb) },
    loaders: {
      ...createEntityLoaders(entities),
      importDependence: importDependenceLoaders(requestDb),
    },
  };
}
