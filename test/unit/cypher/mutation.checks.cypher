// name: mutation.kindsOf
// parameters:
// {
//   "ids": [
//     "company:acme",
//     "commodity:rare-earth-magnets",
//     "source:acme-2025-annual-report"
//   ]
// }

// mutation.kindsOf
UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
RETURN id, head([l IN labels(e) WHERE l <> 'Entity']) AS label, e.name AS name

// ----

// name: mutation.currentEntity
// parameters:
// {
//   "id": "company:acme"
// }

// mutation.currentEntity
MATCH (e:Entity {id: $id})
RETURN properties(e) AS props, head([l IN labels(e) WHERE l <> 'Entity']) AS label,
       [(e)-[:REPORTED_IN]->(s:Source) | s.id] AS sources

// ----

// name: mutation.currentRelationship
// parameters:
// {
//   "id": "company:acme|PRODUCES|commodity:rare-earth-magnets|2024"
// }

// mutation.currentRelationship
MATCH (a:Entity)-[r:PRODUCES {id: $id}]->(b:Entity)
RETURN properties(r) AS props, a.id AS from, b.id AS to

// ----

// name: mutation.citedBy
// parameters:
// {
//   "id": "source:acme-2025-annual-report"
// }

// mutation.citedBy
MATCH ()-[r]->() WHERE $id IN r.sources
RETURN count(r) AS count

// ----

// name: mutation.purge
// parameters:
// {
//   "id": "company:acme"
// }

// mutation.purge
MATCH (e:Entity {id: $id})
OPTIONAL MATCH (e)-[r]-()
WITH e, count(r) AS relationships
DETACH DELETE e
RETURN relationships
