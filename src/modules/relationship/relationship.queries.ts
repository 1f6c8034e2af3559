/**
 * Cypher for walking relationships. The relationship type and direction are interpolated from
 * the model's fixed tables (src/model), never from request text; ids and limits are parameters.
 */
import type { Direction, RelationshipField } from '../../model/relationshipFields.js';
import { DERIVED_RELATIONSHIP_TYPES, RELATIONSHIP_TYPES } from '../../model/relationships.js';
import { projectEntity } from '../entity/entity.queries.js';

const PATTERN: Record<Direction, (type: string) => string> = {
  OUT: (type) => `(e)-[r:${type}]->(other:Entity)`,
  IN: (type) => `(e)<-[r:${type}]-(other:Entity)`,
  BOTH: (type) => `(e)-[r:${type}]-(other:Entity)`,
};

const KNOWN_TYPES = new Set<string>([...Object.keys(RELATIONSHIP_TYPES), ...DERIVED_RELATIONSHIP_TYPES]);

/** The edges of one type and direction for many entities at once, at most $first per entity. */
export function edgesOf({ type, direction }: RelationshipField): string {
  if (!KNOWN_TYPES.has(type)) throw new Error(`not a relationship type of the model: ${type}`);
  return /* cypher */ `
    // relationship.edgesOf ${type} ${direction}
    UNWIND $ids AS id
    MATCH (e:Entity {id: id})
    // Per entity: sort, keep the first $first, and only then build the maps (a top-k sort, so a
    // hub's other edges are never projected).
    CALL (e) {
      MATCH ${PATTERN[direction](type)}
      WITH e, r, other ORDER BY toLower(other.name), other.id, r.id
      LIMIT $first
      RETURN collect({ properties: properties(r), outgoing: startNode(r) = e, node: ${projectEntity('other')} }) AS edges
    }
    RETURN id, edges`;
}

/** One relationship by its id, seen from its start node. */
export function relationshipById(type: string): string {
  if (!KNOWN_TYPES.has(type)) throw new Error(`not a relationship type of the model: ${type}`);
  return /* cypher */ `
    // relationship.byId ${type}
    MATCH (e:Entity)-[r:${type} {id: $id}]->(other:Entity)
    RETURN { properties: properties(r), outgoing: true, node: ${projectEntity('other')} } AS edge`;
}
