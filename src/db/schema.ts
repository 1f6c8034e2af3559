/**
 * The database schema: constraints and indexes, applied at every start. Every statement is
 * idempotent (IF NOT EXISTS), so applying it twice changes nothing.
 *
 * Ids are unique in the database itself, not only by convention: one constraint per node kind
 * (and across `:Entity`) and one per relationship type. Writers rely on them: a creation that
 * loses a race gets a constraint violation (CONFLICT), and MERGE on a constrained id converges.
 */
import { Neo4jError } from 'neo4j-driver';
import { ENTITY_KINDS } from '../model/kinds.js';
import { DERIVED_RELATIONSHIP_TYPES, RELATIONSHIP_TYPES } from '../model/relationships.js';
import type { Database } from './database.js';

const snake = (name: string) => name.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();

export const FULLTEXT_INDEX = 'entity_search';

/** Every relationship type that carries an id: the stated ones and the derived ones. */
export const ID_RELATIONSHIP_TYPES: readonly string[] = [...Object.keys(RELATIONSHIP_TYPES), ...DERIVED_RELATIONSHIP_TYPES];

/** The uniqueness constraint on a relationship type's ids, and the plain index it replaces. */
export const relationshipConstraintName = (type: string) => `rel_${type.toLowerCase()}_id_unique`;
const legacyRelationshipIndexName = (type: string) => `rel_${type.toLowerCase()}_id`;

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
    `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText, n.description, n.summary]`,
  ];
  return statements;
}

/** The statements that put a uniqueness constraint on one relationship type's ids (its backing index serves lookups). */
export function relationshipConstraintStatements(type: string): { drop: string; create: string; fallbackIndex: string } {
  return {
    // A plain index on the same property blocks the constraint; the constraint's own index replaces it.
    drop: `DROP INDEX ${legacyRelationshipIndexName(type)} IF EXISTS`,
    create: `CREATE CONSTRAINT ${relationshipConstraintName(type)} IF NOT EXISTS FOR ()-[r:${type}]-() REQUIRE r.id IS UNIQUE`,
    fallbackIndex: `CREATE INDEX ${legacyRelationshipIndexName(type)} IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.id)`,
  };
}

/** The database holds relationships sharing an id, so their uniqueness constraint cannot be applied. */
export class DuplicateIdsError extends Error {
  constructor(readonly types: string[]) {
    super(
      `The database holds relationships that share an id (types: ${types.join(', ')}), written before ids were enforced as unique, ` +
        'so the uniqueness constraint for those types cannot be applied and writes to them would not be safe. ' +
        'Run `npm run db:check` to list the ids, then `npm run db:repair` to merge each set of duplicates into one relationship; then start again.',
    );
    this.name = 'DuplicateIdsError';
  }
}

export const EXISTING_CONSTRAINTS = /* cypher */ `
  // schema.constraints
  SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names`;

export const AWAIT_INDEXES = 'CALL db.awaitIndexes(60)';

/**
 * Applies constraints and indexes. Relationship-id constraints that are missing are created; where
 * duplicates prevent one, the plain index is kept (reads stay fast) and DuplicateIdsError names
 * the types, after everything else has been applied.
 */
export async function applySchema(db: Database): Promise<void> {
  for (const statement of schemaStatements()) {
    await db.write('schema.apply', statement);
  }
  const [row] = await db.read('schema.constraints', EXISTING_CONSTRAINTS);
  const existing = new Set(Array.isArray(row?.names) ? row.names.map(String) : []);
  const blocked: string[] = [];
  for (const type of ID_RELATIONSHIP_TYPES) {
    if (existing.has(relationshipConstraintName(type))) continue;
    const { drop, create, fallbackIndex } = relationshipConstraintStatements(type);
    await db.write('schema.apply', drop);
    try {
      await db.write('schema.apply', create);
    } catch (error) {
      if (!isConstraintCreationFailure(error)) throw error;
      await db.write('schema.apply', fallbackIndex);
      blocked.push(type);
    }
  }
  // Index population is asynchronous; wait so the first queries can use them.
  await db.write('schema.await', AWAIT_INDEXES);
  if (blocked.length > 0) throw new DuplicateIdsError(blocked);
}

function isConstraintCreationFailure(error: unknown): boolean {
  const cause = error instanceof Error && error.cause instanceof Neo4jError ? error.cause : error;
  const code = cause instanceof Neo4jError ? cause.code : '';
  const message = error instanceof Error ? error.message : '';
  return /ConstraintCreationFailed/.test(code) || /ConstraintCreationFailed|Unable to create Constraint/.test(message);
}
