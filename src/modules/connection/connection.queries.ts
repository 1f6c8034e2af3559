/**
 * Cypher for the root connections. The label and the sort property come from the model's fixed
 * tables; the filter is compiled by where.ts into parameters.
 */
import { relationshipPattern } from '../../cypher/pattern.js';
import type { ConnectionKind } from '../../model/filters.js';
import type { RelationshipField } from '../../model/relationshipFields.js';
import { projectEntity } from '../../cypher/entity.js';

/**
 * The candidates: every node of the kind, or, with an anchor (see where.ts findAnchor), only the
 * nodes next to the anchor entities, found through the id index.
 */
function candidates(kind: ConnectionKind, anchor: RelationshipField | undefined): string {
  if (!anchor) return `MATCH (n:${kind})`;
  return `MATCH (anchor:Entity) WHERE anchor.id IN $anchorIds
    MATCH ${relationshipPattern(anchor.direction, `n:${kind}`, '', anchor.type, 'anchor')}
    WITH DISTINCT n`;
}

/**
 * One page of a root connection and, with withCount, its total, in one statement: the page keeps
 * its top `limit` rows (ORDER BY … LIMIT) before `projectNode(n)` projects them (the entity with
 * what the query selects below it, see modules/tree).
 */
export function pageQuery({ kind, predicate, sortProperty, direction, withCursor, anchor, withCount = false, projectNode = projectEntity }: { kind: ConnectionKind; predicate: string; sortProperty: string; direction: 'ASC' | 'DESC'; withCursor: boolean; anchor?: RelationshipField; withCount?: boolean; projectNode?: (n: string) => string }): string {
  // Case-insensitive, so "eVAC Magnetics" sorts among the Es; missing values sort first.
  const sortKey = `toLower(coalesce(toString(n.${sortProperty}), ''))`;
  const after = direction === 'ASC' ? '>' : '<';
  const keyset = withCursor ? `AND (${sortKey} ${after} $cursorValue OR (${sortKey} = $cursorValue AND n.id ${after} $cursorId))` : '';
  const count = withCount
    ? `
    CALL () {
      ${candidates(kind, anchor)}
      WHERE ${predicate}
      RETURN count(n) AS total
    }`
    : '';
  return /* cypher */ `
    // connection.page ${kind}
    CALL () {
      ${candidates(kind, anchor)}
      WHERE ${predicate} ${keyset}
      WITH n, ${sortKey} AS sortValue
      ORDER BY sortValue ${direction}, n.id ${direction}
      LIMIT $limit
      RETURN collect({ entity: ${projectNode('n').replace(/\n/g, '\n      ')}, sortValue: sortValue }) AS rows
    }${count}
    RETURN rows${withCount ? ', total' : ''}`;
}

export function countQuery({ kind, predicate, anchor }: { kind: ConnectionKind; predicate: string; anchor?: RelationshipField }): string {
  return /* cypher */ `
    // connection.count ${kind}
    ${candidates(kind, anchor)}
    WHERE ${predicate}
    RETURN count(n) AS count`;
}
