// name: graph.createNodes
// parameters:
// {
//   "rows": [
//     {
//       "id": "company:acme",
//       "props": {
//         "name": "Acme Magnetics",
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

// graph.createNodes
UNWIND $rows AS row
CREATE (n:Entity:Company)
SET n = row.props
RETURN count(n) AS created, 0 AS updated, 0 AS unchanged, count(n) AS written

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

// name: graph.upsertEdges
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

// graph.upsertEdges
UNWIND $rows AS row
OPTIONAL MATCH ()-[existing:REPORTED_IN {id: row.id}]->()
WITH row, existing,
     CASE WHEN existing IS NULL THEN 'created' WHEN properties(existing) <> row.props THEN 'updated' ELSE 'unchanged' END AS outcome
CALL (row, existing, outcome) {
  WITH row, outcome WHERE outcome = 'created'
  MATCH (a:Entity {id: row.from})
  MATCH (b:Entity {id: row.to})
  CREATE (a)-[r:REPORTED_IN]->(b)
  SET r = row.props
  RETURN outcome AS done
  UNION ALL
  WITH row, existing, outcome WHERE outcome = 'updated'
  SET existing = row.props
  RETURN outcome AS done
  UNION ALL
  WITH outcome WHERE outcome = 'unchanged'
  RETURN outcome AS done
}
RETURN sum(CASE done WHEN 'created' THEN 1 ELSE 0 END) AS created,
       sum(CASE done WHEN 'updated' THEN 1 ELSE 0 END) AS updated,
       sum(CASE done WHEN 'unchanged' THEN 1 ELSE 0 END) AS unchanged,
       count(done) AS written
