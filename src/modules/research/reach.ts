/**
 * What dependencies and exposure make of the walked paths: the entity each path reaches, its tier,
 * the exposure score along it, and the counts by kind and by country. Pure, so it is tested
 * without a database.
 */
import type { EntityRecord } from '../entity/entity.model.js';
import type { RelationshipRecord } from '../relationship/relationship.model.js';
import type { PathRecord, ReachRow } from './research.repository.js';

/** Relationship types whose `share` says how much of the next step hangs on this one. */
const SHARE_TYPES = new Set(['ProducesRelationship', 'InputToRelationship']);

export interface ReachedRecord {
  entity: EntityRecord;
  tier: number;
  /** Null when the request selected neither the path nor the score (the walk then skips routes). */
  path: PathRecord | null;
  score: number | null;
  missingShares: number;
}

export interface KindCountRecord {
  kind: EntityRecord['kind'];
  count: number;
}

export interface ExposureRecord {
  to: EntityRecord;
  items: ReachedRecord[];
  byKind: KindCountRecord[];
  byCountry: { countryId: string; count: number }[];
}

/**
 * Exposure along a path: the product of the shares on its steps. Where a step has several
 * parallel relationships (shares for several years), the most recent share up to the reference
 * year counts (projections for later years only when nothing else is known). A step of a
 * share-bearing type with no share at all is counted as missing (and taken as 1).
 */
export function scorePath(path: PathRecord, referenceYear: number): { score: number; missingShares: number } {
  // Known years up to the reference year first (latest first), then undated, then projections.
  const rank = (r: RelationshipRecord) => {
    const year = typeof r.year === 'number' ? r.year : undefined;
    if (year === undefined) return -1e5;
    return year <= referenceYear ? year : -1e6 - year;
  };
  let score = 1;
  let missingShares = 0;
  for (const step of path.steps) {
    const bearing = step.relationships.filter((r) => SHARE_TYPES.has(r.graphqlType));
    if (bearing.length === 0) continue;
    const withShare = bearing
      .filter((r) => typeof r.share === 'number')
      .sort((a, b) => rank(b) - rank(a) || Number(b.share) - Number(a.share));
    if (withShare.length > 0) score *= Number(withShare[0]!.share);
    else missingShares++;
  }
  return { score, missingShares };
}

export function countByKind(items: { entity: EntityRecord }[]): KindCountRecord[] {
  const counts = new Map<EntityRecord['kind'], number>();
  for (const { entity } of items) counts.set(entity.kind, (counts.get(entity.kind) ?? 0) + 1);
  return [...counts].map(([kind, count]) => ({ kind, count })).sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind));
}

/** Each reached entity, unscored (dependencies). */
export const reached = (rows: ReachRow[]): ReachedRecord[] => rows.map(({ entity, tier, path }) => ({ entity, tier, path, score: null, missingShares: 0 }));

/**
 * Exposure's answer: every reached entity scored as of the reference year (when routes were
 * walked: the score is taken along the route), counted by kind and by country.
 */
export function exposureOf(to: EntityRecord, rows: ReachRow[], referenceYear: number): ExposureRecord {
  const items = reached(rows).map((item) => (item.path ? { ...item, ...scorePath(item.path, referenceYear) } : item));
  const byCountry = new Map<string, number>();
  for (const row of rows) if (row.countryId) byCountry.set(row.countryId, (byCountry.get(row.countryId) ?? 0) + 1);
  return {
    to,
    items,
    byKind: countByKind(items),
    byCountry: [...byCountry].map(([countryId, count]) => ({ countryId, count })).sort((a, b) => b.count - a.count || a.countryId.localeCompare(b.countryId)),
  };
}
