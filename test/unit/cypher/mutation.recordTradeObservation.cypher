// name: graph.createNodes
// parameters:
// {
//   "kind": "TradeObservation",
//   "rows": [
//     {
//       "id": "trade:cn-us-rare-earth-magnets-2025-07",
//       "props": {
//         "exporter": "country:CN",
//         "importer": "country:US",
//         "commodity": "commodity:rare-earth-magnets",
//         "period": "2025-07",
//         "quantity": 619,
//         "unit": "t",
//         "name": "China → United States: Rare-earth magnets, 2025-07",
//         "periodStart": "2025-07-01",
//         "periodEnd": "2025-07-31",
//         "changeBases": [
//           "MONTH_ON_MONTH"
//         ],
//         "changePercents": [
//           75.4
//         ],
//         "changeComparedTo": [
//           "2025-06"
//         ],
//         "id": "trade:cn-us-rare-earth-magnets-2025-07"
//       }
//     }
//   ]
// }

// graph.createNodes
UNWIND $rows AS row
CREATE (n:Entity:$($kind))
SET n = row.props
RETURN count(n) AS created, 0 AS updated, 0 AS unchanged, count(n) AS written

// ----

// name: graph.missingSources
// parameters:
// {
//   "ids": [
//     "source:reuters-2025-07-20-magnet-exports-us"
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
//       "id": "trade:cn-us-rare-earth-magnets-2025-07|EXPORTER",
//       "from": "trade:cn-us-rare-earth-magnets-2025-07",
//       "to": "country:CN",
//       "props": {
//         "sources": [
//           "source:reuters-2025-07-20-magnet-exports-us"
//         ],
//         "id": "trade:cn-us-rare-earth-magnets-2025-07|EXPORTER"
//       }
//     }
//   ]
// }

// graph.edgeStates
UNWIND $rows AS row
MATCH ()-[existing:EXPORTER {id: row.id}]->()
RETURN existing.id AS id, properties(existing) = row.props AS unchanged

// ----

// name: graph.createEdges
// parameters:
// {
//   "type": "EXPORTER",
//   "rows": [
//     {
//       "id": "trade:cn-us-rare-earth-magnets-2025-07|EXPORTER",
//       "from": "trade:cn-us-rare-earth-magnets-2025-07",
//       "to": "country:CN",
//       "props": {
//         "sources": [
//           "source:reuters-2025-07-20-magnet-exports-us"
//         ],
//         "id": "trade:cn-us-rare-earth-magnets-2025-07|EXPORTER"
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

// ----

// name: graph.edgeStates
// parameters:
// {
//   "rows": [
//     {
//       "id": "trade:cn-us-rare-earth-magnets-2025-07|IMPORTER",
//       "from": "trade:cn-us-rare-earth-magnets-2025-07",
//       "to": "country:US",
//       "props": {
//         "sources": [
//           "source:reuters-2025-07-20-magnet-exports-us"
//         ],
//         "id": "trade:cn-us-rare-earth-magnets-2025-07|IMPORTER"
//       }
//     }
//   ]
// }

// graph.edgeStates
UNWIND $rows AS row
MATCH ()-[existing:IMPORTER {id: row.id}]->()
RETURN existing.id AS id, properties(existing) = row.props AS unchanged

// ----

// name: graph.createEdges
// parameters:
// {
//   "type": "IMPORTER",
//   "rows": [
//     {
//       "id": "trade:cn-us-rare-earth-magnets-2025-07|IMPORTER",
//       "from": "trade:cn-us-rare-earth-magnets-2025-07",
//       "to": "country:US",
//       "props": {
//         "sources": [
//           "source:reuters-2025-07-20-magnet-exports-us"
//         ],
//         "id": "trade:cn-us-rare-earth-magnets-2025-07|IMPORTER"
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

// ----

// name: graph.edgeStates
// parameters:
// {
//   "rows": [
//     {
//       "id": "trade:cn-us-rare-earth-magnets-2025-07|OF",
//       "from": "trade:cn-us-rare-earth-magnets-2025-07",
//       "to": "commodity:rare-earth-magnets",
//       "props": {
//         "sources": [
//           "source:reuters-2025-07-20-magnet-exports-us"
//         ],
//         "id": "trade:cn-us-rare-earth-magnets-2025-07|OF"
//       }
//     }
//   ]
// }

// graph.edgeStates
UNWIND $rows AS row
MATCH ()-[existing:OF {id: row.id}]->()
RETURN existing.id AS id, properties(existing) = row.props AS unchanged

// ----

// name: graph.createEdges
// parameters:
// {
//   "type": "OF",
//   "rows": [
//     {
//       "id": "trade:cn-us-rare-earth-magnets-2025-07|OF",
//       "from": "trade:cn-us-rare-earth-magnets-2025-07",
//       "to": "commodity:rare-earth-magnets",
//       "props": {
//         "sources": [
//           "source:reuters-2025-07-20-magnet-exports-us"
//         ],
//         "id": "trade:cn-us-rare-earth-magnets-2025-07|OF"
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

// ----

// name: graph.edgeStates
// parameters:
// {
//   "rows": [
//     {
//       "id": "trade:cn-us-rare-earth-magnets-2025-07|REPORTED_IN|source:reuters-2025-07-20-magnet-exports-us",
//       "from": "trade:cn-us-rare-earth-magnets-2025-07",
//       "to": "source:reuters-2025-07-20-magnet-exports-us",
//       "props": {
//         "sources": [
//           "source:reuters-2025-07-20-magnet-exports-us"
//         ],
//         "id": "trade:cn-us-rare-earth-magnets-2025-07|REPORTED_IN|source:reuters-2025-07-20-magnet-exports-us"
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
//       "id": "trade:cn-us-rare-earth-magnets-2025-07|REPORTED_IN|source:reuters-2025-07-20-magnet-exports-us",
//       "from": "trade:cn-us-rare-earth-magnets-2025-07",
//       "to": "source:reuters-2025-07-20-magnet-exports-us",
//       "props": {
//         "sources": [
//           "source:reuters-2025-07-20-magnet-exports-us"
//         ],
//         "id": "trade:cn-us-rare-earth-magnets-2025-07|REPORTED_IN|source:reuters-2025-07-20-magnet-exports-us"
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
