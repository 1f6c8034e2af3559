/**
 * Keyset cursors for relationship connections: a page ends at (sort values, neighbour id,
 * relationship id), and the next page starts strictly after it. The cursor names the field
 * (`Country.produces`) and the whole ordering it was made for (`SHARE DESC,YEAR DESC`), so a
 * cursor from another field or ordering is refused instead of silently skipping or repeating
 * edges. Messages never echo it.
 */
import { BadUserInputError } from '../../errors.js';

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
  return Buffer.from(JSON.stringify(['e', p.coordinate, p.ordering, p.values, p.nodeId, p.relationshipId])).toString('base64url');
}

export function decodeEdgeCursor(cursor: string, expected: { coordinate: string; ordering: string; valueTypes: ('string' | 'number')[] }): EdgePosition {
  let parsed: unknown;
  try {
    parsed = cursor.length <= 2048 ? JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) : undefined;
  } catch {
    parsed = undefined;
  }
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
