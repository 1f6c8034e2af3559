// name: research.neighbourhood
// parameters:
// {
//   "id": "official:howard-lutnick",
//   "maxLinks": int(5000)
// }

// research.neighbourhood
MATCH (e:Entity {id: $id})
RETURN e { .*, label: head([l IN labels(e) WHERE l <> 'Entity']) } AS entity,
       COLLECT { MATCH (e)-[:REPORTED_IN]->(s:Source) RETURN s.id ORDER BY s.id } AS sources,
       COLLECT {
         MATCH (e)-[r]-(o:Entity)
         WHERE type(r) <> 'REPORTED_IN'
         RETURN { relationship: { type: type(r), properties: properties(r), outgoing: startNode(r) = e }, node: o { .*, label: head([l IN labels(o) WHERE l <> 'Entity']) },
                  nodeSources: COLLECT { MATCH (o)-[:REPORTED_IN]->(s:Source) RETURN s.id ORDER BY s.id } }
         LIMIT $maxLinks
       } AS links
