import { FULLTEXT_INDEX } from '../../db/schema.js';
import { projectEntity } from '../entity/entity.queries.js';

/**
 * Full-text search. Lucene ranks the candidates; an exact match of the whole text on a name
 * (or failing that an alias) then goes first, because that is what the user typed it for.
 */
export const SEARCH = /* cypher */ `
  // search.fulltext
  CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $lucene, {limit: $candidates}) YIELD node, score
  WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
  WITH node, score,
       CASE WHEN toLower(node.name) = $exact THEN 2
            WHEN any(a IN coalesce(node.aliases, []) WHERE toLower(a) = $exact) THEN 1
            ELSE 0 END AS exactness
  ORDER BY exactness DESC, score DESC, node.id
  LIMIT $first
  RETURN ${projectEntity('node')} AS entity, score, exactness`;
