/**
 * The operations the bench measures: each one question asked as supplygraph GraphQL, as hand-written
 * Cypher and, where it can express it, as @neo4j/graphql GraphQL, with how to read the answer from each.
 */
import { WALKS, type WalkName } from '../src/model/walks.js';
import { searchStatement } from '../src/modules/search/search.repository.js';
import { SEARCH } from '../src/modules/search/search.queries.js';
import type { Answer } from './http.js';
import type { GeneratedGraphSummary } from './plan.js';

/** GraphQL variables; the hand-written Cypher gets the same map unless the entry says otherwise. */
export type Variables = Record<string, unknown>;

/**
 * One question, asked three ways: supplygraph GraphQL, hand-written Cypher, @neo4j/graphql. Each entry
 * keeps its GraphQL text and its Cypher side by side, so that a change of the API's shape is a change
 * of one entry.
 */
export interface Operation {
  name: string;
  /** Variables to rotate through (every side gets the same sequence). */
  variables: Variables[];
  supplygraph: string;
  cypher: string;
  /** The Cypher parameters for one set of variables, where they differ from the variables. */
  cypherParams?: (variables: Variables) => Variables;
  neo4jGraphql?: string;
  /**
   * Variables that make the answer whole (every edge, not a page): the check against
   * @neo4j/graphql uses them where the two order ties differently (it sorts names case-sensitively
   * and breaks no ties between a commodity's several years), so that the answers compare as sets.
   */
  wholeAnswer?: Variables;
  /** Why @neo4j/graphql is not compared, when it is not. */
  neo4jGraphqlCannot?: string;
  /** What the entry compares, where that is less than the whole answer. */
  note?: string;
  /** Part of the load test's mix (cheap enough to run under 64 clients). */
  load: boolean;
  /** The answer as comparable JSON, from each side, to check the sides agree. */
  fromSupplygraph: (data: Answer) => unknown;
  fromCypher: (rows: Record<string, Answer>[]) => unknown;
  fromNeo4jGraphql?: (data: Answer) => unknown;
}

const ids = (values: string[]) => values.map((id) => ({ id }));
/** A number to `digits` decimals (null stays null), so two ways of computing it compare. */
const roundTo = (value: unknown, digits: number) => (typeof value === 'number' ? Math.round(value * 10 ** digits) / 10 ** digits : null);

/** Each path's fixed cost: an HTTP + GraphQL request that reads nothing vs a driver round trip. */
export const FLOOR: Operation = {
  name: 'floor: { __typename } / RETURN 1',
  variables: [{}],
  load: false,
  supplygraph: 'query Floor { __typename }',
  cypher: 'RETURN 1 AS one',
  fromSupplygraph: () => 1,
  fromCypher: () => 1,
};

/**
 * The hand-written side of dependencies / exposure: the entities reachable within `hops` steps by
 * the walk's rules, each at its shortest distance, in the API's documented order (tier, name
 * ignoring case, id), the first 100. Written as a developer would by hand: tier by tier, each step
 * along the walk's types in their directions, dropping what was already reached, and no further
 * tier once 100 are found (later tiers cannot make the cut). Built from the walk table so the rules
 * cannot drift from the API's; independent of the API's statement (no routes, no kinds).
 * (`SHORTEST 1` over a quantified path to every reachable entity, the first version, took minutes
 * from one company at 6 hops on 1,000,000 relationships.)
 */
function reachCypher(walk: WalkName, hops: number): string {
  const rules = WALKS[walk];
  const pattern = (taken: typeof rules, m: string) => {
    const out = taken.filter((r) => r.direction === 'OUT').map((r) => r.type).join('|');
    const into = taken.filter((r) => r.direction === 'IN').map((r) => r.type).join('|');
    return [out && `[(${m})-[:${out}]->(n) | n]`, into && `[(${m})<-[:${into}]-(n) | n]`].filter(Boolean).join(' + ') || '[]';
  };
  const step = (first: boolean, ending: boolean) => pattern(rules.filter((r) => !r.onlyFromStart && !(first && r.notFromStart) && !!r.endsWalk === ending), 'm');
  // The start's group: the start and what its `onlyFromStart` rules reach from the group alone.
  const grouped = rules.filter((r) => r.onlyFromStart);
  const members = (m: string) => pattern(grouped, m);
  // Each new entity with `open`: reached by a rule the walk goes on from (not only by `endsWalk` ones).
  const tier = (k: number) => /* cypher */ `
        WITH visited, tiers, group, COLLECT {
          // No further tier once 100 are found (an aggregating COLLECT inside a CASE is refused by the engine).
          UNWIND CASE WHEN size(visited) > 100 THEN [] ELSE frontier END AS m
          UNWIND [x IN ${step(k === 1, false)} + CASE WHEN m IN group THEN ${members('m')} ELSE [] END | [x, true]] + [x IN ${step(k === 1, true)} | [x, false]] AS hit
          WITH hit[0] AS n, hit[1] AS open WHERE NOT n IN visited
          WITH n, collect(open) AS opens
          RETURN { n: n, open: true IN opens } } AS found
        WITH visited + [f IN found | f.n] AS visited, [f IN found WHERE f.open | f.n] AS frontier, tiers + [[f IN found | f.n]] AS tiers,
             group + [f IN found WHERE any(g IN group WHERE f.n IN ${members('g')}) | f.n] AS group`;
  return /* cypher */ `
        MATCH (root:Entity {id: $id})
        WITH [root] AS visited, [root] AS frontier, [] AS tiers, [root] AS group${Array.from({ length: hops }, (_, k) => tier(k + 1)).join('')}
        UNWIND range(1, size(tiers)) AS tier
        UNWIND tiers[tier - 1] AS reached
        WITH reached, tier
        ORDER BY tier, toLower(reached.name), reached.id
        LIMIT 100
        RETURN reached.id AS id, tier`;
}

/**
 * What the operations are asked about, per graph: the synthetic one (from the generator's known
 * facts) or the real one (the seed and the reference data `npm start` loads, asked about its hubs).
 */
export interface OperationVariables {
  /** Countries whose produced commodities are read (the first few with the most). */
  producers: string[];
  /** Countries whose headquartered companies are listed. */
  headquarters: string[];
  searchTexts: string[];
  trade: { exporter: string; importer: string; commodity: string }[];
  /** paths from a country to the companies of a sector headquartered in a country. */
  paths: { from: string; hq: string; sector: string }[];
  dependencies: string[];
  exposure: string[];
  /** For the documented operations' first calls (firstCall.ts): entities whose page the explorer shows, a route's end, a commodity. */
  entities: string[];
  pathTo: string;
  commodity: string;
}

export function syntheticVariables(known: GeneratedGraphSummary['known'], countries: string[]): OperationVariables {
  const [china, usa, third] = countries as [string, string, string];
  return {
    producers: countries,
    headquarters: [known.topHeadquarters.country, ...countries.filter((c) => c !== known.topHeadquarters.country)],
    searchTexts: known.searchTexts,
    trade: known.trade.map(({ exporter, importer, commodity }) => ({ exporter, importer, commodity })),
    paths: [0, 1, 2].map((k) => ({ from: [china, usa, third][k]!, hq: [usa, china, usa][k]!, sector: `sector:syn-${String(k + 1).padStart(2, '0')}` })),
    dependencies: [known.upstreamChain.company, 'company:syn-000010', 'company:syn-000020', 'company:syn-000030'],
    exposure: [known.exposure.commodity, china, usa, 'commodity:syn-c000001'],
    entities: [china, known.topProducer.country, known.concentration.commodity, known.upstreamChain.company],
    pathTo: known.upstreamChain.company,
    commodity: known.concentration.commodity,
  };
}

/**
 * The real graph's hubs: China (the most produced commodities, the most headquarters), the US,
 * HS chapters 84 and 28 (the most members), the story's commodities and companies.
 */
export const REAL_VARIABLES: OperationVariables = {
  producers: ['country:CN', 'country:US', 'country:RU', 'country:IN', 'country:AU'],
  headquarters: ['country:CN', 'country:US', 'country:JP'],
  searchTexts: ['rare earth', 'lithium', 'magnets', 'Ford', 'gallium'],
  trade: [
    { exporter: 'country:CN', importer: 'country:US', commodity: 'commodity:rare-earth-magnets' },
    { exporter: 'country:CN', importer: 'region:world', commodity: 'commodity:rare-earth-magnets' },
  ],
  paths: [
    { from: 'country:CN', hq: 'country:US', sector: 'sector:automotive' },
    { from: 'country:AU', hq: 'country:US', sector: 'sector:automotive' },
    { from: 'country:CN', hq: 'country:JP', sector: 'sector:automotive' },
  ],
  dependencies: ['country:US', 'company:ford', 'commodity:hs2022-84', 'commodity:rare-earth-magnets'],
  exposure: ['country:CN', 'commodity:hs2022-28', 'commodity:rare-earth-ore', 'country:US'],
  entities: ['country:CN', 'country:US', 'commodity:hs2022-84', 'commodity:rare-earth-magnets', 'company:ford'],
  pathTo: 'company:ford',
  commodity: 'commodity:rare-earth-ore',
};

export function operations(v: OperationVariables): Operation[] {
  return [
    {
      name: 'country + produces (50)',
      variables: ids(v.producers),
      load: true,
      supplygraph: /* GraphQL */ `query CountryProduces($id: ID!, $first: Int = 50) {
        entity(id: $id) { id name ... on Country { produces(first: $first) { edges { node { id name } relationship { share } } } } } }`,
      cypher: /* cypher */ `
        MATCH (c:Entity {id: $id})
        RETURN c.id AS id, c.name AS name, COLLECT {
          MATCH (c)-[p:PRODUCES]->(m:Entity)
          WITH p, m ORDER BY toLower(m.name), m.id, p.id LIMIT 50
          RETURN { share: p.share, node: { id: m.id, name: m.name } } } AS produces`,
      neo4jGraphql: /* GraphQL */ `query CountryProduces($id: ID!, $first: Int = 50) {
        countries(where: { id: { eq: $id } }) { id name
          producesConnection(first: $first, sort: [{ node: { name: ASC } }]) { edges { properties { share } node { id name } } } } }`,
      // China produces 156 (commodity, year) pairs on the real data: 500 is all of them.
      wholeAnswer: { first: 500 },
      fromSupplygraph: (d) => d.entity.produces.edges.map((e: Answer) => [e.node.id, e.relationship.share]),
      fromCypher: ([row]) => row!.produces.map((e: Answer) => [e.node.id, e.share]),
      fromNeo4jGraphql: (d) => d.countries[0].producesConnection.edges.map((e: Answer) => [e.node.id, e.properties.share]),
    },
    {
      name: 'companies by HQ country (20)',
      variables: ids(v.headquarters),
      load: true,
      supplygraph: /* GraphQL */ `query CompaniesIn($id: ID!) {
        companies(where: { headquarteredIn: { id: { eq: $id } } }, first: 20) { nodes { id name } } }`,
      cypher: /* cypher */ `
        MATCH (n:Company)-[:HEADQUARTERED_IN]->(:Entity {id: $id})
        WITH DISTINCT n ORDER BY toLower(n.name), n.id LIMIT 20
        RETURN n.id AS id, n.name AS name`,
      neo4jGraphql: /* GraphQL */ `query CompaniesIn($id: ID!) {
        companies(where: { headquarteredIn: { some: { id: { eq: $id } } } }, limit: 20, sort: [{ name: ASC }]) { id name } }`,
      fromSupplygraph: (d) => d.companies.nodes.map((n: Answer) => n.id),
      fromCypher: (rows) => rows.map((r) => r.id),
      fromNeo4jGraphql: (d) => d.companies.map((n: Answer) => n.id),
    },
    {
      name: 'nested produces→inputTo (10×10)',
      variables: ids(v.producers),
      load: true,
      supplygraph: /* GraphQL */ `query Nested($id: ID!) {
        entity(id: $id) { id ... on Country { produces(first: 10) { edges { node { id name ... on Commodity { inputTo(first: 10) { edges { node { id name } } } } } } } } } }`,
      cypher: /* cypher */ `
        MATCH (c:Entity {id: $id})
        RETURN c.id AS id, COLLECT {
          MATCH (c)-[p:PRODUCES]->(m:Entity)
          WITH p, m ORDER BY toLower(m.name), m.id, p.id LIMIT 10
          RETURN { id: m.id, name: m.name, inputTo: COLLECT {
            MATCH (m)-[q:INPUT_TO]->(o:Entity)
            WITH q, o ORDER BY toLower(o.name), o.id, q.id LIMIT 10
            RETURN { id: o.id, name: o.name } } } } AS produces`,
      neo4jGraphql: /* GraphQL */ `query Nested($id: ID!) {
        countries(where: { id: { eq: $id } }) { id
          producesConnection(first: 10, sort: [{ node: { name: ASC } }]) { edges { node { id name
            inputToConnection(first: 10, sort: [{ node: { name: ASC } }]) { edges { node { id name } } } } } } } }`,
      fromSupplygraph: (d) => d.entity.produces.edges.map((e: Answer) => [e.node.id, e.node.inputTo.edges.map((x: Answer) => x.node.id)]),
      fromCypher: ([row]) => row!.produces.map((e: Answer) => [e.id, e.inputTo.map((x: Answer) => x.id)]),
      fromNeo4jGraphql: (d) =>
        d.countries[0].producesConnection.edges.map((e: Answer) => [e.node.id, e.node.inputToConnection.edges.map((x: Answer) => x.node.id)]),
    },
    {
      name: 'nested produces(where)→makers (10×10)',
      note: 'relationship connections with a `where` on a relationship property; paging with `after` is tested against the graph in test/integration/relationship-connections.test.ts',
      variables: ids(v.producers),
      load: true,
      supplygraph: /* GraphQL */ `query NestedMakers($id: ID!) {
        entity(id: $id) { id ... on Country { produces(first: 10, where: { share: { gte: 0.05 } }) { edges { relationship { share } node { id ... on Commodity { makers(first: 10) { edges { node { id name } } } } } } } } } }`,
      cypher: /* cypher */ `
        MATCH (c:Entity {id: $id})
        RETURN c.id AS id, COLLECT {
          MATCH (c)-[p:PRODUCES]->(m:Entity) WHERE p.share >= 0.05
          WITH p, m ORDER BY toLower(m.name), m.id, p.id LIMIT 10
          RETURN { id: m.id, share: p.share, makers: COLLECT {
            MATCH (m)<-[q:MAKES]-(o:Entity)
            WITH q, o ORDER BY toLower(o.name), o.id, q.id LIMIT 10
            RETURN o.id } } } AS produces`,
      neo4jGraphql: /* GraphQL */ `query NestedMakers($id: ID!) {
        countries(where: { id: { eq: $id } }) { id
          producesConnection(first: 10, where: { edge: { share: { gte: 0.05 } } }, sort: [{ node: { name: ASC } }]) { edges { properties { share } node { id
            makersConnection(first: 10, sort: [{ node: { name: ASC } }]) { edges { node { id name } } } } } } } }`,
      fromSupplygraph: (d) => d.entity.produces.edges.map((e: Answer) => [e.node.id, e.relationship.share, e.node.makers.edges.map((x: Answer) => x.node.id)]),
      fromCypher: ([row]) => row!.produces.map((e: Answer) => [e.id, e.share, e.makers]),
      fromNeo4jGraphql: (d) =>
        d.countries[0].producesConnection.edges.map((e: Answer) => [e.node.id, e.properties.share, e.node.makersConnection.edges.map((x: Answer) => x.node.id)]),
    },
    {
      name: 'search (10)',
      variables: v.searchTexts.map((text) => ({ text })),
      load: true,
      // The API's own statement: its ranking (docs/API.md, search.queries.ts) is the answer, and
      // the tests check it rule by rule; here it is the floor a hand-written endpoint would run.
      cypherParams: (v) => searchStatement({ text: String(v.text), first: 10 })!.params,
      supplygraph: /* GraphQL */ `query Search($text: String!) { search(text: $text, first: 10) { entity { id } } }`,
      cypher: SEARCH,
      neo4jGraphqlCannot: 'its @fulltext queries one index per type and cannot rank exact names first across kinds',
      fromSupplygraph: (d) => d.search.map((h: Answer) => h.entity.id),
      fromCypher: (rows) => rows.map((r) => r.entity.id),
    },
    {
      name: 'tradeSeries',
      note: 'compares the reported points; the derived ones are computed in the API from reported changes',
      variables: v.trade,
      load: true,
      supplygraph: /* GraphQL */ `query Trade($exporter: ID!, $importer: ID!, $commodity: ID!) {
        tradeSeries(exporter: $exporter, importer: $importer, commodity: $commodity) { points { period quantity derived } } }`,
      cypher: /* cypher */ `
        MATCH (t:TradeObservation)-[:EXPORTER]->(:Entity {id: $exporter})
        WHERE EXISTS { (t)-[:IMPORTER]->(:Entity {id: $importer}) } AND EXISTS { (t)-[:OF]->(:Entity {id: $commodity}) }
        RETURN t.period AS period, t.quantity AS quantity
        ORDER BY t.periodEnd, t.periodStart DESC`,
      neo4jGraphqlCannot: 'the series (back-computed points, computed changes, share of total) is computed, not stored',
      fromSupplygraph: (d) => d.tradeSeries.points.filter((p: Answer) => !p.derived).map((p: Answer) => [p.period, p.quantity]),
      fromCypher: (rows) => rows.map((r) => [r.period, r.quantity]),
    },
    {
      name: 'paths ≤ 6 hops (10)',
      note: 'a country → companies of one sector headquartered in another country (China → US automakers, synthetic)',
      variables: v.paths,
      load: false,
      supplygraph: /* GraphQL */ `query Paths($from: ID!, $hq: ID!, $sector: ID!) {
        paths(from: $from, to: { companies: { headquarteredIn: { id: { eq: $hq } }, sectors: { id: { eq: $sector } } } },
              via: [PRODUCES, INPUT_TO, MAKES, USES, SUPPLIES], maxHops: 6, first: 10) { nodes { id } } }`,
      cypher: /* cypher */ `
        MATCH (a:Entity {id: $from})
        MATCH (b:Company)-[:HEADQUARTERED_IN]->(:Entity {id: $hq})
        WHERE EXISTS { (b)-[:IN_SECTOR]->(:Entity {id: $sector}) } AND b <> a
        // Every target, none left out (a LIMIT here, in no defined order, can leave out targets
        // the API reaches, on a hub that hosts many companies); each searched on its own, which
        // here is far cheaper than one ALL SHORTEST to the set of targets (that walks all six hops:
        // 1.3 s on the real data).
        WITH DISTINCT a, b
        CALL (a, b) {
          // Every shortest walk (parallel relationships make several walks of one route, so a fixed
          // number of them could miss a route), one route per target: the first by entity ids.
          MATCH p = ALL SHORTEST (a)-[:PRODUCES|INPUT_TO|MAKES|USES|SUPPLIES]-{1,6}(b)
          WITH DISTINCT nodes(p) AS ns
          ORDER BY size(ns), [v IN ns | v.id]
          LIMIT 1
          RETURN ns
        }
        WITH ns ORDER BY size(ns), [v IN ns | toLower(v.name)], [v IN ns | v.id] LIMIT 10
        RETURN [v IN ns | v.id] AS ids`,
      neo4jGraphqlCannot: 'it has no path queries (only through a hand-written @cypher field)',
      fromSupplygraph: (d) => d.paths.map((p: Answer) => p.nodes.map((n: Answer) => n.id)),
      fromCypher: (rows) => rows.map((r) => r.ids),
    },
    {
      name: 'dependencies 6 tiers (100)',
      variables: ids(v.dependencies),
      load: false,
      supplygraph: /* GraphQL */ `query Dependencies($id: ID!) {
        dependencies(of: $id, maxTier: 6, first: 100) { items { entity { id } tier } } }`,
      // The upstream walk, from the same table the API walks by (src/model/walks.ts).
      cypher: reachCypher('dependencies', 6),
      neo4jGraphqlCannot: 'it has no tiered reachability (only through a hand-written @cypher field)',
      fromSupplygraph: (d) => d.dependencies.items.map((i: Answer) => [i.entity.id, i.tier]),
      fromCypher: (rows) => rows.map((r) => [r.id, Number(r.tier)]),
    },
    {
      name: 'disruption: a country stops (supply lost, HHI before/after)',
      variables: ids(v.producers),
      load: false,
      supplygraph: /* GraphQL */ `query Disruption($id: ID!) {
        disruption(scenario: { stop: [$id] }) { commodities { commodity { id } lostShare hhiBefore hhiAfter } } }`,
      // Per commodity the country produces or makes: the measure (the latest year up to this one, then
      // the most producers; ties by stage, then measure), its lost share and HHI before and after.
      cypher: /* cypher */ `
        MATCH (s:Entity {id: $id})-[:PRODUCES|MAKES]->(c:Commodity)
        WITH DISTINCT s, c
        WITH s, c, COLLECT {
          MATCH (p:Entity)-[r:PRODUCES]->(c)
          WHERE r.share IS NOT NULL AND NOT p:Region
          WITH r.stage AS stage, r.year AS year, r.usgsType AS usgsType, p, max(r.share) AS share
          WITH stage, year, usgsType, collect({ p: p, share: share }) AS shares, coalesce(year, -1000000) AS y
          ORDER BY CASE WHEN y <= $year THEN 0 ELSE 1 END, CASE WHEN y <= $year THEN -y ELSE y END, size(shares) DESC, coalesce(stage, ''), coalesce(usgsType, '')
          LIMIT 1
          RETURN shares
        } AS measures
        WITH s, c, coalesce(measures[0], []) AS shares
        WITH s, c, shares, [x IN shares WHERE x.p = s | x.share][0] AS lost
        WITH c, shares, lost, [x IN shares WHERE x.p <> s AND x.share > 0 | x.share] AS others
        RETURN c.id AS id, lost,
               CASE WHEN size(shares) = 0 THEN null ELSE reduce(h = 0.0, x IN shares | h + (100 * x.share) ^ 2) END AS hhiBefore,
               CASE WHEN lost IS NULL OR lost >= 1 OR size(others) = 0 THEN null ELSE reduce(h = 0.0, x IN others | h + (100 * x / (1 - lost)) ^ 2) END AS hhiAfter`,
      cypherParams: (variables) => ({ ...variables, year: new Date().getUTCFullYear() }),
      neo4jGraphqlCannot: 'it has no computed scenarios (only through a hand-written @cypher field)',
      note: 'compares per commodity hit the share lost (6 decimals) and HHI before and after (rounded); importers and downstream are the API\'s own (test/integration/disruption.test.ts checks them against a reference)',
      fromSupplygraph: (d) =>
        d.disruption.commodities
          .map((c: Answer) => [c.commodity.id, roundTo(c.lostShare, 6), roundTo(c.hhiBefore, 0), roundTo(c.hhiAfter, 0)])
          .sort((a: Answer, b: Answer) => String(a[0]).localeCompare(String(b[0]))),
      fromCypher: (rows) => rows.map((r) => [r.id, roundTo(r.lost, 6), roundTo(r.hhiBefore, 0), roundTo(r.hhiAfter, 0)]).sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    },
    {
      name: 'exposure 6 hops (100)',
      variables: ids(v.exposure),
      load: false,
      supplygraph: /* GraphQL */ `query Exposure($id: ID!) {
        exposure(to: $id, maxHops: 6, first: 100) { items { entity { id } tier } } }`,
      // The downstream walk, from the same table the API walks by (src/model/walks.ts).
      cypher: reachCypher('exposure', 6),
      neo4jGraphqlCannot: 'it has no tiered reachability (only through a hand-written @cypher field)',
      fromSupplygraph: (d) => d.exposure.items.map((i: Answer) => [i.entity.id, i.tier]),
      fromCypher: (rows) => rows.map((r) => [r.id, Number(r.tier)]),
    },
  ];
}
