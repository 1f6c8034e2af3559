// name: graph.createNodes
// parameters:
// {
//   "kind": "Source",
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

// graph.createNodes
UNWIND $rows AS row
CREATE (n:Entity:$($kind))
SET n = row.props
RETURN count(n) AS created, 0 AS updated, 0 AS unchanged, count(n) AS written
