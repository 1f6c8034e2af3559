CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE
CREATE CONSTRAINT region_id IF NOT EXISTS FOR (n:Region) REQUIRE n.id IS UNIQUE
CREATE CONSTRAINT commodity_id IF NOT EXISTS FOR (n:Commodity) REQUIRE n.id IS UNIQUE
CREATE CONSTRAINT company_id IF NOT EXISTS FOR (n:Company) REQUIRE n.id IS UNIQUE
CREATE CONSTRAINT official_id IF NOT EXISTS FOR (n:Official) REQUIRE n.id IS UNIQUE
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE
CREATE CONSTRAINT policy_id IF NOT EXISTS FOR (n:Policy) REQUIRE n.id IS UNIQUE
CREATE CONSTRAINT sector_id IF NOT EXISTS FOR (n:Sector) REQUIRE n.id IS UNIQUE
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE
CREATE CONSTRAINT trade_observation_id IF NOT EXISTS FOR (n:TradeObservation) REQUIRE n.id IS UNIQUE
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)
CREATE INDEX policy_announced IF NOT EXISTS FOR (n:Policy) ON (n.announced)
CREATE INDEX policy_effective IF NOT EXISTS FOR (n:Policy) ON (n.effective)
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date)
CREATE INDEX source_published IF NOT EXISTS FOR (n:Source) ON (n.published)
CREATE INDEX trade_period IF NOT EXISTS FOR (n:TradeObservation) ON (n.periodStart, n.periodEnd)
CREATE INDEX country_iso3 IF NOT EXISTS FOR (n:Country) ON (n.iso3)
CREATE INDEX country_iso2 IF NOT EXISTS FOR (n:Country) ON (n.iso2)
CREATE INDEX commodity_hs_code IF NOT EXISTS FOR (n:Commodity) ON (n.hsCode)
CREATE INDEX rel_produces_year IF NOT EXISTS FOR ()-[r:PRODUCES]-() ON (r.year)
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText, n.description, n.summary]

DROP INDEX rel_produces_id IF EXISTS
CREATE CONSTRAINT rel_produces_id_unique IF NOT EXISTS FOR ()-[r:PRODUCES]-() REQUIRE r.id IS UNIQUE
CREATE INDEX rel_produces_id IF NOT EXISTS FOR ()-[r:PRODUCES]-() ON (r.id)

DROP INDEX rel_has_reserves_id IF EXISTS
CREATE CONSTRAINT rel_has_reserves_id_unique IF NOT EXISTS FOR ()-[r:HAS_RESERVES]-() REQUIRE r.id IS UNIQUE
CREATE INDEX rel_has_reserves_id IF NOT EXISTS FOR ()-[r:HAS_RESERVES]-() ON (r.id)

DROP INDEX rel_has_capacity_id IF EXISTS
CREATE CONSTRAINT rel_has_capacity_id_unique IF NOT EXISTS FOR ()-[r:HAS_CAPACITY]-() REQUIRE r.id IS UNIQUE
CREATE INDEX rel_has_capacity_id IF NOT EXISTS FOR ()-[r:HAS_CAPACITY]-() ON (r.id)

DROP INDEX rel_imports_id IF EXISTS
CREATE CONSTRAINT rel_imports_id_unique IF NOT EXISTS FOR ()-[r:IMPORTS]-() REQUIRE r.id IS UNIQUE
CREATE INDEX rel_imports_id IF NOT EXISTS FOR ()-[r:IMPORTS]-() ON (r.id)

DROP INDEX rel_imports_from_id IF EXISTS
CREATE CONSTRAINT rel_imports_from_id_unique IF NOT EXISTS FOR ()-[r:IMPORTS_FROM]-() REQUIRE r.id IS UNIQUE
CREATE INDEX rel_imports_from_id IF NOT EXISTS FOR ()-[r:IMPORTS_FROM]-() ON (r.id)

DROP INDEX rel_has_statistic_id IF EXISTS
CREATE CONSTRAINT rel_has_statistic_id_unique IF NOT EXISTS FOR ()-[r:HAS_STATISTIC]-() REQUIRE r.id IS UNIQUE
CREATE INDEX rel_has_statistic_id IF NOT EXISTS FOR ()-[r:HAS_STATISTIC]-() ON (r.id)

DROP INDEX rel_makes_id IF EXISTS
CREATE CONSTRAINT rel_makes_id_unique IF NOT EXISTS FOR ()-[r:MAKES]-() REQUIRE r.id IS UNIQUE
CREATE INDEX rel_makes_id IF NOT EXISTS FOR ()-[r:MAKES]-() ON (r.id)

DROP INDEX rel_uses_id IF EXISTS
CREATE CONSTRAINT rel_uses_id_unique IF NOT EXISTS FOR ()-[r:USES]-() REQUIRE r.id IS UNIQUE
CREATE INDEX rel_uses_id IF NOT EXISTS FOR ()-[r:USES]-() ON (r.id)

DROP INDEX rel_input_to_id IF EXISTS
CREATE CONSTRAINT rel_input_to_id_unique IF NOT EXISTS FOR ()-[r:INPUT_TO]-() REQUIRE r.id IS UNIQUE
CREATE INDEX rel_input_to_id IF NOT EXISTS FOR ()-[r:INPUT_TO]-() ON (r.id)

DROP INDEX rel_supplies_id IF EXISTS
CREATE CONSTRAINT rel_supplies_id_unique IF NOT EXISTS FOR ()-[r:SUPPLIES]-() REQUIRE r.id IS UNIQUE
CREATE INDEX rel_supplies_id IF NOT EXISTS FOR ()-[r:SUPPLIES]-() ON (r.id)

DROP INDEX rel_headquartered_in_id IF EXISTS
CREATE CONSTRAINT rel_headquartered_in_id_unique IF NOT EXISTS FOR ()-[r:HEADQUARTERED_IN]-() REQUIRE r.id IS UNIQUE
CREATE INDEX rel_headquartered_in_id IF NOT EXISTS FOR ()-[r:HEADQUARTERED_IN]-() ON (r.id)

DROP INDEX rel_part_of_id IF EXISTS
CREATE CONSTRAINT rel_part_of_id_unique IF NOT EXISTS FOR ()-[r:PART_OF]-() REQUIRE r.id IS UNIQUE
CREATE INDEX rel_part_of_id IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.id)

DROP INDEX rel_in_sector_id IF EXISTS
CREATE CONSTRAINT rel_in_sector_id_unique IF NOT EXISTS FOR ()-[r:IN_SECTOR]-() REQUIRE r.id IS UNIQUE
CREATE INDEX rel_in_sector_id IF NOT EXISTS FOR ()-[r:IN_SECTOR]-() ON (r.id)

DROP INDEX rel_issued_id IF EXISTS
CREATE CONSTRAINT rel_issued_id_unique IF NOT EXISTS FOR ()-[r:ISSUED]-() REQUIRE r.id IS UNIQUE
CREATE INDEX rel_issued_id IF NOT EXISTS FOR ()-[r:ISSUED]-() ON (r.id)

DROP INDEX rel_targets_id IF EXISTS
CREATE CONSTRAINT rel_targets_id_unique IF NOT EXISTS FOR ()-[r:TARGETS]-() REQUIRE r.id IS UNIQUE
CREATE INDEX rel_targets_id IF NOT EXISTS FOR ()-[r:TARGETS]-() ON (r.id)

DROP INDEX rel_affects_id IF EXISTS
CREATE CONSTRAINT rel_affects_id_unique IF NOT EXISTS FOR ()-[r:AFFECTS]-() REQUIRE r.id IS UNIQUE
CREATE INDEX rel_affects_id IF NOT EXISTS FOR ()-[r:AFFECTS]-() ON (r.id)

DROP INDEX rel_responds_to_id IF EXISTS
CREATE CONSTRAINT rel_responds_to_id_unique IF NOT EXISTS FOR ()-[r:RESPONDS_TO]-() REQUIRE r.id IS UNIQUE
CREATE INDEX rel_responds_to_id IF NOT EXISTS FOR ()-[r:RESPONDS_TO]-() ON (r.id)

DROP INDEX rel_linked_to_id IF EXISTS
CREATE CONSTRAINT rel_linked_to_id_unique IF NOT EXISTS FOR ()-[r:LINKED_TO]-() REQUIRE r.id IS UNIQUE
CREATE INDEX rel_linked_to_id IF NOT EXISTS FOR ()-[r:LINKED_TO]-() ON (r.id)

DROP INDEX rel_eases_id IF EXISTS
CREATE CONSTRAINT rel_eases_id_unique IF NOT EXISTS FOR ()-[r:EASES]-() REQUIRE r.id IS UNIQUE
CREATE INDEX rel_eases_id IF NOT EXISTS FOR ()-[r:EASES]-() ON (r.id)

DROP INDEX rel_holds_office_id IF EXISTS
CREATE CONSTRAINT rel_holds_office_id_unique IF NOT EXISTS FOR ()-[r:HOLDS_OFFICE]-() REQUIRE r.id IS UNIQUE
CREATE INDEX rel_holds_office_id IF NOT EXISTS FOR ()-[r:HOLDS_OFFICE]-() ON (r.id)

DROP INDEX rel_stated_id IF EXISTS
CREATE CONSTRAINT rel_stated_id_unique IF NOT EXISTS FOR ()-[r:STATED]-() REQUIRE r.id IS UNIQUE
CREATE INDEX rel_stated_id IF NOT EXISTS FOR ()-[r:STATED]-() ON (r.id)

DROP INDEX rel_caused_by_id IF EXISTS
CREATE CONSTRAINT rel_caused_by_id_unique IF NOT EXISTS FOR ()-[r:CAUSED_BY]-() REQUIRE r.id IS UNIQUE
CREATE INDEX rel_caused_by_id IF NOT EXISTS FOR ()-[r:CAUSED_BY]-() ON (r.id)

DROP INDEX rel_reported_in_id IF EXISTS
CREATE CONSTRAINT rel_reported_in_id_unique IF NOT EXISTS FOR ()-[r:REPORTED_IN]-() REQUIRE r.id IS UNIQUE
CREATE INDEX rel_reported_in_id IF NOT EXISTS FOR ()-[r:REPORTED_IN]-() ON (r.id)

DROP INDEX rel_exporter_id IF EXISTS
CREATE CONSTRAINT rel_exporter_id_unique IF NOT EXISTS FOR ()-[r:EXPORTER]-() REQUIRE r.id IS UNIQUE
CREATE INDEX rel_exporter_id IF NOT EXISTS FOR ()-[r:EXPORTER]-() ON (r.id)

DROP INDEX rel_importer_id IF EXISTS
CREATE CONSTRAINT rel_importer_id_unique IF NOT EXISTS FOR ()-[r:IMPORTER]-() REQUIRE r.id IS UNIQUE
CREATE INDEX rel_importer_id IF NOT EXISTS FOR ()-[r:IMPORTER]-() ON (r.id)

DROP INDEX rel_of_id IF EXISTS
CREATE CONSTRAINT rel_of_id_unique IF NOT EXISTS FOR ()-[r:OF]-() REQUIRE r.id IS UNIQUE
CREATE INDEX rel_of_id IF NOT EXISTS FOR ()-[r:OF]-() ON (r.id)

// schema.constraints
SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names

CALL db.awaitIndexes(60)
