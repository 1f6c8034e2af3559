/**
 * Compiles a GraphQL `where` input into a Cypher predicate with parameters. Field names map to
 * properties only through src/model/filters.ts; every value becomes a parameter. Unknown fields
 * (which GraphQL validation already rejects) are refused here too, as BAD_USER_INPUT.
 */
import { and, type ParamBag } from '../../cypher/params.js';
import { relationshipPattern } from '../../cypher/pattern.js';
import { BadUserInputError } from '../../errors.js';
import { DATE_FORMAT_HINT, isPartialDate } from '../../model/dates.js';
import { SCALAR_FILTERS, RELATIONSHIP_PROPERTY_FILTERS, type ConnectionKind } from '../../model/filters.js';
import { RELATIONSHIP_FIELDS, type RelationshipField } from '../../model/relationshipFields.js';
import { kindOfEnum } from '../../model/kinds.js';

/** More conditions than this in one filter is not a real question; refuse rather than run it. */
export const MAX_CONDITIONS = 64;
/** Values of one `in` list (each an index seek or a comparison); a longer list is several questions. */
export const MAX_IN_VALUES = 100;

export type Input = Record<string, unknown>;

const or = (parts: string[]) => (parts.length === 0 ? 'false' : parts.length === 1 ? parts[0]! : `(${parts.join(' OR ')})`);

export function count(bag: ParamBag, path: string) {
  if (++bag.conditions > MAX_CONDITIONS) throw new BadUserInputError(`The filter has more than ${MAX_CONDITIONS} conditions; simplify it.`, path);
}

/** One scalar filter (`{ eq, in, contains, … }`) on `expr`. */
export function scalar(expr: string, type: 'id' | 'string' | 'date' | 'enum' | 'number', filter: Input, bag: ParamBag, path: string): string[] {
  const parts: string[] = [];
  for (const [op, value] of Object.entries(filter)) {
    if (value === null || value === undefined) continue;
    count(bag, `${path}.${op}`);
    if (type === 'date' && typeof value === 'string' && !isPartialDate(value)) {
      throw new BadUserInputError(`"${path}.${op}" must be ${DATE_FORMAT_HINT}.`, `${path}.${op}`);
    }
    switch (op) {
      case 'eq': parts.push(`${expr} = ${bag.add(value)}`); break;
      case 'in':
        if (Array.isArray(value) && value.length > MAX_IN_VALUES) {
          throw new BadUserInputError(`"${path}.in" lists ${value.length} values; at most ${MAX_IN_VALUES} are allowed. Ask in several requests.`, `${path}.in`);
        }
        parts.push(`${expr} IN ${bag.add(value)}`);
        break;
      case 'contains': parts.push(`toLower(${expr}) CONTAINS toLower(${bag.add(value)})`); break;
      case 'startsWith': parts.push(`${expr} STARTS WITH ${bag.add(value)}`); break;
      case 'gt': parts.push(`${expr} > ${bag.add(value)}`); break;
      case 'gte': parts.push(`${expr} >= ${bag.add(value)}`); break;
      case 'lt': parts.push(`${expr} < ${bag.add(value)}`); break;
      case 'lte': parts.push(`${expr} <= ${bag.add(value)}`); break;
      default: throw new BadUserInputError(`Unknown filter operator "${op}".`, `${path}.${op}`);
    }
  }
  return parts;
}

/**
 * The kind-independent conditions on a related entity bound to `other` (id, name, kind), shared by
 * the root connections' relationship filters and the relationship connections' `where.node`.
 * Returns undefined for a key that is not one of them.
 */
export function neighbourCondition(other: string, key: string, value: unknown, bag: ParamBag, at: string): string[] | undefined {
  if (key === 'id') return scalar(`${other}.id`, 'id', value as Input, bag, at);
  if (key === 'name') return scalar(`${other}.name`, 'string', value as Input, bag, at);
  if (key === 'kind') {
    count(bag, at);
    // Kinds are a short enum; GraphQL lets a list repeat them, which says nothing more.
    const labels = [...new Set((value as string[]).map(kindOfEnum))];
    return [`any(l IN labels(${other}) WHERE l IN ${bag.add(labels)})`];
  }
  return undefined;
}

function related(node: string, field: RelationshipField, where: Input, bag: ParamBag, path: string, depth: number): string {
  const other = `m${depth}`;
  const rel = `r${depth}`;
  const parts: string[] = [];
  for (const [key, value] of Object.entries(where)) {
    if (value === null || value === undefined) continue;
    const at = `${path}.${key}`;
    const onNeighbour = neighbourCondition(other, key, value, bag, at);
    if (onNeighbour) parts.push(...onNeighbour);
    else if (Object.hasOwn(RELATIONSHIP_PROPERTY_FILTERS, key)) {
      const type = RELATIONSHIP_PROPERTY_FILTERS[key as keyof typeof RELATIONSHIP_PROPERTY_FILTERS];
      parts.push(...scalar(`${rel}.${key}`, type, value as Input, bag, at));
    } else throw new BadUserInputError(`Unknown filter field "${key}".`, at);
  }
  count(bag, path);
  return `EXISTS { MATCH ${relationshipPattern(field.direction, node, rel, field.type, `${other}:Entity`)} WHERE ${and(parts)} }`;
}

/** The predicate for `where` on the node bound to `node`; 'true' for an empty filter. */
export function compileWhere(kind: ConnectionKind, where: Input | null | undefined, bag: ParamBag, node = 'n', path = 'where', depth = 0): string {
  if (!where) return 'true';
  if (depth > 8) throw new BadUserInputError('The filter nests AND/OR/NOT more than 8 deep; simplify it.', path);
  const scalars = SCALAR_FILTERS[kind];
  const relationships = RELATIONSHIP_FIELDS[kind] as Record<string, RelationshipField>;
  const parts: string[] = [];
  for (const [key, value] of Object.entries(where)) {
    if (value === null || value === undefined) continue;
    const at = `${path}.${key}`;
    if (key === 'AND') parts.push(and((value as Input[]).map((w, i) => compileWhere(kind, w, bag, node, `${at}[${i}]`, depth + 1))));
    else if (key === 'OR') parts.push(or((value as Input[]).map((w, i) => compileWhere(kind, w, bag, node, `${at}[${i}]`, depth + 1))));
    else if (key === 'NOT') parts.push(`NOT ${compileWhere(kind, value as Input, bag, node, at, depth + 1)}`);
    else if (Object.hasOwn(scalars, key)) parts.push(...scalar(`${node}.${scalars[key]!.property}`, scalars[key]!.type, value as Input, bag, at));
    else if (Object.hasOwn(relationships, key)) parts.push(related(node, relationships[key]!, value as Input, bag, at, depth));
    else throw new BadUserInputError(`Unknown filter field "${key}".`, at);
  }
  return and(parts);
}

/**
 * A relationship filter that pins the related entity by id (`headquarteredIn: { id: { eq } }` or
 * `{ id: { in } }`) at the top level of `where` (directly or inside AND, never under OR or NOT).
 * A connection with one starts from those entities (an index seek) and expands to the candidates,
 * instead of scanning every node of the kind; the rest of the filter is applied to each candidate
 * (the whole filter, unless the pins are all of it).
 */
export interface Anchor {
  field: RelationshipField;
  ids: string[];
  /** A top-level entry of the filter that is this pin and nothing else. */
  plain: boolean;
}

/** The entries of a filter input that are set (GraphQL passes explicit nulls). */
const present = (input: Input) => Object.entries(input).filter(([, value]) => value !== null && value !== undefined);

/**
 * The pins the candidates start from (connection.queries.ts candidates): the two with fewest ids
 * when each pins one entity (their neighbours are joined; lists of ids would pair up), else the one
 * with fewest. `whole`: the filter is those pins and nothing else, so starting from them applies
 * it and nothing is checked again on each candidate (that second expansion doubled the statement's
 * time for a country's companies at 1M relationships).
 */
export function choosePins(kind: ConnectionKind, where: Input | null | undefined): { pins: Anchor[]; whole: boolean } {
  const [first, second] = findPins(kind, where);
  const pins = first && second && first.ids.length === 1 && second.ids.length === 1 ? [first, second] : first ? [first] : [];
  return { pins, whole: pins.length > 0 && pins.every((pin) => pin.plain) && present(where ?? {}).length === pins.length };
}

/** Every pin of a filter (see Anchor: at its top level, directly or inside AND), fewest ids first. */
function findPins(kind: ConnectionKind, where: Input | null | undefined, depth = 0): Anchor[] {
  if (!where || depth > 8) return [];
  const relationships = RELATIONSHIP_FIELDS[kind] as Record<string, RelationshipField>;
  const pins: Anchor[] = [];
  for (const [key, value] of Object.entries(where)) {
    if (value === null || value === undefined) continue;
    if (key === 'AND') for (const w of value as Input[]) pins.push(...findPins(kind, w, depth + 1));
    else if (Object.hasOwn(relationships, key)) {
      const id = (value as Input).id as Input | null | undefined;
      const plain = depth === 0 && present(value as Input).length === 1 && !!id && present(id).length === 1;
      if (typeof id?.eq === 'string') pins.push({ field: relationships[key]!, ids: [id.eq], plain });
      else if (Array.isArray(id?.in) && id.in.length > 0) pins.push({ field: relationships[key]!, ids: id.in.map(String), plain });
    }
  }
  // A stable sort: among pins of as many ids, the first written.
  return pins.sort((a, b) => a.ids.length - b.ids.length);
}

/**
 * A root connection's filter: the pins its candidates start from, if any, and the predicate still
 * checked on each candidate ('true' when the pins are the whole filter).
 */
export function compileFilter(kind: ConnectionKind, where: Input | null | undefined, bag: ParamBag): { predicate: string; pins: Anchor[] } {
  const { pins, whole } = choosePins(kind, where);
  return { pins, predicate: whole ? 'true' : compileWhere(kind, where, bag) };
}
