// name: research.paths
// parameters:
// {
//   "to": "company:ford",
//   "from": "country:CN",
//   "through": [],
//   "avoid": [],
//   "avoidIds": [],
//   "asOf": null,
//   "k": int(2),
//   "first": int(10)
// }

// research.paths
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
WHERE b <> a
CALL (a, b) {
  MATCH p = ALL SHORTEST (a)((x)-[r:PRODUCES|USES|MAKES|HEADQUARTERED_IN|PART_OF|IMPORTS_FROM]-(n)
    WHERE ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) AND ((type(r) IN ["PRODUCES","MAKES","INPUT_TO","SUPPLIES","TARGETS","AFFECTS"] AND startNode(r) = x)
      OR (type(r) IN ["USES","HEADQUARTERED_IN"] AND endNode(r) = x)
      OR (n = b AND type(r) IN ["IMPORTS","IMPORTS_FROM"] AND endNode(r) = x)
      OR (x = a AND type(r) IN ["PART_OF"] AND endNode(r) = x)) AND (n = b OR ((size($through) = 0 OR any(l IN labels(n) WHERE l IN $through)) AND none(l IN labels(n) WHERE l IN $avoid) AND NOT n.id IN $avoidIds))){1,4}(b)
  WITH DISTINCT nodes(p) AS ns
  ORDER BY [v IN ns | v.id]
  LIMIT $k
  RETURN collect(ns) AS shortest
}
CALL (a, b, shortest) {
  WITH a, b, shortest WHERE 0 < size(shortest) < $k
  CALL (a, b) {
    WITH a, b WHERE COUNT { (a)--() } <= COUNT { (b)--() }
    MATCH p = SHORTEST 8 (a)((x)-[r:PRODUCES|USES|MAKES|HEADQUARTERED_IN|PART_OF|IMPORTS_FROM]-(n)
      WHERE ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf)))
        AND NOT EXISTS { MATCH (x)-[r2:PRODUCES|USES|MAKES|HEADQUARTERED_IN|PART_OF|IMPORTS_FROM]-(n) WHERE ($asOf IS NULL OR ((r2.validFrom IS NULL OR r2.validFrom <= $asOf) AND (r2.validTo IS NULL OR r2.validTo >= $asOf))) AND elementId(r2) < elementId(r) AND ((type(r2) IN ["PRODUCES","MAKES","INPUT_TO","SUPPLIES","TARGETS","AFFECTS"] AND startNode(r2) = x)
      OR (type(r2) IN ["USES","HEADQUARTERED_IN"] AND endNode(r2) = x)
      OR (n = b AND type(r2) IN ["IMPORTS","IMPORTS_FROM"] AND endNode(r2) = x)
      OR (x = a AND type(r2) IN ["PART_OF"] AND endNode(r2) = x)) } AND ((type(r) IN ["PRODUCES","MAKES","INPUT_TO","SUPPLIES","TARGETS","AFFECTS"] AND startNode(r) = x)
      OR (type(r) IN ["USES","HEADQUARTERED_IN"] AND endNode(r) = x)
      OR (n = b AND type(r) IN ["IMPORTS","IMPORTS_FROM"] AND endNode(r) = x)
      OR (x = a AND type(r) IN ["PART_OF"] AND endNode(r) = x))
        AND (n = b OR ((size($through) = 0 OR any(l IN labels(n) WHERE l IN $through)) AND none(l IN labels(n) WHERE l IN $avoid) AND NOT n.id IN $avoidIds))){1,4}(b)
    RETURN nodes(p) AS ns
    UNION
    WITH a, b WHERE COUNT { (a)--() } > COUNT { (b)--() }
    MATCH p = SHORTEST 8 (b)((n)-[r:PRODUCES|USES|MAKES|HEADQUARTERED_IN|PART_OF|IMPORTS_FROM]-(x)
      WHERE ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf)))
        AND NOT EXISTS { MATCH (n)-[r2:PRODUCES|USES|MAKES|HEADQUARTERED_IN|PART_OF|IMPORTS_FROM]-(x) WHERE ($asOf IS NULL OR ((r2.validFrom IS NULL OR r2.validFrom <= $asOf) AND (r2.validTo IS NULL OR r2.validTo >= $asOf))) AND elementId(r2) < elementId(r) AND ((type(r2) IN ["PRODUCES","MAKES","INPUT_TO","SUPPLIES","TARGETS","AFFECTS"] AND startNode(r2) = x)
      OR (type(r2) IN ["USES","HEADQUARTERED_IN"] AND endNode(r2) = x)
      OR (n = b AND type(r2) IN ["IMPORTS","IMPORTS_FROM"] AND endNode(r2) = x)
      OR (x = a AND type(r2) IN ["PART_OF"] AND endNode(r2) = x)) } AND ((type(r) IN ["PRODUCES","MAKES","INPUT_TO","SUPPLIES","TARGETS","AFFECTS"] AND startNode(r) = x)
      OR (type(r) IN ["USES","HEADQUARTERED_IN"] AND endNode(r) = x)
      OR (n = b AND type(r) IN ["IMPORTS","IMPORTS_FROM"] AND endNode(r) = x)
      OR (x = a AND type(r) IN ["PART_OF"] AND endNode(r) = x))
        AND (x = a OR ((size($through) = 0 OR any(l IN labels(x) WHERE l IN $through)) AND none(l IN labels(x) WHERE l IN $avoid) AND NOT x.id IN $avoidIds))){1,4}(a)
    RETURN reverse(nodes(p)) AS ns
  }
  WITH DISTINCT ns, shortest
  WHERE size(ns) > size(shortest[0])
    AND all(i IN range(0, size(ns) - 1) WHERE none(j IN range(i + 1, size(ns) - 1) WHERE ns[i] = ns[j]))
  // Among longer routes of equal length, a stable order.
  WITH ns ORDER BY size(ns), [v IN ns | v.id]
  RETURN collect(ns) AS longer
}
UNWIND shortest + longer[..($k - size(shortest))] AS ns
WITH ns ORDER BY size(ns), [v IN ns | toLower(v.name)], [v IN ns | v.id] LIMIT $first
CALL (ns) {
  UNWIND range(0, size(ns) - 2) AS i
  WITH i, ns[i] AS x, ns[i + 1] AS y
  MATCH (x)-[r:PRODUCES|USES|MAKES|HEADQUARTERED_IN|PART_OF|IMPORTS_FROM]-(y)
  WHERE ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) AND ((type(r) IN ["PRODUCES","MAKES","INPUT_TO","SUPPLIES","TARGETS","AFFECTS"] AND startNode(r) = x)
      OR (type(r) IN ["USES","HEADQUARTERED_IN"] AND endNode(r) = x)
      OR (y = ns[-1] AND type(r) IN ["IMPORTS","IMPORTS_FROM"] AND endNode(r) = x)
      OR (x = ns[0] AND type(r) IN ["PART_OF"] AND endNode(r) = x))
  WITH i, x, r ORDER BY i, r.id
  WITH i, collect({ type: type(r), properties: properties(r), outgoing: startNode(r) = x }) AS rels
  ORDER BY i
  RETURN collect(rels) AS steps
}
RETURN [v IN ns | v { .*, labels: labels(v) }] AS nodes, steps
