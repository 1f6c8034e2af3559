import { RELATIONSHIP_GRAPHQL_TYPE, type RelationshipField } from '../../model/relationshipFields.js';
import type { EdgeTypeName } from '../../model/relationshipConnections.js';
import type { EntityRecord } from '../entity/entity.model.js';

export type RelationshipTypeName = RelationshipField['type'];

/**
 * One relationship, the same whichever end it was read from: its type, its start (`from`) and end
 * (`to`), its stored properties and its sources.
 */
export interface RelationshipRecord {
  id: string;
  type: RelationshipTypeName;
  /** The GraphQL type of this relationship (e.g. ProducesRelationship), for Relationship.__resolveType. */
  graphqlType: EdgeTypeName;
  from: EntityRecord;
  to: EntityRecord;
  /** Source ids; resolved to Source entities through the entity loader. */
  sourceIds: string[];
  validFrom?: string | null;
  validTo?: string | null;
  confidence?: number | null;
  [property: string]: unknown;
}

/** A relationship seen from one end: the viewpoint (direction, the other end) and the relationship. */
export interface EdgeRecord {
  cursor: string;
  direction: 'OUT' | 'IN';
  node: EntityRecord;
  relationship: RelationshipRecord;
}

/** One page of a relationship connection. */
export interface EdgeConnectionRecord {
  edges: EdgeRecord[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  /** Counted in the database when the query selected totalCount. */
  totalCount: number | null;
}

/** A stored relationship of `type` with its properties, between `start` and `end`. */
export function toRelationship(type: RelationshipTypeName, properties: Record<string, unknown>, start: EntityRecord, end: EntityRecord): RelationshipRecord {
  const { sources, id, ...rest } = properties;
  return {
    ...rest,
    id: String(id),
    type,
    graphqlType: RELATIONSHIP_GRAPHQL_TYPE[type],
    from: start,
    to: end,
    sourceIds: Array.isArray(sources) ? sources.map(String) : [],
  };
}
