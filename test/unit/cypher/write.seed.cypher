graph.upsertNodes Country: 23 rows
graph.upsertNodes Region: 2 rows
graph.upsertNodes Commodity: 39 rows
graph.upsertNodes Company: 32 rows
graph.upsertNodes Official: 13 rows
graph.upsertNodes Organization: 23 rows
graph.upsertNodes Policy: 25 rows
graph.upsertNodes Sector: 8 rows
graph.upsertNodes Event: 21 rows
graph.upsertNodes Source: 107 rows
graph.upsertNodes TradeObservation: 7 rows
graph.missingSources: 107 ids
graph.createEdges EXPORTER (Entity→Entity): 7 rows
graph.createEdges IMPORTER (Entity→Entity): 7 rows
graph.createEdges OF (Entity→Entity): 7 rows
graph.createEdges REPORTED_IN (Entity→Entity): 353 rows
graph.createEdges PART_OF (Entity→Entity): 19 rows
graph.createEdges HEADQUARTERED_IN (Entity→Entity): 31 rows
graph.createEdges INPUT_TO (Entity→Entity): 45 rows
graph.createEdges LINKED_TO (Entity→Entity): 58 rows
graph.createEdges IN_SECTOR (Entity→Entity): 49 rows
graph.createEdges USES (Entity→Entity): 10 rows
graph.createEdges PRODUCES (Entity→Entity): 40 rows
graph.createEdges MAKES (Entity→Entity): 21 rows
graph.createEdges SUPPLIES (Entity→Entity): 6 rows
graph.createEdges ISSUED (Entity→Entity): 32 rows
graph.createEdges RESPONDS_TO (Entity→Entity): 5 rows
graph.createEdges EASES (Entity→Entity): 11 rows
graph.createEdges TARGETS (Entity→Entity): 56 rows
graph.createEdges AFFECTS (Entity→Entity): 36 rows
graph.createEdges HOLDS_OFFICE (Entity→Entity): 11 rows
graph.createEdges STATED (Entity→Entity): 24 rows
graph.createEdges CAUSED_BY (Entity→Entity): 13 rows
