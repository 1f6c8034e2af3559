/**
 * Relationship ids that are not unique, in a database written before ids were enforced by
 * constraints: found by `npm run db:check`, merged by `npm run db:repair` (never silently, never at
 * start-up: start-up refuses and names these commands).
 */
import type { Database } from './database.js';
import { ID_RELATIONSHIP_TYPES } from './schema.js';
import type { Statement } from '../cypher/statement.js';

export interface DuplicateIds {
  type: string;
  /** How many ids have more than one relationship. */
  ids: number;
  /** Relationships beyond the first of each id (what a repair removes). */
  extra: number;
  /** The first ids, with how many copies each has. */
  sample: { id: string; copies: number; sameEnds: boolean }[];
}

// The type comes from the model's table (ID_RELATIONSHIP_TYPES), never from input.
const findDuplicates = (type: string) => /* cypher */ `
  // integrity.duplicates
  MATCH ()-[r:${type}]->() WHERE r.id IS NOT NULL
  WITH r.id AS id, collect(r) AS copies
  WHERE size(copies) > 1
  WITH id, size(copies) AS n,
       all(x IN copies WHERE startNode(x) = startNode(head(copies)) AND endNode(x) = endNode(head(copies))) AS sameEnds
  ORDER BY id
  RETURN count(id) AS ids, sum(n - 1) AS extra, collect({id: id, copies: n, sameEnds: sameEnds})[0..$sample] AS sample`;

/**
 * Keeps the first relationship of each id, gives it the union of every copy's sources, and deletes
 * the others. Copies between different ends cannot be merged safely and are left for a person.
 */
const mergeDuplicates = (type: string) => /* cypher */ `
  // integrity.merge
  MATCH ()-[r:${type}]->() WHERE r.id IS NOT NULL
  WITH r.id AS id, collect(r) AS copies
  WHERE size(copies) > 1
    AND all(x IN copies WHERE startNode(x) = startNode(head(copies)) AND endNode(x) = endNode(head(copies)))
  WITH id, head(copies) AS keep, tail(copies) AS extra,
       reduce(all = [], x IN copies | all + coalesce(x.sources, [])) AS cited
  SET keep.sources = [i IN range(0, size(cited) - 1) WHERE NOT cited[i] IN cited[0..i] | cited[i]]
  FOREACH (x IN extra | DELETE x)
  RETURN count(id) AS ids, sum(size(extra)) AS removed`;

/** The statement that finds one type's duplicate ids (the type from ID_RELATIONSHIP_TYPES). */
export const duplicatesStatement = (type: string, sample: number): Statement => ({ name: 'integrity.duplicates', cypher: findDuplicates(type), params: { sample } });
/** The statement that merges one type's duplicates. */
export const mergeStatement = (type: string): Statement => ({ name: 'integrity.merge', cypher: mergeDuplicates(type), params: {} });

export async function findDuplicateRelationshipIds(db: Database, sample = 50): Promise<DuplicateIds[]> {
  const found: DuplicateIds[] = [];
  for (const type of ID_RELATIONSHIP_TYPES) {
    const statement = duplicatesStatement(type, sample);
    const [row] = await db.read(statement.name, statement.cypher, statement.params);
    const ids = Number(row?.ids ?? 0);
    if (ids === 0) continue;
    const rows = Array.isArray(row?.sample) ? row.sample : [];
    found.push({
      type,
      ids,
      extra: Number(row?.extra ?? 0),
      sample: rows.map((s) => {
        const entry = (s ?? {}) as Record<string, unknown>;
        return { id: String(entry.id), copies: Number(entry.copies), sameEnds: entry.sameEnds === true };
      }),
    });
  }
  return found;
}

export interface RepairResult {
  type: string;
  ids: number;
  removed: number;
}

/** Merges the duplicates of every type, one transaction per type. */
export async function repairDuplicateRelationshipIds(db: Database): Promise<RepairResult[]> {
  const results: RepairResult[] = [];
  for (const type of ID_RELATIONSHIP_TYPES) {
    const statement = mergeStatement(type);
    const [row] = await db.writeTransaction(statement.name, (tx) => tx.run(statement.cypher, statement.params));
    const ids = Number(row?.ids ?? 0);
    if (ids > 0) results.push({ type, ids, removed: Number(row?.removed ?? 0) });
  }
  return results;
}
