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
