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

// name: mutation.lockEntity
// parameters:
// {
//   "id": "company:acme"
// }

// mutation.lockEntity
MATCH (e:Entity {id: $id})
SET e._lock = true
REMOVE e._lock
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

// name: mutation.lockRelationship
// parameters:
// {
//   "id": "company:acme|PRODUCES|commodity:rare-earth-magnets|2024"
// }

// mutation.lockRelationship
MATCH (a:Entity)-[r:PRODUCES {id: $id}]->(b:Entity)
SET r._lock = true
REMOVE r._lock
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
