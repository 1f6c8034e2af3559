/**
 * Keyset cursors for relationship connections: a page ends at (sort value, neighbour id,
 * relationship id), and the next page starts strictly after it. The cursor names the field
 * (`Country.produces`) and the ordering it was made for, so a cursor from another field or
 * ordering is refused instead of silently skipping or repeating edges. Messages never echo it.
 */
import { BadUserInputError } from '../../errors.js';

export interface EdgePosition {
  coordinate: string;
  field: string;
  direction: 'ASC' | 'DESC';
  value: string | number;
  nodeId: string;
  relationshipId: string;
}

export function encodeEdgeCursor(p: EdgePosition): string {
  return Buffer.from(JSON.stringify(['e', p.coordinate, p.field, p.direction, p.value, p.nodeId, p.relationshipId])).toString('base64url');
}

export function decodeEdgeCursor(cursor: string, expected: { coordinate: string; field: string; direction: 'ASC' | 'DESC'; valueType: 'string' | 'number' }): EdgePosition {
  let parsed: unknown;
  try {
    parsed = cursor.length <= 2048 ? JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) : undefined;
  } catch {
    parsed = undefined;
  }
  const valid =
    Array.isArray(parsed) &&
    parsed.length === 7 &&
    parsed[0] === 'e' &&
    [1, 2, 3, 5, 6].every((i) => typeof parsed[i] === 'string') &&
    (typeof parsed[4] === 'string' || typeof parsed[4] === 'number');
  if (!valid) {
    throw new BadUserInputError('"after" is not a cursor this API issued; pass a pageInfo.endCursor or edges.cursor from a previous page of this field.', 'after');
  }
  const [, coordinate, field, direction, value, nodeId, relationshipId] = parsed as [string, string, string, string, string | number, string, string];
  if (coordinate !== expected.coordinate) {
    throw new BadUserInputError(`"after" was issued for another field, not ${expected.coordinate}; start again without "after".`, 'after');
  }
  if (field !== expected.field || direction !== expected.direction || typeof value !== expected.valueType) {
    throw new BadUserInputError(`"after" was issued for another ordering, not ${expected.field} ${expected.direction}; start again without "after".`, 'after');
  }
  return { coordinate, field, direction, value, nodeId, relationshipId };
}
