import { FULLTEXT_INDEX } from '../../db/schema.js';
import { projectEntity } from '../entity/entity.queries.js';

/**
 * Full-text search. Lucene ranks the candidates; an exact match of the whole text on a code (HS,
 * ISO), a name or failing that an alias then goes first, because that is what the user typed it for.
 */
export const SEARCH = /* cypher */ `
  // search.fulltext
  CALL () {
    // A code typed as such (an HS code, an ISO country code) goes first: that is what it names.
    MATCH (node:Commodity) WHERE node.hsCode = $hsCode
    RETURN node, 0.0 AS score, 3 AS exactness
    UNION
    MATCH (node:Country) WHERE node.iso2 = $isoCode OR node.iso3 = $isoCode
    RETURN node, 0.0 AS score, 3 AS exactness
    UNION
    CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $lucene, {limit: $candidates}) YIELD node, score
    RETURN node, score,
           CASE WHEN toLower(node.name) = $exact THEN 2
                WHEN any(a IN coalesce(node.aliases, []) WHERE toLower(a) = $exact) THEN 1
                ELSE 0 END AS exactness
  }
  WITH node, max(score) AS score, max(exactness) AS exactness
  WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
  ORDER BY exactness DESC, score DESC, node.id
  LIMIT $first
  RETURN ${projectEntity('node')} AS entity, score, exactness`;
