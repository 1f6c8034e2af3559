// name: tree.entity
// parameters:
// {
//   "w0": 0.6,
//   "w1": 2024,
//   "w2": "commodity:x",
//   "w3": "country:CN|PRODUCES|commodity:x",
//   "w4": int(3)
// }

// tree.entity
MATCH (e:Entity {id: $id})
RETURN { e: e { .`id`, .`name`, labels: labels(e) }, c: {
  c0: COLLECT {
    MATCH (e:Country)-[r0:PRODUCES]->(o0:Entity)
    WHERE true AND (coalesce(toFloat(r0.share), -1e+300) < $w0 OR (coalesce(toFloat(r0.share), -1e+300) = $w0 AND (coalesce(toFloat(r0.year), -1e+300) > $w1 OR (coalesce(toFloat(r0.year), -1e+300) = $w1 AND (o0.id < $w2 OR (o0.id = $w2 AND r0.id < $w3))))))
    WITH r0, o0, [coalesce(toFloat(r0.share), -1e+300), coalesce(toFloat(r0.year), -1e+300)] AS s0, startNode(r0) = e AS out0
    ORDER BY s0[0] DESC, s0[1] ASC, o0.id DESC, r0.id DESC
    LIMIT $w4
    RETURN {
      properties: r0 { .`id`, .`sources` },
      outgoing: out0,
      sortValue: s0,
      node: o0 { .*, labels: labels(o0) }
    }
  }
} } AS entity
