import neo4j from 'neo4j-driver';
import type { Database } from '../../db/database.js';
import type { WalkName } from '../../model/walks.js';
import { RELATIONSHIP_GRAPHQL_TYPE } from '../../model/relationshipFields.js';
import type { RelationshipField } from '../../model/relationshipFields.js';
import { parseEntity, type EntityRecord } from '../entity/entity.model.js';
import { toRelationship, type RelationshipRecord } from '../relationship/relationship.model.js';
import {
  CONCENTRATION,
  NEIGHBOURHOOD,
  pathsQuery,
  reachParams,
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

/** How long planning the reach statements at start may take (a busy machine plans slowly). */
export const WARM_UP_TIMEOUT_MS = 120_000;

export class ResearchRepository {
  constructor(private readonly db: Database) {}

  async paths(options: PathsQueryOptions & { params: Record<string, unknown>; first: number }): Promise<PathRecord[]> {
    const rows = await this.db.read('research.paths', pathsQuery(options), {
      ...options.params,
      k: neo4j.int(options.k),
      first: neo4j.int(options.first),
    });
    return rows.map((row) => toPath((row.nodes as unknown[]).map(parseEntity), row.steps as unknown as RawRelationship[][]));
  }

  async reach({ id, walk, maxHops, kinds, asOf, first }: { id: string; walk: WalkName; maxHops: number; kinds: string[] | null; asOf: string | null; first: number }): Promise<ReachRow[]> {
    const rows = await this.db.read(`research.reach.${walk}`, reachQuery(walk), reachParams({ id, maxHops, kinds, asOf, first }));
    return rows.map((row) => {
      const nodes = (row.nodes as unknown[]).map(parseEntity);
      return { path: toPath(nodes, row.steps as unknown as RawRelationship[][]), countryId: (row.countryId as string | null) ?? null };
    });
  }

  /**
   * Plans the reach statements (one text per walk, one set of parameter types: see reachParams)
   * by running each for an id that does not exist, so the first dependencies / exposure request
   * does not pay seconds of planning. Called once when the API starts; `timeoutMs` bounds each.
   */
  async warmUp(timeoutMs: number): Promise<void> {
    for (const walk of ['dependencies', 'exposure'] as const) {
      await this.db.prepare(`research.reach.${walk}`, reachQuery(walk), reachParams({ id: '', maxHops: 1, kinds: null, asOf: null, first: 1 }), timeoutMs);
    }
  }

  concentrationRanking(args: Parameters<typeof rankConcentration>[1]) {
    return rankConcentration(this.db, args);
  }

  async concentration({ commodity, asOf }: { commodity: string; asOf: string | null }) {
    const [row] = await this.db.read('research.concentration', CONCENTRATION, { commodity, asOf });
    if (!row) return undefined;
    const shares = (row.shares as { producer: unknown; properties: Record<string, unknown> }[]).map((s) => ({
      producer: parseEntity(s.producer),
      properties: s.properties,
    }));
    const worldTotals = (row.worldTotals as Record<string, unknown>[] | null) ?? [];
    return { commodity: parseEntity(row.commodity), shares, worldTotals };
  }

  async tradeSeries({ exporter, importer, commodity }: { exporter: string; importer: string; commodity: string }) {
    const [row] = await this.db.read('research.tradeSeries', TRADE_SERIES, { exporter, importer, commodity });
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
  async neighbourhood({ id, maxLinks }: { id: string; maxLinks: number }): Promise<{ entity: EntityRecord; sources: string[]; links: Link[] } | undefined> {
    const [row] = await this.db.read('research.neighbourhood', NEIGHBOURHOOD, { id, maxLinks: neo4j.int(maxLinks) });
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
