import type { Direction } from '../model/relationshipFields.js';

/**
 * `(from)-[rel:TYPES]->(to)` in a direction (OUT along the stored direction, IN against it, BOTH
 * either way): the one place a relationship pattern's arrow is printed. `from` and `to` may carry
 * labels (`o:Entity`), `rel` may be empty, and `types` may carry a length (`A|B*1..3`). Every part
 * comes from the statement builders and the model's tables, never from a request.
 */
export function relationshipPattern(direction: Direction, from: string, rel: string, types: string, to: string): string {
  const body = `[${rel}:${types}]`;
  if (direction === 'OUT') return `(${from})-${body}->(${to})`;
  if (direction === 'IN') return `(${from})<-${body}-(${to})`;
  return `(${from})-${body}-(${to})`;
}
