// name: research.paths.level.fromTargets
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
//     "company:ford",
//     "company:tesla"
//   ],
//   "frontier": [
//     "commodity:rare-earth-magnets"
//   ]
// }

// research.paths.level.fromTargets
UNWIND $targets AS target
MATCH (b:Entity {id: target})
CALL (b) {
  MATCH (m)-[r:PRODUCES|USES]->(b)
  WHERE m.id IN $frontier AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf)))
  RETURN collect(DISTINCT m.id) AS parents
}
WITH b, parents WHERE size(parents) > 0
RETURN collect(b.id) AS ids, collect(toLower(b.name)) AS names, collect(parents) AS parents
