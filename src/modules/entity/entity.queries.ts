/**
 * Cypher for entities in general. `label` is the node's kind label (never :Entity itself).
 */
import { projectEntity } from '../../cypher/entity.js';
import { MAX_SOURCES_PER_ITEM } from '../../model/records.js';

const ENTITY_PROJECTION = projectEntity('e');

export const FIND_ENTITIES_BY_IDS = /* cypher */ `
  // entity.findByIds
  UNWIND $ids AS id
  MATCH (e:Entity {id: id})
  RETURN ${ENTITY_PROJECTION} AS entity`;

export const FIND_SOURCES_OF_ENTITIES = /* cypher */ `
  // entity.sourcesOf
  UNWIND $ids AS id
  MATCH (:Entity {id: id})-[:REPORTED_IN]->(e:Source)
  WITH id, e ORDER BY e.published DESC, e.id
  RETURN id, collect(${ENTITY_PROJECTION})[..${MAX_SOURCES_PER_ITEM}] AS sources`;

export const COUNT_ENTITIES = /* cypher */ `
  // entity.count
  MATCH (e:Entity) RETURN count(e) AS count`;
