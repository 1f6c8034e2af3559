/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ChangeBasis =
  | 'MONTH_ON_MONTH'
  | 'PERIOD_ON_PERIOD'
  | 'YEAR_ON_YEAR';

/** Where a commodity sits in a value chain, from raw material to finished product. */
export type CommodityStage =
  | 'COMPONENT'
  | 'PROCESSED_MATERIAL'
  | 'PRODUCT'
  | 'RAW_MATERIAL';

export type CommodityStageFilter = {
  eq?: CommodityStage | null | undefined;
  in?: Array<CommodityStage> | null | undefined;
};

/** Filters for commodities: every field given must match (AND); relationship fields match when some related entity does. */
export type CommodityWhere = {
  AND?: Array<CommodityWhere> | null | undefined;
  NOT?: CommodityWhere | null | undefined;
  OR?: Array<CommodityWhere> | null | undefined;
  affectedBy?: RelatedWhere | null | undefined;
  description?: StringFilter | null | undefined;
  hsCode?: StringFilter | null | undefined;
  id?: IdFilter | null | undefined;
  inputTo?: RelatedWhere | null | undefined;
  inputs?: RelatedWhere | null | undefined;
  linkedTo?: RelatedWhere | null | undefined;
  makers?: RelatedWhere | null | undefined;
  name?: StringFilter | null | undefined;
  producers?: RelatedWhere | null | undefined;
  sectors?: RelatedWhere | null | undefined;
  stage?: CommodityStageFilter | null | undefined;
  statementsAbout?: RelatedWhere | null | undefined;
  targetedBy?: RelatedWhere | null | undefined;
  trade?: RelatedWhere | null | undefined;
  users?: RelatedWhere | null | undefined;
};

/** Filters for companies: every field given must match (AND); relationship fields match when some related entity does. */
export type CompanyWhere = {
  AND?: Array<CompanyWhere> | null | undefined;
  NOT?: CompanyWhere | null | undefined;
  OR?: Array<CompanyWhere> | null | undefined;
  affectedBy?: RelatedWhere | null | undefined;
  description?: StringFilter | null | undefined;
  headquarteredIn?: RelatedWhere | null | undefined;
  id?: IdFilter | null | undefined;
  linkedTo?: RelatedWhere | null | undefined;
  makes?: RelatedWhere | null | undefined;
  name?: StringFilter | null | undefined;
  partOf?: RelatedWhere | null | undefined;
  parts?: RelatedWhere | null | undefined;
  produces?: RelatedWhere | null | undefined;
  sectors?: RelatedWhere | null | undefined;
  statementsAbout?: RelatedWhere | null | undefined;
  suppliers?: RelatedWhere | null | undefined;
  supplies?: RelatedWhere | null | undefined;
  targetedBy?: RelatedWhere | null | undefined;
  uses?: RelatedWhere | null | undefined;
};

/** Filters for countries: every field given must match (AND); relationship fields match when some related entity does. */
export type CountryWhere = {
  AND?: Array<CountryWhere> | null | undefined;
  NOT?: CountryWhere | null | undefined;
  OR?: Array<CountryWhere> | null | undefined;
  affectedBy?: RelatedWhere | null | undefined;
  description?: StringFilter | null | undefined;
  exports?: RelatedWhere | null | undefined;
  headquarteredHere?: RelatedWhere | null | undefined;
  id?: IdFilter | null | undefined;
  imports?: RelatedWhere | null | undefined;
  iso2?: StringFilter | null | undefined;
  iso3?: StringFilter | null | undefined;
  issued?: RelatedWhere | null | undefined;
  linkedTo?: RelatedWhere | null | undefined;
  name?: StringFilter | null | undefined;
  officials?: RelatedWhere | null | undefined;
  partOf?: RelatedWhere | null | undefined;
  parts?: RelatedWhere | null | undefined;
  produces?: RelatedWhere | null | undefined;
  region?: StringFilter | null | undefined;
  statementsAbout?: RelatedWhere | null | undefined;
  supplies?: RelatedWhere | null | undefined;
  targetedBy?: RelatedWhere | null | undefined;
};

/**
 * Date ranges on ISO dates (YYYY-MM-DD, or YYYY-MM / YYYY). Dates compare as text, so
 * `gte: "2025-04"` includes every day of April 2025 and after.
 */
export type DateFilter = {
  eq?: string | null | undefined;
  gt?: string | null | undefined;
  gte?: string | null | undefined;
  lt?: string | null | undefined;
  lte?: string | null | undefined;
};

/** Which way a relationship points, seen from the entity whose field it is. */
export type Direction =
  /** from the other entity to this one */
  | 'IN'
  /** from this entity to the other */
  | 'OUT';

/** The kinds of entity in the graph. */
export type EntityKind =
  | 'COMMODITY'
  | 'COMPANY'
  | 'COUNTRY'
  | 'EVENT'
  | 'OFFICIAL'
  | 'ORGANIZATION'
  | 'POLICY'
  | 'REGION'
  | 'SECTOR'
  | 'SOURCE'
  | 'TRADE_OBSERVATION';

/** Filters for events: every field given must match (AND); relationship fields match when some related entity does. */
export type EventWhere = {
  AND?: Array<EventWhere> | null | undefined;
  NOT?: EventWhere | null | undefined;
  OR?: Array<EventWhere> | null | undefined;
  affectedBy?: RelatedWhere | null | undefined;
  affects?: RelatedWhere | null | undefined;
  causedBy?: RelatedWhere | null | undefined;
  consequences?: RelatedWhere | null | undefined;
  date?: DateFilter | null | undefined;
  description?: StringFilter | null | undefined;
  eases?: RelatedWhere | null | undefined;
  id?: IdFilter | null | undefined;
  linkedTo?: RelatedWhere | null | undefined;
  name?: StringFilter | null | undefined;
  respondsTo?: RelatedWhere | null | undefined;
  responses?: RelatedWhere | null | undefined;
  statementsAbout?: RelatedWhere | null | undefined;
  summary?: StringFilter | null | undefined;
};

/** Matches an id exactly, one of several, or by prefix (`startsWith: "country:"`). */
export type IdFilter = {
  eq?: string | number | null | undefined;
  in?: Array<string | number> | null | undefined;
  startsWith?: string | null | undefined;
};

export type NumberFilter = {
  eq?: number | null | undefined;
  gt?: number | null | undefined;
  gte?: number | null | undefined;
  lt?: number | null | undefined;
  lte?: number | null | undefined;
};

/** Filters for officials: every field given must match (AND); relationship fields match when some related entity does. */
export type OfficialWhere = {
  AND?: Array<OfficialWhere> | null | undefined;
  NOT?: OfficialWhere | null | undefined;
  OR?: Array<OfficialWhere> | null | undefined;
  affectedBy?: RelatedWhere | null | undefined;
  description?: StringFilter | null | undefined;
  id?: IdFilter | null | undefined;
  issued?: RelatedWhere | null | undefined;
  linkedTo?: RelatedWhere | null | undefined;
  name?: StringFilter | null | undefined;
  offices?: RelatedWhere | null | undefined;
  statements?: RelatedWhere | null | undefined;
  statementsAbout?: RelatedWhere | null | undefined;
};

export type OrganizationType =
  | 'AGENCY'
  | 'GOVERNMENT'
  | 'INDUSTRY_GROUP'
  | 'INTERNATIONAL'
  | 'LEGISLATURE'
  | 'MINISTRY'
  | 'NEWS_AGENCY'
  | 'OTHER'
  | 'PUBLISHER'
  | 'RESEARCH';

export type OrganizationTypeFilter = {
  eq?: OrganizationType | null | undefined;
  in?: Array<OrganizationType> | null | undefined;
};

/** Filters for organizations: every field given must match (AND); relationship fields match when some related entity does. */
export type OrganizationWhere = {
  AND?: Array<OrganizationWhere> | null | undefined;
  NOT?: OrganizationWhere | null | undefined;
  OR?: Array<OrganizationWhere> | null | undefined;
  affectedBy?: RelatedWhere | null | undefined;
  description?: StringFilter | null | undefined;
  headquarteredIn?: RelatedWhere | null | undefined;
  id?: IdFilter | null | undefined;
  issued?: RelatedWhere | null | undefined;
  linkedTo?: RelatedWhere | null | undefined;
  name?: StringFilter | null | undefined;
  officials?: RelatedWhere | null | undefined;
  orgType?: OrganizationTypeFilter | null | undefined;
  partOf?: RelatedWhere | null | undefined;
  parts?: RelatedWhere | null | undefined;
  statements?: RelatedWhere | null | undefined;
  statementsAbout?: RelatedWhere | null | undefined;
};

/** Which way a path may walk relationships. */
export type PathDirection =
  /** Either way (the default): follows links regardless of how they are stored. */
  | 'ANY'
  /** Only against it. */
  | 'BACKWARD'
  /** Only along the stored direction (from → to). */
  | 'FORWARD';

/**
 * Where paths should end: one entity by id, or every entity that one of the filters describes
 * (exactly one). At most 200 targets are considered.
 */
export type PathTarget =
  {   commodities: CommodityWhere; companies?: never; countries?: never; events?: never; id?: never; officials?: never; organizations?: never; policies?: never; sectors?: never; }
  |  { commodities?: never;   companies: CompanyWhere; countries?: never; events?: never; id?: never; officials?: never; organizations?: never; policies?: never; sectors?: never; }
  |  { commodities?: never; companies?: never;   countries: CountryWhere; events?: never; id?: never; officials?: never; organizations?: never; policies?: never; sectors?: never; }
  |  { commodities?: never; companies?: never; countries?: never;   events: EventWhere; id?: never; officials?: never; organizations?: never; policies?: never; sectors?: never; }
  |  { commodities?: never; companies?: never; countries?: never; events?: never;   id: string | number; officials?: never; organizations?: never; policies?: never; sectors?: never; }
  |  { commodities?: never; companies?: never; countries?: never; events?: never; id?: never;   officials: OfficialWhere; organizations?: never; policies?: never; sectors?: never; }
  |  { commodities?: never; companies?: never; countries?: never; events?: never; id?: never; officials?: never;   organizations: OrganizationWhere; policies?: never; sectors?: never; }
  |  { commodities?: never; companies?: never; countries?: never; events?: never; id?: never; officials?: never; organizations?: never;   policies: PolicyWhere; sectors?: never; }
  |  { commodities?: never; companies?: never; countries?: never; events?: never; id?: never; officials?: never; organizations?: never; policies?: never;   sectors: SectorWhere; };

export type PolicyStatus =
  | 'ANNOUNCED'
  | 'EXPIRED'
  | 'IN_FORCE'
  | 'PROPOSED'
  | 'SUPERSEDED'
  | 'SUSPENDED';

export type PolicyStatusFilter = {
  eq?: PolicyStatus | null | undefined;
  in?: Array<PolicyStatus> | null | undefined;
};

export type PolicyType =
  | 'EXPORT_CONTROL'
  | 'INVESTMENT'
  | 'LICENSING'
  | 'OTHER'
  | 'QUOTA'
  | 'SANCTION'
  | 'SUBSIDY'
  | 'TARIFF'
  | 'TRADE_AGREEMENT';

export type PolicyTypeFilter = {
  eq?: PolicyType | null | undefined;
  in?: Array<PolicyType> | null | undefined;
};

/** Filters for policies: every field given must match (AND); relationship fields match when some related entity does. */
export type PolicyWhere = {
  AND?: Array<PolicyWhere> | null | undefined;
  NOT?: PolicyWhere | null | undefined;
  OR?: Array<PolicyWhere> | null | undefined;
  affectedBy?: RelatedWhere | null | undefined;
  affects?: RelatedWhere | null | undefined;
  announced?: DateFilter | null | undefined;
  consequences?: RelatedWhere | null | undefined;
  description?: StringFilter | null | undefined;
  easedBy?: RelatedWhere | null | undefined;
  eases?: RelatedWhere | null | undefined;
  effective?: DateFilter | null | undefined;
  id?: IdFilter | null | undefined;
  issuedBy?: RelatedWhere | null | undefined;
  linkedTo?: RelatedWhere | null | undefined;
  name?: StringFilter | null | undefined;
  policyType?: PolicyTypeFilter | null | undefined;
  respondsTo?: RelatedWhere | null | undefined;
  responses?: RelatedWhere | null | undefined;
  statementsAbout?: RelatedWhere | null | undefined;
  status?: PolicyStatusFilter | null | undefined;
  summary?: StringFilter | null | undefined;
  targets?: RelatedWhere | null | undefined;
};

/**
 * A condition on a related entity (and on the relationship itself): matches when at least one
 * related entity satisfies every field given. For example, companies in the automotive sector:
 * `companies(where: { sectors: { id: { eq: "sector:automotive" } } })`.
 */
export type RelatedWhere = {
  id?: IdFilter | null | undefined;
  kind?: Array<EntityKind> | null | undefined;
  name?: StringFilter | null | undefined;
  /** The relationship's share (PRODUCES, INPUT_TO), 0..1. */
  share?: NumberFilter | null | undefined;
  /** The relationship's stage (PRODUCES). */
  stage?: StringFilter | null | undefined;
  /** The relationship's year (PRODUCES). */
  year?: NumberFilter | null | undefined;
};

/** The relationship types of the graph, for research queries that choose what to walk. */
export type RelationshipType =
  | 'AFFECTS'
  | 'CAUSED_BY'
  | 'EASES'
  /** A trade observation's exporter. */
  | 'EXPORTER'
  | 'HEADQUARTERED_IN'
  | 'HOLDS_OFFICE'
  /** A trade observation's importer. */
  | 'IMPORTER'
  | 'INPUT_TO'
  | 'IN_SECTOR'
  | 'ISSUED'
  | 'LINKED_TO'
  | 'MAKES'
  /** A trade observation's commodity. */
  | 'OF'
  | 'PART_OF'
  | 'PRODUCES'
  | 'RESPONDS_TO'
  | 'STATED'
  | 'SUPPLIES'
  | 'TARGETS'
  | 'USES';

/** Filters for sectors: every field given must match (AND); relationship fields match when some related entity does. */
export type SectorWhere = {
  AND?: Array<SectorWhere> | null | undefined;
  NOT?: SectorWhere | null | undefined;
  OR?: Array<SectorWhere> | null | undefined;
  affectedBy?: RelatedWhere | null | undefined;
  description?: StringFilter | null | undefined;
  id?: IdFilter | null | undefined;
  linkedTo?: RelatedWhere | null | undefined;
  members?: RelatedWhere | null | undefined;
  name?: StringFilter | null | undefined;
  statementsAbout?: RelatedWhere | null | undefined;
  targetedBy?: RelatedWhere | null | undefined;
  uses?: RelatedWhere | null | undefined;
};

export type SourceType =
  | 'ANALYSIS'
  | 'DATASET'
  | 'INTERVIEW'
  | 'NEWS'
  | 'OFFICIAL_DATA'
  | 'OFFICIAL_STATEMENT'
  | 'PRESS_RELEASE'
  | 'REPORT';

/** String matches. `contains` ignores case; the others are exact. */
export type StringFilter = {
  contains?: string | null | undefined;
  eq?: string | null | undefined;
  in?: Array<string> | null | undefined;
  startsWith?: string | null | undefined;
};

export type TimelineItemType =
  | 'EVENT'
  | 'ISSUED'
  | 'OFFICE_LEFT'
  | 'OFFICE_TAKEN'
  | 'POLICY_ANNOUNCED'
  | 'POLICY_EFFECTIVE'
  | 'POLICY_ENDED'
  | 'STATEMENT'
  | 'TRADE';

export type EntityDetailsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type EntityDetailsQuery = { entity:
    | { __typename: 'Commodity', hsCode: string | null, stage: CommodityStage, unit: string | null, aliases: Array<string>, description: string | null, id: string, kind: EntityKind, name: string, affectedBy: Array<{ __typename: 'AffectsRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, inputTo: Array<{ __typename: 'InputToRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, inputs: Array<{ __typename: 'InputToRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, linkedTo: Array<{ __typename: 'LinkedToRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, makers: Array<{ __typename: 'MakesRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, producers: Array<{ __typename: 'ProducesRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, sectors: Array<{ __typename: 'InSectorRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, statementsAbout: Array<{ __typename: 'StatedRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, targetedBy: Array<{ __typename: 'TargetsRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, trade: Array<{ __typename: 'TradeRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, users: Array<{ __typename: 'UsesRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
    | { __typename: 'Company', tickers: Array<string>, website: string | null, aliases: Array<string>, description: string | null, id: string, kind: EntityKind, name: string, affectedBy: Array<{ __typename: 'AffectsRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, headquarteredIn: Array<{ __typename: 'HeadquarteredInRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, linkedTo: Array<{ __typename: 'LinkedToRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, makes: Array<{ __typename: 'MakesRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, partOf: Array<{ __typename: 'PartOfRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, parts: Array<{ __typename: 'PartOfRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, produces: Array<{ __typename: 'ProducesRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, sectors: Array<{ __typename: 'InSectorRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, statementsAbout: Array<{ __typename: 'StatedRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, suppliers: Array<{ __typename: 'SuppliesRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, supplies: Array<{ __typename: 'SuppliesRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, targetedBy: Array<{ __typename: 'TargetsRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, uses: Array<{ __typename: 'UsesRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
    | { __typename: 'Country', iso2: string, iso3: string, region: string | null, aliases: Array<string>, description: string | null, id: string, kind: EntityKind, name: string, affectedBy: Array<{ __typename: 'AffectsRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, exports: Array<{ __typename: 'TradeRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, headquarteredHere: Array<{ __typename: 'HeadquarteredInRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, imports: Array<{ __typename: 'TradeRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, issued: Array<{ __typename: 'IssuedRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, linkedTo: Array<{ __typename: 'LinkedToRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, officials: Array<{ __typename: 'HoldsOfficeRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, partOf: Array<{ __typename: 'PartOfRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, parts: Array<{ __typename: 'PartOfRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, produces: Array<{ __typename: 'ProducesRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, statementsAbout: Array<{ __typename: 'StatedRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, supplies: Array<{ __typename: 'SuppliesRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, targetedBy: Array<{ __typename: 'TargetsRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
    | { __typename: 'Event', date: string, endDate: string | null, summary: string, aliases: Array<string>, description: string | null, id: string, kind: EntityKind, name: string, affectedBy: Array<{ __typename: 'AffectsRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, affects: Array<{ __typename: 'AffectsRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, causedBy: Array<{ __typename: 'CausedByRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, consequences: Array<{ __typename: 'CausedByRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, eases: Array<{ __typename: 'EasesRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, linkedTo: Array<{ __typename: 'LinkedToRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, respondsTo: Array<{ __typename: 'RespondsToRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, responses: Array<{ __typename: 'RespondsToRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, statementsAbout: Array<{ __typename: 'StatedRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
    | { __typename: 'Official', aliases: Array<string>, description: string | null, id: string, kind: EntityKind, name: string, affectedBy: Array<{ __typename: 'AffectsRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, issued: Array<{ __typename: 'IssuedRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, linkedTo: Array<{ __typename: 'LinkedToRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, offices: Array<{ __typename: 'HoldsOfficeRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, statements: Array<{ __typename: 'StatedRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, statementsAbout: Array<{ __typename: 'StatedRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
    | { __typename: 'Organization', orgType: OrganizationType, aliases: Array<string>, description: string | null, id: string, kind: EntityKind, name: string, affectedBy: Array<{ __typename: 'AffectsRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, headquarteredIn: Array<{ __typename: 'HeadquarteredInRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, issued: Array<{ __typename: 'IssuedRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, linkedTo: Array<{ __typename: 'LinkedToRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, officials: Array<{ __typename: 'HoldsOfficeRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, partOf: Array<{ __typename: 'PartOfRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, parts: Array<{ __typename: 'PartOfRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, statements: Array<{ __typename: 'StatedRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, statementsAbout: Array<{ __typename: 'StatedRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
    | { __typename: 'Policy', announced: string | null, effective: string | null, ended: string | null, policyType: PolicyType, status: PolicyStatus, summary: string, aliases: Array<string>, description: string | null, id: string, kind: EntityKind, name: string, affectedBy: Array<{ __typename: 'AffectsRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, affects: Array<{ __typename: 'AffectsRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, consequences: Array<{ __typename: 'CausedByRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, easedBy: Array<{ __typename: 'EasesRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, eases: Array<{ __typename: 'EasesRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, issuedBy: Array<{ __typename: 'IssuedRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, linkedTo: Array<{ __typename: 'LinkedToRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, respondsTo: Array<{ __typename: 'RespondsToRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, responses: Array<{ __typename: 'RespondsToRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, statementsAbout: Array<{ __typename: 'StatedRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, targets: Array<{ __typename: 'TargetsRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
    | { __typename: 'Region', aliases: Array<string>, description: string | null, id: string, kind: EntityKind, name: string, affectedBy: Array<{ __typename: 'AffectsRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, exports: Array<{ __typename: 'TradeRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, imports: Array<{ __typename: 'TradeRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, linkedTo: Array<{ __typename: 'LinkedToRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, parts: Array<{ __typename: 'PartOfRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, statementsAbout: Array<{ __typename: 'StatedRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
    | { __typename: 'Sector', aliases: Array<string>, description: string | null, id: string, kind: EntityKind, name: string, affectedBy: Array<{ __typename: 'AffectsRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, linkedTo: Array<{ __typename: 'LinkedToRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, members: Array<{ __typename: 'InSectorRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, statementsAbout: Array<{ __typename: 'StatedRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, targetedBy: Array<{ __typename: 'TargetsRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, uses: Array<{ __typename: 'UsesRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
    | { __typename: 'Source', note: string | null, originalPublisher: string | null, published: string | null, publisher: string, sourceType: SourceType, title: string, url: string, aliases: Array<string>, description: string | null, id: string, kind: EntityKind, name: string, cites: Array<{ __typename: 'CitationRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
    | { __typename: 'TradeObservation', estimate: boolean, note: string | null, period: string, periodEnd: string, periodStart: string, quantity: number, aliases: Array<string>, description: string | null, id: string, kind: EntityKind, name: string, quantityUnit: string, changes: Array<{ basis: ChangeBasis, comparedTo: string | null, percent: number }>, commodity: { id: string, kind: EntityKind, name: string }, exporter:
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
      , importer:
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
      , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
   | null };

type EntityRef_Commodity_Fragment = { id: string, kind: EntityKind, name: string };

type EntityRef_Company_Fragment = { id: string, kind: EntityKind, name: string };

type EntityRef_Country_Fragment = { id: string, kind: EntityKind, name: string };

type EntityRef_Event_Fragment = { id: string, kind: EntityKind, name: string };

type EntityRef_Official_Fragment = { id: string, kind: EntityKind, name: string };

type EntityRef_Organization_Fragment = { id: string, kind: EntityKind, name: string };

type EntityRef_Policy_Fragment = { id: string, kind: EntityKind, name: string };

type EntityRef_Region_Fragment = { id: string, kind: EntityKind, name: string };

type EntityRef_Sector_Fragment = { id: string, kind: EntityKind, name: string };

type EntityRef_Source_Fragment = { id: string, kind: EntityKind, name: string };

type EntityRef_TradeObservation_Fragment = { id: string, kind: EntityKind, name: string };

export type EntityRefFragment =
  | EntityRef_Commodity_Fragment
  | EntityRef_Company_Fragment
  | EntityRef_Country_Fragment
  | EntityRef_Event_Fragment
  | EntityRef_Official_Fragment
  | EntityRef_Organization_Fragment
  | EntityRef_Policy_Fragment
  | EntityRef_Region_Fragment
  | EntityRef_Sector_Fragment
  | EntityRef_Source_Fragment
  | EntityRef_TradeObservation_Fragment
;

export type SourceRefFragment = { id: string, title: string, publisher: string, url: string, published: string | null };

type NeighbourEdge_AffectsRelationship_Fragment = { __typename: 'AffectsRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
  , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> };

type NeighbourEdge_CausedByRelationship_Fragment = { __typename: 'CausedByRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
  , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> };

type NeighbourEdge_CitationRelationship_Fragment = { __typename: 'CitationRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
  , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> };

type NeighbourEdge_EasesRelationship_Fragment = { __typename: 'EasesRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
  , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> };

type NeighbourEdge_HeadquarteredInRelationship_Fragment = { __typename: 'HeadquarteredInRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
  , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> };

type NeighbourEdge_HoldsOfficeRelationship_Fragment = { __typename: 'HoldsOfficeRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
  , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> };

type NeighbourEdge_InSectorRelationship_Fragment = { __typename: 'InSectorRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
  , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> };

type NeighbourEdge_InputToRelationship_Fragment = { __typename: 'InputToRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
  , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> };

type NeighbourEdge_IssuedRelationship_Fragment = { __typename: 'IssuedRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
  , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> };

type NeighbourEdge_LinkedToRelationship_Fragment = { __typename: 'LinkedToRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
  , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> };

type NeighbourEdge_MakesRelationship_Fragment = { __typename: 'MakesRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
  , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> };

type NeighbourEdge_PartOfRelationship_Fragment = { __typename: 'PartOfRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
  , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> };

type NeighbourEdge_ProducesRelationship_Fragment = { __typename: 'ProducesRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
  , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> };

type NeighbourEdge_RespondsToRelationship_Fragment = { __typename: 'RespondsToRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
  , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> };

type NeighbourEdge_StatedRelationship_Fragment = { __typename: 'StatedRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
  , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> };

type NeighbourEdge_SuppliesRelationship_Fragment = { __typename: 'SuppliesRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
  , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> };

type NeighbourEdge_TargetsRelationship_Fragment = { __typename: 'TargetsRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
  , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> };

type NeighbourEdge_TradeRelationship_Fragment = { __typename: 'TradeRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
  , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> };

type NeighbourEdge_UsesRelationship_Fragment = { __typename: 'UsesRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
  , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> };

export type NeighbourEdgeFragment =
  | NeighbourEdge_AffectsRelationship_Fragment
  | NeighbourEdge_CausedByRelationship_Fragment
  | NeighbourEdge_CitationRelationship_Fragment
  | NeighbourEdge_EasesRelationship_Fragment
  | NeighbourEdge_HeadquarteredInRelationship_Fragment
  | NeighbourEdge_HoldsOfficeRelationship_Fragment
  | NeighbourEdge_InSectorRelationship_Fragment
  | NeighbourEdge_InputToRelationship_Fragment
  | NeighbourEdge_IssuedRelationship_Fragment
  | NeighbourEdge_LinkedToRelationship_Fragment
  | NeighbourEdge_MakesRelationship_Fragment
  | NeighbourEdge_PartOfRelationship_Fragment
  | NeighbourEdge_ProducesRelationship_Fragment
  | NeighbourEdge_RespondsToRelationship_Fragment
  | NeighbourEdge_StatedRelationship_Fragment
  | NeighbourEdge_SuppliesRelationship_Fragment
  | NeighbourEdge_TargetsRelationship_Fragment
  | NeighbourEdge_TradeRelationship_Fragment
  | NeighbourEdge_UsesRelationship_Fragment
;

export type PathsQueryVariables = Exact<{
  from: string | number;
  to: PathTarget;
  k?: number | null | undefined;
  maxHops?: number | null | undefined;
  via?: Array<RelationshipType> | RelationshipType | null | undefined;
  direction?: PathDirection | null | undefined;
  first?: number | null | undefined;
}>;


export type PathsQuery = { paths: Array<{ length: number, nodes: Array<
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
    >, steps: Array<{ from:
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
      , to:
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
      , relationships: Array<
        | { __typename: 'AffectsRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
        | { __typename: 'CausedByRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
        | { __typename: 'CitationRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
        | { __typename: 'EasesRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
        | { __typename: 'HeadquarteredInRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
        | { __typename: 'HoldsOfficeRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
        | { __typename: 'InSectorRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
        | { __typename: 'InputToRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
        | { __typename: 'IssuedRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
        | { __typename: 'LinkedToRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
        | { __typename: 'MakesRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
        | { __typename: 'PartOfRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
        | { __typename: 'ProducesRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
        | { __typename: 'RespondsToRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
        | { __typename: 'StatedRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
        | { __typename: 'SuppliesRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
        | { __typename: 'TargetsRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
        | { __typename: 'TradeRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
        | { __typename: 'UsesRelationship', id: string, direction: Direction, validFrom: string | null, validTo: string | null, confidence: number | null, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
      > }>, citations: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }> | null };

export type DependenciesQueryVariables = Exact<{
  of: string | number;
  maxTier?: number | null | undefined;
  asOf?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type DependenciesQuery = { dependencies: { of:
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
    , items: Array<{ tier: number, score: number | null, missingShares: number, entity:
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
      , path: { length: number, nodes: Array<
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        > } }>, byKind: Array<{ kind: EntityKind, count: number }> } | null };

export type ExposureQueryVariables = Exact<{
  to: string | number;
  maxHops?: number | null | undefined;
  kinds?: Array<EntityKind> | EntityKind | null | undefined;
  asOf?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type ExposureQuery = { exposure: { to:
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
    , items: Array<{ tier: number, score: number | null, missingShares: number, entity:
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
      , path: { length: number, nodes: Array<
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        > } }>, byKind: Array<{ kind: EntityKind, count: number }>, byCountry: Array<{ count: number, country: { id: string, kind: EntityKind, name: string } }> } | null };

export type ReachedFragment = { tier: number, score: number | null, missingShares: number, entity:
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
  , path: { length: number, nodes: Array<
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
    > } };

export type ConcentrationQueryVariables = Exact<{
  commodity: string | number;
  stage?: string | null | undefined;
  year?: number | null | undefined;
  topN?: number | null | undefined;
  threshold?: number | null | undefined;
}>;


export type ConcentrationQuery = { concentration: { stage: string | null, year: number | null, hhi: number, topN: number, topNShare: number, coverage: number, threshold: number, commodity: { id: string, kind: EntityKind, name: string }, shares: Array<{ share: number, stage: string | null, year: number | null, estimate: boolean, note: string | null, producer:
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
      , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, chokepoints: Array<{ share: number, producer:
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
       }>, available: Array<{ stage: string | null, year: number | null, producers: number }> } | null };

export type TradeSeriesQueryVariables = Exact<{
  exporter: string | number;
  importer: string | number;
  commodity: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type TradeSeriesQuery = { tradeSeries: { exporter:
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
    , importer:
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
    , commodity: { id: string, kind: EntityKind, name: string }, points: Array<{ period: string, periodStart: string, periodEnd: string, quantity: number, unit: string, derived: boolean, formula: string | null, shareOfTotal: number | null, changes: Array<{ basis: ChangeBasis, comparedTo: string, reported: number | null, computed: number | null, disagrees: boolean }>, sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }> } | null };

export type TimelineQueryVariables = Exact<{
  entity: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type TimelineQuery = { timeline: Array<{ date: string, type: TimelineItemType, title: string, entity:
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
    , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }> | null };

export type SearchQueryVariables = Exact<{
  text: string;
  kinds?: Array<EntityKind> | EntityKind | null | undefined;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<{ score: number, exact: boolean, entity:
      | { description: string | null, id: string, kind: EntityKind, name: string }
      | { description: string | null, id: string, kind: EntityKind, name: string }
      | { description: string | null, id: string, kind: EntityKind, name: string }
      | { description: string | null, id: string, kind: EntityKind, name: string }
      | { description: string | null, id: string, kind: EntityKind, name: string }
      | { description: string | null, id: string, kind: EntityKind, name: string }
      | { description: string | null, id: string, kind: EntityKind, name: string }
      | { description: string | null, id: string, kind: EntityKind, name: string }
      | { description: string | null, id: string, kind: EntityKind, name: string }
      | { description: string | null, id: string, kind: EntityKind, name: string }
      | { description: string | null, id: string, kind: EntityKind, name: string }
     }> | null };

export const EntityRefFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<EntityRefFragment, unknown>;
export const SourceRefFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]} as unknown as DocumentNode<SourceRefFragment, unknown>;
export const NeighbourEdgeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeighbourEdge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceRef"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]} as unknown as DocumentNode<NeighbourEdgeFragment, unknown>;
export const ReachedFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Reached"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReachedEntity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"missingShares"}},{"kind":"Field","name":{"kind":"Name","value":"path"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<ReachedFragment, unknown>;
export const EntityDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"25"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceRef"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commodity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hsCode"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickers"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso2"}},{"kind":"Field","name":{"kind":"Name","value":"iso3"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgType"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"announced"}},{"kind":"Field","name":{"kind":"Name","value":"effective"}},{"kind":"Field","name":{"kind":"Name","value":"ended"}},{"kind":"Field","name":{"kind":"Name","value":"policyType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"originalPublisher"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TradeObservation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","alias":{"kind":"Name","value":"quantityUnit"},"name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"comparedTo"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commodity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"importer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commodity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affectedBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inputTo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inputs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedTo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"makers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"producers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statementsAbout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetedBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trade"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affectedBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"headquarteredIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedTo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"makes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partOf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"produces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statementsAbout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suppliers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supplies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetedBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affectedBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"headquarteredHere"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"imports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issued"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedTo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"officials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partOf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"produces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statementsAbout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supplies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetedBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affectedBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"affects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"causedBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consequences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedTo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"respondsTo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statementsAbout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Official"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affectedBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issued"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedTo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statementsAbout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affectedBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"headquarteredIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issued"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedTo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"officials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partOf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statementsAbout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affectedBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"affects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consequences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"easedBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedTo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"respondsTo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statementsAbout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affectedBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"imports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedTo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statementsAbout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Sector"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affectedBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedTo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statementsAbout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetedBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cites"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeighbourEdge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceRef"}}]}}]}}]} as unknown as DocumentNode<EntityDetailsQuery, EntityDetailsQueryVariables>;
export const PathsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Paths"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PathTarget"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"k"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"1"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"4"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"via"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationshipType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PathDirection"}},"defaultValue":{"kind":"EnumValue","value":"ANY"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"k"},"value":{"kind":"Variable","name":{"kind":"Name","value":"k"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}}},{"kind":"Argument","name":{"kind":"Name","value":"via"},"value":{"kind":"Variable","name":{"kind":"Name","value":"via"}}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeighbourEdge"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceRef"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeighbourEdge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceRef"}}]}}]}}]} as unknown as DocumentNode<PathsQuery, PathsQueryVariables>;
export const DependenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dependencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"of"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxTier"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"3"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dependencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"of"},"value":{"kind":"Variable","name":{"kind":"Name","value":"of"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxTier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxTier"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"of"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Reached"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Reached"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReachedEntity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"missingShares"}},{"kind":"Field","name":{"kind":"Name","value":"path"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}}]}}]}}]} as unknown as DocumentNode<DependenciesQuery, DependenciesQueryVariables>;
export const ExposureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Exposure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"4"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exposure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Reached"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCountry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Reached"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReachedEntity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"missingShares"}},{"kind":"Field","name":{"kind":"Name","value":"path"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}}]}}]}}]} as unknown as DocumentNode<ExposureQuery, ExposureQueryVariables>;
export const ConcentrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Concentration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commodity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"topN"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"3"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"threshold"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}},"defaultValue":{"kind":"FloatValue","value":"0.5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"concentration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"commodity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commodity"}}},{"kind":"Argument","name":{"kind":"Name","value":"stage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stage"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"topN"},"value":{"kind":"Variable","name":{"kind":"Name","value":"topN"}}},{"kind":"Argument","name":{"kind":"Name","value":"threshold"},"value":{"kind":"Variable","name":{"kind":"Name","value":"threshold"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commodity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"hhi"}},{"kind":"Field","name":{"kind":"Name","value":"topN"}},{"kind":"Field","name":{"kind":"Name","value":"topNShare"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"producer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceRef"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"chokepoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"producer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"available"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"producers"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]} as unknown as DocumentNode<ConcentrationQuery, ConcentrationQueryVariables>;
export const TradeSeriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TradeSeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"exporter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"importer"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commodity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tradeSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"exporter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"exporter"}}},{"kind":"Argument","name":{"kind":"Name","value":"importer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"importer"}}},{"kind":"Argument","name":{"kind":"Name","value":"commodity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commodity"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"importer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commodity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"derived"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"shareOfTotal"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"comparedTo"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"computed"}},{"kind":"Field","name":{"kind":"Name","value":"disagrees"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceRef"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]} as unknown as DocumentNode<TradeSeriesQuery, TradeSeriesQueryVariables>;
export const TimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Timeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entity"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceRef"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]} as unknown as DocumentNode<TimelineQuery, TimelineQueryVariables>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;