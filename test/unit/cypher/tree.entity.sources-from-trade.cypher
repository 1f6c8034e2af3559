// name: tree.entity
// parameters:
// {
//   "w0": int(3),
//   "w1": int(2),
//   "w2": int(2)
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
    MATCH (e:Commodity)<-[r1:INPUT_TO]-(o1:Entity)
    WHERE true
    WITH r1, o1, [toLower(coalesce(o1.name, ''))] AS s1, startNode(r1) = e AS out1
    ORDER BY s1[0] ASC, o1.id ASC, r1.id ASC
    LIMIT $w0
    WITH *, startNode(r1) AS f1
    RETURN {
      properties: r1 { .`id`, .`sources` },
      outgoing: out1,
      sortValue: s1,
      node: o1 { .*, labels: labels(o1) },
      from: { e: f1 { .`id`, .`name`, labels: labels(f1) }, c: {
        c2: COLLECT {
          MATCH (f1:Commodity)<-[r2:INPUT_TO]-(o2:Entity)
          WHERE true
          WITH r2, o2, [toLower(coalesce(o2.name, ''))] AS s2, startNode(r2) = f1 AS out2
          ORDER BY s2[0] ASC, o2.id ASC, r2.id ASC
          LIMIT $w1
          RETURN {
            properties: r2 { .`id`, .`sources` },
            outgoing: out2,
            sortValue: s2,
            node: o2 { .*, labels: labels(o2) }
          }
        },
        c2n: COUNT { MATCH (f1:Commodity)<-[r2:INPUT_TO]-(o2:Entity) WHERE true }
      } }
    }
  },
  c3: head(COLLECT {
    MATCH (e:TradeObservation)-[r3:EXPORTER]->(o3:Entity)
    WITH o3 ORDER BY o3.id LIMIT 1
    RETURN o3 { .`id`, .`name`, labels: labels(o3) }
  }),
  c4: head(COLLECT {
    MATCH (e:TradeObservation)-[r4:OF]->(o4:Entity)
    WITH o4 ORDER BY o4.id LIMIT 1
    RETURN { e: o4 { .`id`, .`name`, labels: labels(o4) }, c: {
      c5: COLLECT {
        MATCH (o4:Commodity)<-[r5:MAKES]-(o5:Entity)
        WHERE true
        WITH r5, o5, [toLower(coalesce(o5.name, ''))] AS s5, startNode(r5) = o4 AS out5
        ORDER BY s5[0] ASC, o5.id ASC, r5.id ASC
        LIMIT $w2
        RETURN {
          properties: r5 { .`id`, .`sources` },
          outgoing: out5,
          sortValue: s5,
          node: o5 { .*, labels: labels(o5) }
        }
      },
      c5n: COUNT { MATCH (o4:Commodity)<-[r5:MAKES]-(o5:Entity) WHERE true }
    } }
  })
} } AS entity
