// name: search.fulltext
// parameters:
// {
//   "hsCode": "850511",
//   "isoCode": null,
//   "lucene": "(hs^3 OR hs*) AND (8505^3 OR 8505* OR 8505~1) AND (11^3 OR 11*)",
//   "exact": "hs 8505.11",
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
         CASE WHEN toLower(node.name) = $exact THEN 2
              WHEN any(a IN coalesce(node.aliases, []) WHERE toLower(a) = $exact) THEN 1
              ELSE 0 END AS exactness
}
WITH node, max(score) AS score, max(exactness) AS exactness
WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
ORDER BY exactness DESC, score DESC, node.id
LIMIT $first
RETURN node { .*, label: head([l IN labels(node) WHERE l <> 'Entity']) } AS entity, score, exactness
