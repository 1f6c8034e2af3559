/**
 * Reads the answer of a tree statement (tree.cypher.ts) back into the records the resolvers know,
 * each carrying what was read below it (carry.ts), keyed by response key and signature.
 */
import { z } from 'zod';
import { parseEntity, type EntityRecord } from '../entity/entity.model.js';
import { toRelationship, type EdgeConnectionRecord, type EdgeRecord } from '../relationship/relationship.model.js';
import { carry, connectionSignature } from './carry.js';
import type { ConnectionChild, EntitySelection } from './tree.js';

const withChildren = z.object({ e: z.unknown(), c: z.record(z.string(), z.unknown()) });
interface EdgeRow {
  properties: Record<string, unknown>;
  outgoing: boolean;
  sortValue: (string | number | null)[];
  node: unknown;
  from?: unknown;
  to?: unknown;
  [column: string]: unknown;
}
const isSortValue = (v: unknown) => v === null || typeof v === 'string' || typeof v === 'number';
/** An edge row as printConnection returns it (checked by hand: it runs for every edge of every answer). */
const edgeRow = {
  parse(value: unknown): EdgeRow {
    if (typeof value === 'object' && value !== null) {
      const row = value as Record<string, unknown>;
      const { properties, sortValue } = row;
      if (typeof properties === 'object' && properties !== null && !Array.isArray(properties) && typeof row.outgoing === 'boolean' && Array.isArray(sortValue) && sortValue.every(isSortValue)) {
        return row as EdgeRow;
      }
    }
    throw new TypeError(`not an edge row: ${JSON.stringify(value)}`);
  },
};
/** A list column (COLLECT { }) as it is: checked, not copied. */
const list = {
  parse(value: unknown): unknown[] {
    if (!Array.isArray(value)) throw new TypeError(`expected a list column, got ${JSON.stringify(value)}`);
    return value;
  },
};

/** Signatures of the fields an entity carries that take no arguments. */
export const SOURCES_SIGNATURE = 'sources';
export const singleSignature = (fieldName: string) => `TradeObservation.${fieldName}`;

/** The entity printed by printEntity (or nestedPrinter) for `selection`, with its nested values carried. */
export function readEntity(value: unknown, selection: EntitySelection | undefined): EntityRecord {
  if (!selection || selection.children.length === 0) return parseEntity(value);
  const { e, c } = withChildren.parse(value);
  const entity = parseEntity(e);
  for (const child of selection.children) {
    if (!child.kinds.includes(entity.label)) continue;
    const column = c[`c${child.n}`];
    switch (child.type) {
      case 'connection': {
        const connection = readConnection(entity, child, list.parse(column), c[`c${child.n}n`]);
        if (connection) carry(entity, child.key, { kind: 'connection', signature: connectionSignature(`${entity.label}.${child.fieldName}`, JSON.parse(child.argsJson)), value: connection });
        break;
      }
      case 'single':
        // No neighbour: the resolver reports it.
        if (column !== null && column !== undefined) carry(entity, child.key, { kind: 'entity', signature: singleSignature(child.fieldName), value: readEntity(column, child.node) });
        break;
      case 'sources':
        carry(entity, child.key, { kind: 'entities', signature: SOURCES_SIGNATURE, value: list.parse(column).map((s) => readEntity(s, child.node)) });
        break;
    }
  }
  return entity;
}

function readConnection(parent: EntityRecord, child: ConnectionChild, rows: unknown[], count: unknown): EdgeConnectionRecord | undefined {
  const plan = child.plans.get(parent.label);
  if (!plan) return undefined;
  const type = plan.field.type;
  const edges = rows.slice(0, plan.first).map((raw): EdgeRecord => {
    const row = edgeRow.parse(raw);
    const node = readEntity(row.node, child.node);
    const outgoing = row.outgoing;
    const start = child.relationship.from ? readEntity(row.from, child.relationship.from) : outgoing ? parent : node;
    const end = child.relationship.to ? readEntity(row.to, child.relationship.to) : outgoing ? node : parent;
    const relationship = toRelationship(type, row.properties, start, end);
    const sortValue = row.sortValue;
    // Encoded only when a cursor is asked for (edges.cursor, pageInfo).
    return { direction: outgoing ? 'OUT' : 'IN', node, relationship, get cursor() { return plan.cursor(sortValue, node.id, relationship.id); } };
  });
  return { edges, hasNextPage: rows.length > plan.first, hasPreviousPage: plan.hasPreviousPage, totalCount: child.withCount ? Number(count ?? 0) : null };
}
