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
graph.createEdges EXPORTER (TradeObservation→Country): 7 rows
graph.createEdges IMPORTER (TradeObservation→Country): 2 rows
graph.createEdges IMPORTER (TradeObservation→Region): 5 rows
graph.createEdges OF (TradeObservation→Commodity): 7 rows
graph.createEdges REPORTED_IN (Commodity→Source): 65 rows
graph.createEdges REPORTED_IN (Company→Source): 59 rows
graph.createEdges REPORTED_IN (Country→Source): 41 rows
graph.createEdges REPORTED_IN (Event→Source): 43 rows
graph.createEdges REPORTED_IN (Official→Source): 23 rows
graph.createEdges REPORTED_IN (Organization→Source): 30 rows
graph.createEdges REPORTED_IN (Policy→Source): 63 rows
graph.createEdges REPORTED_IN (Region→Source): 4 rows
graph.createEdges REPORTED_IN (Sector→Source): 11 rows
graph.createEdges REPORTED_IN (TradeObservation→Source): 14 rows
graph.createEdges PART_OF (Company→Company): 2 rows
graph.createEdges PART_OF (Country→Country): 2 rows
graph.createEdges PART_OF (Organization→Country): 12 rows
graph.createEdges PART_OF (Organization→Organization): 3 rows
graph.createEdges HEADQUARTERED_IN (Company→Country): 27 rows
graph.createEdges HEADQUARTERED_IN (Organization→Country): 4 rows
graph.createEdges INPUT_TO (Commodity→Commodity): 45 rows
graph.createEdges LINKED_TO (Commodity→Commodity): 2 rows
graph.createEdges LINKED_TO (Commodity→Policy): 1 rows
graph.createEdges LINKED_TO (Company→Company): 8 rows
graph.createEdges LINKED_TO (Company→Country): 9 rows
graph.createEdges LINKED_TO (Event→Country): 2 rows
graph.createEdges LINKED_TO (Event→Event): 2 rows
graph.createEdges LINKED_TO (Event→Policy): 6 rows
graph.createEdges LINKED_TO (Official→Company): 3 rows
graph.createEdges LINKED_TO (Official→Event): 10 rows
graph.createEdges LINKED_TO (Official→Policy): 3 rows
graph.createEdges LINKED_TO (Organization→Company): 1 rows
graph.createEdges LINKED_TO (Organization→Policy): 1 rows
graph.createEdges LINKED_TO (Policy→Policy): 10 rows
graph.createEdges IN_SECTOR (Commodity→Sector): 20 rows
graph.createEdges IN_SECTOR (Company→Sector): 29 rows
graph.createEdges USES (Company→Commodity): 6 rows
graph.createEdges USES (Sector→Commodity): 4 rows
graph.createEdges PRODUCES (Company→Commodity): 7 rows
graph.createEdges PRODUCES (Country→Commodity): 33 rows
graph.createEdges MAKES (Company→Commodity): 21 rows
graph.createEdges SUPPLIES (Company→Company): 5 rows
graph.createEdges SUPPLIES (Country→Company): 1 rows
graph.createEdges ISSUED (Country→Policy): 14 rows
graph.createEdges ISSUED (Official→Policy): 5 rows
graph.createEdges ISSUED (Organization→Policy): 13 rows
graph.createEdges RESPONDS_TO (Policy→Policy): 5 rows
graph.createEdges EASES (Event→Policy): 1 rows
graph.createEdges EASES (Policy→Policy): 10 rows
graph.createEdges TARGETS (Policy→Commodity): 28 rows
graph.createEdges TARGETS (Policy→Company): 10 rows
graph.createEdges TARGETS (Policy→Country): 16 rows
graph.createEdges TARGETS (Policy→Sector): 2 rows
graph.createEdges AFFECTS (Event→Commodity): 4 rows
graph.createEdges AFFECTS (Event→Company): 18 rows
graph.createEdges AFFECTS (Event→Country): 1 rows
graph.createEdges AFFECTS (Event→Region): 3 rows
graph.createEdges AFFECTS (Event→Sector): 2 rows
graph.createEdges AFFECTS (Policy→Commodity): 2 rows
graph.createEdges AFFECTS (Policy→Company): 1 rows
graph.createEdges AFFECTS (Policy→Country): 1 rows
graph.createEdges AFFECTS (Policy→Region): 1 rows
graph.createEdges AFFECTS (Policy→Sector): 3 rows
graph.createEdges HOLDS_OFFICE (Official→Country): 3 rows
graph.createEdges HOLDS_OFFICE (Official→Organization): 8 rows
graph.createEdges STATED (Official→Commodity): 2 rows
graph.createEdges STATED (Official→Event): 10 rows
graph.createEdges STATED (Official→Policy): 5 rows
graph.createEdges STATED (Organization→Event): 4 rows
graph.createEdges STATED (Organization→Policy): 3 rows
graph.createEdges CAUSED_BY (Event→Event): 3 rows
graph.createEdges CAUSED_BY (Event→Policy): 10 rows
