// name: research.disruption
// parameters:
// {
//   "stop": [
//     "country:CN",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     ""
//   ],
//   "onlySome": true,
//   "commodities": [
//     "commodity:mineral-gallium",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     "",
//     ""
//   ],
//   "asOf": "2025-06-30",
//   "year": int(2025),
//   "world": "region:world"
// }

// research.disruption
UNWIND [x IN $stop WHERE x <> ''] AS asked
OPTIONAL MATCH (e:Entity {id: asked})
OPTIONAL MATCH ()-[p:PRODUCES {id: asked}]->()
OPTIONAL MATCH ()-[k:MAKES {id: asked}]->()
WITH asked, e, coalesce(p, k) AS line
WITH collect(CASE WHEN e IS NULL AND line IS NULL THEN asked END) AS unknown,
     collect(e) AS entities, collect(line) AS lines
WITH unknown, entities, lines + COLLECT {
       UNWIND entities AS s
       MATCH (s)-[r:PRODUCES|MAKES]->(:Commodity)
       WHERE ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf)))
       RETURN r
     } AS lines
WITH unknown, entities, [r IN lines WHERE NOT $onlySome OR endNode(r).id IN $commodities] AS lines
// The importers naming a stopped supplier as a source of a commodity it stops supplying: each
// supplier's incoming IMPORTS_FROM read once (a hub is named for many commodities), not per commodity.
WITH unknown, entities, lines, COLLECT {
  UNWIND lines AS line
  WITH startNode(line) AS source, collect(DISTINCT endNode(line).id) AS stopping
  MATCH (importer:Country)-[f:IMPORTS_FROM]->(source)
  WHERE f.commodity IN stopping
  RETURN DISTINCT { commodity: f.commodity, importer: importer } AS naming
} AS namings
RETURN unknown,
       [s IN entities + [r IN lines WHERE NOT startNode(r) IN entities | startNode(r)] | s { .*, labels: labels(s) }] AS stopped,
       COLLECT {
         UNWIND lines AS line
         WITH DISTINCT endNode(line) AS c
         WITH c, [r IN lines WHERE endNode(r) = c] AS hits
         // The measure whose shares count (pickMeasure's rule, so that only its shares are sent:
         // a hub such as China hits some 70 commodities with shares for several years each).
         WITH c, hits, COLLECT {
           MATCH (x:Entity)-[r:PRODUCES]->(c)
           WHERE r.share IS NOT NULL AND NOT x:Region AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf)))
           WITH r.stage AS stage, r.year AS year, r.usgsType AS usgsType, coalesce(r.year, -1000000) AS y, count(DISTINCT x) AS producers
           ORDER BY CASE WHEN y <= $year THEN 0 ELSE 1 END, CASE WHEN y <= $year THEN -y ELSE y END, producers DESC, coalesce(stage, ''), coalesce(usgsType, '')
           LIMIT 1
           RETURN [coalesce(stage, ''), y, coalesce(usgsType, '')] AS measure
         } AS measures
         WITH c, hits, measures[0] AS measure
         RETURN {
           commodity: c { .*, labels: labels(c) },
           lines: [r IN hits | { supplier: startNode(r).id, type: type(r), properties: properties(r) }],
           shares: [(x:Entity)-[r:PRODUCES]->(c) WHERE r.share IS NOT NULL AND NOT x:Region AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) AND [coalesce(r.stage, ''), coalesce(r.year, -1000000), coalesce(r.usgsType, '')] = measure
                   | { producer: x { .*, labels: labels(x) }, properties: properties(r) }],
           suppliers: [(x:Entity)-[r:PRODUCES|MAKES]->(c) WHERE NOT x:Region AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) | x.id],
           worldTotals: [(:Region {id: $world})-[w:PRODUCES]->(c) WHERE ($asOf IS NULL OR ((w.validFrom IS NULL OR w.validFrom <= $asOf) AND (w.validTo IS NULL OR w.validTo >= $asOf))) AND [coalesce(w.stage, ''), coalesce(w.year, -1000000), coalesce(w.usgsType, '')] = measure | properties(w)],
           importers: [importer IN [n IN namings WHERE n.commodity = c.id | n.importer] | {
             country: importer { .*, labels: labels(importer) },
             sources: [(importer)-[f:IMPORTS_FROM]->(o:Country) WHERE f.commodity = c.id | { country: o { .*, labels: labels(o) }, properties: properties(f) }],
             reliance: [(importer)-[i:IMPORTS]->(c) | properties(i)]
           }]
         } AS hit
       } AS hits
