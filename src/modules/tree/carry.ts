/**
 * What a parent object already carries for its nested fields, read by the root field's one
 * statement (see tree.ts): an entity carries its relationship connections, its sources and a trade
 * observation's exporter/importer/commodity (the sources a relationship cites are read by id,
 * see RelationshipSelection). Each value is
 * keyed by the field's response key (its alias or name) and tagged with a signature (the field's
 * coordinate and arguments), so a resolver uses it only when it was read for exactly that field
 * and those arguments; anything else is read through the subtree loader (tree.loader.ts).
 */
import type { EntityRecord } from '../entity/entity.model.js';
import type { EdgeConnectionRecord } from '../relationship/relationship.model.js';

type Carried =
  | { kind: 'connection'; signature: string; value: EdgeConnectionRecord }
  | { kind: 'entity'; signature: string; value: EntityRecord }
  | { kind: 'entities'; signature: string; value: EntityRecord[] };

const carried = new WeakMap<object, Map<string, Carried>>();

export function carry(parent: object, key: string, value: Carried): void {
  let map = carried.get(parent);
  if (!map) carried.set(parent, (map = new Map<string, Carried>()));
  map.set(key, value);
}

function find(parent: object, key: string | number, signature: string): Carried | undefined {
  const found = carried.get(parent)?.get(String(key));
  return found?.signature === signature ? found : undefined;
}

/** The signature of a relationship connection: `Country.produces` and its arguments as GraphQL coerced them. */
export const connectionSignature = (coordinate: string, args: unknown) => `${coordinate}|${JSON.stringify(args)}`;

export function carriedConnection(parent: object, key: string | number, signature: string): EdgeConnectionRecord | undefined {
  const found = find(parent, key, signature);
  return found?.kind === 'connection' ? found.value : undefined;
}

export function carriedEntity(parent: object, key: string | number, signature: string): EntityRecord | undefined {
  const found = find(parent, key, signature);
  return found?.kind === 'entity' ? found.value : undefined;
}

export function carriedEntities(parent: object, key: string | number, signature: string): EntityRecord[] | undefined {
  const found = find(parent, key, signature);
  return found?.kind === 'entities' ? found.value : undefined;
}
