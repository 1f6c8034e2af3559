// name: search.fulltext
// parameters:
// {
//   "hsCode": null,
//   "isoCode": null,
//   "lucene": "(rare^3 OR rare* OR rare~1) AND (earth^3 OR earth* OR earth~1) AND (magnets^3 OR magnets* OR magnets~1)",
//   "exact": "rare earth magnets",
//   "subjects": [],
//   "subjectLucene": null,
//   "labels": null,
//   "candidates": int(100),
//   "first": int(10)
// }

// search.fulltext
CALL () {
  // A code typed as such (an HS code, an ISO country code) goes first: that is what it names.
  MATCH (node:Commodity) WHERE node.hsCode = $hsCode
  RETURN node, 0.0 AS score, 3 AS exactness
  UNION
  MATCH (node:Country) WHERE node.iso2 = $isoCode OR node.iso3 = $isoCode
  RETURN node, 0.0 AS score, 3 AS exactness
  UNION
  CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: $candidates}) YIELD node, score
  RETURN node, score,
         CASE WHEN replace(toLower(node.name), '-', ' ') = $exact THEN 2.0
              WHEN any(a IN coalesce(node.aliases, []) WHERE replace(toLower(a), '-', ' ') = $exact) THEN 1.0
              ELSE 0.0 END AS exactness
  UNION
  // A commodity named with a stage word ("rare earth mining" → Rare earths), found by its name alone.
  CALL db.index.fulltext.queryNodes('entity_search', coalesce($subjectLucene, 'x'), {limit: 50}) YIELD node, score
  WITH node, score WHERE $subjectLucene IS NOT NULL AND node:Commodity AND node.hsEdition IS NULL
    AND (replace(toLower(node.name), '-', ' ') IN $subjects OR any(a IN coalesce(node.aliases, []) WHERE replace(toLower(a), '-', ' ') IN $subjects))
  RETURN node, score, CASE WHEN replace(toLower(node.name), '-', ' ') IN $subjects THEN 0.6 ELSE 0.5 END AS exactness
}
WITH node, max(score) AS score, max(exactness) AS exactness
WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
ORDER BY exactness DESC, score DESC, node.id
LIMIT $first
RETURN node { .*, label: head([l IN labels(node) WHERE l <> 'Entity']) } AS entity, score, exactness >= 1 AS exact
