// name: research.reach.exposure.entities
// parameters:
// {
//   "id": "company:ford",
//   "maxHops": int(3),
//   "kinds": [
//     "Country",
//     "Region",
//     "Commodity",
//     "Company",
//     "Official",
//     "Organization",
//     "Policy",
//     "Sector",
//     "Event",
//     "Source",
//     "TradeObservation"
//   ],
//   "dated": false,
//   "asOf": "0000-01-01",
//   "first": int(100)
// }

// research.reach exposure (entities)
MATCH (root:Entity {id: $id})
WITH [root] AS frontier, [root] AS visited, [] AS reached, 0 AS found, [root] AS group

// level 1
CALL (frontier, visited, found, group) {
  CALL (frontier, found, group) {
    UNWIND CASE WHEN found < $first AND 1 <= $maxHops THEN frontier ELSE [] END AS m
    WITH m, group
    WITH *, CASE WHEN m IN group THEN [(m)<-[r:PART_OF]-(n) WHERE (NOT $dated OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) | n] ELSE [] END AS members
    UNWIND [x IN [(m)-[r:PRODUCES|MAKES|INPUT_TO|SUPPLIES|TARGETS|AFFECTS]->(n) WHERE (NOT $dated OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) | n] + [(m)<-[r:USES|HEADQUARTERED_IN]-(n) WHERE (NOT $dated OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) | n] + members | [x, 0]] + [x IN [(m)<-[r:IMPORTS|IMPORTS_FROM]-(n) WHERE (NOT $dated OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) | n] | [x, 1]] AS hit
    WITH *, hit[0] AS n, hit[1] AS e
    WITH *, n IN members AS g
    WITH n, g, e WHERE NOT n:Source
    RETURN n, max(CASE WHEN g THEN 1 ELSE 0 END) AS g, min(e) AS e
  }
  WITH n, g, e WHERE NOT n IN visited
  ORDER BY toLower(n.name), n.id
  RETURN collect(n) AS next, count(CASE WHEN any(l IN labels(n) WHERE l IN $kinds) THEN 1 END) AS matched, collect(CASE WHEN g = 1 THEN n END) AS joined, collect(CASE WHEN e = 1 THEN n END) AS ended
}
WITH [x IN next WHERE NOT x IN ended] AS frontier, visited + next AS visited, reached + [n IN next | { v: n, tier: 1 }] AS reached, found + matched AS found, group + joined AS group

// level 2
CALL (frontier, visited, found, group) {
  CALL (frontier, found, group) {
    UNWIND CASE WHEN found < $first AND 2 <= $maxHops THEN frontier ELSE [] END AS m
    WITH m, group
    WITH *, CASE WHEN m IN group THEN [(m)<-[r:PART_OF]-(n) WHERE (NOT $dated OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) | n] ELSE [] END AS members
    UNWIND [x IN [(m)-[r:PRODUCES|MAKES|INPUT_TO|SUPPLIES|TARGETS|AFFECTS]->(n) WHERE (NOT $dated OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) | n] + [(m)<-[r:USES|HEADQUARTERED_IN]-(n) WHERE (NOT $dated OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) | n] + members | [x, 0]] + [x IN [(m)<-[r:IMPORTS|IMPORTS_FROM]-(n) WHERE (NOT $dated OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) | n] | [x, 1]] AS hit
    WITH *, hit[0] AS n, hit[1] AS e
    WITH *, n IN members AS g
    WITH n, g, e WHERE NOT n:Source
    RETURN n, max(CASE WHEN g THEN 1 ELSE 0 END) AS g, min(e) AS e
  }
  WITH n, g, e WHERE NOT n IN visited
  ORDER BY toLower(n.name), n.id
  RETURN collect(n) AS next, count(CASE WHEN any(l IN labels(n) WHERE l IN $kinds) THEN 1 END) AS matched, collect(CASE WHEN g = 1 THEN n END) AS joined, collect(CASE WHEN e = 1 THEN n END) AS ended
}
WITH [x IN next WHERE NOT x IN ended] AS frontier, visited + next AS visited, reached + [n IN next | { v: n, tier: 2 }] AS reached, found + matched AS found, group + joined AS group

// level 3
CALL (frontier, visited, found, group) {
  CALL (frontier, found, group) {
    UNWIND CASE WHEN found < $first AND 3 <= $maxHops THEN frontier ELSE [] END AS m
    WITH m, group
    WITH *, CASE WHEN m IN group THEN [(m)<-[r:PART_OF]-(n) WHERE (NOT $dated OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) | n] ELSE [] END AS members
    UNWIND [x IN [(m)-[r:PRODUCES|MAKES|INPUT_TO|SUPPLIES|TARGETS|AFFECTS]->(n) WHERE (NOT $dated OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) | n] + [(m)<-[r:USES|HEADQUARTERED_IN]-(n) WHERE (NOT $dated OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) | n] + members | [x, 0]] + [x IN [(m)<-[r:IMPORTS|IMPORTS_FROM]-(n) WHERE (NOT $dated OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) | n] | [x, 1]] AS hit
    WITH *, hit[0] AS n, hit[1] AS e
    WITH *, n IN members AS g
    WITH n, g, e WHERE NOT n:Source
    RETURN n, max(CASE WHEN g THEN 1 ELSE 0 END) AS g, min(e) AS e
  }
  WITH n, g, e WHERE NOT n IN visited
  ORDER BY toLower(n.name), n.id
  RETURN collect(n) AS next, count(CASE WHEN any(l IN labels(n) WHERE l IN $kinds) THEN 1 END) AS matched, collect(CASE WHEN g = 1 THEN n END) AS joined, collect(CASE WHEN e = 1 THEN n END) AS ended
}
WITH [x IN next WHERE NOT x IN ended] AS frontier, visited + next AS visited, reached + [n IN next | { v: n, tier: 3 }] AS reached, found + matched AS found, group + joined AS group

// level 4
CALL (frontier, visited, found, group) {
  CALL (frontier, found, group) {
    UNWIND CASE WHEN found < $first AND 4 <= $maxHops THEN frontier ELSE [] END AS m
    WITH m, group
    WITH *, CASE WHEN m IN group THEN [(m)<-[r:PART_OF]-(n) WHERE (NOT $dated OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) | n] ELSE [] END AS members
    UNWIND [x IN [(m)-[r:PRODUCES|MAKES|INPUT_TO|SUPPLIES|TARGETS|AFFECTS]->(n) WHERE (NOT $dated OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) | n] + [(m)<-[r:USES|HEADQUARTERED_IN]-(n) WHERE (NOT $dated OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) | n] + members | [x, 0]] + [x IN [(m)<-[r:IMPORTS|IMPORTS_FROM]-(n) WHERE (NOT $dated OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) | n] | [x, 1]] AS hit
    WITH *, hit[0] AS n, hit[1] AS e
    WITH *, n IN members AS g
    WITH n, g, e WHERE NOT n:Source
    RETURN n, max(CASE WHEN g THEN 1 ELSE 0 END) AS g, min(e) AS e
  }
  WITH n, g, e WHERE NOT n IN visited
  ORDER BY toLower(n.name), n.id
  RETURN collect(n) AS next, count(CASE WHEN any(l IN labels(n) WHERE l IN $kinds) THEN 1 END) AS matched, collect(CASE WHEN g = 1 THEN n END) AS joined, collect(CASE WHEN e = 1 THEN n END) AS ended
}
WITH [x IN next WHERE NOT x IN ended] AS frontier, visited + next AS visited, reached + [n IN next | { v: n, tier: 4 }] AS reached, found + matched AS found, group + joined AS group

// level 5
CALL (frontier, visited, found, group) {
  CALL (frontier, found, group) {
    UNWIND CASE WHEN found < $first AND 5 <= $maxHops THEN frontier ELSE [] END AS m
    WITH m, group
    WITH *, CASE WHEN m IN group THEN [(m)<-[r:PART_OF]-(n) WHERE (NOT $dated OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) | n] ELSE [] END AS members
    UNWIND [x IN [(m)-[r:PRODUCES|MAKES|INPUT_TO|SUPPLIES|TARGETS|AFFECTS]->(n) WHERE (NOT $dated OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) | n] + [(m)<-[r:USES|HEADQUARTERED_IN]-(n) WHERE (NOT $dated OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) | n] + members | [x, 0]] + [x IN [(m)<-[r:IMPORTS|IMPORTS_FROM]-(n) WHERE (NOT $dated OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) | n] | [x, 1]] AS hit
    WITH *, hit[0] AS n, hit[1] AS e
    WITH *, n IN members AS g
    WITH n, g, e WHERE NOT n:Source
    RETURN n, max(CASE WHEN g THEN 1 ELSE 0 END) AS g, min(e) AS e
  }
  WITH n, g, e WHERE NOT n IN visited
  ORDER BY toLower(n.name), n.id
  RETURN collect(n) AS next, count(CASE WHEN any(l IN labels(n) WHERE l IN $kinds) THEN 1 END) AS matched, collect(CASE WHEN g = 1 THEN n END) AS joined, collect(CASE WHEN e = 1 THEN n END) AS ended
}
WITH [x IN next WHERE NOT x IN ended] AS frontier, visited + next AS visited, reached + [n IN next | { v: n, tier: 5 }] AS reached, found + matched AS found, group + joined AS group

// level 6
CALL (frontier, visited, found, group) {
  CALL (frontier, found, group) {
    UNWIND CASE WHEN found < $first AND 6 <= $maxHops THEN frontier ELSE [] END AS m
    WITH m, group
    WITH *, CASE WHEN m IN group THEN [(m)<-[r:PART_OF]-(n) WHERE (NOT $dated OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) | n] ELSE [] END AS members
    UNWIND [x IN [(m)-[r:PRODUCES|MAKES|INPUT_TO|SUPPLIES|TARGETS|AFFECTS]->(n) WHERE (NOT $dated OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) | n] + [(m)<-[r:USES|HEADQUARTERED_IN]-(n) WHERE (NOT $dated OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) | n] + members | [x, 0]] + [x IN [(m)<-[r:IMPORTS|IMPORTS_FROM]-(n) WHERE (NOT $dated OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) | n] | [x, 1]] AS hit
    WITH *, hit[0] AS n, hit[1] AS e
    WITH *, n IN members AS g
    WITH n, g, e WHERE NOT n:Source
    RETURN n, max(CASE WHEN g THEN 1 ELSE 0 END) AS g, min(e) AS e
  }
  WITH n, g, e WHERE NOT n IN visited
  ORDER BY toLower(n.name), n.id
  RETURN collect(n) AS next, count(CASE WHEN any(l IN labels(n) WHERE l IN $kinds) THEN 1 END) AS matched, collect(CASE WHEN g = 1 THEN n END) AS joined, collect(CASE WHEN e = 1 THEN n END) AS ended
}
WITH [x IN next WHERE NOT x IN ended] AS frontier, visited + next AS visited, reached + [n IN next | { v: n, tier: 6 }] AS reached, found + matched AS found, group + joined AS group
// Cut as list operations: rows that each carried the whole list would be costed at its full size.
WITH group[0] AS root, [x IN reached WHERE any(l IN labels(x.v) WHERE l IN $kinds)][..$first] AS kept
WITH root { .*, labels: labels(root) } AS start, kept
// Row -1 is the start alone, so that a walk from an entity that reaches nothing still answers.
UNWIND [{ j: -1, v: null, tier: 0 }] + [j IN range(0, size(kept) - 1) | { j: j, v: kept[j].v, tier: kept[j].tier }] AS row
WITH start, row.j AS j, row.v AS v, row.tier AS tier
RETURN j, CASE WHEN j < 0 THEN start END AS start, v { .*, labels: labels(v) } AS entity, tier, [(v)-[:HEADQUARTERED_IN]->(c:Country) | c.id][0] AS countryId
ORDER BY j
