/** Cypher for the write path's checks. The writes themselves go through src/db/upsert.ts (writeDatasetIn). */
import type { Statement } from '../../db/statement.js';

export const KINDS_OF = /* cypher */ `
  // mutation.kindsOf
  UNWIND $ids AS id
  OPTIONAL MATCH (e:Entity {id: id})
  RETURN id, head([l IN labels(e) WHERE l <> 'Entity']) AS label, e.name AS name`;

export const CURRENT_ENTITY = /* cypher */ `
  // mutation.currentEntity
  MATCH (e:Entity {id: $id})
  RETURN properties(e) AS props, head([l IN labels(e) WHERE l <> 'Entity']) AS label,
         [(e)-[:REPORTED_IN]->(s:Source) | s.id] AS sources`;

/** The relationship type comes from the model table (checked by the caller), never from the id text. */
export const currentRelationship = (type: string) => /* cypher */ `
  // mutation.currentRelationship
  MATCH (a:Entity)-[r:${type} {id: $id}]->(b:Entity)
  RETURN properties(r) AS props, a.id AS from, b.id AS to`;

export const CITED_BY_RELATIONSHIPS = /* cypher */ `
  // mutation.citedBy
  MATCH ()-[r]->() WHERE $id IN r.sources
  RETURN count(r) AS count`;

export const PURGE = /* cypher */ `
  // mutation.purge
  MATCH (e:Entity {id: $id})
  OPTIONAL MATCH (e)-[r]-()
  WITH e, count(r) AS relationships
  DETACH DELETE e
  RETURN relationships`;

// The statements with their parameters, built without the database (test/unit/cypher-snapshots.test.ts pins them).
export const kindsOfStatement = (ids: string[]): Statement => ({ name: 'mutation.kindsOf', cypher: KINDS_OF, params: { ids: [...new Set(ids)] } });
export const currentEntityStatement = (id: string): Statement => ({ name: 'mutation.currentEntity', cypher: CURRENT_ENTITY, params: { id } });
export const currentRelationshipStatement = (type: string, id: string): Statement => ({ name: 'mutation.currentRelationship', cypher: currentRelationship(type), params: { id } });
export const citedByStatement = (id: string): Statement => ({ name: 'mutation.citedBy', cypher: CITED_BY_RELATIONSHIPS, params: { id } });
export const purgeStatement = (id: string): Statement => ({ name: 'mutation.purge', cypher: PURGE, params: { id } });
