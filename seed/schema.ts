/**
 * The shape of a seed file (seed/data/*.yaml). Each file may hold four lists:
 *
 *   sources:        Source entities (title, publisher, url, published, sourceType)
 *   entities:       every other kind but TradeObservation, each with `sources`
 *   relationships:  typed, directed, each with `sources` and its own properties
 *   trade:          trade observations exactly as reported (their ids are derived)
 *
 * Per-file shape is checked here; references across files (ids that must exist, kinds a
 * relationship may connect, duplicate ids) are checked by seed/validate.ts.
 */
import { z } from 'zod';
import { RELATIONSHIP_TYPES, type PropertyType, type RelationshipType } from '../src/model/relationships.js';

const ISO_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** A calendar date, or a month or year where only that is known: 2025-07-20, 2025-07, 2025. */
export const partialDate = z.string().refine((value) => {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  if (!match[3]) return true;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}, 'must be a date as YYYY-MM-DD, YYYY-MM or YYYY');

/** A reporting period: a year (2025), half (2025-H1), quarter (2025-Q2) or month (2025-06). */
export const period = z.string().regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])|-Q[1-4]|-H[12])?$/, 'must be a period as YYYY, YYYY-H1, YYYY-Q2 or YYYY-MM');

const slug = '[a-z0-9]+(?:-[a-z0-9]+)*';
const idOf = (prefix: string, rest = slug) =>
  z.string().regex(new RegExp(`^${prefix}:${rest}$`), `must look like ${prefix}:<lowercase-words-with-dashes>`);

export const entityId = z.string().regex(/^[a-z]+:[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/, 'must look like kind:slug');
const sourceRefs = z.array(idOf('source')).min(1, 'needs at least one source');

const common = {
  name: z.string().trim().min(1),
  aliases: z.array(z.string().trim().min(1)).optional(),
  description: z.string().trim().min(1).optional(),
  sources: sourceRefs,
};

export const sourceSchema = z.strictObject({
  id: idOf('source'),
  title: z.string().trim().min(1),
  publisher: z.string().trim().min(1),
  /** Who first published it, where the copy read is a reprint (e.g. Reuters via TimesLIVE). */
  originalPublisher: z.string().trim().min(1).optional(),
  url: z.url({ protocol: /^https?$/ }),
  /** Omitted where the page shows no date. */
  published: partialDate.optional(),
  sourceType: z.enum(['NEWS', 'OFFICIAL_DATA', 'OFFICIAL_STATEMENT', 'INTERVIEW', 'DATASET', 'REPORT', 'PRESS_RELEASE', 'ANALYSIS']),
  note: z.string().trim().min(1).optional(),
});

export const COMMODITY_STAGES = ['RAW_MATERIAL', 'PROCESSED_MATERIAL', 'COMPONENT', 'PRODUCT'] as const;
export const POLICY_TYPES = ['TARIFF', 'EXPORT_CONTROL', 'LICENSING', 'TRADE_AGREEMENT', 'SANCTION', 'QUOTA', 'SUBSIDY', 'INVESTMENT', 'OTHER'] as const;
export const POLICY_STATUSES = ['ANNOUNCED', 'IN_FORCE', 'SUSPENDED', 'EXPIRED', 'SUPERSEDED', 'PROPOSED'] as const;
export const ORGANIZATION_TYPES = ['GOVERNMENT', 'AGENCY', 'MINISTRY', 'LEGISLATURE', 'PUBLISHER', 'NEWS_AGENCY', 'INDUSTRY_GROUP', 'RESEARCH', 'INTERNATIONAL', 'OTHER'] as const;

export const entitySchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('Country'), id: idOf('country', '[A-Z]{2}'), ...common,
    iso2: z.string().regex(/^[A-Z]{2}$/), iso3: z.string().regex(/^[A-Z]{3}$/), region: z.string().trim().min(1).optional(),
    /** ISO 3166-1 numeric code, three digits as text ("156"). */
    numeric: z.string().regex(/^\d{3}$/).optional(),
  }),
  z.strictObject({
    kind: z.literal('Region'), id: idOf('region'), ...common,
    /** UN M49 area code ("001" the world, "150" Europe). */
    m49: z.string().regex(/^\d{3}$/).optional(),
  }),
  z.strictObject({
    kind: z.literal('Commodity'), id: idOf('commodity'), ...common,
    /** Absent for classifications (HS codes) and minerals measured at several stages. */
    stage: z.enum(COMMODITY_STAGES).optional(),
    hsCode: z.string().regex(/^\d{2,10}(?:\.\d{2,4})*$/).optional(), unit: z.string().trim().min(1).optional(),
    /** For Harmonized System entries: 2 (chapter), 4 (heading) or 6 (subheading), the edition and section. */
    hsLevel: z.union([z.literal(2), z.literal(4), z.literal(6)]).optional(),
    hsEdition: z.string().regex(/^HS\d{4}$/).optional(),
    hsSection: z.string().regex(/^[IVXL]+$/).optional(),
    hsSectionName: z.string().trim().min(1).optional(),
  }),
  z.strictObject({
    kind: z.literal('Company'), id: idOf('company'), ...common,
    tickers: z.array(z.string().trim().min(1)).optional(), website: z.url().optional(),
  }),
  z.strictObject({ kind: z.literal('Official'), id: idOf('official'), ...common }),
  z.strictObject({ kind: z.literal('Organization'), id: idOf('org'), ...common, orgType: z.enum(ORGANIZATION_TYPES) }),
  z.strictObject({
    kind: z.literal('Policy'), id: idOf('policy'), ...common,
    policyType: z.enum(POLICY_TYPES), status: z.enum(POLICY_STATUSES),
    announced: partialDate.optional(), effective: partialDate.optional(), ended: partialDate.optional(),
    summary: z.string().trim().min(1),
  }),
  z.strictObject({ kind: z.literal('Sector'), id: idOf('sector'), ...common }),
  z.strictObject({
    kind: z.literal('Event'), id: idOf('event'), ...common,
    date: partialDate, endDate: partialDate.optional(), summary: z.string().trim().min(1),
  }),
]);

const propertySchema: Record<PropertyType, z.ZodType> = {
  string: z.string().trim().min(1),
  number: z.number().finite(),
  date: partialDate,
  boolean: z.boolean(),
};

/** Stricter rules for some relationship properties than their type alone gives. */
const PROPERTY_OVERRIDES: Record<string, z.ZodType> = {
  share: z.number().min(0).max(1),
  quantity: z.number().min(0),
  year: z.number().int().min(1900).max(2100),
};

function relationshipVariant<T extends RelationshipType>(type: T) {
  const props: Record<string, z.ZodType> = {};
  for (const [name, propType] of Object.entries(RELATIONSHIP_TYPES[type].properties as Record<string, PropertyType>)) {
    props[name] = (PROPERTY_OVERRIDES[name] ?? propertySchema[propType]).optional();
  }
  return z.strictObject({
    type: z.literal(type),
    from: entityId,
    to: entityId,
    /** Tells apart two relationships of one type between the same pair (e.g. shares for two years). */
    key: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/).optional(),
    sources: sourceRefs,
    validFrom: partialDate.optional(),
    validTo: partialDate.optional(),
    confidence: z.number().min(0).max(1).optional(),
    ...props,
  });
}

const relationshipTypes = Object.keys(RELATIONSHIP_TYPES) as RelationshipType[];
export const relationshipSchema = z.discriminatedUnion(
  'type',
  relationshipTypes.map(relationshipVariant) as unknown as [ReturnType<typeof relationshipVariant>, ...ReturnType<typeof relationshipVariant>[]],
);

export const CHANGE_BASES = ['MONTH_ON_MONTH', 'YEAR_ON_YEAR', 'PERIOD_ON_PERIOD'] as const;

export const tradeSchema = z.strictObject({
  exporter: entityId,
  importer: entityId,
  commodity: idOf('commodity'),
  period,
  quantity: z.number().finite().min(0, 'a traded quantity cannot be negative'),
  unit: z.string().trim().min(1),
  /** Percentage changes as the source reported them (660 means +660%). */
  changes: z
    .array(z.strictObject({ basis: z.enum(CHANGE_BASES), percent: z.number().finite(), comparedTo: period.optional() }))
    .optional(),
  /** True where the quantity is an estimate, not a reported figure. */
  estimate: z.boolean().optional(),
  note: z.string().trim().min(1).optional(),
  sources: sourceRefs,
});

export const seedFileSchema = z.strictObject({
  sources: z.array(sourceSchema).optional(),
  entities: z.array(entitySchema).optional(),
  relationships: z.array(relationshipSchema).optional(),
  trade: z.array(tradeSchema).optional(),
});

export type SeedSource = z.infer<typeof sourceSchema>;
export type SeedEntity = z.infer<typeof entitySchema>;
export type SeedRelationship = z.infer<typeof relationshipSchema>;
export type SeedTrade = z.infer<typeof tradeSchema>;
export type SeedFile = z.infer<typeof seedFileSchema>;
