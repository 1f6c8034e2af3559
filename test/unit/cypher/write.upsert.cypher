// name: graph.upsertNodes
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

// name: graph.upsertNodes
// parameters:
// {
//   "rows": [
//     {
//       "id": "source:acme-2025-annual-report",
//       "props": {
//         "title": "Acme annual report 2025",
//         "publisher": "Acme",
//         "url": "https://example.com/acme-2025.pdf",
//         "published": "2025-03",
//         "sourceType": "REPORT",
//         "name": "Acme annual report 2025",
//         "id": "source:acme-2025-annual-report"
//       }
//     }
//   ]
// }

// graph.upsertNodes
UNWIND $rows AS row
OPTIONAL MATCH (existing:Entity {id: row.id})
WITH row, existing IS NULL AS isNew, existing IS NOT NULL AND properties(existing) <> row.props AS isChanged
MERGE (n:Entity:Source {id: row.id})
SET n = row.props
RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN isChanged THEN 1 ELSE 0 END) AS updated,
       sum(CASE WHEN NOT isNew AND NOT isChanged THEN 1 ELSE 0 END) AS unchanged,
       count(row) AS written

// ----

// name: graph.upsertNodes
// parameters:
// {
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

// graph.upsertNodes
UNWIND $rows AS row
OPTIONAL MATCH (existing:Entity {id: row.id})
WITH row, existing IS NULL AS isNew, existing IS NOT NULL AND properties(existing) <> row.props AS isChanged
MERGE (n:Entity:TradeObservation {id: row.id})
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
//     "source:acme-2025-annual-report",
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
//       "id": "company:acme|REPORTED_IN|source:acme-2025-annual-report",
//       "from": "company:acme",
//       "to": "source:acme-2025-annual-report",
//       "props": {
//         "sources": [
//           "source:acme-2025-annual-report"
//         ],
//         "id": "company:acme|REPORTED_IN|source:acme-2025-annual-report"
//       }
//     },
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
//       "id": "company:acme|REPORTED_IN|source:acme-2025-annual-report",
//       "from": "company:acme",
//       "to": "source:acme-2025-annual-report",
//       "props": {
//         "sources": [
//           "source:acme-2025-annual-report"
//         ],
//         "id": "company:acme|REPORTED_IN|source:acme-2025-annual-report"
//       }
//     },
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

// ----

// name: graph.edgeStates
// parameters:
// {
//   "rows": [
//     {
//       "id": "company:acme|PRODUCES|commodity:rare-earth-magnets|2024",
//       "from": "company:acme",
//       "to": "commodity:rare-earth-magnets",
//       "props": {
//         "sources": [
//           "source:acme-2025-annual-report"
//         ],
//         "share": 0.01,
//         "year": 2024,
//         "estimate": true,
//         "id": "company:acme|PRODUCES|commodity:rare-earth-magnets|2024"
//       }
//     }
//   ]
// }

// graph.edgeStates
UNWIND $rows AS row
MATCH ()-[existing:PRODUCES {id: row.id}]->()
RETURN existing.id AS id, properties(existing) = row.props AS unchanged

// ----

// name: graph.createEdges
// parameters:
// {
//   "type": "PRODUCES",
//   "rows": [
//     {
//       "id": "company:acme|PRODUCES|commodity:rare-earth-magnets|2024",
//       "from": "company:acme",
//       "to": "commodity:rare-earth-magnets",
//       "props": {
//         "sources": [
//           "source:acme-2025-annual-report"
//         ],
//         "share": 0.01,
//         "year": 2024,
//         "estimate": true,
//         "id": "company:acme|PRODUCES|commodity:rare-earth-magnets|2024"
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

// graph.edgeStates
UNWIND $rows AS row
MATCH ()-[existing:USES {id: row.id}]->()
RETURN existing.id AS id, properties(existing) = row.props AS unchanged

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
