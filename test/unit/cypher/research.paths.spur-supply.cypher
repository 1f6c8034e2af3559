// name: research.paths.spur
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
//   "spurs": [
//     {
//       "target": "company:ford",
//       "spur": "country:CN",
//       "blocked": [],
//       "forbid": [
//         "commodity:rare-earth-magnets"
//       ],
//       "hops": int(3)
//     },
//     {
//       "target": "company:ford",
//       "spur": "commodity:rare-earth-magnets",
//       "blocked": [
//         "country:CN"
//       ],
//       "forbid": [
//         "company:ford"
//       ],
//       "hops": int(2)
//     }
//   ],
//   "byName": true,
//   "limit": int(1)
// }

// research.paths.supply, research.paths.spur
UNWIND range(0, size($spurs) - 1) AS j
WITH j, $spurs[j] AS spur
MATCH (s:Entity {id: spur.spur})
MATCH (b:Entity {id: spur.target})
WHERE b <> s
CALL (s, b, spur) {
  MATCH p = ALL SHORTEST (s)
      ((x0)<-[r0:PART_OF]-(n0) WHERE s.id = $from AND ($asOf IS NULL OR ((r0.validFrom IS NULL OR r0.validFrom <= $asOf) AND (r0.validTo IS NULL OR r0.validTo >= $asOf))) AND NOT (endNode(r0) = s AND startNode(r0).id IN spur.forbid) AND n0 <> s AND NOT n0.id IN spur.blocked AND (n0 = b OR ((size($through) = 0 OR any(l IN labels(n0) WHERE l IN $through)) AND none(l IN labels(n0) WHERE l IN $avoid) AND NOT n0.id IN $avoidIds))){0,1}
      ((x1)-[r1:PRODUCES|MAKES|INPUT_TO|SUPPLIES|TARGETS|AFFECTS]->(n1) WHERE ($asOf IS NULL OR ((r1.validFrom IS NULL OR r1.validFrom <= $asOf) AND (r1.validTo IS NULL OR r1.validTo >= $asOf))) AND NOT (startNode(r1) = s AND endNode(r1).id IN spur.forbid) AND n1 <> s AND NOT n1.id IN spur.blocked AND (n1 = b OR ((size($through) = 0 OR any(l IN labels(n1) WHERE l IN $through)) AND none(l IN labels(n1) WHERE l IN $avoid) AND NOT n1.id IN $avoidIds))){0,1}
      ((x2)<-[r2:USES|HEADQUARTERED_IN]-(n2) WHERE ($asOf IS NULL OR ((r2.validFrom IS NULL OR r2.validFrom <= $asOf) AND (r2.validTo IS NULL OR r2.validTo >= $asOf))) AND NOT (endNode(r2) = s AND startNode(r2).id IN spur.forbid) AND n2 <> s AND NOT n2.id IN spur.blocked AND (n2 = b OR ((size($through) = 0 OR any(l IN labels(n2) WHERE l IN $through)) AND none(l IN labels(n2) WHERE l IN $avoid) AND NOT n2.id IN $avoidIds))){0,1}
      ((x3)-[r3:PRODUCES|MAKES|INPUT_TO|SUPPLIES|TARGETS|AFFECTS]->(n3) WHERE ($asOf IS NULL OR ((r3.validFrom IS NULL OR r3.validFrom <= $asOf) AND (r3.validTo IS NULL OR r3.validTo >= $asOf))) AND NOT (startNode(r3) = s AND endNode(r3).id IN spur.forbid) AND n3 <> s AND NOT n3.id IN spur.blocked AND (n3 = b OR ((size($through) = 0 OR any(l IN labels(n3) WHERE l IN $through)) AND none(l IN labels(n3) WHERE l IN $avoid) AND NOT n3.id IN $avoidIds))){0,1}
      ((x4)<-[r4:USES|HEADQUARTERED_IN]-(n4) WHERE ($asOf IS NULL OR ((r4.validFrom IS NULL OR r4.validFrom <= $asOf) AND (r4.validTo IS NULL OR r4.validTo >= $asOf))) AND NOT (endNode(r4) = s AND startNode(r4).id IN spur.forbid) AND n4 <> s AND NOT n4.id IN spur.blocked AND (n4 = b OR ((size($through) = 0 OR any(l IN labels(n4) WHERE l IN $through)) AND none(l IN labels(n4) WHERE l IN $avoid) AND NOT n4.id IN $avoidIds))){0,1}
      ((x5)-[r5:PRODUCES|MAKES|INPUT_TO|SUPPLIES|TARGETS|AFFECTS]->(n5) WHERE ($asOf IS NULL OR ((r5.validFrom IS NULL OR r5.validFrom <= $asOf) AND (r5.validTo IS NULL OR r5.validTo >= $asOf))) AND NOT (startNode(r5) = s AND endNode(r5).id IN spur.forbid) AND n5 <> s AND NOT n5.id IN spur.blocked AND (n5 = b OR ((size($through) = 0 OR any(l IN labels(n5) WHERE l IN $through)) AND none(l IN labels(n5) WHERE l IN $avoid) AND NOT n5.id IN $avoidIds))){0,1}
      ((x6)<-[r6:USES|HEADQUARTERED_IN]-(n6) WHERE ($asOf IS NULL OR ((r6.validFrom IS NULL OR r6.validFrom <= $asOf) AND (r6.validTo IS NULL OR r6.validTo >= $asOf))) AND NOT (endNode(r6) = s AND startNode(r6).id IN spur.forbid) AND n6 <> s AND NOT n6.id IN spur.blocked AND (n6 = b OR ((size($through) = 0 OR any(l IN labels(n6) WHERE l IN $through)) AND none(l IN labels(n6) WHERE l IN $avoid) AND NOT n6.id IN $avoidIds))){0,1}
      ((x7)<-[r7:IMPORTS|IMPORTS_FROM]-(n7) WHERE ($asOf IS NULL OR ((r7.validFrom IS NULL OR r7.validFrom <= $asOf) AND (r7.validTo IS NULL OR r7.validTo >= $asOf))) AND NOT (endNode(r7) = s AND startNode(r7).id IN spur.forbid)){0,1}
      (b)
  WHERE length(p) <= spur.hops
  WITH p LIMIT 1000
  WITH collect(nodes(p)) AS paths
  UNWIND paths AS ns
  WITH DISTINCT ns, size(paths) AS read
  ORDER BY CASE WHEN $byName THEN [v IN ns[1..] | toLower(v.name)] END, [v IN ns | v.id]
  LIMIT $limit
  RETURN ns, read
}
RETURN j, [v IN ns | v.id] AS ids, [v IN ns[1..] | toLower(v.name)] AS names, read
