/**
 * The operations the bench measures: each one question asked as supplygraph GraphQL, as hand-written
 * Cypher and, where it can express it, as @neo4j/graphql GraphQL, with how to read the answer from each.
 */
import type { GeneratedGraphSummary } from './plan.js';

/** One question, asked three ways: supplygraph GraphQL, hand-written Cypher, @neo4j/graphql. */
export interface Operation {
  name: string;
  /** Ids to rotate through (both sides get the same sequence). */
  ids: string[];
  supplygraph: string;
  cypher: string;
  neo4jGraphql?: string;
  /** The answer as comparable JSON, from each side, to check the sides agree. */
  fromSupplygraph: (data: any) => unknown;
  fromCypher: (rows: Record<string, any>[]) => unknown;
  fromNeo4jGraphql?: (data: any) => unknown;
}

export function operations(known: GeneratedGraphSummary['known'], countries: string[]): Operation[] {
  return [
    {
      name: 'country + produces (50)',
      ids: countries,
      supplygraph: /* GraphQL */ `query CountryProduces($id: ID!) {
        entity(id: $id) { id name ... on Country { produces(first: 50) { share node { id name } } } } }`,
      cypher: /* cypher */ `
        MATCH (c:Entity {id: $id})
        RETURN c.id AS id, c.name AS name, COLLECT {
          MATCH (c)-[p:PRODUCES]->(m:Entity)
          WITH p, m ORDER BY m.name, m.id, p.id LIMIT 50
          RETURN { share: p.share, node: { id: m.id, name: m.name } } } AS produces`,
      neo4jGraphql: /* GraphQL */ `query CountryProduces($id: ID!) {
        countries(where: { id: { eq: $id } }) { id name
          producesConnection(first: 50, sort: [{ node: { name: ASC } }]) { edges { properties { share } node { id name } } } } }`,
      fromSupplygraph: (d) => d.entity.produces.map((e: any) => [e.node.id, e.share]),
      fromCypher: ([row]) => row!.produces.map((e: any) => [e.node.id, e.share]),
      fromNeo4jGraphql: (d) => d.countries[0].producesConnection.edges.map((e: any) => [e.node.id, e.properties.share]),
    },
    {
      name: 'companies by HQ country (20)',
      ids: [known.topHeadquarters.country, ...countries.filter((c) => c !== known.topHeadquarters.country)],
      supplygraph: /* GraphQL */ `query CompaniesIn($id: ID!) {
        companies(where: { headquarteredIn: { id: { eq: $id } } }, first: 20) { nodes { id name } } }`,
      cypher: /* cypher */ `
        MATCH (n:Company)-[:HEADQUARTERED_IN]->(:Entity {id: $id})
        WITH DISTINCT n ORDER BY n.name, n.id LIMIT 20
        RETURN n.id AS id, n.name AS name`,
      neo4jGraphql: /* GraphQL */ `query CompaniesIn($id: ID!) {
        companies(where: { headquarteredIn: { some: { id: { eq: $id } } } }, limit: 20, sort: [{ name: ASC }]) { id name } }`,
      fromSupplygraph: (d) => d.companies.nodes.map((n: any) => n.id),
      fromCypher: (rows) => rows.map((r) => r.id),
      fromNeo4jGraphql: (d) => d.companies.map((n: any) => n.id),
    },
    {
      name: 'nested produces→inputTo (10×10)',
      ids: countries,
      supplygraph: /* GraphQL */ `query Nested($id: ID!) {
        entity(id: $id) { id ... on Country { produces(first: 10) { node { id name ... on Commodity { inputTo(first: 10) { node { id name } } } } } } } }`,
      cypher: /* cypher */ `
        MATCH (c:Entity {id: $id})
        RETURN c.id AS id, COLLECT {
          MATCH (c)-[p:PRODUCES]->(m:Entity)
          WITH p, m ORDER BY m.name, m.id, p.id LIMIT 10
          RETURN { id: m.id, name: m.name, inputTo: COLLECT {
            MATCH (m)-[q:INPUT_TO]->(o:Entity)
            WITH q, o ORDER BY o.name, o.id, q.id LIMIT 10
            RETURN { id: o.id, name: o.name } } } } AS produces`,
      neo4jGraphql: /* GraphQL */ `query Nested($id: ID!) {
        countries(where: { id: { eq: $id } }) { id
          producesConnection(first: 10, sort: [{ node: { name: ASC } }]) { edges { node { id name
            inputToConnection(first: 10, sort: [{ node: { name: ASC } }]) { edges { node { id name } } } } } } } }`,
      fromSupplygraph: (d) => d.entity.produces.map((e: any) => [e.node.id, e.node.inputTo.map((x: any) => x.node.id)]),
      fromCypher: ([row]) => row!.produces.map((e: any) => [e.id, e.inputTo.map((x: any) => x.id)]),
      fromNeo4jGraphql: (d) =>
        d.countries[0].producesConnection.edges.map((e: any) => [e.node.id, e.node.inputToConnection.edges.map((x: any) => x.node.id)]),
    },
  ];
}

/**
 * (d) Latency benches for root fields that do not exist yet. When `paths` / `exposure` land, return an
 * Operation here (supplygraph query + hand-written Cypher; the generator's summary has facts to check
 * against: known.knownPath, known.exposure, known.concentration, known.upstreamChain). Entries that
 * return null are listed as "pending" in the report; the others run exactly like the (a) cases.
 */
export const FUTURE_LATENCY_BENCHES: Record<string, (known: GeneratedGraphSummary['known']) => Operation | null> = {
  // paths(from: known.knownPath.from, to: known.knownPath.to): every directed INPUT_TO path is known.knownPath.hops long.
  paths: () => null,
  // exposure(of: known.exposure.commodity): known.exposure.downstreamCommodities / exposedCompanies.
  exposure: () => null,
};
