// name: research.paths.longer
// parameters:
// {
//   "w0": "country:US",
//   "from": "country:CN",
//   "through": [
//     "Commodity"
//   ],
//   "avoid": [
//     "Sector"
//   ],
//   "avoidIds": [
//     "company:apple"
//   ],
//   "asOf": "2025-06-01",
//   "anchorIds": [
//     "country:US"
//   ],
//   "targets": [
//     {
//       "id": "company:ford",
//       "length": int(2)
//     }
//   ]
// }

// research.paths.longer
MATCH (a:Entity {id: $from})
UNWIND $targets AS t
MATCH (b:Entity {id: t.id})
CALL (a, b, t) {
  CALL (a, b) {
    WITH a, b WHERE COUNT { (a)--() } <= COUNT { (b)--() }
    MATCH p = SHORTEST 12 (a)((x)-[r:PRODUCES|USES]->(n)
      WHERE ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf)))
        AND NOT EXISTS { MATCH (x)-[r2:PRODUCES|USES]->(n) WHERE ($asOf IS NULL OR ((r2.validFrom IS NULL OR r2.validFrom <= $asOf) AND (r2.validTo IS NULL OR r2.validTo >= $asOf))) AND elementId(r2) < elementId(r) }
        AND (n = b OR ((size($through) = 0 OR any(l IN labels(n) WHERE l IN $through)) AND none(l IN labels(n) WHERE l IN $avoid) AND NOT n.id IN $avoidIds))){1,3}(b)
    RETURN nodes(p) AS ns
    UNION
    WITH a, b WHERE COUNT { (a)--() } > COUNT { (b)--() }
    MATCH p = SHORTEST 12 (b)((n)<-[r:PRODUCES|USES]-(x)
      WHERE ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf)))
        AND NOT EXISTS { MATCH (n)<-[r2:PRODUCES|USES]-(x) WHERE ($asOf IS NULL OR ((r2.validFrom IS NULL OR r2.validFrom <= $asOf) AND (r2.validTo IS NULL OR r2.validTo >= $asOf))) AND elementId(r2) < elementId(r) }
        AND (x = a OR ((size($through) = 0 OR any(l IN labels(x) WHERE l IN $through)) AND none(l IN labels(x) WHERE l IN $avoid) AND NOT x.id IN $avoidIds))){1,3}(a)
    RETURN reverse(nodes(p)) AS ns
  }
  WITH DISTINCT ns, t
  WHERE size(ns) > t.length + 1
    AND all(i IN range(0, size(ns) - 1) WHERE none(j IN range(i + 1, size(ns) - 1) WHERE ns[i] = ns[j]))
  WITH ns ORDER BY size(ns), [v IN ns | v.id]
  RETURN collect({ ids: [v IN ns | v.id], names: [v IN ns[1..] | toLower(v.name)] }) AS longer
}
RETURN t.id AS target, longer
