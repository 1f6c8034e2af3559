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

// name: graph.createEdges
// parameters:
// {
//   "type": "USES",
//   "rows": [
//     {
//       "id": "company:acme|USES|commodity:rare-earth-magnets",
//       "from": "company:acme",
//       "to": "commodity:rare-earth-magnets",
//       "props": {
//         "sources": [
//           "source:acme-2025-annual-report"
//         ],
//         "validFrom": "2024-01",
//         "note": "NdFeB blocks",
//         "id": "company:acme|USES|commodity:rare-earth-magnets"
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
