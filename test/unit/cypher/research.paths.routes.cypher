// name: research.paths.routes
// parameters:
// {
//   "asOf": "2025-06-01",
//   "routes": [
//     [
//       "country:CN",
//       "commodity:rare-earth-magnets",
//       "company:ford"
//     ]
//   ]
// }

// research.paths.routes
UNWIND range(0, size($routes) - 1) AS j
CALL (j) {
  UNWIND range(0, size($routes[j]) - 1) AS i
  MATCH (v:Entity {id: $routes[j][i]})
  WITH v ORDER BY i
  RETURN collect(v) AS ns
}
CALL (ns) {
  UNWIND range(0, size(ns) - 2) AS i
  WITH i, ns[i] AS x, ns[i + 1] AS y
  MATCH (x)-[r:PRODUCES|USES]->(y)
  WHERE ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf)))
  WITH i, x, r ORDER BY i, r.id
  WITH i, collect({ type: type(r), properties: properties(r), outgoing: startNode(r) = x }) AS rels
  ORDER BY i
  RETURN collect(rels) AS steps
}
RETURN [v IN ns | v { .*, labels: labels(v) }] AS nodes, steps
ORDER BY j
