/**
 * Cypher for entities in general. Entities themselves, by id or with what is selected below them,
 * are read by the query tree's printer (modules/tree/tree.cypher.ts).
 */
export const COUNT_ENTITIES = /* cypher */ `
  // entity.count
  MATCH (e:Entity) RETURN count(e) AS count`;
