// name: research.paths.supply
// parameters:
// {
//   "to": "company:ford",
//   "from": "country:CN",
//   "through": [],
//   "avoid": [],
//   "avoidIds": [],
//   "asOf": null,
//   "spurs": [
//     {
//       "spur": "country:CN",
//       "target": "company:ford",
//       "blocked": [],
//       "forbid": [],
//       "hops": int(4)
//     }
//   ],
//   "byName": false,
//   "limit": int(2)
// }

// research.paths.supply, research.paths.spur
UNWIND range(0, size($spurs) - 1) AS j
WITH j, $spurs[j] AS spur
MATCH (s:Entity {id: spur.spur})
MATCH (b:Entity {id: spur.target})
WHERE b <> s
CALL (s, b, spur) {
  MATCH p = ALL SHORTEST (s)
      ((x0)<-[r0:PART_OF]-(n0) WHERE s.id = $from AND ($asOf IS NULL OR ((r0.validFrom IS NULL OR r0.validFrom <= $asOf) AND (r0.validTo IS NULL OR r0.validTo >= $asOf))) AND NOT (endNode(r0) = s AND startNode(r0).id IN spur.forbid) AND n0 <> s AND NOT n0.id IN spur.blocked){0,1}
      ((x1)-[r1:PRODUCES|MAKES]->(n1) WHERE ($asOf IS NULL OR ((r1.validFrom IS NULL OR r1.validFrom <= $asOf) AND (r1.validTo IS NULL OR r1.validTo >= $asOf))) AND NOT (startNode(r1) = s AND endNode(r1).id IN spur.forbid) AND n1 <> s AND NOT n1.id IN spur.blocked){0,1}
      ((x2)<-[r2:USES|HEADQUARTERED_IN]-(n2) WHERE ($asOf IS NULL OR ((r2.validFrom IS NULL OR r2.validFrom <= $asOf) AND (r2.validTo IS NULL OR r2.validTo >= $asOf))) AND NOT (endNode(r2) = s AND startNode(r2).id IN spur.forbid) AND n2 <> s AND NOT n2.id IN spur.blocked){0,1}
      ((x3)-[r3:PRODUCES|MAKES]->(n3) WHERE ($asOf IS NULL OR ((r3.validFrom IS NULL OR r3.validFrom <= $asOf) AND (r3.validTo IS NULL OR r3.validTo >= $asOf))) AND NOT (startNode(r3) = s AND endNode(r3).id IN spur.forbid) AND n3 <> s AND NOT n3.id IN spur.blocked){0,1}
      ((x4)<-[r4:USES|HEADQUARTERED_IN]-(n4) WHERE ($asOf IS NULL OR ((r4.validFrom IS NULL OR r4.validFrom <= $asOf) AND (r4.validTo IS NULL OR r4.validTo >= $asOf))) AND NOT (endNode(r4) = s AND startNode(r4).id IN spur.forbid) AND n4 <> s AND NOT n4.id IN spur.blocked){0,1}
      ((x5)-[r5:PRODUCES|MAKES]->(n5) WHERE ($asOf IS NULL OR ((r5.validFrom IS NULL OR r5.validFrom <= $asOf) AND (r5.validTo IS NULL OR r5.validTo >= $asOf))) AND NOT (startNode(r5) = s AND endNode(r5).id IN spur.forbid) AND n5 <> s AND NOT n5.id IN spur.blocked){0,1}
      ((x6)<-[r6:USES|HEADQUARTERED_IN]-(n6) WHERE ($asOf IS NULL OR ((r6.validFrom IS NULL OR r6.validFrom <= $asOf) AND (r6.validTo IS NULL OR r6.validTo >= $asOf))) AND NOT (endNode(r6) = s AND startNode(r6).id IN spur.forbid) AND n6 <> s AND NOT n6.id IN spur.blocked){0,1}
      ((x7)-[r7:PRODUCES|MAKES]->(n7) WHERE ($asOf IS NULL OR ((r7.validFrom IS NULL OR r7.validFrom <= $asOf) AND (r7.validTo IS NULL OR r7.validTo >= $asOf))) AND NOT (startNode(r7) = s AND endNode(r7).id IN spur.forbid) AND n7 <> s AND NOT n7.id IN spur.blocked){0,1}
      ((x8)<-[r8:USES|HEADQUARTERED_IN]-(n8) WHERE ($asOf IS NULL OR ((r8.validFrom IS NULL OR r8.validFrom <= $asOf) AND (r8.validTo IS NULL OR r8.validTo >= $asOf))) AND NOT (endNode(r8) = s AND startNode(r8).id IN spur.forbid) AND n8 <> s AND NOT n8.id IN spur.blocked){0,1}
      ((x9)<-[r9:IMPORTS_FROM]-(n9) WHERE ($asOf IS NULL OR ((r9.validFrom IS NULL OR r9.validFrom <= $asOf) AND (r9.validTo IS NULL OR r9.validTo >= $asOf))) AND NOT (endNode(r9) = s AND startNode(r9).id IN spur.forbid)){0,1}
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
