// name: import.lookupIds
// parameters:
// {
//   "ids": [
//     "company:imptest-magnetco",
//     "commodity:imptest-widgets",
//     "commodity:rare-earth-magnets",
//     "country:CN"
//   ]
// }

// import.lookupIds
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, [label IN labels(n) WHERE label <> 'Entity'][0] AS label

// ----

// name: import.names
// parameters:
// {
//   "ids": [
//     "country:CN",
//     "region:world",
//     "commodity:imptest-widgets"
//   ]
// }

// import.names
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, n.name AS name

// ----

// name: graph.upsertNodes
// parameters:
// {
//   "rows": [
//     {
//       "id": "commodity:imptest-widgets",
//       "props": {
//         "name": "Imptest widgets",
//         "stage": "PRODUCT",
//         "hsCode": "8505.11",
//         "unit": "t",
//         "id": "commodity:imptest-widgets"
//       }
//     }
//   ]
// }

// graph.upsertNodes
UNWIND $rows AS row
OPTIONAL MATCH (existing:Entity {id: row.id})
WITH row, existing IS NULL AS isNew, existing IS NOT NULL AND properties(existing) <> row.props AS isChanged
MERGE (n:Entity:Commodity {id: row.id})
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
//       "id": "company:imptest-magnetco",
//       "props": {
//         "name": "Imptest MagnetCo",
//         "aliases": [
//           "MagnetCo",
//           "MC Ltd"
//         ],
//         "tickers": [
//           "IMC"
//         ],
//         "website": "https://example.com/magnetco",
//         "id": "company:imptest-magnetco",
//         "aliasText": "MagnetCo | MC Ltd"
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
//       "id": "source:imptest-fixture-report",
//       "props": {
//         "title": "Imptest fixture report",
//         "publisher": "Imptest Research",
//         "url": "https://example.com/imptest/report",
//         "published": "2025-07",
//         "sourceType": "REPORT",
//         "note": "A made-up source for the import tests.",
//         "name": "Imptest fixture report",
//         "id": "source:imptest-fixture-report"
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
//       "id": "trade:cn-world-imptest-widgets-2025-q2",
//       "props": {
//         "exporter": "country:CN",
//         "importer": "region:world",
//         "commodity": "commodity:imptest-widgets",
//         "period": "2025-Q2",
//         "quantity": 1234.5,
//         "unit": "t",
//         "name": "China → region:world: commodity:imptest-widgets, 2025-Q2",
//         "periodStart": "2025-04-01",
//         "periodEnd": "2025-06-30",
//         "changeBases": [
//           "YEAR_ON_YEAR",
//           "PERIOD_ON_PERIOD"
//         ],
//         "changePercents": [
//           -12.5,
//           3
//         ],
//         "changeComparedTo": [
//           "2024-Q2",
//           ""
//         ],
//         "id": "trade:cn-world-imptest-widgets-2025-q2"
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
//     "source:imptest-fixture-report",
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
//       "id": "trade:cn-world-imptest-widgets-2025-q2|EXPORTER",
//       "from": "trade:cn-world-imptest-widgets-2025-q2",
//       "to": "country:CN",
//       "props": {
//         "sources": [
//           "source:imptest-fixture-report"
//         ],
//         "id": "trade:cn-world-imptest-widgets-2025-q2|EXPORTER"
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
//       "id": "trade:cn-world-imptest-widgets-2025-q2|EXPORTER",
//       "from": "trade:cn-world-imptest-widgets-2025-q2",
//       "to": "country:CN",
//       "props": {
//         "sources": [
//           "source:imptest-fixture-report"
//         ],
//         "id": "trade:cn-world-imptest-widgets-2025-q2|EXPORTER"
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
//       "id": "trade:cn-world-imptest-widgets-2025-q2|IMPORTER",
//       "from": "trade:cn-world-imptest-widgets-2025-q2",
//       "to": "region:world",
//       "props": {
//         "sources": [
//           "source:imptest-fixture-report"
//         ],
//         "id": "trade:cn-world-imptest-widgets-2025-q2|IMPORTER"
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
//       "id": "trade:cn-world-imptest-widgets-2025-q2|IMPORTER",
//       "from": "trade:cn-world-imptest-widgets-2025-q2",
//       "to": "region:world",
//       "props": {
//         "sources": [
//           "source:imptest-fixture-report"
//         ],
//         "id": "trade:cn-world-imptest-widgets-2025-q2|IMPORTER"
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
//       "id": "trade:cn-world-imptest-widgets-2025-q2|OF",
//       "from": "trade:cn-world-imptest-widgets-2025-q2",
//       "to": "commodity:imptest-widgets",
//       "props": {
//         "sources": [
//           "source:imptest-fixture-report"
//         ],
//         "id": "trade:cn-world-imptest-widgets-2025-q2|OF"
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
//       "id": "trade:cn-world-imptest-widgets-2025-q2|OF",
//       "from": "trade:cn-world-imptest-widgets-2025-q2",
//       "to": "commodity:imptest-widgets",
//       "props": {
//         "sources": [
//           "source:imptest-fixture-report"
//         ],
//         "id": "trade:cn-world-imptest-widgets-2025-q2|OF"
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
//       "id": "commodity:imptest-widgets|REPORTED_IN|source:imptest-fixture-report",
//       "from": "commodity:imptest-widgets",
//       "to": "source:imptest-fixture-report",
//       "props": {
//         "sources": [
//           "source:imptest-fixture-report"
//         ],
//         "id": "commodity:imptest-widgets|REPORTED_IN|source:imptest-fixture-report"
//       }
//     },
//     {
//       "id": "company:imptest-magnetco|REPORTED_IN|source:imptest-fixture-report",
//       "from": "company:imptest-magnetco",
//       "to": "source:imptest-fixture-report",
//       "props": {
//         "sources": [
//           "source:imptest-fixture-report"
//         ],
//         "id": "company:imptest-magnetco|REPORTED_IN|source:imptest-fixture-report"
//       }
//     },
//     {
//       "id": "company:imptest-magnetco|REPORTED_IN|source:reuters-2025-07-20-magnet-exports-us",
//       "from": "company:imptest-magnetco",
//       "to": "source:reuters-2025-07-20-magnet-exports-us",
//       "props": {
//         "sources": [
//           "source:reuters-2025-07-20-magnet-exports-us"
//         ],
//         "id": "company:imptest-magnetco|REPORTED_IN|source:reuters-2025-07-20-magnet-exports-us"
//       }
//     },
//     {
//       "id": "trade:cn-world-imptest-widgets-2025-q2|REPORTED_IN|source:imptest-fixture-report",
//       "from": "trade:cn-world-imptest-widgets-2025-q2",
//       "to": "source:imptest-fixture-report",
//       "props": {
//         "sources": [
//           "source:imptest-fixture-report"
//         ],
//         "id": "trade:cn-world-imptest-widgets-2025-q2|REPORTED_IN|source:imptest-fixture-report"
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
//       "id": "commodity:imptest-widgets|REPORTED_IN|source:imptest-fixture-report",
//       "from": "commodity:imptest-widgets",
//       "to": "source:imptest-fixture-report",
//       "props": {
//         "sources": [
//           "source:imptest-fixture-report"
//         ],
//         "id": "commodity:imptest-widgets|REPORTED_IN|source:imptest-fixture-report"
//       }
//     },
//     {
//       "id": "company:imptest-magnetco|REPORTED_IN|source:imptest-fixture-report",
//       "from": "company:imptest-magnetco",
//       "to": "source:imptest-fixture-report",
//       "props": {
//         "sources": [
//           "source:imptest-fixture-report"
//         ],
//         "id": "company:imptest-magnetco|REPORTED_IN|source:imptest-fixture-report"
//       }
//     },
//     {
//       "id": "company:imptest-magnetco|REPORTED_IN|source:reuters-2025-07-20-magnet-exports-us",
//       "from": "company:imptest-magnetco",
//       "to": "source:reuters-2025-07-20-magnet-exports-us",
//       "props": {
//         "sources": [
//           "source:reuters-2025-07-20-magnet-exports-us"
//         ],
//         "id": "company:imptest-magnetco|REPORTED_IN|source:reuters-2025-07-20-magnet-exports-us"
//       }
//     },
//     {
//       "id": "trade:cn-world-imptest-widgets-2025-q2|REPORTED_IN|source:imptest-fixture-report",
//       "from": "trade:cn-world-imptest-widgets-2025-q2",
//       "to": "source:imptest-fixture-report",
//       "props": {
//         "sources": [
//           "source:imptest-fixture-report"
//         ],
//         "id": "trade:cn-world-imptest-widgets-2025-q2|REPORTED_IN|source:imptest-fixture-report"
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
//       "id": "company:imptest-magnetco|USES|commodity:rare-earth-magnets",
//       "from": "company:imptest-magnetco",
//       "to": "commodity:rare-earth-magnets",
//       "props": {
//         "sources": [
//           "source:imptest-fixture-report"
//         ],
//         "note": "Buys magnets from China.",
//         "id": "company:imptest-magnetco|USES|commodity:rare-earth-magnets"
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
//       "id": "company:imptest-magnetco|USES|commodity:rare-earth-magnets",
//       "from": "company:imptest-magnetco",
//       "to": "commodity:rare-earth-magnets",
//       "props": {
//         "sources": [
//           "source:imptest-fixture-report"
//         ],
//         "note": "Buys magnets from China.",
//         "id": "company:imptest-magnetco|USES|commodity:rare-earth-magnets"
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
//       "id": "company:imptest-magnetco|MAKES|commodity:imptest-widgets",
//       "from": "company:imptest-magnetco",
//       "to": "commodity:imptest-widgets",
//       "props": {
//         "sources": [
//           "source:imptest-fixture-report"
//         ],
//         "id": "company:imptest-magnetco|MAKES|commodity:imptest-widgets"
//       }
//     }
//   ]
// }

// graph.edgeStates
UNWIND $rows AS row
MATCH ()-[existing:MAKES {id: row.id}]->()
RETURN existing.id AS id, properties(existing) = row.props AS unchanged

// ----

// name: graph.createEdges
// parameters:
// {
//   "type": "MAKES",
//   "rows": [
//     {
//       "id": "company:imptest-magnetco|MAKES|commodity:imptest-widgets",
//       "from": "company:imptest-magnetco",
//       "to": "commodity:imptest-widgets",
//       "props": {
//         "sources": [
//           "source:imptest-fixture-report"
//         ],
//         "id": "company:imptest-magnetco|MAKES|commodity:imptest-widgets"
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
//       "id": "company:imptest-magnetco|HEADQUARTERED_IN|country:CN",
//       "from": "company:imptest-magnetco",
//       "to": "country:CN",
//       "props": {
//         "sources": [
//           "source:reuters-2025-07-20-magnet-exports-us"
//         ],
//         "validFrom": "2020",
//         "confidence": 0.8,
//         "id": "company:imptest-magnetco|HEADQUARTERED_IN|country:CN"
//       }
//     }
//   ]
// }

// graph.edgeStates
UNWIND $rows AS row
MATCH ()-[existing:HEADQUARTERED_IN {id: row.id}]->()
RETURN existing.id AS id, properties(existing) = row.props AS unchanged

// ----

// name: graph.createEdges
// parameters:
// {
//   "type": "HEADQUARTERED_IN",
//   "rows": [
//     {
//       "id": "company:imptest-magnetco|HEADQUARTERED_IN|country:CN",
//       "from": "company:imptest-magnetco",
//       "to": "country:CN",
//       "props": {
//         "sources": [
//           "source:reuters-2025-07-20-magnet-exports-us"
//         ],
//         "validFrom": "2020",
//         "confidence": 0.8,
//         "id": "company:imptest-magnetco|HEADQUARTERED_IN|country:CN"
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
//       "id": "country:CN|PRODUCES|commodity:imptest-widgets|2024",
//       "from": "country:CN",
//       "to": "commodity:imptest-widgets",
//       "props": {
//         "sources": [
//           "source:imptest-fixture-report"
//         ],
//         "share": 0.42,
//         "year": 2024,
//         "estimate": true,
//         "id": "country:CN|PRODUCES|commodity:imptest-widgets|2024"
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
//       "id": "country:CN|PRODUCES|commodity:imptest-widgets|2024",
//       "from": "country:CN",
//       "to": "commodity:imptest-widgets",
//       "props": {
//         "sources": [
//           "source:imptest-fixture-report"
//         ],
//         "share": 0.42,
//         "year": 2024,
//         "estimate": true,
//         "id": "country:CN|PRODUCES|commodity:imptest-widgets|2024"
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
