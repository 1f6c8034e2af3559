import type { Database } from '../../db/database.js';
import { scalarText } from '../../db/values.js';
import { RELATIONSHIP_GRAPHQL_TYPE, type RelationshipField } from '../../model/relationshipFields.js';
import { ParamBag } from '../../cypher/params.js';
import { parseEntity, type EntityRecord } from '../entity/entity.model.js';
import type { EdgeConnectionPlan } from './relationship.connection.js';
import { toRelationship, type RelationshipRecord } from './relationship.model.js';
import { edgeConnectionOf, firstNeighbourOf, relationshipById } from './relationship.queries.js';

/** A page's raw edge rows (at most first + 1) and, when asked, the count. */
export interface RawEdgePage {
  rows: unknown[];
  total: number | null;
}

export class RelationshipRepository {
  constructor(private readonly db: Database) {}

  /** One page of a relationship connection for many entities, in one round trip. */
  async connections({ ids, plan }: { ids: readonly string[]; plan: EdgeConnectionPlan }): Promise<Map<string, RawEdgePage>> {
    const bag = new ParamBag();
    const cypher = edgeConnectionOf(plan, bag);
    const rows = await this.db.read('relationship.connection', cypher, { ...bag.values, ids });
    return new Map(rows.map((row) => [scalarText(row.id), { rows: row.edges as unknown[], total: plan.withCount ? Number(row.total ?? 0) : null }]));
  }

  /** The entity at the other end of a relationship each of these entities has exactly one of. */
  async firstNeighbours({ ids, field }: { ids: readonly string[]; field: RelationshipField }): Promise<Map<string, EntityRecord>> {
    const rows = await this.db.read('relationship.firstNeighbourOf', firstNeighbourOf(field), { ids });
    return new Map(rows.map((row) => [scalarText(row.id), parseEntity(row.node)]));
  }

  /** One relationship by id (`from|TYPE|to[|key]`). */
  async byId({ id }: { id: string }): Promise<RelationshipRecord | undefined> {
    const type = id.split('|')[1];
    if (!type || !Object.hasOwn(RELATIONSHIP_GRAPHQL_TYPE, type)) return undefined;
    const relationshipType = type as RelationshipField['type'];
    const [row] = await this.db.read('relationship.byId', relationshipById(relationshipType), { id });
    if (!row) return undefined;
    return toRelationship(relationshipType, row.properties as Record<string, unknown>, parseEntity(row.start), parseEntity(row.end));
  }
}
