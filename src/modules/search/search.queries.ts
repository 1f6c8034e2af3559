import { FULLTEXT_INDEX } from '../../db/schema.js';
import { projectEntity } from '../../cypher/entity.js';

/**
 * Full-text search. Lucene finds and scores the candidates; how the text matches a candidate's
 * name or aliases then sets its tier, whatever its kind, and Lucene's score orders each tier:
 *
 *   6  the code typed: the HS entry of an HS code ("8505.11"), the country of an ISO code ("CN")
 *   5  a commodity classified under the HS code typed (the story's magnets under 8505.11)
 *   4  its name is the text (same words in the same order, ignoring case and punctuation)
 *   3  one of its aliases is the text ("DRC", "Congo (Kinshasa)")
 *      — right after a commodity named so (4 or 3; not an HS entry), the HS codes it is classified
 *      under (3.9, 2.9): "permanent magnets", an alias of the story's rare-earth magnets, brings
 *      HS 8505.11 next (with its own Lucene score, 0 where Lucene did not find it)
 *   2  a commodity the text names with a stage of production ("rare earth mining", "lithium ore":
 *      the USGS mineral, a story commodity), by name (2.5) before by alias; HS entries are found by
 *      code, not lifted this way
 *   1  its name or an alias holds the text as a phrase ("permanent magnets" in HS 8505.11's
 *      "Magnets; permanent magnets and articles …"), before what only mentions the words elsewhere
 *   0  the rest
 *
 * `exact` is a code typed as such (tiers 5 and 6; not a national tariff line, which names the HS
 * subheading it extends) or an exact name or alias (tiers 3 and 4).
 *
 * `projectNode` prints each hit's entity: with what the request selects below it (the query tree,
 * modules/tree), so nested fields come in the same statement.
 */
export const searchQuery = (projectNode: (variable: string) => string = projectEntity) => /* cypher */ `
  // search.fulltext
  CALL () {
    MATCH (node:Commodity) WHERE node.hsCode = $hsCode
    RETURN node, 0.0 AS score, CASE WHEN node.hsEdition IS NOT NULL THEN 6.0 ELSE 5.0 END AS tier, $hsExact AS exact
    UNION
    MATCH (node:Country) WHERE node.iso2 = $isoCode OR node.iso3 = $isoCode
    RETURN node, 0.0 AS score, 6.0 AS tier, true AS exact
    UNION
    CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $lucene, {limit: $candidates}) YIELD node AS found, score AS foundScore
    WITH found, foundScore, coalesce(found.aliases, []) AS aliases
    WITH found, foundScore, CASE WHEN found.name =~ $exactPattern THEN 4.0
                                 WHEN any(a IN aliases WHERE a =~ $exactPattern) THEN 3.0
                                 WHEN found.name =~ $phrasePattern OR any(a IN aliases WHERE a =~ $phrasePattern) THEN 1.0
                                 ELSE 0.0 END AS foundTier
    CALL (found, foundScore, foundTier) {
      RETURN found AS node, foundScore AS score, foundTier AS tier, foundTier >= 3.0 AS exact
      UNION
      MATCH (found:Commodity)-[:PART_OF]->(code:Commodity) WHERE foundTier >= 3.0 AND found.hsEdition IS NULL AND code.hsEdition IS NOT NULL
      RETURN code AS node, 0.0 AS score, foundTier - 0.1 AS tier, false AS exact
    }
    RETURN node, score, tier, exact
    UNION
    // A commodity named with a stage word ("rare earth mining" → Rare earths), found by its name alone.
    CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', coalesce($subjectLucene, 'x'), {limit: 50}) YIELD node, score
    WITH node, score WHERE $subjectLucene IS NOT NULL AND node:Commodity AND node.hsEdition IS NULL
      AND (replace(toLower(node.name), '-', ' ') IN $subjects OR any(a IN coalesce(node.aliases, []) WHERE replace(toLower(a), '-', ' ') IN $subjects))
    RETURN node, score, CASE WHEN replace(toLower(node.name), '-', ' ') IN $subjects THEN 2.5 ELSE 2.0 END AS tier, false AS exact
  }
  WITH node, max(score) AS score, max(tier) AS tier, max(CASE WHEN exact THEN 1 ELSE 0 END) = 1 AS exact
  WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
  ORDER BY tier DESC, score DESC, node.id
  LIMIT $first
  RETURN ${projectNode('node')} AS entity, score, exact`;

/** The search statement when nothing is selected below the hits' entities (every property). */
export const SEARCH = searchQuery();
