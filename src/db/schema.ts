/**
 * The database schema: constraints and indexes, applied at every start. Every statement is
 * idempotent (IF NOT EXISTS), so applying it twice changes nothing.
 */
import { ENTITY_KINDS } from '../model/kinds.js';
import { DERIVED_RELATIONSHIP_TYPES, RELATIONSHIP_TYPES } from '../model/relationships.js';
import type { Database } from './database.js';

const snake = (name: string) => name.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();

export const FULLTEXT_INDEX = 'entity_search';

export function schemaStatements(): string[] {
  const statements = [
    // One id space across all kinds: `country:CN` is unique in the whole graph.
    'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
    ...ENTITY_KINDS.map((kind) => `CREATE CONSTRAINT ${snake(kind)}_id IF NOT EXISTS FOR (n:${kind}) REQUIRE n.id IS UNIQUE`),
    'CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)',
    'CREATE INDEX policy_announced IF NOT EXISTS FOR (n:Policy) ON (n.announced)',
    'CREATE INDEX policy_effective IF NOT EXISTS FOR (n:Policy) ON (n.effective)',
    'CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date)',
    'CREATE INDEX source_published IF NOT EXISTS FOR (n:Source) ON (n.published)',
    'CREATE INDEX trade_period IF NOT EXISTS FOR (n:TradeObservation) ON (n.periodStart, n.periodEnd)',
    'CREATE INDEX country_iso3 IF NOT EXISTS FOR (n:Country) ON (n.iso3)',
    // Search finds countries and HS codes by their codes.
    'CREATE INDEX country_iso2 IF NOT EXISTS FOR (n:Country) ON (n.iso2)',
    'CREATE INDEX commodity_hs_code IF NOT EXISTS FOR (n:Commodity) ON (n.hsCode)',
    // The concentration ranking reads one year's production shares.
    'CREATE INDEX rel_produces_year IF NOT EXISTS FOR ()-[r:PRODUCES]-() ON (r.year)',
    // Relationship ids make loading idempotent: MERGE finds the same relationship again.
    ...[...Object.keys(RELATIONSHIP_TYPES), ...DERIVED_RELATIONSHIP_TYPES].map(
      (type) => `CREATE INDEX rel_${type.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.id)`,
    ),
    `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText, n.description, n.summary]`,
  ];
  return statements;
}

export async function applySchema(db: Database): Promise<void> {
  for (const statement of schemaStatements()) {
    await db.write('schema.apply', statement);
  }
  // Index population is asynchronous; wait so the first queries can use them.
  await db.write('schema.await', 'CALL db.awaitIndexes(60)');
}
