// name: graph.updateEdges
// parameters:
// {
//   "rows": [
//     {
//       "id": "company:acme|USES|commodity:rare-earth-magnets|1",
//       "from": "company:acme",
//       "to": "commodity:rare-earth-magnets",
//       "props": {
//         "sources": [
//           "source:acme-2025-annual-report"
//         ],
//         "note": "NdFeB blocks",
//         "id": "company:acme|USES|commodity:rare-earth-magnets|1"
//       }
//     }
//   ]
// }

// graph.updateEdges
UNWIND $rows AS row
MATCH ()-[r:USES {id: row.id}]->()
SET r = row.props
RETURN 0 AS created, count(r) AS updated, 0 AS unchanged, count(r) AS written
