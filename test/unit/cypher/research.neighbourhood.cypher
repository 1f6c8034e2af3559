// name: research.neighbourhood
// parameters:
// {
//   "id": "official:howard-lutnick",
//   "maxLinks": int(5000)
// }

// research.neighbourhood
MATCH (e:Entity {id: $id})
RETURN e { .*, labels: labels(e) } AS entity,
       COLLECT { MATCH (e)-[:REPORTED_IN]->(s:Source) RETURN s.id ORDER BY s.id } AS sources,
       COLLECT {
         MATCH (e)-[r]-(o:Entity)
         WHERE type(r) IN ["STATED","HOLDS_OFFICE","ISSUED"] OR o:Policy|Event|TradeObservation OR r.validFrom IS NOT NULL OR r.validTo IS NOT NULL
         RETURN { relationship: { type: type(r), properties: properties(r), outgoing: startNode(r) = e }, node: o { .*, labels: labels(o) },
                  nodeSources: COLLECT { MATCH (o)-[:REPORTED_IN]->(s:Source) RETURN s.id ORDER BY s.id } }
         LIMIT $maxLinks
       } AS links
