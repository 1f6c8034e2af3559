import { z } from 'zod';
import { parseEntity, type EntityRecord } from '../entity/entity.model.js';

/** One relationship seen from one of its ends: the node at the other end and the stored properties. */
export interface RelationshipRecord {
  id: string;
  /** The GraphQL type of this edge (e.g. ProducesRelationship), for Relationship.__resolveType. */
  graphqlType: string;
  direction: 'OUT' | 'IN';
  node: EntityRecord;
  /** Source ids; resolved to Source entities through the entity loader. */
  sourceIds: string[];
  validFrom?: string | null;
  validTo?: string | null;
  confidence?: number | null;
  [property: string]: unknown;
}

const edgeRowSchema = z.object({
  properties: z.record(z.string(), z.unknown()),
  outgoing: z.boolean(),
  node: z.unknown(),
});

export function parseEdge(row: unknown, graphqlType: string): RelationshipRecord {
  const { properties, outgoing, node } = edgeRowSchema.parse(row);
  const { sources, id, ...rest } = properties;
  return {
    ...rest,
    id: String(id),
    graphqlType,
    direction: outgoing ? 'OUT' : 'IN',
    node: parseEntity(node),
    sourceIds: Array.isArray(sources) ? sources.map(String) : [],
  };
}
