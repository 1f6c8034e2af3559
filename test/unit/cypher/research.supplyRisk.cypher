// name: research.supplyRisk
// parameters:
// {
//   "country": "country:US",
//   "year": int(2024)
// }

// research.supplyRisk
MATCH (country:Country {id: $country})
WITH country, COLLECT { MATCH (country)-[i:IMPORTS]->(:Commodity) RETURN DISTINCT i.year AS year ORDER BY year } AS years
WITH country, years, coalesce($year, years[-1]) AS year
RETURN country { .*, labels: labels(country) } AS country, years, year,
       COLLECT {
         MATCH (country)-[i:IMPORTS]->(m:Commodity)
         WHERE i.year = year
         WITH m, collect(properties(i)) AS figures
         RETURN {
           commodity: m { .*, labels: labels(m) },
           figures: figures,
           shares: [(p:Entity)-[r:PRODUCES]->(m) WHERE r.share IS NOT NULL AND NOT p:Region | { producer: p { .*, labels: labels(p) }, properties: properties(r) }],
           sources: [(country)-[s:IMPORTS_FROM]->(o:Country) WHERE s.commodity = m.id | { country: o { .*, labels: labels(o) }, properties: properties(s) }]
         } AS item
       } AS items
