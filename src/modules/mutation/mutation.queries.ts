/** Cypher for the write path's checks. The writes themselves go through src/db/upsert.ts (writeDatasetIn). */

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
