// name: research.reach.dependencies.entities
// parameters:
// {
//   "w0": int(2),
//   "w1": int(3),
//   "id": "company:ford",
//   "maxHops": int(2),
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

    // research.reach dependencies (entities)
    MATCH (root:Entity {id: $id})
    WITH [root] AS frontier, [root] AS visited, [] AS reached, 0 AS found, [root] AS group

    // level 1
    CALL (frontier, visited, found, group) {
      CALL (frontier, found, group) {
        UNWIND CASE WHEN found < $first AND 1 <= $maxHops THEN frontier ELSE [] END AS m
        WITH m, group
        WITH *, CASE WHEN m IN group THEN [(m)<-[r:HEADQUARTERED_IN|PART_OF]-(n) WHERE (NOT $dated OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) | n] ELSE [] END AS members
        UNWIND [(m)-[r:USES|IMPORTS|IMPORTS_FROM]->(n) WHERE (NOT $dated OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) | n] + [(m)<-[r:INPUT_TO|PRODUCES|MAKES|SUPPLIES]-(n) WHERE (NOT $dated OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) | n] + members AS n
        WITH *, n IN members AS g
        WITH n, g WHERE NOT n:Source
        RETURN n, max(CASE WHEN g THEN 1 ELSE 0 END) AS g
      }
      WITH n, g WHERE NOT n IN visited
      ORDER BY toLower(n.name), n.id
      RETURN collect(n) AS next, count(CASE WHEN any(l IN labels(n) WHERE l IN $kinds) THEN 1 END) AS matched, collect(CASE WHEN g = 1 THEN n END) AS joined
    }
    WITH next AS frontier, visited + next AS visited, reached + [n IN next | { v: n, tier: 1 }] AS reached, found + matched AS found, group + joined AS group

    // level 2
    CALL (frontier, visited, found, group) {
      CALL (frontier, found, group) {
        UNWIND CASE WHEN found < $first AND 2 <= $maxHops THEN frontier ELSE [] END AS m
        WITH m, group
        WITH *, CASE WHEN m IN group THEN [(m)<-[r:HEADQUARTERED_IN|PART_OF]-(n) WHERE (NOT $dated OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) | n] ELSE [] END AS members
        UNWIND [(m)-[r:USES|IMPORTS|IMPORTS_FROM|HEADQUARTERED_IN]->(n) WHERE (NOT $dated OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) | n] + [(m)<-[r:INPUT_TO|PRODUCES|MAKES|SUPPLIES]-(n) WHERE (NOT $dated OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) | n] + members AS n
        WITH *, n IN members AS g
        WITH n, g WHERE NOT n:Source
        RETURN n, max(CASE WHEN g THEN 1 ELSE 0 END) AS g
      }
      WITH n, g WHERE NOT n IN visited
      ORDER BY toLower(n.name), n.id
      RETURN collect(n) AS next, count(CASE WHEN any(l IN labels(n) WHERE l IN $kinds) THEN 1 END) AS matched, collect(CASE WHEN g = 1 THEN n END) AS joined
    }
    WITH next AS frontier, visited + next AS visited, reached + [n IN next | { v: n, tier: 2 }] AS reached, found + matched AS found, group + joined AS group
    // Cut as list operations: rows that each carried the whole list would be costed at its full size.
    WITH group[0] AS root, [x IN reached WHERE any(l IN labels(x.v) WHERE l IN $kinds)][..$first] AS kept
    WITH { e: root { .`id`, .`name`, labels: labels(root) }, c: {
  c0: COLLECT {
    MATCH (root:Company)-[r0:HEADQUARTERED_IN]->(o0:Entity)
    WHERE true
    WITH r0, o0, [toLower(coalesce(o0.name, ''))] AS s0, startNode(r0) = root AS out0
    ORDER BY s0[0] ASC, o0.id ASC, r0.id ASC
    LIMIT $w0
    RETURN {
      properties: r0 { .`id`, .`sources` },
      outgoing: out0,
      sortValue: s0,
      node: o0 { .`id`, .`name`, labels: labels(o0) }
    }
  }
} } AS start, kept
    // Row -1 is the start alone, so that a walk from an entity that reaches nothing still answers.
    UNWIND [{ j: -1, v: null, tier: 0 }] + [j IN range(0, size(kept) - 1) | { j: j, v: kept[j].v, tier: kept[j].tier }] AS row
    WITH start, row.j AS j, row.v AS v, row.tier AS tier
    RETURN j, CASE WHEN j < 0 THEN start END AS start, { e: v { .`id`, .`name`, labels: labels(v) }, c: {
  c0: COLLECT {
    MATCH (v:Country|Region|Commodity|Company|Official|Organization|Policy|Sector|Event|TradeObservation)-[:REPORTED_IN]->(o0:Source)
    WITH o0 ORDER BY o0.published DESC, o0.id
    LIMIT 50
    RETURN o0 { .`id`, .`name`, labels: labels(o0) }
  },
  c1: COLLECT {
    MATCH (v:Commodity)<-[r1:PRODUCES]-(o1:Entity)
    WHERE true
    WITH r1, o1, [coalesce(toFloat(r1.share), -1e+300)] AS s1, startNode(r1) = v AS out1
    ORDER BY s1[0] DESC, o1.id DESC, r1.id DESC
    LIMIT $w1
    RETURN {
      properties: r1 { .`id`, .`sources` },
      outgoing: out1,
      sortValue: s1,
      node: o1 { .`id`, .`name`, labels: labels(o1) }
    }
  },
  c1n: COUNT { MATCH (v:Commodity)<-[r1:PRODUCES]-(o1:Entity) WHERE true }
} } AS entity, tier, [(v)-[:HEADQUARTERED_IN]->(c:Country) | c.id][0] AS countryId
    ORDER BY j
