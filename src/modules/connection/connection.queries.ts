/**
 * Cypher for the root connections. The label and the sort property come from the model's fixed
 * tables; the filter is compiled by where.ts into parameters.
 */
import { relationshipPattern } from '../../cypher/pattern.js';
import type { ConnectionKind } from '../../model/filters.js';
import { projectEntity } from '../../cypher/entity.js';
import type { Anchor } from './where.js';

/**
 * The candidates `n`: every node of the kind, or, with pins (where.ts choosePins), only the nodes
 * next to the pinned entities ($anchorIds, then $anchorIds1; pinParams), found through the id
 * index. Two pins are joined on `n`: at 1M relationships, companies headquartered in one country
 * and in one sector (314 of 4,926 and 4,459) in 13-18 ms, against 33-49 ms from one pin with the
 * other checked on each candidate. Also where `paths` lists a filter's targets.
 */
export function candidates(kind: ConnectionKind, pins: readonly Anchor[], n = 'n'): string {
  const [first, second] = pins.map((pin) => pin.field);
  if (!first) return `MATCH (${n}:${kind})`;
  if (!second) {
    return `MATCH (anchor:Entity) WHERE anchor.id IN $anchorIds
    MATCH ${relationshipPattern(first.direction, `${n}:${kind}`, '', first.type, 'anchor')}
    WITH DISTINCT ${n}`;
  }
  return `MATCH (anchor:Entity) WHERE anchor.id IN $anchorIds
    MATCH (anchor1:Entity) WHERE anchor1.id IN $anchorIds1
    MATCH ${relationshipPattern(first.direction, `${n}:${kind}`, '', first.type, 'anchor')}
    MATCH ${relationshipPattern(second.direction, n, '', second.type, 'anchor1')}
    USING JOIN ON ${n}
    WITH DISTINCT ${n}`;
}

/** The pinned ids as candidates' parameters. */
export const pinParams = (pins: readonly Anchor[]): Record<string, string[]> => Object.fromEntries(pins.map((pin, i) => [i === 0 ? 'anchorIds' : `anchorIds${i}`, pin.ids]));

/**
 * One page of a root connection and, with withCount, its total, in one statement: the page keeps
 * its top `limit` rows (ORDER BY … LIMIT) before `projectNode(n)` projects them (the entity with
 * what the query selects below it, see modules/tree).
 */
export function pageQuery({ kind, predicate, sortProperty, direction, withCursor, pins = [], withCount = false, projectNode = projectEntity }: { kind: ConnectionKind; predicate: string; sortProperty: string; direction: 'ASC' | 'DESC'; withCursor: boolean; pins?: readonly Anchor[]; withCount?: boolean; projectNode?: (n: string) => string }): string {
  // Case-insensitive, so "eVAC Magnetics" sorts among the Es; missing values sort first.
  const sortKey = `toLower(coalesce(toString(n.${sortProperty}), ''))`;
  const after = direction === 'ASC' ? '>' : '<';
  const keyset = withCursor ? `AND (${sortKey} ${after} $cursorValue OR (${sortKey} = $cursorValue AND n.id ${after} $cursorId))` : '';
  const count = withCount
    ? `
    CALL () {
      ${candidates(kind, pins)}
      WHERE ${predicate}
      RETURN count(n) AS total
    }`
    : '';
  return /* cypher */ `
    // connection.page ${kind}
    CALL () {
      ${candidates(kind, pins)}
      WHERE ${predicate} ${keyset}
      WITH n, ${sortKey} AS sortValue
      ORDER BY sortValue ${direction}, n.id ${direction}
      LIMIT $limit
      RETURN collect({ entity: ${projectNode('n').replace(/\n/g, '\n      ')}, sortValue: sortValue }) AS rows
    }${count}
    RETURN rows${withCount ? ', total' : ''}`;
}

export function countQuery({ kind, predicate, pins = [] }: { kind: ConnectionKind; predicate: string; pins?: readonly Anchor[] }): string {
  return /* cypher */ `
    // connection.count ${kind}
    ${candidates(kind, pins)}
    WHERE ${predicate}
    RETURN count(n) AS count`;
}
