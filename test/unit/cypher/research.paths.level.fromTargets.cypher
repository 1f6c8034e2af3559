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
//   "layer": [
//     "company:ford",
//     "company:tesla"
//   ],
//   "frontier": [
//     "commodity:rare-earth-magnets"
//   ],
//   "seen": [
//     "country:CN",
//     "commodity:rare-earth-magnets"
//   ],
//   "meetOnly": false
// }

// research.paths.level.fromTargets
UNWIND $layer AS id
MATCH (b:Entity {id: id})
CALL (b) {
  MATCH (m)-[r:PRODUCES|USES]->(b)
  WHERE (m.id IN $frontier OR (NOT $meetOnly AND NOT m.id IN $seen AND ((size($through) = 0 OR any(l IN labels(m) WHERE l IN $through)) AND none(l IN labels(m) WHERE l IN $avoid) AND NOT m.id IN $avoidIds))) AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf)))
  RETURN collect(m.id) AS parents, collect(false) AS endings
}
WITH b, parents, endings WHERE size(parents) > 0
RETURN collect(b.id) AS ids, collect(toLower(b.name)) AS names, collect(((size($through) = 0 OR any(l IN labels(b) WHERE l IN $through)) AND none(l IN labels(b) WHERE l IN $avoid) AND NOT b.id IN $avoidIds)) AS intermediate, collect(parents) AS parents, collect(endings) AS endings
