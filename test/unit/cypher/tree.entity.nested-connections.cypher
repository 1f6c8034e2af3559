// name: tree.entity
// parameters:
// {
//   "w0": "rare",
//   "w1": "2024-06",
//   "w2": 2023,
//   "w3": int(4),
//   "w4": int(3)
// }

// tree.entity
MATCH (e:Entity {id: $id})
RETURN { e: e { .`id`, .`name`, labels: labels(e) }, c: {
  c0: COLLECT {
    MATCH (e:Country)-[r0:PRODUCES]->(o0:Entity)
    WHERE (toLower(o0.name) CONTAINS toLower($w0) AND (r0.validFrom IS NULL OR r0.validFrom <= $w1) AND (r0.validTo IS NULL OR r0.validTo >= $w1) AND r0.year >= $w2)
    WITH r0, o0, [coalesce(toFloat(r0.share), -1e+300)] AS s0, startNode(r0) = e AS out0
    ORDER BY s0[0] DESC, o0.id DESC, r0.id DESC
    LIMIT $w3
    RETURN {
      properties: r0 { .`id`, .`sources` },
      outgoing: out0,
      sortValue: s0,
      node: { e: o0 { .`id`, .`name`, labels: labels(o0) }, c: {
        c1: COLLECT {
          MATCH (o0:Commodity)<-[r1:PRODUCES]-(o1:Entity)
          WHERE true
          WITH r1, o1, [coalesce(toFloat(r1.year), -1e+300)] AS s1, startNode(r1) = o0 AS out1
          ORDER BY s1[0] ASC, o1.id ASC, r1.id ASC
          LIMIT $w4
          RETURN {
            properties: r1 { .`id`, .`sources` },
            outgoing: out1,
            sortValue: s1,
            node: o1 { .`id`, .`name`, labels: labels(o1) }
          }
        }
      } }
    }
  },
  c0n: COUNT { MATCH (e:Country)-[r0:PRODUCES]->(o0:Entity) WHERE (toLower(o0.name) CONTAINS toLower($w0) AND (r0.validFrom IS NULL OR r0.validFrom <= $w1) AND (r0.validTo IS NULL OR r0.validTo >= $w1) AND r0.year >= $w2) }
} } AS entity
