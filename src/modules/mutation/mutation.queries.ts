/** Cypher for the write path's checks. The writes themselves go through src/db/upsert.ts (writeDatasetIn). */
import type { Statement } from '../../cypher/statement.js';

export const KINDS_OF = /* cypher */ `
  // mutation.kindsOf
  UNWIND $ids AS id
  OPTIONAL MATCH (e:Entity {id: id})
  RETURN id, head([l IN labels(e) WHERE l <> 'Entity']) AS label, e.name AS name`;

/**
 * An update reads the current state, merges the patch into it and writes the whole item back, so
 * it first takes the item's write lock (setting and removing a property takes it; Neo4j's own
 * idiom for a read-modify-write): a concurrent update of the same item waits here until this one
 * commits, then reads what it wrote. No update can overwrite another's change with what it read
 * before (a lost update), lists included: sources are added to the stored ones, one update after
 * the other.
 */
export const LOCK_ENTITY = /* cypher */ `
  // mutation.lockEntity
  MATCH (e:Entity {id: $id})
  SET e._lock = true
  REMOVE e._lock
  RETURN properties(e) AS props, head([l IN labels(e) WHERE l <> 'Entity']) AS label,
         [(e)-[:REPORTED_IN]->(s:Source) | s.id] AS sources`;

/** The relationship type comes from the model table (checked by the caller), never from the id text. */
export const currentRelationship = (type: string) => /* cypher */ `
  // mutation.currentRelationship
  MATCH (a:Entity)-[r:${type} {id: $id}]->(b:Entity)
  RETURN properties(r) AS props, a.id AS from, b.id AS to`;

/** The relationship, locked for an update (see LOCK_ENTITY). */
export const lockRelationship = (type: string) => /* cypher */ `
  // mutation.lockRelationship
  MATCH (a:Entity)-[r:${type} {id: $id}]->(b:Entity)
  SET r._lock = true
  REMOVE r._lock
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
export const lockEntityStatement = (id: string): Statement => ({ name: 'mutation.lockEntity', cypher: LOCK_ENTITY, params: { id } });
export const currentRelationshipStatement = (type: string, id: string): Statement => ({ name: 'mutation.currentRelationship', cypher: currentRelationship(type), params: { id } });
export const lockRelationshipStatement = (type: string, id: string): Statement => ({ name: 'mutation.lockRelationship', cypher: lockRelationship(type), params: { id } });
export const citedByStatement = (id: string): Statement => ({ name: 'mutation.citedBy', cypher: CITED_BY_RELATIONSHIPS, params: { id } });
export const purgeStatement = (id: string): Statement => ({ name: 'mutation.purge', cypher: PURGE, params: { id } });
