import type { Database } from '../../db/database.js';
import { RELATIONSHIP_GRAPHQL_TYPE, type RelationshipField } from '../../model/relationshipFields.js';
import { parseEntity } from '../entity/entity.model.js';
import { toRelationship, type RelationshipRecord } from './relationship.model.js';
import { relationshipById } from './relationship.queries.js';

export class RelationshipRepository {
  constructor(private readonly db: Database) {}

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
