/**
 * A relationship connection (`Country.produces(first, after, where, orderBy)`) as a small query
 * plan: the arguments are checked and compiled once (filter, sort key, keyset position) into the
 * pieces the query tree prints (tree.cypher.ts): a match that keeps the top `first + 1` edges per
 * parent in the database (ORDER BY … LIMIT before anything is projected) and, when asked, a
 * `COUNT { }`.
 * Relationship types, directions, properties and sort keys come only from src/model tables; every
 * value is a parameter.
 */
import { relationshipPattern } from '../../cypher/pattern.js';
import neo4j from 'neo4j-driver';
import { BadUserInputError } from '../../errors.js';
import { edgeFilters, edgeSortKeys, type EdgeSortKey, type EdgeTypeName } from '../../model/relationshipConnections.js';
import { RELATIONSHIP_GRAPHQL_TYPE, type RelationshipField } from '../../model/relationshipFields.js';
import { DATE_FORMAT_HINT, isPartialDate } from '../../model/dates.js';
import { and, type ParamBag } from '../../cypher/params.js';
import { knownType } from '../../cypher/relationshipTypes.js';
import { validAt } from '../../cypher/validity.js';
import { count, neighbourCondition, scalar, type Input } from '../connection/where.js';
import { decodeEdgeCursor, encodeEdgeCursor, type EdgePosition } from '../../cypher/cursor.js';

export const MAX_RELATIONSHIPS_PER_FIELD = 500;
export const DEFAULT_RELATIONSHIPS_PER_FIELD = 20;

export interface EdgeConnectionArgs {
  first?: number | null;
  after?: string | null;
  where?: Input | null;
  /** One or more sort keys, the first deciding first (GraphQL coerces a single one to a list). */
  orderBy?: EdgeOrder[] | EdgeOrder | null;
}

export interface EdgeOrder {
  field: string;
  direction?: 'ASC' | 'DESC' | null;
}

/** More sort keys than this is not a real ordering; refuse rather than print it. */
export const MAX_SORT_KEYS = 4;

/** Missing numbers sort before every real one (shares, years and quantities are never this small). */
const MISSING_NUMBER = -1e300;

function sortExpression(key: EdgeSortKey, r: string, o: string): string {
  const target = `${key.on === 'node' ? o : r}.${key.property}`;
  if (key.type === 'number') return `coalesce(toFloat(${target}), ${MISSING_NUMBER})`;
  // Names sort ignoring case, like the root connections; ids and dates as they are.
  return key.property === 'name' ? `toLower(coalesce(${target}, ''))` : `coalesce(toString(${target}), '')`;
}

/** A sort key of a plan: the key from the model table and its direction. */
interface PlanSortKey {
  name: string;
  key: EdgeSortKey;
  direction: 'ASC' | 'DESC';
}

export class EdgeConnectionPlan {
  readonly first: number;
  readonly graphqlType: EdgeTypeName;
  /** The ordering as cursors name it, e.g. `SHARE DESC,YEAR DESC`. */
  readonly ordering: string;
  /** The direction of the first sort key: ties (neighbour id, relationship id) follow it. */
  readonly direction: 'ASC' | 'DESC';
  private readonly sortKeys: PlanSortKey[];
  private readonly position?: EdgePosition;

  /** Checks the arguments (BAD_USER_INPUT naming the argument); `coordinate` is e.g. `Country.produces`. */
  constructor(
    readonly coordinate: string,
    readonly field: RelationshipField,
    private readonly args: EdgeConnectionArgs,
  ) {
    knownType(field.type);
    this.graphqlType = RELATIONSHIP_GRAPHQL_TYPE[field.type];
    this.first = args.first ?? DEFAULT_RELATIONSHIPS_PER_FIELD;
    if (!Number.isInteger(this.first) || this.first < 0 || this.first > MAX_RELATIONSHIPS_PER_FIELD) {
      throw new BadUserInputError(`"first" must be between 0 and ${MAX_RELATIONSHIPS_PER_FIELD}.`, 'first');
    }
    const orders = args.orderBy === null || args.orderBy === undefined ? [] : Array.isArray(args.orderBy) ? args.orderBy : [args.orderBy];
    if (orders.length > MAX_SORT_KEYS) throw new BadUserInputError(`"orderBy" takes at most ${MAX_SORT_KEYS} sort keys.`, 'orderBy');
    const keys = edgeSortKeys(this.graphqlType);
    this.sortKeys = (orders.length > 0 ? orders : [{ field: 'NAME' }]).map((order, i) => {
      const key = Object.hasOwn(keys, order.field) ? keys[order.field] : undefined;
      if (!key) throw new BadUserInputError(`"orderBy[${i}].field" ${order.field} is not a sort key of ${coordinate}.`, `orderBy[${i}].field`);
      return { name: order.field, key, direction: order.direction ?? 'ASC' };
    });
    this.direction = this.sortKeys[0]!.direction;
    this.ordering = this.sortKeys.map((k) => `${k.name} ${k.direction}`).join(',');
    if (args.after !== null && args.after !== undefined) {
      this.position = decodeEdgeCursor(args.after, { coordinate, ordering: this.ordering, valueTypes: this.sortKeys.map((k) => k.key.type) });
    }
  }

  get hasPreviousPage(): boolean {
    return this.position !== undefined;
  }

  /** The cursor of an edge of this plan's pages, from its sort values as the query returned them. */
  cursor(sortValues: readonly (string | number | null)[], nodeId: string, relationshipId: string): string {
    const values = this.sortKeys.map(({ key }, i) => sortValues[i] ?? (key.type === 'number' ? MISSING_NUMBER : ''));
    return encodeEdgeCursor({ coordinate: this.coordinate, ordering: this.ordering, values, nodeId, relationshipId });
  }

  /** The filter on relationship `r` and neighbour `o` (without the keyset position). */
  private filter(r: string, o: string, bag: ParamBag): string {
    const where = this.args.where;
    if (!where) return 'true';
    const filters = edgeFilters(this.graphqlType);
    const parts: string[] = [];
    for (const [key, value] of Object.entries(where)) {
      if (value === null || value === undefined) continue;
      const at = `where.${key}`;
      if (key === 'node') {
        for (const [nodeKey, nodeValue] of Object.entries(value as Input)) {
          if (nodeValue === null || nodeValue === undefined) continue;
          const condition = neighbourCondition(o, nodeKey, nodeValue, bag, `${at}.${nodeKey}`);
          if (!condition) throw new BadUserInputError(`Unknown filter field "${nodeKey}".`, `${at}.${nodeKey}`);
          parts.push(...condition);
        }
      } else if (key === 'validOn') {
        count(bag, at);
        if (typeof value !== 'string' || !isPartialDate(value)) throw new BadUserInputError(`"${at}" must be ${DATE_FORMAT_HINT}.`, at);
        const on = bag.add(value);
        parts.push(validAt(r, on));
      } else if (Object.hasOwn(filters, key)) {
        const filter = filters[key]!;
        parts.push(...scalar(`${r}.${filter.property}`, filter.type, value as Input, bag, at));
      } else {
        throw new BadUserInputError(`Unknown filter field "${key}".`, at);
      }
    }
    return and(parts);
  }

  /**
   * The pieces of this connection's match, for a parent pattern node (`e`, or `e:Country|Region`
   * with a label guard), relationship `r` and neighbour `o`: the pattern, the filter (without and
   * with the keyset position), the sort expression and the ORDER BY / LIMIT that keep the top
   * `first + 1` edges.
   */
  compile(parent: string, r: string, o: string, bag: ParamBag): CompiledEdgeMatch {
    const pattern = relationshipPattern(this.field.direction, parent, r, this.field.type, `${o}:Entity`);
    const filter = this.filter(r, o, bag);
    const sorts = this.sortKeys.map(({ key }) => sortExpression(key, r, o));
    let keyset = '';
    if (this.position) {
      // Strictly after the position, lexicographically: each sort key, then the neighbour's and the relationship's ids.
      const position = this.position;
      const terms = [
        ...this.sortKeys.map(({ direction }, i) => ({ expr: sorts[i]!, direction, value: bag.add(position.values[i]) })),
        { expr: `${o}.id`, direction: this.direction, value: bag.add(position.nodeId) },
        { expr: `${r}.id`, direction: this.direction, value: bag.add(position.relationshipId) },
      ];
      const after = (i: number): string => {
        const { expr, direction, value } = terms[i]!;
        const beyond = `${expr} ${direction === 'ASC' ? '>' : '<'} ${value}`;
        return i === terms.length - 1 ? beyond : `(${beyond} OR (${expr} = ${value} AND ${after(i + 1)}))`;
      };
      keyset = ` AND ${after(0)}`;
    }
    const limit = bag.add(neo4j.int(this.first + 1));
    const dir = this.direction;
    const orderBy = (sortValues: string) =>
      `ORDER BY ${this.sortKeys.map(({ direction }, i) => `${sortValues}[${i}] ${direction}`).join(', ')}, ${o}.id ${dir}, ${r}.id ${dir}`;
    return { pattern, filter, pageFilter: `${filter}${keyset}`, sort: `[${sorts.join(', ')}]`, orderBy, limit };
  }
}

/** What EdgeConnectionPlan.compile returns: the Cypher pieces of one connection's page and count. */
export interface CompiledEdgeMatch {
  pattern: string;
  /** The filter alone (for the count). */
  filter: string;
  /** The filter and the keyset position (for the page). */
  pageFilter: string;
  /** The list of sort values of an edge, one per sort key. */
  sort: string;
  orderBy: (sortValue: string) => string;
  limit: string;
}
