/**
 * The statements of `disruption` (disruption.ts): what a scenario hits, and exposure's walk from
 * every hit commodity at once.
 */
import neo4j from 'neo4j-driver';
import { projectEntity } from '../../cypher/entity.js';
import type { Statement } from '../../cypher/statement.js';
import { validOn } from '../../cypher/validity.js';
import { ENTITY_KINDS, WORLD_ID } from '../../model/kinds.js';
import type { DisruptionArgs } from './disruption.js';
import { reachQuery } from './research.queries.js';

/**
 * The stopped supply lines (PRODUCES and MAKES of the stopped entities, or the stopped
 * relationships themselves) and, per commodity they supply: every producer's share, its makers and
 * producers (for the alternatives), the world totals, and the importers naming a stopped supplier.
 */
export const DISRUPTION = /* cypher */ `
  // research.disruption
  UNWIND [x IN $stop WHERE x <> ''] AS asked
  OPTIONAL MATCH (e:Entity {id: asked})
  OPTIONAL MATCH ()-[p:PRODUCES {id: asked}]->()
  OPTIONAL MATCH ()-[k:MAKES {id: asked}]->()
  WITH asked, e, coalesce(p, k) AS line
  WITH collect(CASE WHEN e IS NULL AND line IS NULL THEN asked END) AS unknown,
       collect(e) AS entities, collect(line) AS lines
  WITH unknown, entities, lines + COLLECT {
         UNWIND entities AS s
         MATCH (s)-[r:PRODUCES|MAKES]->(:Commodity)
         WHERE ${validOn('r')}
         RETURN r
       } AS lines
  WITH unknown, entities, [r IN lines WHERE NOT $onlySome OR endNode(r).id IN $commodities] AS lines
  // The importers naming a stopped supplier as a source of a commodity it stops supplying: each
  // supplier's incoming IMPORTS_FROM read once (a hub is named for many commodities), not per commodity.
  WITH unknown, entities, lines, COLLECT {
    UNWIND lines AS line
    WITH startNode(line) AS source, collect(DISTINCT endNode(line).id) AS stopping
    MATCH (importer:Country)-[f:IMPORTS_FROM]->(source)
    WHERE f.commodity IN stopping
    RETURN DISTINCT { commodity: f.commodity, importer: importer } AS naming
  } AS namings
  RETURN unknown,
         [s IN entities + [r IN lines WHERE NOT startNode(r) IN entities | startNode(r)] | ${projectEntity('s')}] AS stopped,
         COLLECT {
           UNWIND lines AS line
           WITH DISTINCT endNode(line) AS c
           WITH c, [r IN lines WHERE endNode(r) = c] AS hits
           // The measure whose shares count (pickMeasure's rule, so that only its shares are sent:
           // a hub such as China hits some 70 commodities with shares for several years each).
           WITH c, hits, COLLECT {
             MATCH (x:Entity)-[r:PRODUCES]->(c)
             WHERE r.share IS NOT NULL AND NOT x:Region AND ${validOn('r')}
             WITH r.stage AS stage, r.year AS year, r.usgsType AS usgsType, coalesce(r.year, -1000000) AS y, count(DISTINCT x) AS producers
             ORDER BY CASE WHEN y <= $year THEN 0 ELSE 1 END, CASE WHEN y <= $year THEN -y ELSE y END, producers DESC, coalesce(stage, ''), coalesce(usgsType, '')
             LIMIT 1
             RETURN [coalesce(stage, ''), y, coalesce(usgsType, '')] AS measure
           } AS measures
           WITH c, hits, measures[0] AS measure
           RETURN {
             commodity: ${projectEntity('c')},
             lines: [r IN hits | { supplier: startNode(r).id, type: type(r), properties: properties(r) }],
             shares: [(x:Entity)-[r:PRODUCES]->(c) WHERE r.share IS NOT NULL AND NOT x:Region AND ${validOn('r')} AND [coalesce(r.stage, ''), coalesce(r.year, -1000000), coalesce(r.usgsType, '')] = measure
                     | { producer: ${projectEntity('x')}, properties: properties(r) }],
             suppliers: [(x:Entity)-[r:PRODUCES|MAKES]->(c) WHERE NOT x:Region AND ${validOn('r')} | x.id],
             worldTotals: [(:Region {id: $world})-[w:PRODUCES]->(c) WHERE ${validOn('w')} AND [coalesce(w.stage, ''), coalesce(w.year, -1000000), coalesce(w.usgsType, '')] = measure | properties(w)],
             importers: [importer IN [n IN namings WHERE n.commodity = c.id | n.importer] | {
               country: ${projectEntity('importer')},
               sources: [(importer)-[f:IMPORTS_FROM]->(o:Country) WHERE f.commodity = c.id | { country: ${projectEntity('o')}, properties: properties(f) }],
               reliance: [(importer)-[i:IMPORTS]->(c) | properties(i)]
             }]
           } AS hit
         } AS hits`;

/**
 * The engine caches a plan per statement text and parameter types, and plans again when a list
 * parameter's size changes much (each plan costs seconds): lists go padded with '' to fixed sizes
 * (the statements skip ''), and `commodities` is always a list, with `onlySome` saying whether it
 * applies, so a scenario of any size reuses one plan.
 */
const padded = (ids: readonly string[], size: number) => (ids.length >= size ? [...ids] : [...ids, ...Array<string>(size - ids.length).fill('')]);
const PADDED_IDS = 64;
const PADDED_HITS = 256;

export const disruptionStatement = ({ stop, commodities, asOf }: Pick<DisruptionArgs, 'stop' | 'commodities' | 'asOf'>): Statement => ({
  name: 'research.disruption',
  cypher: DISRUPTION,
  params: {
    stop: padded(stop, PADDED_IDS),
    onlySome: commodities !== null,
    commodities: padded(commodities ?? [], PADDED_IDS),
    asOf,
    year: neo4j.int(scenarioYear(asOf)),
    world: WORLD_ID,
  },
});

/** The year whose shares count: asOf's, else this year. */
export const scenarioYear = (asOf: string | null) => (asOf ? Number(asOf.slice(0, 4)) : new Date().getUTCFullYear());

/** Exposure's walk from every hit commodity at once, the stopped entities left out. */
export const downstreamStatement = ({ commodities, exclude, maxTier, first, asOf }: { commodities: string[]; exclude: string[]; maxTier: number; first: number; asOf: string | null }): Statement => ({
  name: 'research.disruption.downstream',
  cypher: reachQuery('exposure', { withRoutes: true, fromMany: true }),
  params: { ids: padded(commodities, PADDED_HITS), exclude: padded(exclude, PADDED_IDS), maxHops: neo4j.int(maxTier), kinds: [...ENTITY_KINDS], dated: asOf !== null, asOf: asOf ?? '0000-01-01', first: neo4j.int(first) },
});
