/**
 * Which GraphQL field walks which relationship, in which direction. The resolvers for every
 * relationship field are built from this table (modules/relationship), and a unit test checks that
 * schema/*.graphql declares exactly these fields with the matching relationship type.
 */
import type { DerivedRelationshipType, RelationshipType } from './relationships.js';

export type Direction = 'OUT' | 'IN' | 'BOTH';
export interface RelationshipField {
  type: RelationshipType | DerivedRelationshipType;
  direction: Direction;
}

const out = (type: RelationshipField['type']): RelationshipField => ({ type, direction: 'OUT' });
const into = (type: RelationshipField['type']): RelationshipField => ({ type, direction: 'IN' });
const both = (type: RelationshipField['type']): RelationshipField => ({ type, direction: 'BOTH' });

/** Fields every kind but Source and TradeObservation has. */
const COMMON = {
  linkedTo: both('LINKED_TO'),
  affectedBy: into('AFFECTS'),
  statementsAbout: into('STATED'),
};

export const RELATIONSHIP_FIELDS = {
  Country: {
    ...COMMON,
    produces: out('PRODUCES'),
    reserves: out('HAS_RESERVES'),
    capacity: out('HAS_CAPACITY'),
    importReliance: out('IMPORTS'),
    importSources: out('IMPORTS_FROM'),
    importingCountries: into('IMPORTS_FROM'),
    statistics: out('HAS_STATISTIC'),
    supplies: out('SUPPLIES'),
    issued: out('ISSUED'),
    headquarteredHere: into('HEADQUARTERED_IN'),
    officials: into('HOLDS_OFFICE'),
    targetedBy: into('TARGETS'),
    exports: into('EXPORTER'),
    imports: into('IMPORTER'),
    partOf: out('PART_OF'),
    parts: into('PART_OF'),
  },
  Region: {
    ...COMMON,
    produces: out('PRODUCES'),
    reserves: out('HAS_RESERVES'),
    capacity: out('HAS_CAPACITY'),
    partOf: out('PART_OF'),
    parts: into('PART_OF'),
    exports: into('EXPORTER'),
    imports: into('IMPORTER'),
  },
  Commodity: {
    ...COMMON,
    producers: into('PRODUCES'),
    reserveHolders: into('HAS_RESERVES'),
    capacityHolders: into('HAS_CAPACITY'),
    importers: into('IMPORTS'),
    statistics: into('HAS_STATISTIC'),
    makers: into('MAKES'),
    users: into('USES'),
    inputs: into('INPUT_TO'),
    inputTo: out('INPUT_TO'),
    sectors: out('IN_SECTOR'),
    targetedBy: into('TARGETS'),
    trade: into('OF'),
    partOf: out('PART_OF'),
    parts: into('PART_OF'),
  },
  Company: {
    ...COMMON,
    headquarteredIn: out('HEADQUARTERED_IN'),
    sectors: out('IN_SECTOR'),
    produces: out('PRODUCES'),
    makes: out('MAKES'),
    uses: out('USES'),
    supplies: out('SUPPLIES'),
    suppliers: into('SUPPLIES'),
    partOf: out('PART_OF'),
    parts: into('PART_OF'),
    targetedBy: into('TARGETS'),
  },
  Official: {
    ...COMMON,
    offices: out('HOLDS_OFFICE'),
    statements: out('STATED'),
    issued: out('ISSUED'),
  },
  Organization: {
    ...COMMON,
    headquarteredIn: out('HEADQUARTERED_IN'),
    partOf: out('PART_OF'),
    parts: into('PART_OF'),
    officials: into('HOLDS_OFFICE'),
    statements: out('STATED'),
    issued: out('ISSUED'),
  },
  Policy: {
    ...COMMON,
    issuedBy: into('ISSUED'),
    targets: out('TARGETS'),
    affects: out('AFFECTS'),
    respondsTo: out('RESPONDS_TO'),
    responses: into('RESPONDS_TO'),
    eases: out('EASES'),
    easedBy: into('EASES'),
    consequences: into('CAUSED_BY'),
  },
  Sector: {
    ...COMMON,
    members: into('IN_SECTOR'),
    uses: out('USES'),
    targetedBy: into('TARGETS'),
  },
  Event: {
    ...COMMON,
    causedBy: out('CAUSED_BY'),
    consequences: into('CAUSED_BY'),
    affects: out('AFFECTS'),
    respondsTo: out('RESPONDS_TO'),
    responses: into('RESPONDS_TO'),
    eases: out('EASES'),
  },
  Source: {
    cites: into('REPORTED_IN'),
  },
  TradeObservation: {},
} as const satisfies Record<string, Record<string, RelationshipField>>;

/** The GraphQL type of each relationship's edges. */
export const RELATIONSHIP_GRAPHQL_TYPE = {
  PRODUCES: 'ProducesRelationship',
  HAS_RESERVES: 'HasReservesRelationship',
  HAS_CAPACITY: 'HasCapacityRelationship',
  IMPORTS: 'ImportsRelationship',
  IMPORTS_FROM: 'ImportsFromRelationship',
  HAS_STATISTIC: 'HasStatisticRelationship',
  MAKES: 'MakesRelationship',
  USES: 'UsesRelationship',
  INPUT_TO: 'InputToRelationship',
  SUPPLIES: 'SuppliesRelationship',
  HEADQUARTERED_IN: 'HeadquarteredInRelationship',
  PART_OF: 'PartOfRelationship',
  IN_SECTOR: 'InSectorRelationship',
  ISSUED: 'IssuedRelationship',
  TARGETS: 'TargetsRelationship',
  AFFECTS: 'AffectsRelationship',
  RESPONDS_TO: 'RespondsToRelationship',
  LINKED_TO: 'LinkedToRelationship',
  EASES: 'EasesRelationship',
  HOLDS_OFFICE: 'HoldsOfficeRelationship',
  STATED: 'StatedRelationship',
  CAUSED_BY: 'CausedByRelationship',
  REPORTED_IN: 'CitationRelationship',
  EXPORTER: 'TradeRelationship',
  IMPORTER: 'TradeRelationship',
  OF: 'TradeRelationship',
} as const satisfies Record<RelationshipField['type'], string>;
