// name: graph.upsertNodes
// parameters:
// {
//   "rows": [
//     {
//       "id": "company:acme",
//       "props": {
//         "name": "Acme Magnetics Ltd",
//         "aliases": [
//           "Acme",
//           "Acme Mag"
//         ],
//         "tickers": [
//           "ACME"
//         ],
//         "id": "company:acme",
//         "aliasText": "Acme | Acme Mag"
//       }
//     }
//   ]
// }

// graph.upsertNodes
UNWIND $rows AS row
OPTIONAL MATCH (existing:Entity {id: row.id})
WITH row, existing IS NULL AS isNew, existing IS NOT NULL AND properties(existing) <> row.props AS isChanged
MERGE (n:Entity:Company {id: row.id})
SET n = row.props
RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN isChanged THEN 1 ELSE 0 END) AS updated,
       sum(CASE WHEN NOT isNew AND NOT isChanged THEN 1 ELSE 0 END) AS unchanged,
       count(row) AS written

// ----

// name: graph.missingSources
// parameters:
// {
//   "ids": [
//     "source:acme-2025-annual-report"
//   ]
// }

// graph.missingSources
UNWIND $ids AS id
OPTIONAL MATCH (s:Source {id: id})
WITH id, s WHERE s IS NULL
RETURN collect(id) AS missing

// ----

// name: graph.edgeStates
// parameters:
// {
//   "rows": [
//     {
//       "id": "company:acme|REPORTED_IN|source:acme-2025-annual-report",
//       "from": "company:acme",
//       "to": "source:acme-2025-annual-report",
//       "props": {
//         "sources": [
//           "source:acme-2025-annual-report"
//         ],
//         "id": "company:acme|REPORTED_IN|source:acme-2025-annual-report"
//       }
//     }
//   ]
// }

// graph.edgeStates
UNWIND $rows AS row
MATCH ()-[existing:REPORTED_IN {id: row.id}]->()
RETURN existing.id AS id, properties(existing) = row.props AS unchanged

// ----

// name: graph.createEdges
// parameters:
// {
//   "type": "REPORTED_IN",
//   "rows": [
//     {
//       "id": "company:acme|REPORTED_IN|source:acme-2025-annual-report",
//       "from": "company:acme",
//       "to": "source:acme-2025-annual-report",
//       "props": {
//         "sources": [
//           "source:acme-2025-annual-report"
//         ],
//         "id": "company:acme|REPORTED_IN|source:acme-2025-annual-report"
//       }
//     }
//   ]
// }

// graph.createEdges
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$($type)]->(b)
SET r = row.props
RETURN count(r) AS created, 0 AS updated, 0 AS unchanged, count(r) AS written
