import { z } from 'zod';
import { RELATIONSHIP_GRAPHQL_TYPE, type RelationshipField } from '../../model/relationshipFields.js';
import type { EdgeTypeName } from '../../model/relationshipConnections.js';
import { parseEntity, type EntityRecord } from '../entity/entity.model.js';

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

const edgeRowSchema = z.object({
  properties: z.record(z.string(), z.unknown()),
  outgoing: z.boolean(),
  node: z.unknown(),
  sortValue: z.array(z.union([z.string(), z.number()]).nullable()),
});

/** An edge row (see relationship.connection.ts) read from `parent`. */
export function parseEdgeRow(row: unknown, type: RelationshipTypeName, parent: EntityRecord): { direction: 'OUT' | 'IN'; node: EntityRecord; relationship: RelationshipRecord; sortValue: (string | number | null)[] } {
  const { properties, outgoing, node, sortValue } = edgeRowSchema.parse(row);
  const other = parseEntity(node);
  return {
    direction: outgoing ? 'OUT' : 'IN',
    node: other,
    relationship: outgoing ? toRelationship(type, properties, parent, other) : toRelationship(type, properties, other, parent),
    sortValue,
  };
}
