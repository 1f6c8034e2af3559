// name: tree.entity
// parameters:
// {
//   "w0": int(3),
//   "w1": int(2),
//   "w2": int(2)
// }

// tree.entity
MATCH (e:Entity {id: $id})
RETURN { e: e { .`id`, .`name`, label: head([l IN labels(e) WHERE l <> 'Entity']) }, c: {
  c0: COLLECT {
    MATCH (e:Country|Region|Commodity|Company|Official|Organization|Policy|Sector|Event|TradeObservation)-[:REPORTED_IN]->(o0:Source)
    WITH o0 ORDER BY o0.published DESC, o0.id
    LIMIT 50
    RETURN o0 { .`id`, .`name`, label: head([l IN labels(o0) WHERE l <> 'Entity']) }
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
      node: o1 { .*, label: head([l IN labels(o1) WHERE l <> 'Entity']) },
      from: { e: f1 { .`id`, .`name`, label: head([l IN labels(f1) WHERE l <> 'Entity']) }, c: {
        c3: COLLECT {
          MATCH (f1:Commodity)<-[r3:INPUT_TO]-(o3:Entity)
          WHERE true
          WITH r3, o3, [toLower(coalesce(o3.name, ''))] AS s3, startNode(r3) = f1 AS out3
          ORDER BY s3[0] ASC, o3.id ASC, r3.id ASC
          LIMIT $w1
          RETURN {
            properties: r3 { .`id`, .`sources` },
            outgoing: out3,
            sortValue: s3,
            node: o3 { .*, label: head([l IN labels(o3) WHERE l <> 'Entity']) }
          }
        },
        c3n: COUNT { MATCH (f1:Commodity)<-[r3:INPUT_TO]-(o3:Entity) WHERE true }
      } },
      c2: COLLECT {
        UNWIND range(0, size(coalesce(r1.sources, [])[..50]) - 1) AS i2
        MATCH (o2:Entity {id: r1.sources[i2]})
        WITH o2, i2 ORDER BY i2
        RETURN o2 { .`id`, .`name`, label: head([l IN labels(o2) WHERE l <> 'Entity']) }
      }
    }
  },
  c4: head(COLLECT {
    MATCH (e:TradeObservation)-[r4:EXPORTER]->(o4:Entity)
    WITH o4 ORDER BY o4.id LIMIT 1
    RETURN o4 { .`id`, .`name`, label: head([l IN labels(o4) WHERE l <> 'Entity']) }
  }),
  c5: head(COLLECT {
    MATCH (e:TradeObservation)-[r5:OF]->(o5:Entity)
    WITH o5 ORDER BY o5.id LIMIT 1
    RETURN { e: o5 { .`id`, .`name`, label: head([l IN labels(o5) WHERE l <> 'Entity']) }, c: {
      c6: COLLECT {
        MATCH (o5:Commodity)<-[r6:MAKES]-(o6:Entity)
        WHERE true
        WITH r6, o6, [toLower(coalesce(o6.name, ''))] AS s6, startNode(r6) = o5 AS out6
        ORDER BY s6[0] ASC, o6.id ASC, r6.id ASC
        LIMIT $w2
        RETURN {
          properties: r6 { .`id`, .`sources` },
          outgoing: out6,
          sortValue: s6,
          node: o6 { .*, label: head([l IN labels(o6) WHERE l <> 'Entity']) }
        }
      },
      c6n: COUNT { MATCH (o5:Commodity)<-[r6:MAKES]-(o6:Entity) WHERE true }
    } }
  })
} } AS entity
