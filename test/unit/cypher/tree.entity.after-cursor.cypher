// name: tree.entity
// parameters:
// {
//   "w0": 0.6,
//   "w1": "country:CN",
//   "w2": "country:CN|PRODUCES|commodity:x",
//   "w3": int(6)
// }

// tree.entity
MATCH (e:Entity {id: $id})
RETURN { e: e { .`id`, .`name`, labels: labels(e) }, c: {
  c0: COLLECT {
    MATCH (e:Commodity)<-[r0:PRODUCES]-(o0:Entity)
    WHERE true AND (coalesce(toFloat(r0.share), -1e+300) < $w0 OR (coalesce(toFloat(r0.share), -1e+300) = $w0 AND (o0.id < $w1 OR (o0.id = $w1 AND r0.id < $w2))))
    WITH r0, o0, [coalesce(toFloat(r0.share), -1e+300)] AS s0, startNode(r0) = e AS out0
    ORDER BY s0[0] DESC, o0.id DESC, r0.id DESC
    LIMIT $w3
    RETURN {
      properties: r0 { .`id`, .`sources` },
      outgoing: out0,
      sortValue: s0,
      node: o0 { .`id`, .`name`, labels: labels(o0) }
    }
  }
} } AS entity
