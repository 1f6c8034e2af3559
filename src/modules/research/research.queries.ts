/**
 * Cypher for the research queries. Each is one statement. Relationship types, labels, hop counts
 * and path counts are interpolated only from the model's tables and from integers the resolvers
 * have range-checked; everything a client typed is a parameter.
 */
import { projectEntity } from '../entity/entity.queries.js';

/** A relationship as a map, seen from the node bound to `from`. */
const relationshipMap = (r: string, from: string) => `{ type: type(${r}), properties: properties(${r}), outgoing: startNode(${r}) = ${from} }`;

/** Holds on $asOf (when given): no validFrom after it, no validTo before it. */
export const validOn = (r: string) =>
  `($asOf IS NULL OR ((${r}.validFrom IS NULL OR ${r}.validFrom <= $asOf) AND (${r}.validTo IS NULL OR ${r}.validTo >= $asOf)))`;

const ARROW = {
  ANY: (x: string, r: string, types: string, n: string) => `(${x})-[${r}:${types}]-(${n})`,
  FORWARD: (x: string, r: string, types: string, n: string) => `(${x})-[${r}:${types}]->(${n})`,
  BACKWARD: (x: string, r: string, types: string, n: string) => `(${x})<-[${r}:${types}]-(${n})`,
};
export type PathDirection = keyof typeof ARROW;

/**
 * For each consecutive pair of the node list `ns`, every relationship of the allowed types joining
 * them (parallel relationships such as shares for several years): `steps`, one list per hop.
 */
function parallelSteps(types: string, direction: PathDirection): string {
  return `    CALL (ns) {
      UNWIND range(0, size(ns) - 2) AS i
      WITH i, ns[i] AS x, ns[i + 1] AS y
      MATCH ${ARROW[direction]('x', 'r', types, 'y')}
      WHERE ${validOn('r')}
      WITH i, x, r ORDER BY i, r.id
      WITH i, collect(${relationshipMap('r', 'x')}) AS rels
      ORDER BY i
      RETURN collect(rels) AS steps
    }`;
}

export interface PathsQueryOptions {
  types: string[];
  direction: PathDirection;
  maxHops: number;
  k: number;
  /** Label of the targets (from the model) and their predicate on `b` (compiled by where.ts). */
  targetLabel: string;
  targetPredicate: string;
}

/** At most this many targets are searched, so a broad filter cannot fan out without bound. */
export const MAX_PATH_TARGETS = 200;

export function pathsQuery(o: PathsQueryOptions): string {
  const types = o.types.join('|');
  // Routes differ by their nodes; parallel relationships (e.g. shares for several years) are one
  // route, so ask SHORTEST for more than k and keep k distinct node sequences.
  const candidates = o.k * 4;
  return /* cypher */ `
    // research.paths
    MATCH (a:Entity {id: $from})
    MATCH (b:${o.targetLabel})
    WHERE ${o.targetPredicate} AND b <> a
    WITH a, b LIMIT ${MAX_PATH_TARGETS}
    CALL (a, b) {
      MATCH p = SHORTEST ${candidates} (a)(${ARROW[o.direction]('x', 'r', types, 'n')}
        WHERE ${validOn('r')} AND (n = b OR (
          (size($through) = 0 OR any(l IN labels(n) WHERE l IN $through))
          AND none(l IN labels(n) WHERE l IN $avoid)
          AND NOT n.id IN $avoidIds))){1,${o.maxHops}}(b)
      WITH p WHERE all(i IN range(0, length(p)) WHERE none(j IN range(i + 1, length(p)) WHERE nodes(p)[i] = nodes(p)[j]))
      WITH DISTINCT nodes(p) AS ns
      // Among routes of equal length, a stable order, so k = 3 is a prefix of k = 10.
      ORDER BY size(ns), [v IN ns | v.id]
      LIMIT $k
      RETURN ns
    }
    WITH ns ORDER BY size(ns), [v IN ns | toLower(v.name)] LIMIT $first
${parallelSteps(types, o.direction)}
    RETURN [v IN ns | ${projectEntity('v')}] AS nodes, steps`;
}

/**
 * How a walk may take each relationship type: 'OUT' along its stored direction (startNode is the
 * node we come from), 'IN' against it, 'BOTH' either way.
 */
export type Orientation = Record<string, 'OUT' | 'IN' | 'BOTH'>;

export function reachQuery({ orientation, maxHops, notFromStart = [] }: { orientation: Orientation; maxHops: number; notFromStart?: string[] }): string {
  const types = Object.keys(orientation).join('|');
  const out = Object.keys(orientation).filter((t) => orientation[t] === 'OUT');
  const into = Object.keys(orientation).filter((t) => orientation[t] === 'IN');
  const both = Object.keys(orientation).filter((t) => orientation[t] === 'BOTH');
  const oriented = `((type(r) IN ${JSON.stringify(out)} AND startNode(r) = m) OR (type(r) IN ${JSON.stringify(into)} AND endNode(r) = m) OR type(r) IN ${JSON.stringify(both)})`;
  // Some steps only make sense further out: a company's own headquarters is not one of its inputs.
  const notFirst = notFromStart.length > 0 ? ` AND (m <> root OR NOT type(r) IN ${JSON.stringify(notFromStart)})` : '';
  return /* cypher */ `
    // research.reach
    MATCH (root:Entity {id: $id})
    MATCH p = SHORTEST 1 (root)((m)-[r:${types}]-(n) WHERE ${oriented}${notFirst} AND ${validOn('r')} AND NOT n:Source){1,${maxHops}}(reached)
    WHERE reached <> root AND ($kinds IS NULL OR any(l IN labels(reached) WHERE l IN $kinds))
    WITH reached, nodes(p) AS ns
    ORDER BY size(ns), toLower(reached.name), reached.id
    LIMIT $first
${parallelSteps(types, 'ANY')}
    RETURN [v IN ns | ${projectEntity('v')}] AS nodes, steps,
           [(reached)-[:HEADQUARTERED_IN]->(c:Country) | c.id][0] AS countryId`;
}

export const CONCENTRATION = /* cypher */ `
  // research.concentration
  MATCH (c:Commodity {id: $commodity})
  OPTIONAL MATCH (p:Entity)-[r:PRODUCES]->(c)
  WHERE r.share IS NOT NULL AND ${validOn('r')}
  WITH c, p, r ORDER BY r.share DESC, p.id
  WITH c, collect(CASE WHEN p IS NULL THEN NULL ELSE { producer: ${projectEntity('p')}, properties: properties(r) } END) AS shares
  RETURN ${projectEntity('c')} AS commodity, shares,
         [(:Region {id: 'region:world'})-[w:PRODUCES]->(c) WHERE ${validOn('w')} | properties(w)] AS worldTotals`;

const OBSERVATION = /* cypher */ `t { .id, .period, .quantity, .unit, .changeBases, .changePercents, .changeComparedTo, sources: [(t)-[:REPORTED_IN]->(s) | s.id] }`;

export const TRADE_SERIES = /* cypher */ `
  // research.tradeSeries
  OPTIONAL MATCH (x:Entity {id: $exporter})
  OPTIONAL MATCH (m:Entity {id: $importer})
  OPTIONAL MATCH (c:Commodity {id: $commodity})
  RETURN CASE WHEN x IS NULL THEN NULL ELSE ${projectEntity('x')} END AS exporter,
         CASE WHEN m IS NULL THEN NULL ELSE ${projectEntity('m')} END AS importer,
         CASE WHEN c IS NULL THEN NULL ELSE ${projectEntity('c')} END AS commodity,
         COLLECT {
           MATCH (t:TradeObservation)-[:EXPORTER]->(x)
           WHERE EXISTS { (t)-[:IMPORTER]->(m) } AND EXISTS { (t)-[:OF]->(c) }
           RETURN ${OBSERVATION}
         } AS flow,
         COLLECT {
           MATCH (t:TradeObservation)-[:EXPORTER]->(x)
           WHERE EXISTS { (t)-[:IMPORTER]->(:Region {id: 'region:world'}) } AND EXISTS { (t)-[:OF]->(c) }
           RETURN ${OBSERVATION}
         } AS totals`;

/** Everything dated around an entity comes from its direct relationships (sources aside). */
export const NEIGHBOURHOOD = /* cypher */ `
  // research.neighbourhood
  MATCH (e:Entity {id: $id})
  RETURN ${projectEntity('e')} AS entity,
         [(e)-[:REPORTED_IN]->(s:Source) | s.id] AS sources,
         COLLECT {
           MATCH (e)-[r]-(o:Entity)
           WHERE type(r) <> 'REPORTED_IN'
           RETURN { relationship: ${relationshipMap('r', 'e')}, node: ${projectEntity('o')}, nodeSources: [(o)-[:REPORTED_IN]->(s:Source) | s.id] }
           LIMIT $maxLinks
         } AS links`;
