import neo4j from 'neo4j-driver';
import type { Database } from '../../db/database.js';
import { RELATIONSHIP_GRAPHQL_TYPE, type RelationshipField } from '../../model/relationshipFields.js';
import { parseEdge, type RelationshipRecord } from './relationship.model.js';
import { edgesOf, relationshipById } from './relationship.queries.js';

export class RelationshipRepository {
  constructor(private readonly db: Database) {}

  /** The edges of one relationship field for many entities, in one round trip. */
  async edgesOf({ ids, field, first }: { ids: readonly string[]; field: RelationshipField; first: number }): Promise<Map<string, RelationshipRecord[]>> {
    const rows = await this.db.read(`relationship.edgesOf`, edgesOf(field), { ids, first: neo4j.int(first) });
    const graphqlType = RELATIONSHIP_GRAPHQL_TYPE[field.type];
    return new Map(rows.map((row) => [String(row.id), (row.edges as unknown[]).map((edge) => parseEdge(edge, graphqlType))]));
  }

  /** One relationship by id (`from|TYPE|to[|key]`), seen from its start. */
  async byId({ id }: { id: string }): Promise<RelationshipRecord | undefined> {
    const type = id.split('|')[1] as RelationshipField['type'];
    if (!type || !(type in RELATIONSHIP_GRAPHQL_TYPE)) return undefined;
    const [row] = await this.db.read('relationship.byId', relationshipById(type), { id });
    return row ? parseEdge(row.edge, RELATIONSHIP_GRAPHQL_TYPE[type]) : undefined;
  }
}
