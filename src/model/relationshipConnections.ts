/**
 * What every relationship connection (Country.produces, Commodity.producers, …) filters and sorts
 * on, per edge type. The SDL of the connections (schema/relationship-connections.graphql) is
 * generated from this table by `npm run schema:relationships`, and the compiler
 * (modules/relationship/relationship.connection.ts) maps input fields and sort keys to properties
 * only through it, so no field name from a request ever reaches Cypher.
 */
import { RELATIONSHIP_GRAPHQL_TYPE } from './relationshipFields.js';

export type EdgeTypeName = (typeof RELATIONSHIP_GRAPHQL_TYPE)[keyof typeof RELATIONSHIP_GRAPHQL_TYPE];

/** A relationship property a `where` may test: its GraphQL filter input and its value type. */
export interface EdgePropertyFilter {
  property: string;
  type: 'number' | 'string' | 'date';
  description: string;
}

/** A sort key: the neighbour's or the relationship's property, and its value type. */
export interface EdgeSortKey {
  on: 'node' | 'relationship';
  property: string;
  type: 'number' | 'string';
  description: string;
}

export interface EdgeConnectionSpec {
  /** Name stem of the generated types: `${stem}Connection`, `${stem}Edge`, `${stem}Where`, `${stem}Order`. */
  stem: string;
  /** Relationship properties this type's `where` may test, beyond the common ones. */
  where: Record<string, EdgePropertyFilter>;
  /** Sort keys beyond the common ones, keyed by their GraphQL enum value. */
  order: Record<string, EdgeSortKey>;
}

/** Filters every relationship connection has: the validity dates. */
export const COMMON_EDGE_FILTERS: Record<string, EdgePropertyFilter> = {
  validFrom: { property: 'validFrom', type: 'date', description: 'When the relationship started to hold.' },
  validTo: { property: 'validTo', type: 'date', description: 'When it stopped holding.' },
};

/** Sort keys every relationship connection has. NAME (the default) ignores case. */
export const COMMON_EDGE_ORDER: Record<string, EdgeSortKey> = {
  NAME: { on: 'node', property: 'name', type: 'string', description: "The related entity's name, ignoring case (the default)." },
  ID: { on: 'node', property: 'id', type: 'string', description: "The related entity's id." },
  VALID_FROM: { on: 'relationship', property: 'validFrom', type: 'string', description: 'When the relationship started to hold (missing dates first).' },
};

const share: EdgePropertyFilter = { property: 'share', type: 'number', description: 'The share, 0..1.' };
const plain = (stem: string): EdgeConnectionSpec => ({ stem, where: {}, order: {} });

export const EDGE_CONNECTIONS: Record<EdgeTypeName, EdgeConnectionSpec> = {
  ProducesRelationship: {
    stem: 'Produces',
    where: {
      share: { ...share, description: 'Share of world output at the stage and year, 0..1.' },
      year: { property: 'year', type: 'number', description: 'The year the figure is for.' },
      stage: { property: 'stage', type: 'string', description: 'The stage of the value chain (mining, refining, …).' },
      quantity: { property: 'quantity', type: 'number', description: 'The quantity produced, in `unit`.' },
    },
    order: {
      SHARE: { on: 'relationship', property: 'share', type: 'number', description: 'The share (missing shares first).' },
      YEAR: { on: 'relationship', property: 'year', type: 'number', description: 'The year (missing years first).' },
    },
  },
  HasReservesRelationship: {
    stem: 'HasReserves',
    where: {
      share: { ...share, description: 'Share of world reserves, 0..1.' },
      year: { property: 'year', type: 'number', description: 'The year the figure is for.' },
      quantity: { property: 'quantity', type: 'number', description: 'The reserves, in `unit`.' },
    },
    order: {
      SHARE: { on: 'relationship', property: 'share', type: 'number', description: 'The share (missing shares first).' },
      QUANTITY: { on: 'relationship', property: 'quantity', type: 'number', description: 'The quantity (missing quantities first).' },
    },
  },
  HasCapacityRelationship: {
    stem: 'HasCapacity',
    where: {
      share: { ...share, description: 'Share of world capacity, 0..1.' },
      year: { property: 'year', type: 'number', description: 'The year the figure is for.' },
      stage: { property: 'stage', type: 'string', description: 'The stage of the value chain (mining, refining, …).' },
      quantity: { property: 'quantity', type: 'number', description: 'The capacity, in `unit`.' },
    },
    order: {
      SHARE: { on: 'relationship', property: 'share', type: 'number', description: 'The share (missing shares first).' },
      QUANTITY: { on: 'relationship', property: 'quantity', type: 'number', description: 'The quantity (missing quantities first).' },
    },
  },
  ImportsRelationship: {
    stem: 'Imports',
    where: {
      year: { property: 'year', type: 'number', description: 'The year the figure is for.' },
      reliance: { property: 'reliance', type: 'number', description: 'Net import reliance, percent of apparent consumption (the bound where USGS gives one).' },
      form: { property: 'form', type: 'string', description: 'The form USGS measures (compounds and metals, sheet, refined …); absent for the whole commodity.' },
    },
    order: {
      YEAR: { on: 'relationship', property: 'year', type: 'number', description: 'The year (missing years first).' },
      RELIANCE: { on: 'relationship', property: 'reliance', type: 'number', description: 'The reliance (missing figures first).' },
    },
  },
  ImportsFromRelationship: {
    stem: 'ImportsFrom',
    where: {
      rank: { property: 'rank', type: 'number', description: 'The rank among the major import sources (1 = the largest share).' },
      commodity: { property: 'commodity', type: 'string', description: "The imported commodity's id." },
    },
    order: { RANK: { on: 'relationship', property: 'rank', type: 'number', description: 'The rank (missing ranks first).' } },
  },
  HasStatisticRelationship: {
    stem: 'HasStatistic',
    where: {
      year: { property: 'year', type: 'number', description: 'The year the figure is for.' },
      measure: { property: 'measure', type: 'string', description: 'PRODUCTION, IMPORTS, EXPORTS or CONSUMPTION.' },
    },
    order: { YEAR: { on: 'relationship', property: 'year', type: 'number', description: 'The year (missing years first).' } },
  },
  MakesRelationship: plain('Makes'),
  UsesRelationship: plain('Uses'),
  InputToRelationship: {
    stem: 'InputTo',
    where: { share },
    order: { SHARE: { on: 'relationship', property: 'share', type: 'number', description: 'The share (missing shares first).' } },
  },
  SuppliesRelationship: plain('Supplies'),
  HeadquarteredInRelationship: plain('HeadquarteredIn'),
  PartOfRelationship: plain('PartOf'),
  InSectorRelationship: plain('InSector'),
  IssuedRelationship: {
    stem: 'Issued',
    where: { on: { property: 'on', type: 'date', description: 'When it was issued.' } },
    order: { ON: { on: 'relationship', property: 'on', type: 'string', description: 'When it was issued (missing dates first).' } },
  },
  TargetsRelationship: plain('Targets'),
  AffectsRelationship: plain('Affects'),
  RespondsToRelationship: plain('RespondsTo'),
  LinkedToRelationship: plain('LinkedTo'),
  EasesRelationship: plain('Eases'),
  HoldsOfficeRelationship: plain('HoldsOffice'),
  StatedRelationship: {
    stem: 'Stated',
    where: { on: { property: 'on', type: 'date', description: 'When the statement was made.' } },
    order: { ON: { on: 'relationship', property: 'on', type: 'string', description: 'When the statement was made (missing dates first).' } },
  },
  CausedByRelationship: plain('CausedBy'),
  CitationRelationship: plain('Citation'),
  TradeRelationship: plain('Trade'),
};

/** The filters and sort keys of one edge type, common ones included. */
export function edgeFilters(type: EdgeTypeName): Record<string, EdgePropertyFilter> {
  return { ...EDGE_CONNECTIONS[type].where, ...COMMON_EDGE_FILTERS };
}
export function edgeSortKeys(type: EdgeTypeName): Record<string, EdgeSortKey> {
  return { ...COMMON_EDGE_ORDER, ...EDGE_CONNECTIONS[type].order };
}
