import { FULLTEXT_INDEX } from '../../db/schema.js';
import { projectEntity } from '../entity/entity.queries.js';

/**
 * Full-text search. Lucene ranks the candidates; an exact match of the whole text on a code (HS,
 * ISO), a name or failing that an alias then goes first, because that is what the user typed it for
 * (names compare in lower case with hyphens as spaces: "rare earth magnets" is "Rare-earth magnets").
 * Then a commodity the text names with a stage of production ("rare earth mining", "lithium ore":
 * the USGS mineral, a story commodity; by name before by alias) before what merely mentions the
 * words (a sector, an HS heading): the HS nomenclature's own entries are not lifted this way, they
 * are found by code.
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
           CASE WHEN replace(toLower(node.name), '-', ' ') = $exact THEN 2.0
                WHEN any(a IN coalesce(node.aliases, []) WHERE replace(toLower(a), '-', ' ') = $exact) THEN 1.0
                ELSE 0.0 END AS exactness
    UNION
    // A commodity named with a stage word ("rare earth mining" → Rare earths), found by its name alone.
    CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', coalesce($subjectLucene, 'x'), {limit: 50}) YIELD node, score
    WITH node, score WHERE $subjectLucene IS NOT NULL AND node:Commodity AND node.hsEdition IS NULL
      AND (replace(toLower(node.name), '-', ' ') IN $subjects OR any(a IN coalesce(node.aliases, []) WHERE replace(toLower(a), '-', ' ') IN $subjects))
    RETURN node, score, CASE WHEN replace(toLower(node.name), '-', ' ') IN $subjects THEN 0.6 ELSE 0.5 END AS exactness
  }
  WITH node, max(score) AS score, max(exactness) AS exactness
  WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
  ORDER BY exactness DESC, score DESC, node.id
  LIMIT $first
  RETURN ${projectEntity('node')} AS entity, score, exactness >= 1 AS exact`;
