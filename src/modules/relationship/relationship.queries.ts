/**
 * Cypher for a relationship by its id. (Relationship connections are printed by the query tree,
 * modules/tree/tree.cypher.ts, from their EdgeConnectionPlan.) The relationship type is
 * interpolated from the model's fixed tables (src/model), never from request text; the id is a
 * parameter.
 */
import { projectEntity } from '../../cypher/entity.js';
import { knownType } from '../../cypher/relationshipTypes.js';

/** One relationship by its id, with both of its ends. */
export function relationshipById(type: string): string {
  knownType(type);
  return /* cypher */ `
    // relationship.byId ${type}
    MATCH (start:Entity)-[r:${type} {id: $id}]->(end:Entity)
    RETURN properties(r) AS properties, ${projectEntity('start')} AS start, ${projectEntity('end')} AS end`;
}
