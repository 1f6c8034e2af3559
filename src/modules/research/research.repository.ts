import neo4j from 'neo4j-driver';
import type { Database } from '../../db/database.js';
import type { Statement } from '../../db/statement.js';
import type { WalkName } from '../../model/walks.js';
import { RELATIONSHIP_GRAPHQL_TYPE } from '../../model/relationshipFields.js';
import type { RelationshipField } from '../../model/relationshipFields.js';
import { parseEntity, type EntityRecord } from '../entity/entity.model.js';
import { toRelationship, type RelationshipRecord } from '../relationship/relationship.model.js';
import {
  CONCENTRATION,
  NEIGHBOURHOOD,
  pathsQuery,
  reachQuery,
  TRADE_SERIES,
  type PathsQueryOptions,
} from './research.queries.js';
import type { ChangeBasis, Observation } from './tradeSeries.js';
import { rankConcentration } from './concentrationRanking.js';

/** A relationship as the research queries return it: type, stored properties, and which way it points. */
interface RawRelationship {
  type: string;
  properties: Record<string, unknown>;
  outgoing: boolean;
}

export interface PathStepRecord {
  from: EntityRecord;
  to: EntityRecord;
  relationships: RelationshipRecord[];
}

export interface PathRecord {
  length: number;
  nodes: EntityRecord[];
  steps: PathStepRecord[];
  sourceIds: string[];
}

/**
 * A stored relationship met while walking from `here` to `there`; `outgoing` says whether it
 * starts at `here`. The record is the same whichever way it was walked.
 */
export function toRelationshipRecord(raw: RawRelationship, here: EntityRecord, there: EntityRecord): RelationshipRecord {
  const type = raw.type as RelationshipField['type'];
  return raw.outgoing ? toRelationship(type, raw.properties, here, there) : toRelationship(type, raw.properties, there, here);
}

function toPath(nodes: EntityRecord[], steps: RawRelationship[][]): PathRecord {
  const pathSteps = steps.map((rels, i) => ({
    from: nodes[i]!,
    to: nodes[i + 1]!,
    relationships: rels.map((raw) => toRelationshipRecord(raw, nodes[i]!, nodes[i + 1]!)),
  }));
  const sourceIds = [...new Set(pathSteps.flatMap((s) => s.relationships.flatMap((r) => r.sourceIds)))];
  return { length: pathSteps.length, nodes, steps: pathSteps, sourceIds };
}

export interface ReachRow {
  path: PathRecord;
  countryId: string | null;
}

export interface Link {
  relationship: RawRelationship;
  node: EntityRecord;
  nodeSources: string[];
}

const asObservation = (row: Record<string, unknown>): Observation => ({
  id: String(row.id),
  period: String(row.period),
  quantity: Number(row.quantity),
  unit: String(row.unit),
  changes: ((row.changeBases as string[] | null) ?? []).map((basis, i) => ({
    basis: basis as ChangeBasis,
    percent: Number((row.changePercents as number[])[i]),
    comparedTo: (row.changeComparedTo as string[])[i] || null,
  })),
  sourceIds: ((row.sources as string[] | null) ?? []).map(String),
});

export type PathsArgs = PathsQueryOptions & { params: Record<string, unknown>; first: number };
export interface ReachArgs {
  id: string;
  walk: WalkName;
  maxHops: number;
  kinds: string[] | null;
  asOf: string | null;
  first: number;
}

// The statements, built without the database (test/unit/cypher-snapshots.test.ts pins them).
export const pathsStatement = (options: PathsArgs): Statement => ({
  name: 'research.paths',
  cypher: pathsQuery(options),
  params: { ...options.params, k: neo4j.int(options.k), first: neo4j.int(options.first) },
});
export const reachStatement = ({ id, walk, maxHops, kinds, asOf, first }: ReachArgs): Statement => ({
  name: `research.reach.${walk}`,
  cypher: reachQuery({ walk, maxHops }),
  params: { id, kinds, asOf, first: neo4j.int(first) },
});
export const concentrationStatement = ({ commodity, asOf }: { commodity: string; asOf: string | null }): Statement => ({
  name: 'research.concentration',
  cypher: CONCENTRATION,
  params: { commodity, asOf },
});
export const tradeSeriesStatement = ({ exporter, importer, commodity }: { exporter: string; importer: string; commodity: string }): Statement => ({
  name: 'research.tradeSeries',
  cypher: TRADE_SERIES,
  params: { exporter, importer, commodity },
});
export const neighbourhoodStatement = ({ id, maxLinks }: { id: string; maxLinks: number }): Statement => ({
  name: 'research.neighbourhood',
  cypher: NEIGHBOURHOOD,
  params: { id, maxLinks: neo4j.int(maxLinks) },
});

const runRead = (db: Database, statement: Statement) => db.read(statement.name, statement.cypher, statement.params);

export class ResearchRepository {
  constructor(private readonly db: Database) {}

  async paths(options: PathsArgs): Promise<PathRecord[]> {
    const rows = await runRead(this.db, pathsStatement(options));
    return rows.map((row) => toPath((row.nodes as unknown[]).map(parseEntity), row.steps as unknown as RawRelationship[][]));
  }

  async reach(args: ReachArgs): Promise<ReachRow[]> {
    const rows = await runRead(this.db, reachStatement(args));
    return rows.map((row) => {
      const nodes = (row.nodes as unknown[]).map(parseEntity);
      return { path: toPath(nodes, row.steps as unknown as RawRelationship[][]), countryId: (row.countryId as string | null) ?? null };
    });
  }

  concentrationRanking(args: Parameters<typeof rankConcentration>[1]) {
    return rankConcentration(this.db, args);
  }

  async concentration(args: { commodity: string; asOf: string | null }) {
    const [row] = await runRead(this.db, concentrationStatement(args));
    if (!row) return undefined;
    const shares = (row.shares as { producer: unknown; properties: Record<string, unknown> }[]).map((s) => ({
      producer: parseEntity(s.producer),
      properties: s.properties,
    }));
    const worldTotals = (row.worldTotals as Record<string, unknown>[] | null) ?? [];
    return { commodity: parseEntity(row.commodity), shares, worldTotals };
  }

  async tradeSeries(args: { exporter: string; importer: string; commodity: string }) {
    const [row] = await runRead(this.db, tradeSeriesStatement(args));
    const entity = (value: unknown) => (value ? parseEntity(value) : null);
    return {
      exporter: entity(row?.exporter),
      importer: entity(row?.importer),
      commodity: entity(row?.commodity),
      flow: ((row?.flow as Record<string, unknown>[] | undefined) ?? []).map(asObservation),
      totals: ((row?.totals as Record<string, unknown>[] | undefined) ?? []).map(asObservation),
    };
  }

  /** The entity, its sources and its direct relationships (at most maxLinks). */
  async neighbourhood(args: { id: string; maxLinks: number }): Promise<{ entity: EntityRecord; sources: string[]; links: Link[] } | undefined> {
    const [row] = await runRead(this.db, neighbourhoodStatement(args));
    if (!row) return undefined;
    return {
      entity: parseEntity(row.entity),
      sources: (row.sources as string[]).map(String),
      links: (row.links as unknown as { relationship: RawRelationship; node: unknown; nodeSources: string[] }[]).map((l) => ({
        relationship: l.relationship,
        node: parseEntity(l.node),
        nodeSources: l.nodeSources.map(String),
      })),
    };
  }
}
