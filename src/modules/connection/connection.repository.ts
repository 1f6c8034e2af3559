import neo4j from 'neo4j-driver';
import { z } from 'zod';
import type { Database } from '../../db/database.js';
import { scalarText } from '../../db/values.js';
import { ORDER_FIELDS, type ConnectionKind } from '../../model/filters.js';
import { parseEntity, type EntityRecord } from '../entity/entity.model.js';
import { countQuery, pageQuery, pinParams } from './connection.queries.js';
import { decodeCursor, encodeCursor } from '../../cypher/cursor.js';
import { ParamBag } from '../../cypher/params.js';
import { compileFilter } from './where.js';
import type { EntitySelection } from '../tree/tree.js';
import { printEntity } from '../tree/tree.cypher.js';
import { readEntity } from '../tree/tree.rows.js';

const pageRows = z.array(z.object({ entity: z.unknown(), sortValue: z.union([z.string(), z.number(), z.boolean(), z.null()]) }));

export interface PageRequest {
  kind: ConnectionKind;
  where?: Record<string, unknown> | null;
  orderBy?: { field: string; direction?: 'ASC' | 'DESC' | null } | null;
  first: number;
  after?: string | null;
  /** What the query selects below each entity (modules/tree), read in the same statement. */
  selection?: EntitySelection;
  /** Count the matches in the same statement (the query selects totalCount). */
  withCount?: boolean;
}

export interface Page {
  edges: { cursor: string; node: EntityRecord }[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  /** Counted only when a client asks for totalCount. */
  count(): Promise<number>;
}

export class ConnectionRepository {
  constructor(private readonly db: Database) {}

  async page({ kind, where, orderBy, first, after, selection, withCount = false }: PageRequest): Promise<Page> {
    const field = orderBy?.field ?? 'NAME';
    const direction = orderBy?.direction ?? 'ASC';
    const sortProperty = ORDER_FIELDS[kind][field];
    if (!sortProperty) throw new Error(`no order field ${field} for ${kind}`);
    const bag = new ParamBag();
    const { predicate, pins } = compileFilter(kind, where, bag);
    // An empty string is not a cursor either: refused like any other (docs/API.md).
    const cursor = after !== null && after !== undefined ? decodeCursor(after, { field, direction }) : undefined;
    const projectNode = selection ? (n: string) => printEntity(n, selection, bag) : undefined;
    const [result] = await this.db.read(`connection.page`, pageQuery({ kind, predicate, sortProperty, direction, withCursor: !!cursor, pins, withCount, projectNode }), {
      ...bag.values,
      ...pinParams(pins),
      limit: neo4j.int(first + 1),
      cursorValue: cursor?.value ?? null,
      cursorId: cursor?.id ?? null,
    });
    const rows = pageRows.parse(result?.rows ?? []);
    const edges = rows.slice(0, first).map((row) => {
      const node = selection ? readEntity(row.entity, selection) : parseEntity(row.entity);
      return { node, cursor: encodeCursor({ field, direction, value: scalarText(row.sortValue), id: node.id }) };
    });
    let counted: Promise<number> | undefined = withCount ? Promise.resolve(Number(result?.total ?? 0)) : undefined;
    return {
      edges,
      hasNextPage: rows.length > first,
      hasPreviousPage: !!cursor,
      count: () =>
        (counted ??= this.db.read('connection.count', countQuery({ kind, predicate, pins }), { ...bag.values, ...pinParams(pins) }).then(([row]) => Number(row?.count ?? 0))),
    };
  }
}
