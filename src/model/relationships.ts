import type { EntityKind } from './kinds.js';

/**
 * The relationship types of the graph, the kinds each may connect, and the properties each may carry.
 * Like the labels, relationship types only ever come from this table.
 *
 * Every relationship also carries provenance: `sources` (ids of Source nodes, at least one) and,
 * where known, `validFrom`, `validTo` and `confidence` (0..1).
 */
export type PropertyType = 'string' | 'number' | 'date' | 'boolean';

export interface RelationshipSpec {
  /** What the relationship says, read from → to. */
  readonly description: string;
  readonly from: readonly EntityKind[];
  readonly to: readonly EntityKind[];
  /** Properties beyond the provenance ones, with their types. */
  readonly properties: Readonly<Record<string, PropertyType>>;
}

const ANY: readonly EntityKind[] = [
  'Country', 'Region', 'Commodity', 'Company', 'Official', 'Organization', 'Policy', 'Sector', 'Event',
];

export const RELATIONSHIP_TYPES = {
  PRODUCES: {
    description: 'a country or company produces a commodity (a region: the world total); share is of world output at the given stage and year',
    from: ['Country', 'Company', 'Region'],
    to: ['Commodity'],
    // usgsType: what USGS measured ("Mine production, lithium content"); shares compare only within one.
    properties: { share: 'number', stage: 'string', year: 'number', quantity: 'number', unit: 'string', estimate: 'boolean', note: 'string', usgsType: 'string' },
  },
  HAS_RESERVES: {
    description: 'a country has reserves of a mineral (a region: the world total); share is of world reserves',
    from: ['Country', 'Region'],
    to: ['Commodity'],
    properties: { quantity: 'number', unit: 'string', year: 'number', share: 'number', atLeast: 'boolean', usgsType: 'string', note: 'string' },
  },
  HAS_CAPACITY: {
    description: 'a country has production capacity for a commodity at a stage (a region: the world total)',
    from: ['Country', 'Region'],
    to: ['Commodity'],
    properties: { quantity: 'number', unit: 'string', year: 'number', stage: 'string', estimate: 'boolean', share: 'number', usgsType: 'string', note: 'string' },
  },
  IMPORTS: {
    description: "a country's net import reliance on a commodity in a year (USGS): the share of its apparent consumption met by net imports",
    from: ['Country'],
    to: ['Commodity'],
    // reliance: percent as published (95 for ">95"), relianceBound says which side it bounds, relianceStatus
    // whether there is a figure at all (E net exporter, W withheld, NA). form: the form USGS measures
    // ("compounds and metals"), usgsCommodity: its label; citation: the file, line and column read.
    properties: {
      year: 'number', reliance: 'number', relianceBound: 'string', relianceStatus: 'string', published: 'string',
      form: 'string', usgsCommodity: 'string', estimate: 'boolean', citation: 'string', note: 'string',
    },
  },
  IMPORTS_FROM: {
    description: 'a country names another as a major source of its imports of a commodity (USGS), by rank of import share (1 = largest)',
    from: ['Country'],
    to: ['Country'],
    // commodity: the imported commodity's id; period: the years the ranking covers ("2020-2023").
    properties: { commodity: 'string', form: 'string', usgsCommodity: 'string', rank: 'number', period: 'string', citation: 'string', note: 'string' },
  },
  HAS_STATISTIC: {
    description: "a country's salient statistic for a commodity in a year (USGS): its production, imports, exports or consumption",
    from: ['Country'],
    to: ['Commodity'],
    // measure: PRODUCTION | IMPORTS | EXPORTS | CONSUMPTION; column and definition: USGS's column and its
    // metadata text; qualifier: '>' or '<' where the figure is a bound; status: REPORTED | WITHHELD | NOT_AVAILABLE.
    properties: {
      year: 'number', measure: 'string', column: 'string', definition: 'string', quantity: 'number', unit: 'string',
      qualifier: 'string', status: 'string', estimate: 'boolean', citation: 'string', note: 'string',
    },
  },
  MAKES: {
    description: 'a company makes a product or component (it is its business, not a measured output)',
    from: ['Company'],
    to: ['Commodity'],
    properties: { note: 'string' },
  },
  USES: {
    description: 'a company or sector uses a commodity as an input',
    from: ['Company', 'Sector'],
    to: ['Commodity'],
    properties: { note: 'string' },
  },
  INPUT_TO: {
    description: 'a commodity is an input to another commodity (the value chain, upstream → downstream)',
    from: ['Commodity'],
    to: ['Commodity'],
    properties: { share: 'number', note: 'string' },
  },
  SUPPLIES: {
    description: 'a company or country supplies another company (optionally naming the commodity)',
    from: ['Company', 'Country'],
    to: ['Company'],
    properties: { commodity: 'string', note: 'string' },
  },
  HEADQUARTERED_IN: {
    description: 'a company or organization is headquartered in a country',
    from: ['Company', 'Organization'],
    to: ['Country'],
    properties: {},
  },
  PART_OF: {
    description: 'an organization is part of a government, a company part of a group, a country or region part of a region, a commodity part of an HS code or of a USGS mineral',
    from: ['Organization', 'Company', 'Country', 'Region', 'Commodity'],
    to: ['Organization', 'Company', 'Country', 'Region', 'Commodity'],
    // form: which form of a mineral an HS code covers ("unwrought metal"); curated: a link supplygraph
    // authored (a crosswalk between datasets), not one a dataset states; sameMeasure: the part is the
    // same measure as the whole (the story's rare-earth ore and USGS rare-earth mine production), so
    // their figures are two sources for one fact, shown side by side.
    properties: { note: 'string', form: 'string', curated: 'boolean', sameMeasure: 'boolean' },
  },
  IN_SECTOR: {
    description: 'a company or commodity belongs to a sector',
    from: ['Company', 'Commodity'],
    to: ['Sector'],
    properties: {},
  },
  ISSUED: {
    description: 'a country, organization or official issued a policy',
    from: ['Country', 'Organization', 'Official'],
    to: ['Policy'],
    properties: { on: 'date' },
  },
  TARGETS: {
    description: 'a policy targets a country, commodity, company or sector',
    from: ['Policy'],
    to: ['Country', 'Commodity', 'Company', 'Sector'],
    properties: { note: 'string' },
  },
  AFFECTS: {
    description: 'a policy or event affects an entity (effect says how)',
    from: ['Policy', 'Event'],
    to: ANY,
    properties: { effect: 'string' },
  },
  RESPONDS_TO: {
    description: 'a policy or event responds to another policy or event',
    from: ['Policy', 'Event'],
    to: ['Policy', 'Event'],
    properties: { note: 'string' },
  },
  LINKED_TO: {
    description: 'two entities are linked (nature says how, e.g. part of the same deal)',
    from: ANY,
    to: ANY,
    properties: { nature: 'string' },
  },
  EASES: {
    description: 'a policy or event eases a policy',
    from: ['Policy', 'Event'],
    to: ['Policy'],
    properties: { note: 'string' },
  },
  HOLDS_OFFICE: {
    description: 'an official holds an office in an organization or country',
    from: ['Official'],
    to: ['Organization', 'Country'],
    properties: { title: 'string', since: 'date', until: 'date' },
  },
  STATED: {
    description: 'an official or organization made a statement about an entity',
    from: ['Official', 'Organization'],
    to: ANY,
    properties: { on: 'date', summary: 'string', quote: 'string', venue: 'string' },
  },
  CAUSED_BY: {
    description: 'an event was caused by a policy or another event',
    from: ['Event'],
    to: ['Policy', 'Event'],
    properties: { note: 'string' },
  },
} as const satisfies Record<string, RelationshipSpec>;

export type RelationshipType = keyof typeof RELATIONSHIP_TYPES;

/**
 * Relationships the loader derives from other data rather than reading from the relationships list:
 * an entity's sources (REPORTED_IN) and a trade observation's exporter, importer and commodity.
 */
export const DERIVED_RELATIONSHIP_TYPES = ['REPORTED_IN', 'EXPORTER', 'IMPORTER', 'OF'] as const;
export type DerivedRelationshipType = (typeof DERIVED_RELATIONSHIP_TYPES)[number];

export function isRelationshipType(value: string): value is RelationshipType {
  return Object.hasOwn(RELATIONSHIP_TYPES, value);
}

/**
 * Whether a relationship of each type may start and end at the same entity. One table for every
 * write path (seed, import, mutations, and the shared writer in db/upsert.ts): none of the graph's
 * relationships describes an entity's relation to itself, so every type refuses self-loops.
 */
export const SELF_LOOPS_ALLOWED: Readonly<Record<RelationshipType, boolean>> = {
  PRODUCES: false,
  HAS_RESERVES: false,
  HAS_CAPACITY: false,
  IMPORTS: false,
  IMPORTS_FROM: false,
  HAS_STATISTIC: false,
  MAKES: false,
  USES: false,
  INPUT_TO: false,
  SUPPLIES: false,
  HEADQUARTERED_IN: false,
  PART_OF: false,
  IN_SECTOR: false,
  ISSUED: false,
  TARGETS: false,
  AFFECTS: false,
  RESPONDS_TO: false,
  LINKED_TO: false,
  EASES: false,
  HOLDS_OFFICE: false,
  STATED: false,
  CAUSED_BY: false,
};

/** The problem with a relationship from an entity to itself, when its type refuses that; undefined otherwise. */
export function selfLoopProblem(type: RelationshipType, from: string, to: string): string | undefined {
  return from === to && !SELF_LOOPS_ALLOWED[type] ? `a ${type} relationship cannot point at its own start (${from})` : undefined;
}
