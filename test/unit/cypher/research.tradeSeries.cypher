// name: research.tradeSeries
// parameters:
// {
//   "exporter": "country:CN",
//   "importer": "country:US",
//   "commodity": "commodity:rare-earth-magnets",
//   "world": "region:world"
// }

// research.tradeSeries
OPTIONAL MATCH (x:Entity {id: $exporter})
OPTIONAL MATCH (m:Entity {id: $importer})
OPTIONAL MATCH (c:Commodity {id: $commodity})
RETURN CASE WHEN x IS NULL THEN NULL ELSE x { .*, labels: labels(x) } END AS exporter,
       CASE WHEN m IS NULL THEN NULL ELSE m { .*, labels: labels(m) } END AS importer,
       CASE WHEN c IS NULL THEN NULL ELSE c { .*, labels: labels(c) } END AS commodity,
       COLLECT {
         MATCH (t:TradeObservation)-[:EXPORTER]->(x)
         WHERE EXISTS { (t)-[:IMPORTER]->(m) } AND EXISTS { (t)-[:OF]->(c) }
         RETURN t { .id, .period, .quantity, .unit, .changeBases, .changePercents, .changeComparedTo, sources: [(t)-[:REPORTED_IN]->(s) | s.id] }
       } AS flow,
       COLLECT {
         MATCH (t:TradeObservation)-[:EXPORTER]->(x)
         WHERE EXISTS { (t)-[:IMPORTER]->(:Region {id: $world}) } AND EXISTS { (t)-[:OF]->(c) }
         RETURN t { .id, .period, .quantity, .unit, .changeBases, .changePercents, .changeComparedTo, sources: [(t)-[:REPORTED_IN]->(s) | s.id] }
       } AS totals
