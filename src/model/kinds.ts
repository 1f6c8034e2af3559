/**
 * The kinds of entity in the graph. Each is a Neo4j label (alongside :Entity) and a GraphQL type.
 * This table is the only place labels come from: no label is ever built from user text.
 */
export const ENTITY_KINDS = [
  'Country',
  'Region',
  'Commodity',
  'Company',
  'Official',
  'Organization',
  'Policy',
  'Sector',
  'Event',
  'Source',
  'TradeObservation',
] as const;

export type EntityKind = (typeof ENTITY_KINDS)[number];

/** The region that stands for the whole world: world production totals, total exports as a trade partner. */
export const WORLD_ID = 'region:world';

/** Each kind's value in the GraphQL enum EntityKind. */
export const KIND_ENUM = {
  Country: 'COUNTRY',
  Region: 'REGION',
  Commodity: 'COMMODITY',
  Company: 'COMPANY',
  Official: 'OFFICIAL',
  Organization: 'ORGANIZATION',
  Policy: 'POLICY',
  Sector: 'SECTOR',
  Event: 'EVENT',
  Source: 'SOURCE',
  TradeObservation: 'TRADE_OBSERVATION',
} as const satisfies Record<EntityKind, string>;

const KIND_BY_ENUM = new Map(Object.entries(KIND_ENUM).map(([kind, value]) => [value as string, kind as EntityKind]));

/** The kind (label) a GraphQL EntityKind value names; a value outside the enum is a programming error. */
export function kindOfEnum(value: string): EntityKind {
  const kind = KIND_BY_ENUM.get(value);
  if (!kind) throw new Error(`not an EntityKind value: ${value}`);
  return kind;
}

/** The `kind:` prefix of every id, per kind (ids look like `country:CN`, `commodity:ndfeb-magnets`). */
export const ID_PREFIX: Record<EntityKind, string> = {
  Country: 'country',
  Region: 'region',
  Commodity: 'commodity',
  Company: 'company',
  Official: 'official',
  Organization: 'org',
  Policy: 'policy',
  Sector: 'sector',
  Event: 'event',
  Source: 'source',
  TradeObservation: 'trade',
};

const KIND_BY_PREFIX = new Map(Object.entries(ID_PREFIX).map(([kind, prefix]) => [prefix, kind as EntityKind]));

/** The kind an id names by its prefix, or undefined when the prefix is not one of ours. */
export function kindOfId(id: string): EntityKind | undefined {
  const colon = id.indexOf(':');
  return colon > 0 ? KIND_BY_PREFIX.get(id.slice(0, colon)) : undefined;
}

export function isEntityKind(value: string): value is EntityKind {
  return (ENTITY_KINDS as readonly string[]).includes(value);
}
