// name: research.paths.level.first
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
//   "w1": "sector:automotive",
//   "anchorIds1": [
//     "sector:automotive"
//   ],
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
UNWIND [(m)-[r:PRODUCES|USES]->(b) WHERE ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) | [b, false]] AS hit
WITH hit[0] AS b, hit[1] AS ends, i WHERE NOT b.id IN $seen
WITH b, collect(DISTINCT i) AS parents, true IN collect(ends) AS ended
// The label first, then the target's conditions, in that order: a CASE keeps it. (In a WHERE
// the planner ran a condition's subquery for every entity reached before the label check; at
// 1M relationships, a level of 6,325 entities: 0.64–0.72× the time through the driver, 0.82×
// with our row handling, which is most of what is left.)
WITH b, parents, ended, CASE WHEN NOT b:Company THEN false ELSE (EXISTS { MATCH (b)-[r0:HEADQUARTERED_IN]->(m0:Entity) WHERE m0.id = $w0 } AND EXISTS { MATCH (b)-[r0:IN_SECTOR]->(m0:Entity) WHERE m0.id = $w1 }) END AS target
// An entity a supply route reaches by a step the walk stops after (into an importing country)
// ends its routes: it is never an intermediate entity (also when another parent reaches it).
WITH b.id AS id, toLower(b.name) AS name, parents, ((size($through) = 0 OR any(l IN labels(b) WHERE l IN $through)) AND none(l IN labels(b) WHERE l IN $avoid) AND NOT b.id IN $avoidIds) AND NOT ended AS through, target
// One row of parallel lists: a level is thousands of entities, and a row each cost the driver
// more than the lists do (at 1M relationships, level 2's 6,952 entities: 0.75x the time).
WITH collect(id) AS ids, collect(name) AS names, collect(parents) AS parents, collect(through) AS through, collect(target) AS targets
CALL () {
  MATCH (anchor:Entity) WHERE anchor.id IN $anchorIds
  MATCH (anchor1:Entity) WHERE anchor1.id IN $anchorIds1
  MATCH (b:Company)-[:HEADQUARTERED_IN]->(anchor)
  MATCH (b)-[:IN_SECTOR]->(anchor1)
  USING JOIN ON b
  WITH DISTINCT b
  WHERE b.id <> $from AND true
  WITH b LIMIT $limit
  RETURN collect(b.id) AS targetIds
}
RETURN ids, names, parents, through, targets, targetIds
