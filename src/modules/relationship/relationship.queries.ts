/**
 * Cypher for walking relationships. The relationship type and direction are interpolated from
 * the model's fixed tables (src/model), never from request text; ids and limits are parameters.
 */
import { relationshipPattern } from '../../cypher/pattern.js';
import type { RelationshipField } from '../../model/relationshipFields.js';
import type { ParamBag } from '../../cypher/params.js';
import { projectEntity } from '../../cypher/entity.js';
import { knownType } from '../../cypher/relationshipTypes.js';
import type { EdgeConnectionPlan } from './relationship.connection.js';

/** The first entity at the other end of one relationship type and direction, for many entities at once. */
export function firstNeighbourOf({ type, direction }: RelationshipField): string {
  knownType(type);
  return /* cypher */ `
    // relationship.firstNeighbourOf ${type} ${direction}
    UNWIND $ids AS id
    MATCH (e:Entity {id: id})
    CALL (e) {
      MATCH ${relationshipPattern(direction, 'e', 'r', type, 'other:Entity')}
      WITH other ORDER BY other.id LIMIT 1
      RETURN ${projectEntity('other')} AS node
    }
    RETURN id, node`;
}

/** One page of a relationship connection for many entities at once (see EdgeConnectionPlan). */
export function edgeConnectionOf(plan: EdgeConnectionPlan, bag: ParamBag): string {
  const subquery = plan.print('e', 'edges', bag);
  return /* cypher */ `
    // relationship.connection ${plan.coordinate}
    UNWIND $ids AS id
    MATCH (e:Entity {id: id})
    ${subquery}
    RETURN id, edges${plan.withCount ? ', edgesCount AS total' : ''}`;
}

/** One relationship by its id, with both of its ends. */
export function relationshipById(type: string): string {
  knownType(type);
  return /* cypher */ `
    // relationship.byId ${type}
    MATCH (start:Entity)-[r:${type} {id: $id}]->(end:Entity)
    RETURN properties(r) AS properties, ${projectEntity('start')} AS start, ${projectEntity('end')} AS end`;
}
