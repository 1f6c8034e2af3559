/**
 * The database edge: Neo4j values become plain JSON here, once, so nothing above the repositories
 * sees a driver Integer, temporal value, node or relationship.
 */
import neo4j, { isDate, isDateTime, isDuration, isLocalDateTime, isLocalTime, isTime, isNode, isRelationship, isPath } from 'neo4j-driver';

export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

/** A scalar row value (an id, a name, a sort key) as text; a list or a map here is a programming error. */
export function scalarText(value: Plain | undefined): string {
  if (value === null || value === undefined || typeof value !== 'object') return String(value);
  throw new TypeError(`expected a scalar row value, got ${JSON.stringify(value)}`);
}

export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  // Most values of an answer are text and numbers: returned before the checks for driver types.
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (neo4j.isInt(value)) {
    // Counts and years fit a double; anything larger is returned as text rather than rounded.
    return value.inSafeRange() ? value.toNumber() : value.toString();
  }
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value)) {
    return value.toString();
  }
  if (isNode(value)) return toPlain(value.properties);
  if (isRelationship(value)) return { type: value.type, ...(toPlain(value.properties) as Record<string, Plain>) };
  if (isPath(value)) return value.segments.map((s) => toPlain(s.relationship));
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const out: Record<string, Plain> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toPlain(v);
    return out;
  }
  // Anything else the driver may return (a point) prints itself.
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a point's toString is its Cypher text
  return String(value);
}

/** A row's number, or null when it holds none (absent, null, or another type). */
export const numberOrNull = (value: unknown): number | null => (typeof value === 'number' ? value : null);

/** A row's text, or null when it holds none. */
export const textOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * A computed figure (a share, an HHI, a ratio) as answers give it: sums of shares like 0.7 + 0.12 +
 * 0.09 come out as 0.9099999…, and six decimals is beyond any source's precision.
 */
export const roundFigure = (value: number): number => Math.round(value * 1e6) / 1e6;
