/**
 * The statements of `supplyRisk` and `Commodity.importDependence` (supplyRisk.ts).
 */
import neo4j from 'neo4j-driver';
import { projectEntity } from '../../cypher/entity.js';
import type { Statement } from '../../cypher/statement.js';

/** The country, its years with figures, and per imported commodity: the year's figures, world shares, ranked sources. */
export const SUPPLY_RISK = /* cypher */ `
  // research.supplyRisk
  MATCH (country:Country {id: $country})
  WITH country, COLLECT { MATCH (country)-[i:IMPORTS]->(:Commodity) RETURN DISTINCT i.year AS year ORDER BY year } AS years
  WITH country, years, coalesce($year, years[-1]) AS year
  RETURN ${projectEntity('country')} AS country, years, year,
         COLLECT {
           MATCH (country)-[i:IMPORTS]->(m:Commodity)
           WHERE i.year = year
           WITH m, collect(properties(i)) AS figures
           RETURN {
             commodity: ${projectEntity('m')},
             figures: figures,
             shares: [(p:Entity)-[r:PRODUCES]->(m) WHERE r.share IS NOT NULL AND NOT p:Region | { producer: ${projectEntity('p')}, properties: properties(r) }],
             sources: [(country)-[s:IMPORTS_FROM]->(o:Country) WHERE s.commodity = m.id | { country: ${projectEntity('o')}, properties: properties(s) }]
           } AS item
         } AS items`;

export const supplyRiskStatement = ({ country, year }: { country: string; year: number | null }): Statement => ({
  name: 'research.supplyRisk',
  cypher: SUPPLY_RISK,
  params: { country, year: year === null ? null : neo4j.int(year) },
});

export const IMPORT_DEPENDENCE = /* cypher */ `
  // research.importDependence
  MATCH (country:Country {id: $country})
  UNWIND $commodities AS commodityId
  MATCH (m:Commodity {id: commodityId})
  RETURN m.id AS commodity, ${projectEntity('country')} AS country, ${projectEntity('m')} AS entity,
         COLLECT { MATCH (country)-[i:IMPORTS]->(m) WHERE $year IS NULL OR i.year = $year
                   RETURN properties(i) AS p ORDER BY i.year DESC, coalesce(i.form, ''), i.id } AS reliance,
         COLLECT { MATCH (country)-[f:IMPORTS_FROM]->(o:Country) WHERE f.commodity = m.id
                   RETURN { country: ${projectEntity('o')}, properties: properties(f) } AS source ORDER BY coalesce(f.form, ''), f.rank } AS sources`;

export const importDependenceStatement = ({ country, commodities, year }: { country: string; commodities: string[]; year: number | null }): Statement => ({
  name: 'research.importDependence',
  cypher: IMPORT_DEPENDENCE,
  params: { country, commodities, year: year === null ? null : neo4j.int(year) },
});
