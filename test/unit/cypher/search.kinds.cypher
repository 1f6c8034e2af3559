// name: search.fulltext
// parameters:
// {
//   "hsCode": null,
//   "hsExact": true,
//   "isoCode": null,
//   "lucene": "(lutnick^3 OR lutnick* OR lutnick~1)",
//   "exactPattern": "(?isu)[^\\p{L}\\p{N}]*\\Qlutnick\\E[^\\p{L}\\p{N}]*",
//   "phrasePattern": "(?isu).*(?<![\\p{L}\\p{N}])\\Qlutnick\\E(?![\\p{L}\\p{N}]).*",
//   "subjects": [],
//   "subjectLucene": null,
//   "labels": [
//     "Official",
//     "Organization"
//   ],
//   "candidates": int(30),
//   "first": int(3)
// }

// search.fulltext
CALL () {
  MATCH (node:Commodity) WHERE node.hsCode = $hsCode
  RETURN node, 0.0 AS score, CASE WHEN node.hsEdition IS NOT NULL THEN 6.0 ELSE 5.0 END AS tier, $hsExact AS exact
  UNION
  MATCH (node:Country) WHERE node.iso2 = $isoCode OR node.iso3 = $isoCode
  RETURN node, 0.0 AS score, 6.0 AS tier, true AS exact
  UNION
  CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: $candidates}) YIELD node AS found, score AS foundScore
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
  CALL db.index.fulltext.queryNodes('entity_search', coalesce($subjectLucene, 'x'), {limit: 50}) YIELD node, score
  WITH node, score WHERE $subjectLucene IS NOT NULL AND node:Commodity AND node.hsEdition IS NULL
    AND (replace(toLower(node.name), '-', ' ') IN $subjects OR any(a IN coalesce(node.aliases, []) WHERE replace(toLower(a), '-', ' ') IN $subjects))
  RETURN node, score, CASE WHEN replace(toLower(node.name), '-', ' ') IN $subjects THEN 2.5 ELSE 2.0 END AS tier, false AS exact
}
WITH node, max(score) AS score, max(tier) AS tier, max(CASE WHEN exact THEN 1 ELSE 0 END) = 1 AS exact
WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
ORDER BY tier DESC, score DESC, node.id
LIMIT $first
RETURN node { .*, labels: labels(node) } AS entity, score, exact
