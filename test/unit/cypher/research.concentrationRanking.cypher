// name: research.concentrationRanking
// parameters:
// {
//   "year": int(2024),
//   "stage": "mining",
//   "source": "source:usgs-mcs2025-world-data",
//   "minProducers": int(1),
//   "first": int(3),
//   "world": "region:world"
// }

// research.concentrationRanking
MATCH (p:Entity)-[r:PRODUCES WHERE r.year = $year]->(c:Commodity)
WHERE r.share IS NOT NULL AND ($stage IS NULL OR r.stage = $stage)
  AND ($source IS NULL OR $source IN r.sources) AND NOT p:Region
// One share per producer and measure: the largest where a producer has several (USGS qualifiers).
WITH c, r.stage AS stage, r.usgsType AS usgsType, p, max(r.share) AS share
ORDER BY share DESC, p.id
WITH c, stage, usgsType, collect({ producer: p, share: share }) AS producers
WHERE size(producers) >= $minProducers
WITH c, stage, usgsType, producers,
     reduce(h = 0.0, x IN producers | h + (x.share * 100.0) ^ 2) AS hhi,
     reduce(s = 0.0, x IN producers | s + x.share) AS coverage
ORDER BY hhi DESC, c.id, stage, usgsType
LIMIT $first
WITH c, stage, usgsType, hhi, coverage, producers, producers[0].producer AS top
RETURN c { .*, labels: labels(c) } AS commodity, stage, usgsType, hhi, coverage, size(producers) AS producerCount,
       top { .*, labels: labels(top) } AS topProducer, producers[0].share AS topShare,
       [(:Region {id: $world})-[w:PRODUCES]->(c)
         WHERE w.year = $year AND w.stage = stage AND coalesce(w.usgsType, '') = coalesce(usgsType, '') | w { .quantity, .unit }][0] AS world
