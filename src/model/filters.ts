/**
 * What the root connections can filter and sort on, per kind. The filter compiler
 * (modules/connection/where.ts) maps GraphQL input fields to properties only through this table,
 * so no field name from a request ever reaches Cypher. Every relationship field of a kind
 * (src/model/relationshipFields.ts) is also a filter: "has some related entity matching …".
 */
export type ScalarFilterType = 'id' | 'string' | 'date' | 'enum';

export interface ScalarFilterField {
  property: string;
  type: ScalarFilterType;
}

const COMMON: Record<string, ScalarFilterField> = {
  id: { property: 'id', type: 'id' },
  name: { property: 'name', type: 'string' },
  description: { property: 'description', type: 'string' },
};

/** The kinds with a root connection, keyed by their GraphQL type. */
export const CONNECTION_KINDS = ['Country', 'Region', 'Commodity', 'Company', 'Official', 'Organization', 'Policy', 'Sector', 'Event', 'Source'] as const;
export type ConnectionKind = (typeof CONNECTION_KINDS)[number];

export const SCALAR_FILTERS: Record<ConnectionKind, Record<string, ScalarFilterField>> = {
  Country: { ...COMMON, iso2: { property: 'iso2', type: 'string' }, iso3: { property: 'iso3', type: 'string' }, region: { property: 'region', type: 'string' }, subRegion: { property: 'subRegion', type: 'string' }, numeric: { property: 'numeric', type: 'string' } },
  Region: { ...COMMON, m49: { property: 'm49', type: 'string' }, level: { property: 'level', type: 'enum' } },
  Commodity: { ...COMMON, stage: { property: 'stage', type: 'enum' }, hsCode: { property: 'hsCode', type: 'string' }, hsSection: { property: 'hsSection', type: 'string' } },
  Company: { ...COMMON },
  Official: { ...COMMON },
  Organization: { ...COMMON, orgType: { property: 'orgType', type: 'enum' } },
  Policy: {
    ...COMMON,
    policyType: { property: 'policyType', type: 'enum' },
    status: { property: 'status', type: 'enum' },
    announced: { property: 'announced', type: 'date' },
    effective: { property: 'effective', type: 'date' },
    summary: { property: 'summary', type: 'string' },
  },
  Sector: { ...COMMON },
  Event: { ...COMMON, date: { property: 'date', type: 'date' }, summary: { property: 'summary', type: 'string' } },
  Source: {
    ...COMMON,
    title: { property: 'title', type: 'string' },
    publisher: { property: 'publisher', type: 'string' },
    sourceType: { property: 'sourceType', type: 'enum' },
    published: { property: 'published', type: 'date' },
  },
};

/** Sort keys per kind: GraphQL enum value → property. Ties are always broken by id. */
export const ORDER_FIELDS: Record<ConnectionKind, Record<string, string>> = {
  Country: { NAME: 'name', ID: 'id', ISO2: 'iso2' },
  Region: { NAME: 'name', ID: 'id', M49: 'm49' },
  Commodity: { NAME: 'name', ID: 'id', STAGE: 'stage' },
  Company: { NAME: 'name', ID: 'id' },
  Official: { NAME: 'name', ID: 'id' },
  Organization: { NAME: 'name', ID: 'id', ORG_TYPE: 'orgType' },
  Policy: { NAME: 'name', ID: 'id', ANNOUNCED: 'announced', EFFECTIVE: 'effective' },
  Sector: { NAME: 'name', ID: 'id' },
  Event: { NAME: 'name', ID: 'id', DATE: 'date' },
  Source: { NAME: 'name', ID: 'id', PUBLISHED: 'published', PUBLISHER: 'publisher' },
};

/** Properties of a relationship that a relationship filter may test, and their types. */
export const RELATIONSHIP_PROPERTY_FILTERS = {
  share: 'number',
  year: 'number',
  stage: 'string',
} as const;

/** GraphQL root field per kind. */
export const CONNECTION_ROOT_FIELDS: Record<ConnectionKind, string> = {
  Country: 'countries',
  Region: 'regions',
  Commodity: 'commodities',
  Company: 'companies',
  Official: 'officials',
  Organization: 'organizations',
  Policy: 'policies',
  Sector: 'sectors',
  Event: 'events',
  Source: 'sources',
};
