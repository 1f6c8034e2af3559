/**
 * The shape of a seed file (seed/data/*.yaml). Each file may hold four lists:
 *
 *   sources:        Source entities (title, publisher, url, published, sourceType)
 *   entities:       every other kind but TradeObservation, each with `sources`
 *   relationships:  typed, directed, each with `sources` and its own properties
 *   trade:          trade observations exactly as reported (their ids are derived)
 *
 * Per-file shape is checked here; references across files (ids that must exist, kinds a
 * relationship may connect, duplicate ids) are checked by src/ingest/seed/validate.ts.
 */
import { z } from 'zod';
import { hasControlCharacters } from '../printable.js';
import { DATE_FORMAT_HINT, isPartialDate, isPeriod, PERIOD_FORMAT_HINT } from './dates.js';
import { RELATIONSHIP_TYPES, type PropertyType, type RelationshipType } from './relationships.js';

/** A calendar date, or a month or year where only that is known: 2025-07-20, 2025-07, 2025 (src/model/dates.ts). */
export const partialDate = z.string().max(10, `must be ${DATE_FORMAT_HINT}`).refine(isPartialDate, `must be ${DATE_FORMAT_HINT}`);

/** A reporting period: a year (2025), half (2025-H1), quarter (2025-Q2) or month (2025-06). */
export const period = z.string().max(15, `must be ${PERIOD_FORMAT_HINT}`).refine(isPeriod, `must be ${PERIOD_FORMAT_HINT}`);

/**
 * Limits for every text field, the same for the seed, the import and the API's mutations. One-line
 * text (names, aliases, titles) allows no control characters; paragraphs (descriptions, summaries,
 * notes, quotes) allow tabs and line breaks only.
 */
export const TEXT_LIMITS = {
  id: 200,
  name: 300,
  alias: 200,
  aliases: 50,
  line: 500,
  paragraph: 10_000,
  url: 2_048,
  tickers: 20,
  ticker: 20,
} as const;

const lengthMessage = (max: number) => `must be at most ${max.toLocaleString('en-US')} characters`;

/** One line of text: trimmed, not empty, bounded, no control characters. */
export const line = (max: number = TEXT_LIMITS.line) =>
  z.string().trim().min(1).max(max, lengthMessage(max)).refine((s) => !hasControlCharacters(s), 'must not contain control characters');

/** A paragraph: like a line, but tabs and line breaks are allowed. */
export const paragraph = (max: number = TEXT_LIMITS.paragraph) =>
  z.string().trim().min(1).max(max, lengthMessage(max)).refine((s) => !hasControlCharacters(s, true), 'must not contain control characters (other than tabs and line breaks)');

/** A web address: http or https only (never javascript:, data:, file: …). */
export const webUrl = z
  .string()
  .max(TEXT_LIMITS.url, lengthMessage(TEXT_LIMITS.url))
  .pipe(z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: 'must be an http:// or https:// address' }));

const slug = '[a-z0-9]+(?:-[a-z0-9]+)*';
const idOf = (prefix: string, rest = slug) =>
  z.string().max(TEXT_LIMITS.id, lengthMessage(TEXT_LIMITS.id)).regex(new RegExp(`^${prefix}:${rest}$`), `must look like ${prefix}:<lowercase-words-with-dashes>`);

export const entityId = z.string().max(TEXT_LIMITS.id, lengthMessage(TEXT_LIMITS.id)).regex(/^[a-z]+:[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/, 'must look like kind:slug');
/**
 * The most sources one entity or relationship cites. Reads return at most this many too (applied
 * in the database), so an item's sources are bounded in every answer (src/http/cost.ts).
 */
export const MAX_SOURCES_PER_ITEM = 50;
const sourceRefs = z.array(idOf('source')).min(1, 'needs at least one source').max(MAX_SOURCES_PER_ITEM, `at most ${MAX_SOURCES_PER_ITEM} sources`);

const common = {
  name: line(TEXT_LIMITS.name),
  aliases: z.array(line(TEXT_LIMITS.alias)).max(TEXT_LIMITS.aliases, `at most ${TEXT_LIMITS.aliases} aliases`).optional(),
  description: paragraph().optional(),
  sources: sourceRefs,
};

export const sourceSchema = z.strictObject({
  id: idOf('source'),
  title: line(),
  publisher: line(),
  /** Who first published it, where the copy read is a reprint (e.g. Reuters via TimesLIVE). */
  originalPublisher: line().optional(),
  url: webUrl,
  /** Omitted where the page shows no date. */
  published: partialDate.optional(),
  sourceType: z.enum(['NEWS', 'OFFICIAL_DATA', 'OFFICIAL_STATEMENT', 'INTERVIEW', 'DATASET', 'REPORT', 'PRESS_RELEASE', 'ANALYSIS']),
  note: paragraph().optional(),
});

export const COMMODITY_STAGES = ['RAW_MATERIAL', 'PROCESSED_MATERIAL', 'COMPONENT', 'PRODUCT'] as const;
export const POLICY_TYPES = ['TARIFF', 'EXPORT_CONTROL', 'LICENSING', 'TRADE_AGREEMENT', 'SANCTION', 'QUOTA', 'SUBSIDY', 'INVESTMENT', 'OTHER'] as const;
export const POLICY_STATUSES = ['ANNOUNCED', 'IN_FORCE', 'SUSPENDED', 'EXPIRED', 'SUPERSEDED', 'PROPOSED'] as const;
export const ORGANIZATION_TYPES = ['GOVERNMENT', 'AGENCY', 'MINISTRY', 'LEGISLATURE', 'PUBLISHER', 'NEWS_AGENCY', 'INDUSTRY_GROUP', 'RESEARCH', 'INTERNATIONAL', 'OTHER'] as const;
/** A region's level in UN M49: the world (type 0), a region (1), a sub-region (2), an intermediate region (3). */
export const REGION_LEVELS = ['WORLD', 'REGION', 'SUB_REGION', 'INTERMEDIATE_REGION'] as const;

export const entitySchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('Country'), id: idOf('country', '[A-Z]{2}'), ...common,
    iso2: z.string().regex(/^[A-Z]{2}$/), iso3: z.string().regex(/^[A-Z]{3}$/),
    /** The UN M49 region (Africa, Americas, Asia, Europe, Oceania) and sub-region (Northern America, Eastern Asia …). */
    region: line().optional(), subRegion: line().optional(),
    /** ISO 3166-1 numeric code, three digits as text ("156"). */
    numeric: z.string().regex(/^\d{3}$/).optional(),
  }),
  z.strictObject({
    kind: z.literal('Region'), id: idOf('region'), ...common,
    /** UN M49 area code ("001" the world, "150" Europe). */
    m49: z.string().regex(/^\d{3}$/).optional(),
    level: z.enum(REGION_LEVELS).optional(),
  }),
  z.strictObject({
    kind: z.literal('Commodity'), id: idOf('commodity'), ...common,
    /** Absent for classifications (HS codes) and minerals measured at several stages. */
    stage: z.enum(COMMODITY_STAGES).optional(),
    hsCode: z.string().regex(/^\d{2,10}(?:\.\d{2,4})*$/).optional(), unit: line().optional(),
    /** For Harmonized System entries: 2 (chapter), 4 (heading) or 6 (subheading), the edition and section. */
    hsLevel: z.union([z.literal(2), z.literal(4), z.literal(6)]).optional(),
    hsEdition: z.string().regex(/^HS\d{4}$/).optional(),
    hsSection: z.string().regex(/^[IVXL]+$/).optional(),
    hsSectionName: line().optional(),
  }),
  z.strictObject({
    kind: z.literal('Company'), id: idOf('company'), ...common,
    tickers: z.array(line(TEXT_LIMITS.ticker)).max(TEXT_LIMITS.tickers, `at most ${TEXT_LIMITS.tickers} tickers`).optional(), website: webUrl.optional(),
  }),
  z.strictObject({ kind: z.literal('Official'), id: idOf('official'), ...common }),
  z.strictObject({ kind: z.literal('Organization'), id: idOf('org'), ...common, orgType: z.enum(ORGANIZATION_TYPES) }),
  z.strictObject({
    kind: z.literal('Policy'), id: idOf('policy'), ...common,
    policyType: z.enum(POLICY_TYPES), status: z.enum(POLICY_STATUSES),
    announced: partialDate.optional(), effective: partialDate.optional(), ended: partialDate.optional(),
    summary: paragraph(),
  }),
  z.strictObject({ kind: z.literal('Sector'), id: idOf('sector'), ...common }),
  z.strictObject({
    kind: z.literal('Event'), id: idOf('event'), ...common,
    date: partialDate, endDate: partialDate.optional(), summary: paragraph(),
  }),
]);

const propertySchema: Record<PropertyType, z.ZodType> = {
  string: paragraph(),
  number: z.number().finite(),
  date: partialDate,
  boolean: z.boolean(),
};

/** How a net import reliance figure bounds the truth: exactly, or more or less than it (">95", "<25"). */
export const RELIANCE_BOUNDS = ['EXACT', 'MORE_THAN', 'LESS_THAN'] as const;
/** Whether a figure is given at all: reported, or USGS's E (net exporter), W (withheld), NA (not available). */
export const FIGURE_STATUSES = ['REPORTED', 'NET_EXPORTER', 'WITHHELD', 'NOT_AVAILABLE'] as const;
/** What a salient statistic measures. */
export const STATISTIC_MEASURES = ['PRODUCTION', 'IMPORTS', 'EXPORTS', 'CONSUMPTION'] as const;

/** Stricter rules for some relationship properties than their type alone gives. */
const PROPERTY_OVERRIDES: Record<string, z.ZodType> = {
  share: z.number().min(0).max(1),
  quantity: z.number().min(0),
  year: z.number().int().min(1900).max(2100),
  reliance: z.number().min(0).max(100),
  relianceBound: z.enum(RELIANCE_BOUNDS),
  relianceStatus: z.enum(FIGURE_STATUSES),
  status: z.enum(FIGURE_STATUSES),
  measure: z.enum(STATISTIC_MEASURES),
  qualifier: z.enum(['>', '<']),
  rank: z.number().int().min(1),
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
    key: z
      .string()
      .max(TEXT_LIMITS.id, lengthMessage(TEXT_LIMITS.id))
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must start with a letter or digit and hold only letters, digits, dots, dashes and underscores')
      .optional(),
    sources: sourceRefs,
    validFrom: partialDate.optional(),
    validTo: partialDate.optional(),
    confidence: z.number().min(0).max(1).optional(),
    ...props,
  });
}

const [firstType, ...otherTypes] = Object.keys(RELATIONSHIP_TYPES) as RelationshipType[];
export const relationshipSchema = z.discriminatedUnion('type', [relationshipVariant(firstType!), ...otherTypes.map(relationshipVariant)]);

export const CHANGE_BASES = ['MONTH_ON_MONTH', 'YEAR_ON_YEAR', 'PERIOD_ON_PERIOD'] as const;

export const tradeSchema = z.strictObject({
  exporter: entityId,
  importer: entityId,
  commodity: idOf('commodity'),
  period,
  quantity: z.number().finite().min(0, 'a traded quantity cannot be negative'),
  unit: line(),
  /** Percentage changes as the source reported them (660 means +660%). */
  changes: z
    .array(z.strictObject({ basis: z.enum(CHANGE_BASES), percent: z.number().finite(), comparedTo: period.optional() }))
    .optional(),
  /** True where the quantity is an estimate, not a reported figure. */
  estimate: z.boolean().optional(),
  /** The statistical office that produced the figure (an Organization), where it is not the report quoting it. */
  statisticalOffice: idOf('org').optional(),
  note: paragraph().optional(),
  sources: sourceRefs,
});

/** The items every way in writes (the seed, the reference data, an import, a mutation), as validated. */
export type SourceItem = z.infer<typeof sourceSchema>;
export type EntityItem = z.infer<typeof entitySchema>;
export type RelationshipItem = z.infer<typeof relationshipSchema>;
export type TradeItem = z.infer<typeof tradeSchema>;

/**
 * The problems of a record in supplygraph's words, for the messages API clients read (zod's own
 * name its internals: "Too small: expected string to have >=1 characters", a regular expression).
 * Messages written beside a rule in this file take precedence; this covers the rest. Pass it as
 * `schema.safeParse(value, { error: inOwnWords })`.
 */
export const inOwnWords: z.core.$ZodErrorMap = (issue) => {
  const plural = (n: unknown, word: string) => `${String(n)} ${word}${Number(n) === 1 ? '' : 's'}`;
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'must not be empty' : `must be at least ${plural(issue.minimum, 'character')} long`;
      if (issue.origin === 'array') return `needs at least ${plural(issue.minimum, 'item')}`;
      return `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'string') return `must be at most ${plural(issue.maximum, 'character')} long`;
      if (issue.origin === 'array') return `holds at most ${plural(issue.maximum, 'item')}`;
      return `must be at most ${String(issue.maximum)}`;
    case 'invalid_type':
      return issue.input === undefined ? 'is required' : `must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `has no field ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return 'is not one of the accepted forms';
    default:
      return 'is not valid here';
  }
};
