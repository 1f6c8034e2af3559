/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What a reported change compares with. */
export type ChangeBasis =
  /** Compared with the month before. */
  | 'MONTH_ON_MONTH'
  /** Compared with the period before (a quarter, a half-year). */
  | 'PERIOD_ON_PERIOD'
  /** Compared with the same period a year before. */
  | 'YEAR_ON_YEAR';

/** Where a commodity sits in a value chain, from raw material to finished product. */
export type CommodityStage =
  /** A part of a product (rare-earth magnets, motors). */
  | 'COMPONENT'
  /** Refined or processed (separated rare-earth oxides). */
  | 'PROCESSED_MATERIAL'
  /** A finished product (electric vehicles, wind turbines). */
  | 'PRODUCT'
  /** Mined or grown, unprocessed (rare-earth ore). */
  | 'RAW_MATERIAL';

/** Matches a commodity stage: exactly one value, or one of several. */
export type CommodityStageFilter = {
  /** Equal to this. */
  eq?: CommodityStage | null | undefined;
  /** Equal to one of these. */
  in?: Array<CommodityStage> | null | undefined;
};

/** Filters for commodities: every field given must match (AND); relationship fields match when some related entity does. */
export type CommodityWhere = {
  /** Every one of these filters must match. */
  AND?: Array<CommodityWhere> | null | undefined;
  /** This filter must not match. */
  NOT?: CommodityWhere | null | undefined;
  /** At least one of these filters must match. */
  OR?: Array<CommodityWhere> | null | undefined;
  /** Matches when some entity it is related to through affectedBy matches. */
  affectedBy?: RelatedWhere | null | undefined;
  /** Matches when some entity it is related to through capacityHolders matches. */
  capacityHolders?: RelatedWhere | null | undefined;
  /** Matches on description. */
  description?: StringFilter | null | undefined;
  /** Matches on hs code. */
  hsCode?: StringFilter | null | undefined;
  /** Matches on the HS section (a Roman numeral). */
  hsSection?: StringFilter | null | undefined;
  /** Matches on the id. */
  id?: IdFilter | null | undefined;
  /** Matches when some entity it is related to through importers matches. */
  importers?: RelatedWhere | null | undefined;
  /** Matches when some entity it is related to through inputTo matches. */
  inputTo?: RelatedWhere | null | undefined;
  /** Matches when some entity it is related to through inputs matches. */
  inputs?: RelatedWhere | null | undefined;
  /** Matches when some entity it is related to through linkedTo matches. */
  linkedTo?: RelatedWhere | null | undefined;
  /** Matches when some entity it is related to through makers matches. */
  makers?: RelatedWhere | null | undefined;
  /** Matches on name. */
  name?: StringFilter | null | undefined;
  /** Matches when some entity it is related to through partOf matches. */
  partOf?: RelatedWhere | null | undefined;
  /** Matches when some entity it is related to through parts matches. */
  parts?: RelatedWhere | null | undefined;
  /** Matches when some entity it is related to through producers matches. */
  producers?: RelatedWhere | null | undefined;
  /** Matches when some entity it is related to through reserveHolders matches. */
  reserveHolders?: RelatedWhere | null | undefined;
  /** Matches when some entity it is related to through sectors matches. */
  sectors?: RelatedWhere | null | undefined;
  /** Matches on stage. */
  stage?: CommodityStageFilter | null | undefined;
  /** Matches when some entity it is related to through statementsAbout matches. */
  statementsAbout?: RelatedWhere | null | undefined;
  /** Matches when some entity it is related to through statistics matches. */
  statistics?: RelatedWhere | null | undefined;
  /** Matches when some entity it is related to through targetedBy matches. */
  targetedBy?: RelatedWhere | null | undefined;
  /** Matches when some entity it is related to through trade matches. */
  trade?: RelatedWhere | null | undefined;
  /** Matches when some entity it is related to through users matches. */
  users?: RelatedWhere | null | undefined;
};

/** Filters for companies: every field given must match (AND); relationship fields match when some related entity does. */
export type CompanyWhere = {
  /** Every one of these filters must match. */
  AND?: Array<CompanyWhere> | null | undefined;
  /** This filter must not match. */
  NOT?: CompanyWhere | null | undefined;
  /** At least one of these filters must match. */
  OR?: Array<CompanyWhere> | null | undefined;
  /** Matches when some entity it is related to through affectedBy matches. */
  affectedBy?: RelatedWhere | null | undefined;
  /** Matches on description. */
  description?: StringFilter | null | undefined;
  /** Matches when some entity it is related to through headquarteredIn matches. */
  headquarteredIn?: RelatedWhere | null | undefined;
  /** Matches on the id. */
  id?: IdFilter | null | undefined;
  /** Matches when some entity it is related to through linkedTo matches. */
  linkedTo?: RelatedWhere | null | undefined;
  /** Matches when some entity it is related to through makes matches. */
  makes?: RelatedWhere | null | undefined;
  /** Matches on name. */
  name?: StringFilter | null | undefined;
  /** Matches when some entity it is related to through partOf matches. */
  partOf?: RelatedWhere | null | undefined;
  /** Matches when some entity it is related to through parts matches. */
  parts?: RelatedWhere | null | undefined;
  /** Matches when some entity it is related to through produces matches. */
  produces?: RelatedWhere | null | undefined;
  /** Matches when some entity it is related to through sectors matches. */
  sectors?: RelatedWhere | null | undefined;
  /** Matches when some entity it is related to through statementsAbout matches. */
  statementsAbout?: RelatedWhere | null | undefined;
  /** Matches when some entity it is related to through suppliers matches. */
  suppliers?: RelatedWhere | null | undefined;
  /** Matches when some entity it is related to through supplies matches. */
  supplies?: RelatedWhere | null | undefined;
  /** Matches when some entity it is related to through targetedBy matches. */
  targetedBy?: RelatedWhere | null | undefined;
  /** Matches when some entity it is related to through uses matches. */
  uses?: RelatedWhere | null | undefined;
};

/** Filters for countries: every field given must match (AND); relationship fields match when some related entity does. */
export type CountryWhere = {
  /** Every one of these filters must match. */
  AND?: Array<CountryWhere> | null | undefined;
  /** This filter must not match. */
  NOT?: CountryWhere | null | undefined;
  /** At least one of these filters must match. */
  OR?: Array<CountryWhere> | null | undefined;
  /** Matches when some entity it is related to through affectedBy matches. */
  affectedBy?: RelatedWhere | null | undefined;
  /** Matches when some entity it is related to through capacity matches. */
  capacity?: RelatedWhere | null | undefined;
  /** Matches on description. */
  description?: StringFilter | null | undefined;
  /** Matches when some entity it is related to through exports matches. */
  exports?: RelatedWhere | null | undefined;
  /** Matches when some entity it is related to through headquarteredHere matches. */
  headquarteredHere?: RelatedWhere | null | undefined;
  /** Matches on the id. */
  id?: IdFilter | null | undefined;
  /** Matches when some entity it is related to through importReliance matches. */
  importReliance?: RelatedWhere | null | undefined;
  /** Matches when some entity it is related to through importSources matches. */
  importSources?: RelatedWhere | null | undefined;
  /** Matches when some entity it is related to through importingCountries matches. */
  importingCountries?: RelatedWhere | null | undefined;
  /** Matches when some entity it is related to through imports matches. */
  imports?: RelatedWhere | null | undefined;
  /** Matches on iso2. */
  iso2?: StringFilter | null | undefined;
  /** Matches on iso3. */
  iso3?: StringFilter | null | undefined;
  /** Matches when some entity it is related to through issued matches. */
  issued?: RelatedWhere | null | undefined;
  /** Matches when some entity it is related to through linkedTo matches. */
  linkedTo?: RelatedWhere | null | undefined;
  /** Matches on name. */
  name?: StringFilter | null | undefined;
  /** Matches on the ISO 3166-1 numeric code. */
  numeric?: StringFilter | null | undefined;
  /** Matches when some entity it is related to through officials matches. */
  officials?: RelatedWhere | null | undefined;
  /** Matches when some entity it is related to through partOf matches. */
  partOf?: RelatedWhere | null | undefined;
  /** Matches when some entity it is related to through parts matches. */
  parts?: RelatedWhere | null | undefined;
  /** Matches when some entity it is related to through produces matches. */
  produces?: RelatedWhere | null | undefined;
  /** Matches on region (UN M49: Africa, Americas, Asia, Europe, Oceania). */
  region?: StringFilter | null | undefined;
  /** Matches when some entity it is related to through reserves matches. */
  reserves?: RelatedWhere | null | undefined;
  /** Matches when some entity it is related to through statementsAbout matches. */
  statementsAbout?: RelatedWhere | null | undefined;
  /** Matches when some entity it is related to through statistics matches. */
  statistics?: RelatedWhere | null | undefined;
  /** Matches on the UN M49 sub-region. */
  subRegion?: StringFilter | null | undefined;
  /** Matches when some entity it is related to through supplies matches. */
  supplies?: RelatedWhere | null | undefined;
  /** Matches when some entity it is related to through targetedBy matches. */
  targetedBy?: RelatedWhere | null | undefined;
};

/**
 * Date ranges on ISO dates (YYYY-MM-DD, or YYYY-MM / YYYY). Dates compare as text, so
 * `gte: "2025-04"` includes every day of April 2025 and after.
 */
export type DateFilter = {
  /** Equal to this. */
  eq?: string | null | undefined;
  /** Greater than (later than) this. */
  gt?: string | null | undefined;
  /** Greater than or equal to this. */
  gte?: string | null | undefined;
  /** Less than (earlier than) this. */
  lt?: string | null | undefined;
  /** Less than or equal to this. */
  lte?: string | null | undefined;
};

/** Which way a relationship points, seen from the entity whose field it is. */
export type Direction =
  /** from the other entity to this one */
  | 'IN'
  /** from this entity to the other */
  | 'OUT';

/** What stops in a disruption scenario. */
export type DisruptionScenario = {
  /** Which year's shares count (the latest up to this date's year, as for exposure) and which relationships are valid: 2025, 2025-06 or 2025-06-30; default: today. */
  asOf?: string | null | undefined;
  /** Only these commodities (default: every commodity the stopped entities produce or make). */
  commodities?: Array<string | number> | null | undefined;
  /** The share of their output lost, in (0, 1]; default 1 (all of it). */
  cut?: number | null | undefined;
  /** Countries or companies whose supply stops, or ids of PRODUCES / MAKES relationships (one supply line each); at most 50. */
  stop: Array<string | number>;
};

/** The kinds of entity in the graph. */
export type EntityKind =
  /** A commodity. */
  | 'COMMODITY'
  /** A company. */
  | 'COMPANY'
  /** A country. */
  | 'COUNTRY'
  /** A event. */
  | 'EVENT'
  /** A official. */
  | 'OFFICIAL'
  /** A organization. */
  | 'ORGANIZATION'
  /** A policy. */
  | 'POLICY'
  /** A region. */
  | 'REGION'
  /** A sector. */
  | 'SECTOR'
  /** A source. */
  | 'SOURCE'
  /** A trade observation. */
  | 'TRADE_OBSERVATION';

/** Filters for events: every field given must match (AND); relationship fields match when some related entity does. */
export type EventWhere = {
  /** Every one of these filters must match. */
  AND?: Array<EventWhere> | null | undefined;
  /** This filter must not match. */
  NOT?: EventWhere | null | undefined;
  /** At least one of these filters must match. */
  OR?: Array<EventWhere> | null | undefined;
  /** Matches when some entity it is related to through affectedBy matches. */
  affectedBy?: RelatedWhere | null | undefined;
  /** Matches when some entity it is related to through affects matches. */
  affects?: RelatedWhere | null | undefined;
  /** Matches when some entity it is related to through causedBy matches. */
  causedBy?: RelatedWhere | null | undefined;
  /** Matches when some entity it is related to through consequences matches. */
  consequences?: RelatedWhere | null | undefined;
  /** Matches on date. */
  date?: DateFilter | null | undefined;
  /** Matches on description. */
  description?: StringFilter | null | undefined;
  /** Matches when some entity it is related to through eases matches. */
  eases?: RelatedWhere | null | undefined;
  /** Matches on the id. */
  id?: IdFilter | null | undefined;
  /** Matches when some entity it is related to through linkedTo matches. */
  linkedTo?: RelatedWhere | null | undefined;
  /** Matches on name. */
  name?: StringFilter | null | undefined;
  /** Matches when some entity it is related to through respondsTo matches. */
  respondsTo?: RelatedWhere | null | undefined;
  /** Matches when some entity it is related to through responses matches. */
  responses?: RelatedWhere | null | undefined;
  /** Matches when some entity it is related to through statementsAbout matches. */
  statementsAbout?: RelatedWhere | null | undefined;
  /** Matches on summary. */
  summary?: StringFilter | null | undefined;
};

/** How a figure bounds the truth: USGS gives some figures as bounds (">95", "<25"). */
export type FigureBound =
  /** The figure as stated. */
  | 'EXACT'
  /** Less than the figure ("<25", "less than ½ unit"). */
  | 'LESS_THAN'
  /** More than the figure (">95"). */
  | 'MORE_THAN';

/** Whether a figure is given at all, and if not, why: USGS's E, W and NA. */
export type FigureStatus =
  /** E: a net exporter, so there is no net import reliance. */
  | 'NET_EXPORTER'
  /** NA: not available. */
  | 'NOT_AVAILABLE'
  /** A figure (or bound) is given. */
  | 'REPORTED'
  /** W: withheld to avoid disclosing company proprietary data. */
  | 'WITHHELD';

/** Matches an id exactly, one of several, or by prefix (`startsWith: "country:"`). */
export type IdFilter = {
  /** Equal to this. */
  eq?: string | number | null | undefined;
  /** Equal to one of these. */
  in?: Array<string | number> | null | undefined;
  /** Starts with this text. */
  startsWith?: string | null | undefined;
};

/** Numeric comparisons; every bound given must hold. */
export type NumberFilter = {
  /** Equal to this. */
  eq?: number | null | undefined;
  /** Greater than (later than) this. */
  gt?: number | null | undefined;
  /** Greater than or equal to this. */
  gte?: number | null | undefined;
  /** Less than (earlier than) this. */
  lt?: number | null | undefined;
  /** Less than or equal to this. */
  lte?: number | null | undefined;
};

/** Filters for officials: every field given must match (AND); relationship fields match when some related entity does. */
export type OfficialWhere = {
  /** Every one of these filters must match. */
  AND?: Array<OfficialWhere> | null | undefined;
  /** This filter must not match. */
  NOT?: OfficialWhere | null | undefined;
  /** At least one of these filters must match. */
  OR?: Array<OfficialWhere> | null | undefined;
  /** Matches when some entity it is related to through affectedBy matches. */
  affectedBy?: RelatedWhere | null | undefined;
  /** Matches on description. */
  description?: StringFilter | null | undefined;
  /** Matches on the id. */
  id?: IdFilter | null | undefined;
  /** Matches when some entity it is related to through issued matches. */
  issued?: RelatedWhere | null | undefined;
  /** Matches when some entity it is related to through linkedTo matches. */
  linkedTo?: RelatedWhere | null | undefined;
  /** Matches on name. */
  name?: StringFilter | null | undefined;
  /** Matches when some entity it is related to through offices matches. */
  offices?: RelatedWhere | null | undefined;
  /** Matches when some entity it is related to through statements matches. */
  statements?: RelatedWhere | null | undefined;
  /** Matches when some entity it is related to through statementsAbout matches. */
  statementsAbout?: RelatedWhere | null | undefined;
};

/** What kind of organization it is. */
export type OrganizationType =
  /** A government agency. */
  | 'AGENCY'
  /** A government. */
  | 'GOVERNMENT'
  /** An industry group or association. */
  | 'INDUSTRY_GROUP'
  /** An international organization. */
  | 'INTERNATIONAL'
  /** A legislature. */
  | 'LEGISLATURE'
  /** A ministry. */
  | 'MINISTRY'
  /** A news agency. */
  | 'NEWS_AGENCY'
  /** Something else. */
  | 'OTHER'
  /** A publisher. */
  | 'PUBLISHER'
  /** A research institute or think tank. */
  | 'RESEARCH';

/** Matches a organization type: exactly one value, or one of several. */
export type OrganizationTypeFilter = {
  /** Equal to this. */
  eq?: OrganizationType | null | undefined;
  /** Equal to one of these. */
  in?: Array<OrganizationType> | null | undefined;
};

/** Filters for organizations: every field given must match (AND); relationship fields match when some related entity does. */
export type OrganizationWhere = {
  /** Every one of these filters must match. */
  AND?: Array<OrganizationWhere> | null | undefined;
  /** This filter must not match. */
  NOT?: OrganizationWhere | null | undefined;
  /** At least one of these filters must match. */
  OR?: Array<OrganizationWhere> | null | undefined;
  /** Matches when some entity it is related to through affectedBy matches. */
  affectedBy?: RelatedWhere | null | undefined;
  /** Matches on description. */
  description?: StringFilter | null | undefined;
  /** Matches when some entity it is related to through headquarteredIn matches. */
  headquarteredIn?: RelatedWhere | null | undefined;
  /** Matches on the id. */
  id?: IdFilter | null | undefined;
  /** Matches when some entity it is related to through issued matches. */
  issued?: RelatedWhere | null | undefined;
  /** Matches when some entity it is related to through linkedTo matches. */
  linkedTo?: RelatedWhere | null | undefined;
  /** Matches on name. */
  name?: StringFilter | null | undefined;
  /** Matches when some entity it is related to through officials matches. */
  officials?: RelatedWhere | null | undefined;
  /** Matches on org type. */
  orgType?: OrganizationTypeFilter | null | undefined;
  /** Matches when some entity it is related to through partOf matches. */
  partOf?: RelatedWhere | null | undefined;
  /** Matches when some entity it is related to through parts matches. */
  parts?: RelatedWhere | null | undefined;
  /** Matches when some entity it is related to through statements matches. */
  statements?: RelatedWhere | null | undefined;
  /** Matches when some entity it is related to through statementsAbout matches. */
  statementsAbout?: RelatedWhere | null | undefined;
};

/** Which way a path may walk relationships. */
export type PathDirection =
  /** Either way (the default): follows links regardless of how they are stored, so it finds every connection, not only supply routes. */
  | 'ANY'
  /** Only against it. */
  | 'BACKWARD'
  /** Only along the stored direction (from → to). */
  | 'FORWARD'
  /**
   * The way goods flow, as exposure walks it: producer → commodity → what it is an input to → its
   * users → their buyers, a country → its companies and its importers. Each type only in its own
   * direction, so a route never steps back through an alternative maker of the same commodity.
   */
  | 'SUPPLY';

/**
 * Where paths should end: one entity by id, or every entity that one of the filters describes
 * (exactly one). For a filter, the search goes out from the start and stops once the nearest
 * targets decide the answer, however many entities the filter describes.
 */
export type PathTarget =
  {   /** Every commodity this filter matches. */
  commodities: CommodityWhere; companies?: never; countries?: never; events?: never; id?: never; officials?: never; organizations?: never; policies?: never; sectors?: never; }
  |  { commodities?: never;   /** Every company this filter matches. */
  companies: CompanyWhere; countries?: never; events?: never; id?: never; officials?: never; organizations?: never; policies?: never; sectors?: never; }
  |  { commodities?: never; companies?: never;   /** Every country this filter matches. */
  countries: CountryWhere; events?: never; id?: never; officials?: never; organizations?: never; policies?: never; sectors?: never; }
  |  { commodities?: never; companies?: never; countries?: never;   /** Every event this filter matches. */
  events: EventWhere; id?: never; officials?: never; organizations?: never; policies?: never; sectors?: never; }
  |  { commodities?: never; companies?: never; countries?: never; events?: never;   /** One entity, by id. */
  id: string | number; officials?: never; organizations?: never; policies?: never; sectors?: never; }
  |  { commodities?: never; companies?: never; countries?: never; events?: never; id?: never;   /** Every official this filter matches. */
  officials: OfficialWhere; organizations?: never; policies?: never; sectors?: never; }
  |  { commodities?: never; companies?: never; countries?: never; events?: never; id?: never; officials?: never;   /** Every organization this filter matches. */
  organizations: OrganizationWhere; policies?: never; sectors?: never; }
  |  { commodities?: never; companies?: never; countries?: never; events?: never; id?: never; officials?: never; organizations?: never;   /** Every policy this filter matches. */
  policies: PolicyWhere; sectors?: never; }
  |  { commodities?: never; companies?: never; countries?: never; events?: never; id?: never; officials?: never; organizations?: never; policies?: never;   /** Every sector this filter matches. */
  sectors: SectorWhere; };

/** Where a policy stands. */
export type PolicyStatus =
  /** Announced, not yet in force. */
  | 'ANNOUNCED'
  /** Expired or lifted. */
  | 'EXPIRED'
  /** In force. */
  | 'IN_FORCE'
  /** Proposed, not yet decided. */
  | 'PROPOSED'
  /** Replaced by another policy. */
  | 'SUPERSEDED'
  /** Suspended for now. */
  | 'SUSPENDED';

/** Matches a policy status: exactly one value, or one of several. */
export type PolicyStatusFilter = {
  /** Equal to this. */
  eq?: PolicyStatus | null | undefined;
  /** Equal to one of these. */
  in?: Array<PolicyStatus> | null | undefined;
};

/** What kind of measure a policy is. */
export type PolicyType =
  /** An export control. */
  | 'EXPORT_CONTROL'
  /** An investment or investment rule. */
  | 'INVESTMENT'
  /** A licensing regime. */
  | 'LICENSING'
  /** Something else. */
  | 'OTHER'
  /** A quota. */
  | 'QUOTA'
  /** A sanction. */
  | 'SANCTION'
  /** A subsidy. */
  | 'SUBSIDY'
  /** A tariff. */
  | 'TARIFF'
  /** A trade agreement or deal. */
  | 'TRADE_AGREEMENT';

/** Matches a policy type: exactly one value, or one of several. */
export type PolicyTypeFilter = {
  /** Equal to this. */
  eq?: PolicyType | null | undefined;
  /** Equal to one of these. */
  in?: Array<PolicyType> | null | undefined;
};

/** Filters for policies: every field given must match (AND); relationship fields match when some related entity does. */
export type PolicyWhere = {
  /** Every one of these filters must match. */
  AND?: Array<PolicyWhere> | null | undefined;
  /** This filter must not match. */
  NOT?: PolicyWhere | null | undefined;
  /** At least one of these filters must match. */
  OR?: Array<PolicyWhere> | null | undefined;
  /** Matches when some entity it is related to through affectedBy matches. */
  affectedBy?: RelatedWhere | null | undefined;
  /** Matches when some entity it is related to through affects matches. */
  affects?: RelatedWhere | null | undefined;
  /** Matches on announced. */
  announced?: DateFilter | null | undefined;
  /** Matches when some entity it is related to through consequences matches. */
  consequences?: RelatedWhere | null | undefined;
  /** Matches on description. */
  description?: StringFilter | null | undefined;
  /** Matches when some entity it is related to through easedBy matches. */
  easedBy?: RelatedWhere | null | undefined;
  /** Matches when some entity it is related to through eases matches. */
  eases?: RelatedWhere | null | undefined;
  /** Matches on effective. */
  effective?: DateFilter | null | undefined;
  /** Matches on the id. */
  id?: IdFilter | null | undefined;
  /** Matches when some entity it is related to through issuedBy matches. */
  issuedBy?: RelatedWhere | null | undefined;
  /** Matches when some entity it is related to through linkedTo matches. */
  linkedTo?: RelatedWhere | null | undefined;
  /** Matches on name. */
  name?: StringFilter | null | undefined;
  /** Matches on policy type. */
  policyType?: PolicyTypeFilter | null | undefined;
  /** Matches when some entity it is related to through respondsTo matches. */
  respondsTo?: RelatedWhere | null | undefined;
  /** Matches when some entity it is related to through responses matches. */
  responses?: RelatedWhere | null | undefined;
  /** Matches when some entity it is related to through statementsAbout matches. */
  statementsAbout?: RelatedWhere | null | undefined;
  /** Matches on status. */
  status?: PolicyStatusFilter | null | undefined;
  /** Matches on summary. */
  summary?: StringFilter | null | undefined;
  /** Matches when some entity it is related to through targets matches. */
  targets?: RelatedWhere | null | undefined;
};

/**
 * A condition on a related entity (and on the relationship itself): matches when at least one
 * related entity satisfies every field given. For example, companies in the automotive sector:
 * `companies(where: { sectors: { id: { eq: "sector:automotive" } } })`.
 */
export type RelatedWhere = {
  /** Matches on the id. */
  id?: IdFilter | null | undefined;
  /** Matches on kind. */
  kind?: Array<EntityKind> | null | undefined;
  /** Matches on name. */
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
  /** A policy or event affects an entity. */
  | 'AFFECTS'
  /** An event was caused by a policy or another event. */
  | 'CAUSED_BY'
  /** A policy or event eases another. */
  | 'EASES'
  /** A trade observation's exporter. */
  | 'EXPORTER'
  /** A country or the world has production capacity for a commodity (USGS). */
  | 'HAS_CAPACITY'
  /** A country or the world holds reserves of a mineral (USGS). */
  | 'HAS_RESERVES'
  /** A country's salient statistic for a commodity in a year (USGS). */
  | 'HAS_STATISTIC'
  /** A company or organization is headquartered in a country. */
  | 'HEADQUARTERED_IN'
  /** An official holds an office in a country or organization. */
  | 'HOLDS_OFFICE'
  /** A trade observation's importer. */
  | 'IMPORTER'
  /** A country's net import reliance on a commodity in a year (USGS). */
  | 'IMPORTS'
  /** A country names another as a major import source of a commodity, by rank (USGS). */
  | 'IMPORTS_FROM'
  /** A commodity is an input to another. */
  | 'INPUT_TO'
  /** A company or commodity belongs to a sector. */
  | 'IN_SECTOR'
  /** A country, organization or official issued a policy. */
  | 'ISSUED'
  /** Two entities are linked (nature says how). */
  | 'LINKED_TO'
  /** A company makes a product or component. */
  | 'MAKES'
  /** A trade observation's commodity. */
  | 'OF'
  /** An entity is part of another (a subsidiary, a member). */
  | 'PART_OF'
  /** A country or company produces a commodity. */
  | 'PRODUCES'
  /** An entity and a source that establishes it (read-only: written with the entity's sources). */
  | 'REPORTED_IN'
  /** A policy or event responds to another. */
  | 'RESPONDS_TO'
  /** An official or organization made a statement about an entity. */
  | 'STATED'
  /** A country or company supplies a company. */
  | 'SUPPLIES'
  /** A policy targets an entity. */
  | 'TARGETS'
  /** A company or sector uses a commodity as an input. */
  | 'USES';

/** Filters for sectors: every field given must match (AND); relationship fields match when some related entity does. */
export type SectorWhere = {
  /** Every one of these filters must match. */
  AND?: Array<SectorWhere> | null | undefined;
  /** This filter must not match. */
  NOT?: SectorWhere | null | undefined;
  /** At least one of these filters must match. */
  OR?: Array<SectorWhere> | null | undefined;
  /** Matches when some entity it is related to through affectedBy matches. */
  affectedBy?: RelatedWhere | null | undefined;
  /** Matches on description. */
  description?: StringFilter | null | undefined;
  /** Matches on the id. */
  id?: IdFilter | null | undefined;
  /** Matches when some entity it is related to through linkedTo matches. */
  linkedTo?: RelatedWhere | null | undefined;
  /** Matches when some entity it is related to through members matches. */
  members?: RelatedWhere | null | undefined;
  /** Matches on name. */
  name?: StringFilter | null | undefined;
  /** Matches when some entity it is related to through statementsAbout matches. */
  statementsAbout?: RelatedWhere | null | undefined;
  /** Matches when some entity it is related to through targetedBy matches. */
  targetedBy?: RelatedWhere | null | undefined;
  /** Matches when some entity it is related to through uses matches. */
  uses?: RelatedWhere | null | undefined;
};

/** What kind of source a source is. */
export type SourceType =
  /** An analysis or commentary. */
  | 'ANALYSIS'
  /** A dataset. */
  | 'DATASET'
  /** An interview. */
  | 'INTERVIEW'
  /** A news report. */
  | 'NEWS'
  /** Official data (customs, statistics). */
  | 'OFFICIAL_DATA'
  /** An official statement. */
  | 'OFFICIAL_STATEMENT'
  /** A press release. */
  | 'PRESS_RELEASE'
  /** A report. */
  | 'REPORT';

/** What a salient statistic measures. */
export type StatisticMeasure =
  /** Consumption (apparent or reported, as the definition says). */
  | 'CONSUMPTION'
  /** Exports. */
  | 'EXPORTS'
  /** Imports for consumption. */
  | 'IMPORTS'
  /** Domestic production (mine, refinery, plant, primary or secondary, as the definition says). */
  | 'PRODUCTION';

/** String matches. `contains` ignores case; the others are exact. */
export type StringFilter = {
  /** Contains this text, ignoring case. */
  contains?: string | null | undefined;
  /** Equal to this. */
  eq?: string | null | undefined;
  /** Equal to one of these. */
  in?: Array<string> | null | undefined;
  /** Starts with this text. */
  startsWith?: string | null | undefined;
};

/** How supplyRisk orders the commodities. */
export type SupplyRiskOrder =
  /** By how concentrated world supply is (HHI), highest first. */
  | 'CONCENTRATION'
  /** By net import reliance, highest first. */
  | 'RELIANCE'
  /** By score (reliance × concentration), highest first (the default). */
  | 'SCORE';

/** What kind of dated happening a timeline item is. */
export type TimelineItemType =
  /** An event happened. */
  | 'EVENT'
  /** A policy was issued. */
  | 'ISSUED'
  /** An official left office. */
  | 'OFFICE_LEFT'
  /** An official took office. */
  | 'OFFICE_TAKEN'
  /** A policy was announced. */
  | 'POLICY_ANNOUNCED'
  /** A policy took effect. */
  | 'POLICY_EFFECTIVE'
  /** A policy ended. */
  | 'POLICY_ENDED'
  /** Someone made a statement. */
  | 'STATEMENT'
  /** A trade observation's period. */
  | 'TRADE';

export type EntityDetailsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type EntityDetailsQuery = { entity:
    | { __typename: 'Commodity', stage: CommodityStage | null, hsCode: string | null, unit: string | null, aliases: Array<string>, description: string | null, id: string, kind: EntityKind, name: string, linkedTo: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'LinkedToRelationship', nature: string | null, id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, affectedBy: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'AffectsRelationship', effect: string | null, id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, statementsAbout: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'StatedRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, producers: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'ProducesRelationship', share: number | null, stage: string | null, year: number | null, estimate: boolean | null, id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, makers: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'MakesRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, users: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'UsesRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, inputs: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'InputToRelationship', share: number | null, id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, inputTo: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'InputToRelationship', share: number | null, id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, sectors: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'InSectorRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, targetedBy: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'TargetsRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, trade: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'TradeRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
    | { __typename: 'Company', tickers: Array<string>, website: string | null, aliases: Array<string>, description: string | null, id: string, kind: EntityKind, name: string, linkedTo: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'LinkedToRelationship', nature: string | null, id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, affectedBy: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'AffectsRelationship', effect: string | null, id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, statementsAbout: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'StatedRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, headquarteredIn: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'HeadquarteredInRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, sectors: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'InSectorRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, produces: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'ProducesRelationship', share: number | null, stage: string | null, year: number | null, estimate: boolean | null, id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, makes: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'MakesRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, uses: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'UsesRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, supplies: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'SuppliesRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, suppliers: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'SuppliesRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, partOf: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'PartOfRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, parts: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'PartOfRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, targetedBy: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'TargetsRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
    | { __typename: 'Country', iso2: string, iso3: string, region: string | null, aliases: Array<string>, description: string | null, id: string, kind: EntityKind, name: string, linkedTo: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'LinkedToRelationship', nature: string | null, id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, affectedBy: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'AffectsRelationship', effect: string | null, id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, statementsAbout: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'StatedRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, produces: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'ProducesRelationship', share: number | null, stage: string | null, year: number | null, estimate: boolean | null, id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, supplies: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'SuppliesRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, issued: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'IssuedRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, headquarteredHere: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'HeadquarteredInRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, officials: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'HoldsOfficeRelationship', title: string | null, since: string | null, until: string | null, id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, targetedBy: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'TargetsRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, exports: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'TradeRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, imports: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'TradeRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, partOf: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'PartOfRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, parts: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'PartOfRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
    | { __typename: 'Event', date: string, endDate: string | null, summary: string, aliases: Array<string>, description: string | null, id: string, kind: EntityKind, name: string, linkedTo: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'LinkedToRelationship', nature: string | null, id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, affectedBy: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'AffectsRelationship', effect: string | null, id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, statementsAbout: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'StatedRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, causedBy: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'CausedByRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, consequences: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'CausedByRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, affects: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'AffectsRelationship', effect: string | null, id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, respondsTo: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'RespondsToRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, responses: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'RespondsToRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, eases: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'EasesRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
    | { __typename: 'Official', aliases: Array<string>, description: string | null, id: string, kind: EntityKind, name: string, linkedTo: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'LinkedToRelationship', nature: string | null, id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, affectedBy: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'AffectsRelationship', effect: string | null, id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, statementsAbout: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'StatedRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, offices: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'HoldsOfficeRelationship', title: string | null, since: string | null, until: string | null, id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, statements: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'StatedRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, issued: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'IssuedRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
    | { __typename: 'Organization', orgType: OrganizationType, aliases: Array<string>, description: string | null, id: string, kind: EntityKind, name: string, linkedTo: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'LinkedToRelationship', nature: string | null, id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, affectedBy: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'AffectsRelationship', effect: string | null, id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, statementsAbout: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'StatedRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, headquarteredIn: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'HeadquarteredInRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, partOf: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'PartOfRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, parts: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'PartOfRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, officials: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'HoldsOfficeRelationship', title: string | null, since: string | null, until: string | null, id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, statements: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'StatedRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, issued: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'IssuedRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
    | { __typename: 'Policy', policyType: PolicyType, status: PolicyStatus, announced: string | null, effective: string | null, ended: string | null, summary: string, aliases: Array<string>, description: string | null, id: string, kind: EntityKind, name: string, linkedTo: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'LinkedToRelationship', nature: string | null, id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, affectedBy: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'AffectsRelationship', effect: string | null, id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, statementsAbout: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'StatedRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, issuedBy: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'IssuedRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, targets: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'TargetsRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, affects: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'AffectsRelationship', effect: string | null, id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, respondsTo: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'RespondsToRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, responses: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'RespondsToRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, eases: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'EasesRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, easedBy: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'EasesRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, consequences: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'CausedByRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
    | { __typename: 'Region', aliases: Array<string>, description: string | null, id: string, kind: EntityKind, name: string, linkedTo: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'LinkedToRelationship', nature: string | null, id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, affectedBy: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'AffectsRelationship', effect: string | null, id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, statementsAbout: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'StatedRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, parts: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'PartOfRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, exports: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'TradeRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, imports: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'TradeRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
    | { __typename: 'Sector', aliases: Array<string>, description: string | null, id: string, kind: EntityKind, name: string, linkedTo: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'LinkedToRelationship', nature: string | null, id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, affectedBy: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'AffectsRelationship', effect: string | null, id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, statementsAbout: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'StatedRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, members: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'InSectorRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, uses: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'UsesRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, targetedBy: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'TargetsRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
    | { __typename: 'Source', title: string, publisher: string, originalPublisher: string | null, url: string, published: string | null, sourceType: SourceType, note: string | null, aliases: Array<string>, description: string | null, id: string, kind: EntityKind, name: string, cites: { totalCount: number, edges: Array<{ direction: Direction, node:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , relationship: { __typename: 'CitationRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> } }> }, sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
    | { __typename: 'TradeObservation', period: string, periodStart: string, periodEnd: string, quantity: number, estimate: boolean, note: string | null, aliases: Array<string>, description: string | null, id: string, kind: EntityKind, name: string, quantityUnit: string, changes: Array<{ basis: ChangeBasis, percent: number, comparedTo: string | null }>, exporter:
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
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
      , commodity: { id: string, kind: EntityKind, name: string }, sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
   | null };

export type EntityNameQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityNameQuery = { entity:
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
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

type RelationshipRef_AffectsRelationship_Fragment = { __typename: 'AffectsRelationship', effect: string | null, id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , to:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> };

type RelationshipRef_CausedByRelationship_Fragment = { __typename: 'CausedByRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , to:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> };

type RelationshipRef_CitationRelationship_Fragment = { __typename: 'CitationRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , to:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> };

type RelationshipRef_EasesRelationship_Fragment = { __typename: 'EasesRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , to:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> };

type RelationshipRef_HasCapacityRelationship_Fragment = { __typename: 'HasCapacityRelationship', share: number | null, stage: string | null, year: number | null, estimate: boolean | null, id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , to:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> };

type RelationshipRef_HasReservesRelationship_Fragment = { __typename: 'HasReservesRelationship', share: number | null, year: number | null, id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , to:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> };

type RelationshipRef_HasStatisticRelationship_Fragment = { __typename: 'HasStatisticRelationship', year: number | null, measure: StatisticMeasure | null, id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , to:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> };

type RelationshipRef_HeadquarteredInRelationship_Fragment = { __typename: 'HeadquarteredInRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , to:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> };

type RelationshipRef_HoldsOfficeRelationship_Fragment = { __typename: 'HoldsOfficeRelationship', title: string | null, since: string | null, until: string | null, id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , to:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> };

type RelationshipRef_ImportsFromRelationship_Fragment = { __typename: 'ImportsFromRelationship', rank: number | null, period: string | null, id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , to:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> };

type RelationshipRef_ImportsRelationship_Fragment = { __typename: 'ImportsRelationship', year: number | null, reliance: number | null, estimate: boolean | null, id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , to:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> };

type RelationshipRef_InSectorRelationship_Fragment = { __typename: 'InSectorRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , to:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> };

type RelationshipRef_InputToRelationship_Fragment = { __typename: 'InputToRelationship', share: number | null, id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , to:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> };

type RelationshipRef_IssuedRelationship_Fragment = { __typename: 'IssuedRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , to:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> };

type RelationshipRef_LinkedToRelationship_Fragment = { __typename: 'LinkedToRelationship', nature: string | null, id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , to:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> };

type RelationshipRef_MakesRelationship_Fragment = { __typename: 'MakesRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , to:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> };

type RelationshipRef_PartOfRelationship_Fragment = { __typename: 'PartOfRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , to:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> };

type RelationshipRef_ProducesRelationship_Fragment = { __typename: 'ProducesRelationship', share: number | null, stage: string | null, year: number | null, estimate: boolean | null, id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , to:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> };

type RelationshipRef_RespondsToRelationship_Fragment = { __typename: 'RespondsToRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , to:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> };

type RelationshipRef_StatedRelationship_Fragment = { __typename: 'StatedRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , to:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> };

type RelationshipRef_SuppliesRelationship_Fragment = { __typename: 'SuppliesRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , to:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> };

type RelationshipRef_TargetsRelationship_Fragment = { __typename: 'TargetsRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , to:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> };

type RelationshipRef_TradeRelationship_Fragment = { __typename: 'TradeRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , to:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> };

type RelationshipRef_UsesRelationship_Fragment = { __typename: 'UsesRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , to:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> };

export type RelationshipRefFragment =
  | RelationshipRef_AffectsRelationship_Fragment
  | RelationshipRef_CausedByRelationship_Fragment
  | RelationshipRef_CitationRelationship_Fragment
  | RelationshipRef_EasesRelationship_Fragment
  | RelationshipRef_HasCapacityRelationship_Fragment
  | RelationshipRef_HasReservesRelationship_Fragment
  | RelationshipRef_HasStatisticRelationship_Fragment
  | RelationshipRef_HeadquarteredInRelationship_Fragment
  | RelationshipRef_HoldsOfficeRelationship_Fragment
  | RelationshipRef_ImportsFromRelationship_Fragment
  | RelationshipRef_ImportsRelationship_Fragment
  | RelationshipRef_InSectorRelationship_Fragment
  | RelationshipRef_InputToRelationship_Fragment
  | RelationshipRef_IssuedRelationship_Fragment
  | RelationshipRef_LinkedToRelationship_Fragment
  | RelationshipRef_MakesRelationship_Fragment
  | RelationshipRef_PartOfRelationship_Fragment
  | RelationshipRef_ProducesRelationship_Fragment
  | RelationshipRef_RespondsToRelationship_Fragment
  | RelationshipRef_StatedRelationship_Fragment
  | RelationshipRef_SuppliesRelationship_Fragment
  | RelationshipRef_TargetsRelationship_Fragment
  | RelationshipRef_TradeRelationship_Fragment
  | RelationshipRef_UsesRelationship_Fragment
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
        | { __typename: 'AffectsRelationship', effect: string | null, id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , to:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
        | { __typename: 'CausedByRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , to:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
        | { __typename: 'CitationRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , to:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
        | { __typename: 'EasesRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , to:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
        | { __typename: 'HasCapacityRelationship', share: number | null, stage: string | null, year: number | null, estimate: boolean | null, id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , to:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
        | { __typename: 'HasReservesRelationship', share: number | null, year: number | null, id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , to:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
        | { __typename: 'HasStatisticRelationship', year: number | null, measure: StatisticMeasure | null, id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , to:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
        | { __typename: 'HeadquarteredInRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , to:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
        | { __typename: 'HoldsOfficeRelationship', title: string | null, since: string | null, until: string | null, id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , to:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
        | { __typename: 'ImportsFromRelationship', rank: number | null, period: string | null, id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , to:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
        | { __typename: 'ImportsRelationship', year: number | null, reliance: number | null, estimate: boolean | null, id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , to:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
        | { __typename: 'InSectorRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , to:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
        | { __typename: 'InputToRelationship', share: number | null, id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , to:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
        | { __typename: 'IssuedRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , to:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
        | { __typename: 'LinkedToRelationship', nature: string | null, id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , to:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
        | { __typename: 'MakesRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , to:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
        | { __typename: 'PartOfRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , to:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
        | { __typename: 'ProducesRelationship', share: number | null, stage: string | null, year: number | null, estimate: boolean | null, id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , to:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
        | { __typename: 'RespondsToRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , to:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
        | { __typename: 'StatedRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , to:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
        | { __typename: 'SuppliesRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , to:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
        | { __typename: 'TargetsRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , to:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
        | { __typename: 'TradeRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , to:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }
        | { __typename: 'UsesRelationship', id: string, type: RelationshipType, validFrom: string | null, validTo: string | null, confidence: number | null, from:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , to:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
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


export type ConcentrationQuery = { concentration: { stage: string | null, year: number | null, hhi: number | null, topN: number, topNShare: number | null, coverage: number | null, threshold: number, commodity: { id: string, kind: EntityKind, name: string }, shares: Array<{ share: number, stage: string | null, year: number | null, estimate: boolean, note: string | null, producer:
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
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

export type DisruptionQueryVariables = Exact<{
  scenario: DisruptionScenario;
  maxTier?: number | null | undefined;
  first?: number | null | undefined;
}>;


export type DisruptionQuery = { disruption: { cut: number, year: number, downstreamCount: number, reason: string | null, stopped: Array<
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
    >, commodities: Array<{ stage: string | null, year: number | null, usgsType: string | null, lostShare: number | null, lostQuantity: number | null, worldTotalUnit: string | null, missingShares: boolean, alternatives: number, hhiBefore: number | null, hhiAfter: number | null, commodity: { id: string, kind: EntityKind, name: string }, shares: Array<{ after: number, stopped: boolean, before: { share: number, producer:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
           } }>, sources: Array<{ id: string, title: string, publisher: string, url: string, published: string | null }> }>, importers: Array<{ topSourceStopped: boolean, sourcesLeft: number, producersLeft: number, country: { id: string, kind: EntityKind, name: string }, commodity: { id: string, kind: EntityKind, name: string }, importSources: Array<{ rank: number | null, to:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
         }>, reliance: { year: number | null, reliance: number | null, published: string | null } | null }>, downstream: Array<{ tier: number, inputLost: number, missingShares: number, alternatives: number, entity:
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
      , commodity: { id: string, kind: EntityKind, name: string }, stillSuppliedBy: Array<
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
      >, path: { nodes: Array<
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        > } }> } | null };

export type SupplyRiskQueryVariables = Exact<{
  of: string | number;
  year?: number | null | undefined;
  orderBy?: SupplyRiskOrder | null | undefined;
  first?: number | null | undefined;
}>;


export type SupplyRiskQuery = { supplyRisk: { year: number, years: Array<number>, method: string, reason: string | null, country: { id: string, kind: EntityKind, name: string }, items: Array<{ rank: number, score: number | null, commodity: { id: string, kind: EntityKind, name: string }, reliance: { year: number | null, reliance: number | null, relianceBound: FigureBound | null, relianceStatus: FigureStatus | null, published: string | null, form: string | null, citation: string | null }, concentration: { stage: string | null, year: number, hhi: number, topShare: number, producers: number, topProducer:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
         } | null, importSources: Array<{ rank: number | null, to:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
         }> }> } | null };

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

export const SourceRefFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]} as unknown as DocumentNode<SourceRefFragment, unknown>;
export const RelationshipRefFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelationshipRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceRef"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProducesRelationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"estimate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HasCapacityRelationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"estimate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HasReservesRelationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputToRelationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HoldsOfficeRelationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AffectsRelationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effect"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LinkedToRelationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nature"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportsRelationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"reliance"}},{"kind":"Field","name":{"kind":"Name","value":"estimate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportsFromRelationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"period"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HasStatisticRelationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]} as unknown as DocumentNode<RelationshipRefFragment, unknown>;
export const EntityRefFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<EntityRefFragment, unknown>;
export const ReachedFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Reached"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReachedEntity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"missingShares"}},{"kind":"Field","name":{"kind":"Name","value":"path"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<ReachedFragment, unknown>;
export const EntityDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceRef"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commodity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"hsCode"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickers"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso2"}},{"kind":"Field","name":{"kind":"Name","value":"iso3"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgType"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"announced"}},{"kind":"Field","name":{"kind":"Name","value":"effective"}},{"kind":"Field","name":{"kind":"Name","value":"ended"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"originalPublisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TradeObservation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","alias":{"kind":"Name","value":"quantityUnit"},"name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"comparedTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"importer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commodity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commodity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkedTo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"affectedBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statementsAbout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"producers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"makers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"inputs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"inputTo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetedBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trade"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkedTo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"affectedBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statementsAbout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"headquarteredIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"produces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"makes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"uses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"supplies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"suppliers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partOf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetedBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Sector"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkedTo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"affectedBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statementsAbout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"uses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetedBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkedTo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"affectedBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statementsAbout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"produces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"supplies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"issued"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"headquarteredHere"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"officials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetedBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"exports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"imports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partOf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkedTo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"affectedBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statementsAbout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"exports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"imports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Official"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkedTo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"affectedBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statementsAbout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"offices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"issued"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkedTo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"affectedBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statementsAbout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"headquarteredIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partOf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"officials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"issued"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkedTo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"affectedBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statementsAbout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"affects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"respondsTo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"responses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"eases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"easedBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"consequences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkedTo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"affectedBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statementsAbout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"causedBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"consequences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"affects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"respondsTo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"responses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"eases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cites"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelationshipRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceRef"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProducesRelationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"estimate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HasCapacityRelationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"estimate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HasReservesRelationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputToRelationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HoldsOfficeRelationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AffectsRelationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effect"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LinkedToRelationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nature"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportsRelationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"reliance"}},{"kind":"Field","name":{"kind":"Name","value":"estimate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportsFromRelationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"period"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HasStatisticRelationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}}]}}]}}]} as unknown as DocumentNode<EntityDetailsQuery, EntityDetailsQueryVariables>;
export const EntityNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<EntityNameQuery, EntityNameQueryVariables>;
export const PathsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Paths"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PathTarget"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"k"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"1"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"4"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"via"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationshipType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PathDirection"}},"defaultValue":{"kind":"EnumValue","value":"ANY"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"k"},"value":{"kind":"Variable","name":{"kind":"Name","value":"k"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}}},{"kind":"Argument","name":{"kind":"Name","value":"via"},"value":{"kind":"Variable","name":{"kind":"Name","value":"via"}}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipRef"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceRef"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelationshipRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceRef"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProducesRelationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"estimate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HasCapacityRelationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"estimate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HasReservesRelationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputToRelationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HoldsOfficeRelationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AffectsRelationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effect"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LinkedToRelationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nature"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportsRelationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"reliance"}},{"kind":"Field","name":{"kind":"Name","value":"estimate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportsFromRelationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"period"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HasStatisticRelationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}}]}}]}}]} as unknown as DocumentNode<PathsQuery, PathsQueryVariables>;
export const DependenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dependencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"of"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxTier"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"3"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dependencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"of"},"value":{"kind":"Variable","name":{"kind":"Name","value":"of"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxTier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxTier"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"of"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Reached"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Reached"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReachedEntity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"missingShares"}},{"kind":"Field","name":{"kind":"Name","value":"path"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}}]}}]}}]} as unknown as DocumentNode<DependenciesQuery, DependenciesQueryVariables>;
export const ExposureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Exposure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"4"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exposure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Reached"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCountry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Reached"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReachedEntity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"missingShares"}},{"kind":"Field","name":{"kind":"Name","value":"path"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}}]}}]}}]} as unknown as DocumentNode<ExposureQuery, ExposureQueryVariables>;
export const ConcentrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Concentration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commodity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"topN"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"3"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"threshold"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}},"defaultValue":{"kind":"FloatValue","value":"0.5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"concentration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"commodity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commodity"}}},{"kind":"Argument","name":{"kind":"Name","value":"stage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stage"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"topN"},"value":{"kind":"Variable","name":{"kind":"Name","value":"topN"}}},{"kind":"Argument","name":{"kind":"Name","value":"threshold"},"value":{"kind":"Variable","name":{"kind":"Name","value":"threshold"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commodity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"hhi"}},{"kind":"Field","name":{"kind":"Name","value":"topN"}},{"kind":"Field","name":{"kind":"Name","value":"topNShare"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"producer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceRef"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"chokepoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"producer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"available"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"producers"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]} as unknown as DocumentNode<ConcentrationQuery, ConcentrationQueryVariables>;
export const TradeSeriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TradeSeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"exporter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"importer"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commodity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tradeSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"exporter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"exporter"}}},{"kind":"Argument","name":{"kind":"Name","value":"importer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"importer"}}},{"kind":"Argument","name":{"kind":"Name","value":"commodity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commodity"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"importer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commodity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"derived"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"shareOfTotal"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"comparedTo"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"computed"}},{"kind":"Field","name":{"kind":"Name","value":"disagrees"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceRef"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]} as unknown as DocumentNode<TradeSeriesQuery, TradeSeriesQueryVariables>;
export const TimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Timeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entity"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceRef"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]} as unknown as DocumentNode<TimelineQuery, TimelineQueryVariables>;
export const DisruptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Disruption"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scenario"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DisruptionScenario"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxTier"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"3"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disruption"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scenario"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scenario"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxTier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxTier"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stopped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cut"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"commodities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commodity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"usgsType"}},{"kind":"Field","name":{"kind":"Name","value":"lostShare"}},{"kind":"Field","name":{"kind":"Name","value":"lostQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"worldTotalUnit"}},{"kind":"Field","name":{"kind":"Name","value":"missingShares"}},{"kind":"Field","name":{"kind":"Name","value":"alternatives"}},{"kind":"Field","name":{"kind":"Name","value":"hhiBefore"}},{"kind":"Field","name":{"kind":"Name","value":"hhiAfter"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"producer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"stopped"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceRef"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"importers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commodity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"importSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"topSourceStopped"}},{"kind":"Field","name":{"kind":"Name","value":"sourcesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"producersLeft"}},{"kind":"Field","name":{"kind":"Name","value":"reliance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"reliance"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"downstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"commodity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inputLost"}},{"kind":"Field","name":{"kind":"Name","value":"missingShares"}},{"kind":"Field","name":{"kind":"Name","value":"alternatives"}},{"kind":"Field","name":{"kind":"Name","value":"stillSuppliedBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"path"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"downstreamCount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]} as unknown as DocumentNode<DisruptionQuery, DisruptionQueryVariables>;
export const SupplyRiskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupplyRisk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"of"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SupplyRiskOrder"}},"defaultValue":{"kind":"EnumValue","value":"SCORE"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplyRisk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"of"},"value":{"kind":"Variable","name":{"kind":"Name","value":"of"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"commodity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reliance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"reliance"}},{"kind":"Field","name":{"kind":"Name","value":"relianceBound"}},{"kind":"Field","name":{"kind":"Name","value":"relianceStatus"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"concentration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"hhi"}},{"kind":"Field","name":{"kind":"Name","value":"topProducer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topShare"}},{"kind":"Field","name":{"kind":"Name","value":"producers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"importSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<SupplyRiskQuery, SupplyRiskQueryVariables>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;