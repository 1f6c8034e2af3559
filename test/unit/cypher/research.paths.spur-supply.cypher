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
//   ]
// }

// research.paths.spur
UNWIND range(0, size($spurs) - 1) AS j
WITH j, $spurs[j] AS spur
MATCH (s:Entity {id: spur.spur})
MATCH (b:Entity {id: spur.target})
CALL (s, b, spur) {
  WITH s, b, spur WHERE spur.hops = 1
    MATCH p = SHORTEST 1 (s)((x)-[r:PRODUCES|MAKES|INPUT_TO|USES|SUPPLIES|IMPORTS|IMPORTS_FROM|HEADQUARTERED_IN|TARGETS|AFFECTS|PART_OF]-(n)
      WHERE ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) AND ((type(r) IN ["PRODUCES","MAKES","INPUT_TO","SUPPLIES","TARGETS","AFFECTS"] AND startNode(r) = x)
      OR (type(r) IN ["USES","HEADQUARTERED_IN"] AND endNode(r) = x)
      OR (n = b AND type(r) IN ["IMPORTS","IMPORTS_FROM"] AND endNode(r) = x)
      OR (x.id = $from AND type(r) IN ["PART_OF"] AND endNode(r) = x))
        AND NOT (startNode(r) = s AND endNode(r).id IN spur.forbid) AND NOT (endNode(r) = s AND startNode(r).id IN spur.forbid)
        AND n <> s AND NOT n.id IN spur.blocked AND (n = b OR ((size($through) = 0 OR any(l IN labels(n) WHERE l IN $through)) AND none(l IN labels(n) WHERE l IN $avoid) AND NOT n.id IN $avoidIds))){1,1}(b)
    RETURN p
  UNION ALL
  WITH s, b, spur WHERE spur.hops = 2
    MATCH p = SHORTEST 1 (s)((x)-[r:PRODUCES|MAKES|INPUT_TO|USES|SUPPLIES|IMPORTS|IMPORTS_FROM|HEADQUARTERED_IN|TARGETS|AFFECTS|PART_OF]-(n)
      WHERE ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) AND ((type(r) IN ["PRODUCES","MAKES","INPUT_TO","SUPPLIES","TARGETS","AFFECTS"] AND startNode(r) = x)
      OR (type(r) IN ["USES","HEADQUARTERED_IN"] AND endNode(r) = x)
      OR (n = b AND type(r) IN ["IMPORTS","IMPORTS_FROM"] AND endNode(r) = x)
      OR (x.id = $from AND type(r) IN ["PART_OF"] AND endNode(r) = x))
        AND NOT (startNode(r) = s AND endNode(r).id IN spur.forbid) AND NOT (endNode(r) = s AND startNode(r).id IN spur.forbid)
        AND n <> s AND NOT n.id IN spur.blocked AND (n = b OR ((size($through) = 0 OR any(l IN labels(n) WHERE l IN $through)) AND none(l IN labels(n) WHERE l IN $avoid) AND NOT n.id IN $avoidIds))){1,2}(b)
    RETURN p
  UNION ALL
  WITH s, b, spur WHERE spur.hops = 3
    MATCH p = SHORTEST 1 (s)((x)-[r:PRODUCES|MAKES|INPUT_TO|USES|SUPPLIES|IMPORTS|IMPORTS_FROM|HEADQUARTERED_IN|TARGETS|AFFECTS|PART_OF]-(n)
      WHERE ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) AND ((type(r) IN ["PRODUCES","MAKES","INPUT_TO","SUPPLIES","TARGETS","AFFECTS"] AND startNode(r) = x)
      OR (type(r) IN ["USES","HEADQUARTERED_IN"] AND endNode(r) = x)
      OR (n = b AND type(r) IN ["IMPORTS","IMPORTS_FROM"] AND endNode(r) = x)
      OR (x.id = $from AND type(r) IN ["PART_OF"] AND endNode(r) = x))
        AND NOT (startNode(r) = s AND endNode(r).id IN spur.forbid) AND NOT (endNode(r) = s AND startNode(r).id IN spur.forbid)
        AND n <> s AND NOT n.id IN spur.blocked AND (n = b OR ((size($through) = 0 OR any(l IN labels(n) WHERE l IN $through)) AND none(l IN labels(n) WHERE l IN $avoid) AND NOT n.id IN $avoidIds))){1,3}(b)
    RETURN p
}
RETURN j, [v IN nodes(p) | v.id] AS ids, [v IN nodes(p)[1..] | toLower(v.name)] AS names
