// name: research.paths.level.first
// parameters:
// {
//   "to": "company:ford",
//   "from": "country:CN",
//   "through": [],
//   "avoid": [],
//   "avoidIds": [],
//   "asOf": null,
//   "w0": "company:ford",
//   "frontier": [
//     "country:CN"
//   ],
//   "seen": [
//     "country:CN"
//   ],
//   "limit": int(501)
// }

// research.paths.level.first
UNWIND range(0, size($frontier) - 1) AS i
MATCH (m:Entity {id: $frontier[i]})
UNWIND [(m)-[r:PRODUCES|USES|MAKES|HEADQUARTERED_IN|PART_OF|IMPORTS_FROM]-(b) WHERE ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) AND ((type(r) IN ["PRODUCES","MAKES","INPUT_TO","SUPPLIES","TARGETS","AFFECTS"] AND startNode(r) = m)
      OR (type(r) IN ["USES","HEADQUARTERED_IN"] AND endNode(r) = m)
      OR (b = b AND type(r) IN ["IMPORTS","IMPORTS_FROM"] AND endNode(r) = m)
      OR (m.id = $from AND type(r) IN ["PART_OF"] AND endNode(r) = m)) | [b, type(r) IN ["IMPORTS","IMPORTS_FROM"]]] AS hit
WITH hit[0] AS b, hit[1] AS ends, i WHERE NOT b.id IN $seen
WITH b, collect(DISTINCT i) AS parents, true IN collect(ends) AS ended
// The label first, then the target's conditions, in that order: a CASE keeps it. (In a WHERE
// the planner ran a condition's subquery for every entity reached before the label check; at
// 1M relationships, a level of 6,325 entities: 0.64–0.72× the time through the driver, 0.82×
// with our row handling, which is most of what is left.)
WITH b, parents, ended, CASE WHEN NOT b:Company THEN false ELSE b.id = $w0 END AS target
// An entity a supply route reaches by a step the walk stops after (into an importing country)
// ends its routes: it is never an intermediate entity (also when another parent reaches it).
WITH b.id AS id, toLower(b.name) AS name, parents, ((size($through) = 0 OR any(l IN labels(b) WHERE l IN $through)) AND none(l IN labels(b) WHERE l IN $avoid) AND NOT b.id IN $avoidIds) AND NOT ended AS through, target
// One row of parallel lists: a level is thousands of entities, and a row each cost the driver
// more than the lists do (at 1M relationships, level 2's 6,952 entities: 0.75x the time).
WITH collect(id) AS ids, collect(name) AS names, collect(parents) AS parents, collect(through) AS through, collect(target) AS targets
CALL () {
  MATCH (b:Company)
  WHERE b.id <> $from AND b.id = $w0
  WITH b LIMIT $limit
  RETURN collect(b.id) AS targetIds
}
RETURN ids, names, parents, through, targets, targetIds
