/**
 * Cypher for the root connections. The label and the sort property come from the model's fixed
 * tables; the filter is compiled by where.ts into parameters.
 */
import type { ConnectionKind } from '../../model/filters.js';
import { projectEntity } from '../entity/entity.queries.js';

export function pageQuery({ kind, predicate, sortProperty, direction, withCursor }: { kind: ConnectionKind; predicate: string; sortProperty: string; direction: 'ASC' | 'DESC'; withCursor: boolean }): string {
  // Case-insensitive, so "eVAC Magnetics" sorts among the Es; missing values sort first.
  const sortKey = `toLower(coalesce(toString(n.${sortProperty}), ''))`;
  const after = direction === 'ASC' ? '>' : '<';
  const keyset = withCursor ? `AND (${sortKey} ${after} $cursorValue OR (${sortKey} = $cursorValue AND n.id ${after} $cursorId))` : '';
  return /* cypher */ `
    // connection.page ${kind}
    MATCH (n:${kind})
    WHERE ${predicate} ${keyset}
    WITH n, ${sortKey} AS sortValue
    ORDER BY sortValue ${direction}, n.id ${direction}
    LIMIT $limit
    RETURN ${projectEntity('n')} AS entity, sortValue`;
}

export function countQuery({ kind, predicate }: { kind: ConnectionKind; predicate: string }): string {
  return /* cypher */ `
    // connection.count ${kind}
    MATCH (n:${kind})
    WHERE ${predicate}
    RETURN count(n) AS count`;
}
