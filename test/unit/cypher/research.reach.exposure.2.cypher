// name: research.reach.exposure
// parameters:
// {
//   "id": "company:ford",
//   "maxHops": int(2),
//   "kinds": [
//     "Company",
//     "Company",
//     "Company",
//     "Company",
//     "Company",
//     "Company",
//     "Company",
//     "Company",
//     "Company",
//     "Company",
//     "Company"
//   ],
//   "dated": true,
//   "asOf": "2025-06",
//   "first": int(100)
// }

// research.reach exposure
MATCH (root:Entity {id: $id})
WITH [[root]] AS frontier, [root] AS visited, [] AS reached, 0 AS found, [root] AS group

// level 1
CALL (frontier, visited, found, group) {
  CALL (frontier, found, group) {
    UNWIND CASE WHEN found < $first AND 1 <= $maxHops THEN range(0, size(frontier) - 1) ELSE [] END AS i
    WITH frontier[i][-1] AS m, i, group
    WITH *, CASE WHEN m IN group THEN [(m)<-[r:PART_OF]-(n) WHERE (NOT $dated OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) | n] ELSE [] END AS members
    UNWIND [x IN [(m)-[r:PRODUCES|MAKES|INPUT_TO|SUPPLIES|TARGETS|AFFECTS]->(n) WHERE (NOT $dated OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) | n] + [(m)<-[r:USES|HEADQUARTERED_IN]-(n) WHERE (NOT $dated OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) | n] + members | [x, 0]] + [x IN [(m)<-[r:IMPORTS|IMPORTS_FROM]-(n) WHERE (NOT $dated OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) | n] | [x, 1]] AS hit
    WITH *, hit[0] AS n, hit[1] AS e
    WITH *, n IN members AS g
    WITH n, i, g, e WHERE NOT n:Source
    RETURN n, min(i) AS i, max(CASE WHEN g THEN 1 ELSE 0 END) AS g, min(e) AS e
  }
  WITH frontier, n, i, g, e WHERE NOT n IN visited
  WITH frontier[i] + n AS route, n, g, e
  ORDER BY toLower(n.name), n.id
  RETURN collect(route) AS next, count(CASE WHEN any(l IN labels(n) WHERE l IN $kinds) THEN 1 END) AS matched, collect(CASE WHEN g = 1 THEN n END) AS joined, collect(CASE WHEN e = 1 THEN n END) AS ended
}
WITH [route IN next WHERE NOT route[-1] IN ended] AS frontier, visited + [route IN next | route[-1]] AS visited, reached + next AS reached, found + matched AS found, group + joined AS group

// level 2
CALL (frontier, visited, found, group) {
  CALL (frontier, found, group) {
    UNWIND CASE WHEN found < $first AND 2 <= $maxHops THEN range(0, size(frontier) - 1) ELSE [] END AS i
    WITH frontier[i][-1] AS m, i, group
    WITH *, CASE WHEN m IN group THEN [(m)<-[r:PART_OF]-(n) WHERE (NOT $dated OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) | n] ELSE [] END AS members
    UNWIND [x IN [(m)-[r:PRODUCES|MAKES|INPUT_TO|SUPPLIES|TARGETS|AFFECTS]->(n) WHERE (NOT $dated OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) | n] + [(m)<-[r:USES|HEADQUARTERED_IN]-(n) WHERE (NOT $dated OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) | n] + members | [x, 0]] + [x IN [(m)<-[r:IMPORTS|IMPORTS_FROM]-(n) WHERE (NOT $dated OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) | n] | [x, 1]] AS hit
    WITH *, hit[0] AS n, hit[1] AS e
    WITH *, n IN members AS g
    WITH n, i, g, e WHERE NOT n:Source
    RETURN n, min(i) AS i, max(CASE WHEN g THEN 1 ELSE 0 END) AS g, min(e) AS e
  }
  WITH frontier, n, i, g, e WHERE NOT n IN visited
  WITH frontier[i] + n AS route, n, g, e
  ORDER BY toLower(n.name), n.id
  RETURN collect(route) AS next, count(CASE WHEN any(l IN labels(n) WHERE l IN $kinds) THEN 1 END) AS matched, collect(CASE WHEN g = 1 THEN n END) AS joined, collect(CASE WHEN e = 1 THEN n END) AS ended
}
WITH [route IN next WHERE NOT route[-1] IN ended] AS frontier, visited + [route IN next | route[-1]] AS visited, reached + next AS reached, found + matched AS found, group + joined AS group

// level 3
CALL (frontier, visited, found, group) {
  CALL (frontier, found, group) {
    UNWIND CASE WHEN found < $first AND 3 <= $maxHops THEN range(0, size(frontier) - 1) ELSE [] END AS i
    WITH frontier[i][-1] AS m, i, group
    WITH *, CASE WHEN m IN group THEN [(m)<-[r:PART_OF]-(n) WHERE (NOT $dated OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) | n] ELSE [] END AS members
    UNWIND [x IN [(m)-[r:PRODUCES|MAKES|INPUT_TO|SUPPLIES|TARGETS|AFFECTS]->(n) WHERE (NOT $dated OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) | n] + [(m)<-[r:USES|HEADQUARTERED_IN]-(n) WHERE (NOT $dated OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) | n] + members | [x, 0]] + [x IN [(m)<-[r:IMPORTS|IMPORTS_FROM]-(n) WHERE (NOT $dated OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) | n] | [x, 1]] AS hit
    WITH *, hit[0] AS n, hit[1] AS e
    WITH *, n IN members AS g
    WITH n, i, g, e WHERE NOT n:Source
    RETURN n, min(i) AS i, max(CASE WHEN g THEN 1 ELSE 0 END) AS g, min(e) AS e
  }
  WITH frontier, n, i, g, e WHERE NOT n IN visited
  WITH frontier[i] + n AS route, n, g, e
  ORDER BY toLower(n.name), n.id
  RETURN collect(route) AS next, count(CASE WHEN any(l IN labels(n) WHERE l IN $kinds) THEN 1 END) AS matched, collect(CASE WHEN g = 1 THEN n END) AS joined, collect(CASE WHEN e = 1 THEN n END) AS ended
}
WITH [route IN next WHERE NOT route[-1] IN ended] AS frontier, visited + [route IN next | route[-1]] AS visited, reached + next AS reached, found + matched AS found, group + joined AS group

// level 4
CALL (frontier, visited, found, group) {
  CALL (frontier, found, group) {
    UNWIND CASE WHEN found < $first AND 4 <= $maxHops THEN range(0, size(frontier) - 1) ELSE [] END AS i
    WITH frontier[i][-1] AS m, i, group
    WITH *, CASE WHEN m IN group THEN [(m)<-[r:PART_OF]-(n) WHERE (NOT $dated OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) | n] ELSE [] END AS members
    UNWIND [x IN [(m)-[r:PRODUCES|MAKES|INPUT_TO|SUPPLIES|TARGETS|AFFECTS]->(n) WHERE (NOT $dated OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) | n] + [(m)<-[r:USES|HEADQUARTERED_IN]-(n) WHERE (NOT $dated OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) | n] + members | [x, 0]] + [x IN [(m)<-[r:IMPORTS|IMPORTS_FROM]-(n) WHERE (NOT $dated OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) | n] | [x, 1]] AS hit
    WITH *, hit[0] AS n, hit[1] AS e
    WITH *, n IN members AS g
    WITH n, i, g, e WHERE NOT n:Source
    RETURN n, min(i) AS i, max(CASE WHEN g THEN 1 ELSE 0 END) AS g, min(e) AS e
  }
  WITH frontier, n, i, g, e WHERE NOT n IN visited
  WITH frontier[i] + n AS route, n, g, e
  ORDER BY toLower(n.name), n.id
  RETURN collect(route) AS next, count(CASE WHEN any(l IN labels(n) WHERE l IN $kinds) THEN 1 END) AS matched, collect(CASE WHEN g = 1 THEN n END) AS joined, collect(CASE WHEN e = 1 THEN n END) AS ended
}
WITH [route IN next WHERE NOT route[-1] IN ended] AS frontier, visited + [route IN next | route[-1]] AS visited, reached + next AS reached, found + matched AS found, group + joined AS group

// level 5
CALL (frontier, visited, found, group) {
  CALL (frontier, found, group) {
    UNWIND CASE WHEN found < $first AND 5 <= $maxHops THEN range(0, size(frontier) - 1) ELSE [] END AS i
    WITH frontier[i][-1] AS m, i, group
    WITH *, CASE WHEN m IN group THEN [(m)<-[r:PART_OF]-(n) WHERE (NOT $dated OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) | n] ELSE [] END AS members
    UNWIND [x IN [(m)-[r:PRODUCES|MAKES|INPUT_TO|SUPPLIES|TARGETS|AFFECTS]->(n) WHERE (NOT $dated OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) | n] + [(m)<-[r:USES|HEADQUARTERED_IN]-(n) WHERE (NOT $dated OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) | n] + members | [x, 0]] + [x IN [(m)<-[r:IMPORTS|IMPORTS_FROM]-(n) WHERE (NOT $dated OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) | n] | [x, 1]] AS hit
    WITH *, hit[0] AS n, hit[1] AS e
    WITH *, n IN members AS g
    WITH n, i, g, e WHERE NOT n:Source
    RETURN n, min(i) AS i, max(CASE WHEN g THEN 1 ELSE 0 END) AS g, min(e) AS e
  }
  WITH frontier, n, i, g, e WHERE NOT n IN visited
  WITH frontier[i] + n AS route, n, g, e
  ORDER BY toLower(n.name), n.id
  RETURN collect(route) AS next, count(CASE WHEN any(l IN labels(n) WHERE l IN $kinds) THEN 1 END) AS matched, collect(CASE WHEN g = 1 THEN n END) AS joined, collect(CASE WHEN e = 1 THEN n END) AS ended
}
WITH [route IN next WHERE NOT route[-1] IN ended] AS frontier, visited + [route IN next | route[-1]] AS visited, reached + next AS reached, found + matched AS found, group + joined AS group

// level 6
CALL (frontier, visited, found, group) {
  CALL (frontier, found, group) {
    UNWIND CASE WHEN found < $first AND 6 <= $maxHops THEN range(0, size(frontier) - 1) ELSE [] END AS i
    WITH frontier[i][-1] AS m, i, group
    WITH *, CASE WHEN m IN group THEN [(m)<-[r:PART_OF]-(n) WHERE (NOT $dated OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) | n] ELSE [] END AS members
    UNWIND [x IN [(m)-[r:PRODUCES|MAKES|INPUT_TO|SUPPLIES|TARGETS|AFFECTS]->(n) WHERE (NOT $dated OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) | n] + [(m)<-[r:USES|HEADQUARTERED_IN]-(n) WHERE (NOT $dated OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) | n] + members | [x, 0]] + [x IN [(m)<-[r:IMPORTS|IMPORTS_FROM]-(n) WHERE (NOT $dated OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) | n] | [x, 1]] AS hit
    WITH *, hit[0] AS n, hit[1] AS e
    WITH *, n IN members AS g
    WITH n, i, g, e WHERE NOT n:Source
    RETURN n, min(i) AS i, max(CASE WHEN g THEN 1 ELSE 0 END) AS g, min(e) AS e
  }
  WITH frontier, n, i, g, e WHERE NOT n IN visited
  WITH frontier[i] + n AS route, n, g, e
  ORDER BY toLower(n.name), n.id
  RETURN collect(route) AS next, count(CASE WHEN any(l IN labels(n) WHERE l IN $kinds) THEN 1 END) AS matched, collect(CASE WHEN g = 1 THEN n END) AS joined, collect(CASE WHEN e = 1 THEN n END) AS ended
}
WITH [route IN next WHERE NOT route[-1] IN ended] AS frontier, visited + [route IN next | route[-1]] AS visited, reached + next AS reached, found + matched AS found, group + joined AS group
// Cut as list operations: rows that each carried the whole list would be costed at its full size.
WITH group, group[0] AS root, [ns IN reached WHERE any(l IN labels(ns[-1]) WHERE l IN $kinds)][..$first] AS kept
WITH group, kept, root { .*, labels: labels(root) } AS start
// Row -1 is the start alone, so that a walk from an entity that reaches nothing still answers.
UNWIND [{ j: -1, ns: [] }] + [j IN range(0, size(kept) - 1) | { j: j, ns: kept[j] }] AS row
WITH group, start, row.j AS j, row.ns AS ns
CALL (ns, group) {
  UNWIND range(0, size(ns) - 2) AS i
  WITH i, ns[i] AS x, ns[i + 1] AS y, group
  MATCH (x)-[r:PRODUCES|MAKES|INPUT_TO|USES|SUPPLIES|IMPORTS|IMPORTS_FROM|HEADQUARTERED_IN|TARGETS|AFFECTS|PART_OF]-(y)
  WHERE (CASE WHEN i = 0 THEN ((type(r) IN ["PRODUCES","MAKES","INPUT_TO","SUPPLIES","TARGETS","AFFECTS"] AND startNode(r) = x) OR (type(r) IN ["USES","IMPORTS","IMPORTS_FROM","HEADQUARTERED_IN"] AND endNode(r) = x)) ELSE ((type(r) IN ["PRODUCES","MAKES","INPUT_TO","SUPPLIES","TARGETS","AFFECTS"] AND startNode(r) = x) OR (type(r) IN ["USES","IMPORTS","IMPORTS_FROM","HEADQUARTERED_IN"] AND endNode(r) = x)) END OR (x IN group AND ((type(r) IN [] AND startNode(r) = x) OR (type(r) IN ["PART_OF"] AND endNode(r) = x)))) AND (NOT $dated OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf)))
  WITH i, x, r ORDER BY i, r.id
  WITH i, collect({ type: type(r), properties: properties(r), outgoing: startNode(r) = x }) AS rels
  ORDER BY i
  RETURN collect(rels) AS steps
}
WITH j, start, ns, steps, ns[-1] AS last
RETURN j, CASE WHEN j < 0 THEN start END AS start, [v IN ns[..-1] | v { .*, labels: labels(v) }] AS nodes, last { .*, labels: labels(last) } AS entity, steps, [(last)-[:HEADQUARTERED_IN]->(c:Country) | c.id][0] AS countryId
ORDER BY j
