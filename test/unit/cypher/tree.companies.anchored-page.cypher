// name: connection.page
// parameters:
// {
//   "w0": int(3)
// }

// connection.page Company
CALL () {
  MATCH (anchor:Entity) WHERE anchor.id IN $anchorIds
MATCH (n:Company)-[:HEADQUARTERED_IN]->(anchor)
WITH DISTINCT n
  WHERE true 
  WITH n, toLower(coalesce(toString(n.name), '')) AS sortValue
  ORDER BY sortValue ASC, n.id ASC
  LIMIT $limit
  RETURN collect({ entity: { e: n { .`id`, .`name`, labels: labels(n) }, c: {
    c0: COLLECT {
      MATCH (n)-[r0:MAKES]->(o0:Entity)
      WHERE true
      WITH r0, o0, [toLower(coalesce(o0.name, ''))] AS s0, startNode(r0) = n AS out0
      ORDER BY s0[0] ASC, o0.id ASC, r0.id ASC
      LIMIT $w0
      RETURN {
        properties: r0 { .`id`, .`sources` },
        outgoing: out0,
        sortValue: s0,
        node: o0 { .`id`, .`name`, labels: labels(o0) }
      }
    }
  } }, sortValue: sortValue }) AS rows
}
CALL () {
  MATCH (anchor:Entity) WHERE anchor.id IN $anchorIds
MATCH (n:Company)-[:HEADQUARTERED_IN]->(anchor)
WITH DISTINCT n
  WHERE true
  RETURN count(n) AS total
}
RETURN rows, total
