/**
 * Keyset cursors: a page ends at (sort value, id), and the next page starts strictly after it.
 * The cursor carries the ordering it was made for, so a cursor from another ordering is refused
 * instead of silently skipping or repeating rows.
 */
import { BadUserInputError } from '../../errors.js';

export interface CursorPosition {
  field: string;
  direction: 'ASC' | 'DESC';
  value: string;
  id: string;
}

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.field, position.direction, position.value, position.id])).toString('base64url');
}

export function decodeCursor(cursor: string, expected: { field: string; direction: 'ASC' | 'DESC' }): CursorPosition {
  let parsed: unknown;
  try {
    parsed = cursor.length <= 2048 ? JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) : undefined;
  } catch {
    parsed = undefined;
  }
  if (!Array.isArray(parsed) || parsed.length !== 4 || !parsed.every((p) => typeof p === 'string')) {
    throw new BadUserInputError('"after" is not a cursor this API issued; pass a pageInfo.endCursor or edges.cursor from a previous page.', 'after');
  }
  const [field, direction, value, id] = parsed;
  if (field !== expected.field || direction !== expected.direction) {
    // The cursor's own text is untrusted (anyone can forge one): it is not repeated back.
    throw new BadUserInputError(`"after" was issued for another ordering, not ${expected.field} ${expected.direction}; start again without "after".`, 'after');
  }
  return { field, direction: direction, value: value!, id: id! };
}
