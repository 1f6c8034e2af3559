// name: tree.entity
// parameters:
// {
//   "w0": int(2),
//   "w1": int(2)
// }

// tree.entity
MATCH (e:Entity {id: $id})
RETURN { e: e { .`id`, .`name`, labels: labels(e) }, c: {
  c0: COLLECT {
    MATCH (e:Country|Region|Commodity|Company|Official|Organization|Policy|Sector|Event|TradeObservation)-[:REPORTED_IN]->(o0:Source)
    WITH o0 ORDER BY o0.published DESC, o0.id
    LIMIT 50
    RETURN o0 { .`id`, .`name`, labels: labels(o0) }
  },
  c1: COLLECT {
    MATCH (e:Country)-[r1:LINKED_TO]-(o1:Entity)
    WHERE true
    WITH r1, o1, [toLower(coalesce(o1.name, ''))] AS s1, startNode(r1) = e AS out1
    ORDER BY s1[0] ASC, o1.id ASC, r1.id ASC
    LIMIT $w0
    RETURN {
      properties: r1 { .`id`, .`sources` },
      outgoing: out1,
      sortValue: s1,
      node: o1 { .*, labels: labels(o1) }
    }
  },
  c1n: COUNT { MATCH (e:Country)-[r1:LINKED_TO]-(o1:Entity) WHERE true },
  c2: COLLECT {
    MATCH (e:Commodity)-[r2:LINKED_TO]-(o2:Entity)
    WHERE true
    WITH r2, o2, [toLower(coalesce(o2.name, ''))] AS s2, startNode(r2) = e AS out2
    ORDER BY s2[0] ASC, o2.id ASC, r2.id ASC
    LIMIT $w1
    RETURN {
      properties: r2 { .`id`, .`sources` },
      outgoing: out2,
      sortValue: s2,
      node: o2 { .*, labels: labels(o2) }
    }
  },
  c2n: COUNT { MATCH (e:Commodity)-[r2:LINKED_TO]-(o2:Entity) WHERE true }
} } AS entity
