/**
 * The relationship types a statement may print: the model's stored types and the derived ones.
 * Types are spliced into patterns (Cypher cannot take them as parameters), so each is checked
 * against this list first.
 */
import { DERIVED_RELATIONSHIP_TYPES, RELATIONSHIP_TYPES } from '../model/relationships.js';

const KNOWN_TYPES = new Set<string>([...Object.keys(RELATIONSHIP_TYPES), ...DERIVED_RELATIONSHIP_TYPES]);

/** `type`, once it is known to be one of the model's; throws otherwise (a programming error). */
export function knownType(type: string): string {
  if (!KNOWN_TYPES.has(type)) throw new Error(`not a relationship type of the model: ${type}`);
  return type;
}
