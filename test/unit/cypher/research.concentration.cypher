// name: research.concentration
// parameters:
// {
//   "commodity": "commodity:rare-earth-ore",
//   "asOf": null,
//   "world": "region:world"
// }

// research.concentration
MATCH (c:Commodity {id: $commodity})
OPTIONAL MATCH (p:Entity)-[r:PRODUCES]->(c)
WHERE r.share IS NOT NULL AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf)))
WITH c, p, r ORDER BY r.share DESC, p.id
WITH c, collect(CASE WHEN p IS NULL THEN NULL ELSE { producer: p { .*, labels: labels(p) }, properties: properties(r) } END) AS shares
RETURN c { .*, labels: labels(c) } AS commodity, shares,
       [(:Region {id: $world})-[w:PRODUCES]->(c) WHERE ($asOf IS NULL OR ((w.validFrom IS NULL OR w.validFrom <= $asOf) AND (w.validTo IS NULL OR w.validTo >= $asOf))) | properties(w)] AS worldTotals,
       // The same fact from another source: commodities stated to be the same measure (crosswalk).
       COLLECT {
         MATCH (c)-[:PART_OF {sameMeasure: true}]-(o:Commodity)
         MATCH (p:Entity)-[r:PRODUCES]->(o)
         WHERE r.share IS NOT NULL AND NOT p:Region AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf)))
         RETURN { commodity: o { .*, labels: labels(o) }, producer: p { .*, labels: labels(p) }, properties: properties(r) } AS other
         ORDER BY r.share DESC, p.id
       } AS otherShares
