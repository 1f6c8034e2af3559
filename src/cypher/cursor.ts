/**
 * Keyset cursors, the one cursor format: a page ends at a position, and the next page starts
 * strictly after it. A cursor carries the ordering (and, for a relationship field, the field) it
 * was made for, so one from another ordering or field is refused instead of silently skipping or
 * repeating rows. A cursor's own text is untrusted (anyone can forge one): messages never echo it.
 *
 *   root lists            (sort field, direction, sort value, entity id)
 *   relationship fields   ('e', field, ordering, sort values, neighbour id, relationship id)
 */
import { BadUserInputError } from '../errors.js';

/** The JSON inside a cursor, or undefined when it is not one (too long, not base64url JSON). */
function parseCursor(cursor: string): unknown {
  try {
    return cursor.length <= 2048 ? JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) : undefined;
  } catch {
    return undefined;
  }
}

const encode = (value: unknown[]) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Where a page of a root list (`countries`, `companies`, …) ends. */
export interface CursorPosition {
  field: string;
  direction: 'ASC' | 'DESC';
  value: string;
  id: string;
}

export function encodeCursor(position: CursorPosition): string {
  return encode([position.field, position.direction, position.value, position.id]);
}

export function decodeCursor(cursor: string, expected: { field: string; direction: 'ASC' | 'DESC' }): CursorPosition {
  const parsed = parseCursor(cursor);
  if (!Array.isArray(parsed) || parsed.length !== 4 || !parsed.every((p) => typeof p === 'string')) {
    throw new BadUserInputError('"after" is not a cursor this API issued; pass a pageInfo.endCursor or edges.cursor from a previous page.', 'after');
  }
  const [field, direction, value, id] = parsed;
  if (field !== expected.field || direction !== expected.direction) {
    throw new BadUserInputError(`"after" was issued for another ordering, not ${expected.field} ${expected.direction}; start again without "after".`, 'after');
  }
  return { field, direction: direction, value: value!, id: id! };
}

/** Where a page of a relationship field (`Country.produces`) ends. */
export interface EdgePosition {
  coordinate: string;
  /** The sort keys and directions, e.g. `SHARE DESC,YEAR DESC`. */
  ordering: string;
  /** One value per sort key. */
  values: (string | number)[];
  nodeId: string;
  relationshipId: string;
}

export function encodeEdgeCursor(p: EdgePosition): string {
  return encode(['e', p.coordinate, p.ordering, p.values, p.nodeId, p.relationshipId]);
}

export function decodeEdgeCursor(cursor: string, expected: { coordinate: string; ordering: string; valueTypes: ('string' | 'number')[] }): EdgePosition {
  const parsed = parseCursor(cursor);
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 6 ||
    parsed[0] !== 'e' ||
    ![1, 2, 4, 5].every((i) => typeof parsed[i] === 'string') ||
    !Array.isArray(parsed[3]) ||
    !parsed[3].every((v: unknown) => typeof v === 'string' || typeof v === 'number')
  ) {
    throw new BadUserInputError('"after" is not a cursor this API issued; pass a pageInfo.endCursor or edges.cursor from a previous page of this field.', 'after');
  }
  const [, coordinate, ordering, values, nodeId, relationshipId] = parsed as [string, string, string, (string | number)[], string, string];
  if (coordinate !== expected.coordinate) {
    throw new BadUserInputError(`"after" was issued for another field, not ${expected.coordinate}; start again without "after".`, 'after');
  }
  if (ordering !== expected.ordering || values.length !== expected.valueTypes.length || values.some((v, i) => typeof v !== expected.valueTypes[i])) {
    throw new BadUserInputError(`"after" was issued for another ordering, not ${expected.ordering.replace(/,/g, ', ')}; start again without "after".`, 'after');
  }
  return { coordinate, ordering, values, nodeId, relationshipId };
}
