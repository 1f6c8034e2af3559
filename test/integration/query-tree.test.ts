/**
 * One Cypher statement per root field (modules/tree): the round trips of a request equal its
 * number of root fields however deep or wide its selection (plus one for the sources its
 * relationships cite, read by id for the whole answer), and the nested answers equal what
 * hand-written Cypher over the seed says (pages, filters, sort orders, cursors, counts, sources).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type Answer, type TestApi } from '../helpers/context.js';
import { MAX_SOURCES_PER_ITEM } from '../../src/model/records.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const STATS = { 'x-supplygraph-stats': '1' };

async function ask(query: string, variables?: Record<string, unknown>) {
  const { body } = await api.graphql(query, variables, STATS);
  expect(body.errors).toBeUndefined();
  return { data: body.data, roundTrips: Number(body.extensions?.supplygraph?.cypherRoundTrips) };
}

async function cypher(query: string, params: Record<string, unknown> = {}) {
  return api.db.read('test.truth', query, params);
}

/** Hand-written: the top `first` relationships of `type` into/out of `id`, ordered like the API (share desc, then ids desc). */
const TOP_BY_SHARE = (pattern: string) => /* cypher */ `
  MATCH ${pattern}
  WITH r, o ORDER BY coalesce(toFloat(r.share), -1e300) DESC, o.id DESC, r.id DESC
  RETURN r.id AS rel, o.id AS node, r.sources AS sources`;

describe('round trips = root fields', () => {
  it('reads a four-level query in one statement, with answers equal to hand-written Cypher', async () => {
    const { data, roundTrips } = await ask(`{
      entity(id: "country:CN") { id ... on Country {
        produces(first: 3, orderBy: { field: SHARE, direction: DESC }) { totalCount edges {
          relationship { id sources { id } }
          node { id ... on Commodity {
            producers(first: 2, orderBy: { field: SHARE, direction: DESC }) { totalCount edges {
              relationship { id }
              node { id sources { id } } } } } } } } } } }`);
    // The tree, then the sources the relationships cite.
    expect(roundTrips).toBe(2);

    const produced = await cypher(`${TOP_BY_SHARE(`(:Country {id: 'country:CN'})-[r:PRODUCES]->(o:Entity)`)} LIMIT 3`);
    const total = await cypher(`MATCH (:Country {id: 'country:CN'})-[r:PRODUCES]->(:Entity) RETURN count(r) AS n`);
    expect(data.entity.produces.totalCount).toBe(total[0]!.n);
    expect(data.entity.produces.edges.map((e: Answer) => e.relationship.id)).toEqual(produced.map((r) => r.rel));
    expect(data.entity.produces.edges.map((e: Answer) => e.relationship.sources.map((s: Answer) => s.id))).toEqual(produced.map((r) => r.sources));
    for (const [i, edge] of data.entity.produces.edges.entries()) {
      const commodity = produced[i]!.node as string;
      expect(edge.node.id).toBe(commodity);
      const producers = await cypher(`${TOP_BY_SHARE(`(:Entity {id: $id})<-[r:PRODUCES]-(o:Entity)`)} LIMIT 2`, { id: commodity });
      const count = await cypher(`MATCH (:Entity {id: $id})<-[r:PRODUCES]-(:Entity) RETURN count(r) AS n`, { id: commodity });
      expect(edge.node.producers.totalCount).toBe(count[0]!.n);
      expect(edge.node.producers.edges.map((e: Answer) => e.relationship.id)).toEqual(producers.map((r) => r.rel));
      for (const producer of edge.node.producers.edges) {
        const sources = await cypher(`MATCH (:Entity {id: $id})-[:REPORTED_IN]->(s:Source) RETURN s.id AS id ORDER BY s.published DESC, s.id`, { id: producer.node.id });
        expect(producer.node.sources.map((s: Answer) => s.id)).toEqual(sources.map((s) => s.id));
      }
    }
  });

  it('reads a wide query (many fields, aliases, fragments, variables, @include/@skip) in one statement', async () => {
    const query = `query Wide($withMakers: Boolean!, $skipUsers: Boolean!, $year: Float) {
      entity(id: "commodity:rare-earth-magnets") { id ...Chain ... on Commodity {
        big: producers(first: 2, orderBy: { field: SHARE, direction: DESC }, where: { year: { gte: $year } }) { totalCount edges { node { id } } }
        small: producers(first: 1, orderBy: { field: ID }) { edges { node { id } } }
        makers(first: 3) @include(if: $withMakers) { totalCount edges { node { id ... on Company { headquarteredIn { edges { node { id } } } } } } }
        users(first: 3) @skip(if: $skipUsers) { totalCount }
        sources { id }
        ... on Commodity { linkedTo { totalCount } }
      } } }
      fragment Chain on Commodity { inputs(first: 5) { totalCount edges { node { id } relationship { from { id } to { id } } } } inputTo(first: 5) { totalCount } }`;
    const { data, roundTrips } = await ask(query, { withMakers: true, skipUsers: true, year: 2020 });
    expect(roundTrips).toBe(1);
    const commodity = data.entity;
    expect(commodity.users).toBeUndefined();
    const count = async (pattern: string, params: Record<string, unknown> = {}) => (await cypher(`MATCH ${pattern} RETURN count(*) AS n`, { id: 'commodity:rare-earth-magnets', ...params }))[0]!.n;
    expect(commodity.big.totalCount).toBe(await count(`(:Entity {id: $id})<-[r:PRODUCES]-(:Entity) WHERE r.year >= 2020`));
    expect(commodity.makers.totalCount).toBe(await count(`(:Entity {id: $id})<-[:MAKES]-(:Entity)`));
    expect(commodity.makers.totalCount).toBeGreaterThan(0);
    expect(commodity.inputs.totalCount).toBe(await count(`(:Entity {id: $id})<-[:INPUT_TO]-(:Entity)`));
    expect(commodity.inputTo.totalCount).toBe(await count(`(:Entity {id: $id})-[:INPUT_TO]->(:Entity)`));
    expect(commodity.linkedTo.totalCount).toBe(await count(`(:Entity {id: $id})-[:LINKED_TO]-(:Entity)`));
    const smallest = await cypher(`MATCH (:Entity {id: $id})<-[:PRODUCES]-(o:Entity) RETURN o.id AS id ORDER BY o.id LIMIT 1`, { id: 'commodity:rare-earth-magnets' });
    expect(commodity.small.edges.map((e: Answer) => e.node.id)).toEqual(smallest.map((r) => r.id));
    for (const edge of commodity.inputs.edges) {
      expect(edge.relationship.from.id).toBe(edge.node.id);
      expect(edge.relationship.to.id).toBe('commodity:rare-earth-magnets');
    }
    for (const maker of commodity.makers.edges) {
      const hq = await cypher(`MATCH (:Entity {id: $id})-[:HEADQUARTERED_IN]->(o:Entity) RETURN o.id AS id ORDER BY toLower(o.name), o.id`, { id: maker.node.id });
      expect(maker.node.headquarteredIn.edges.map((e: Answer) => e.node.id)).toEqual(hq.map((r) => r.id));
    }
  });

  it('counts one statement per root field, several root fields in one request', async () => {
    const { data, roundTrips } = await ask(`{
      a: entity(id: "country:CN") { ... on Country { produces(first: 1) { totalCount } } }
      b: entity(id: "country:US") { ... on Country { headquarteredHere(first: 1) { totalCount } } }
      companies(first: 3, where: { headquarteredIn: { id: { eq: "country:US" } } }) { totalCount nodes { id makes(first: 2) { totalCount edges { node { id } relationship { sources { id } } } } } } }`);
    // Each root field's statement; the cited sources of `companies`' relationships.
    expect(roundTrips).toBe(4);
    const companies = await cypher(`MATCH (c:Company)-[:HEADQUARTERED_IN]->(:Entity {id: 'country:US'}) RETURN c.id AS id ORDER BY toLower(c.name), c.id`);
    expect(data.companies.totalCount).toBe(companies.length);
    expect(data.companies.nodes.map((c: Answer) => c.id)).toEqual(companies.slice(0, 3).map((c) => c.id));
    for (const company of data.companies.nodes) {
      const makes = await cypher(`MATCH (:Entity {id: $id})-[r:MAKES]->(o:Entity) RETURN r.sources AS sources, o.id AS id ORDER BY toLower(o.name), o.id, r.id`, { id: company.id });
      expect(company.makes.totalCount).toBe(makes.length);
      expect(company.makes.edges.map((e: Answer) => e.node.id)).toEqual(makes.slice(0, 2).map((m) => m.id));
      expect(company.makes.edges.map((e: Answer) => e.relationship.sources.map((s: Answer) => s.id))).toEqual(makes.slice(0, 2).map((m) => m.sources));
    }
  });

  it('reads search hits with their nested fields in the search statement itself', async () => {
    const { data, roundTrips } = await ask(`{
      search(text: "rare earth magnets", first: 5) { score exact entity { id name sources { id }
        ... on Commodity { producers(first: 2, orderBy: { field: SHARE, direction: DESC }) { totalCount edges { node { id } relationship { id } } } }
        ... on Company { headquarteredIn(first: 1) { edges { node { id } } } } } } }`);
    expect(roundTrips).toBe(1);
    // The same hits as without nested fields (one statement either way).
    const plain = await ask(`{ search(text: "rare earth magnets", first: 5) { entity { id } } }`);
    expect(data.search.map((h: Answer) => h.entity.id)).toEqual(plain.data.search.map((h: Answer) => h.entity.id));
    const magnets = data.search.find((h: Answer) => h.entity.id === 'commodity:rare-earth-magnets');
    expect(magnets).toBeDefined();
    const producers = await cypher(`${TOP_BY_SHARE(`(:Entity {id: 'commodity:rare-earth-magnets'})<-[r:PRODUCES]-(o:Entity)`)}`);
    expect(magnets.entity.producers.totalCount).toBe(producers.length);
    expect(magnets.entity.producers.edges.map((e: Answer) => e.relationship.id)).toEqual(producers.slice(0, 2).map((r) => r.rel));
    for (const hit of data.search) {
      const sources = await cypher(`MATCH (:Entity {id: $id})-[:REPORTED_IN]->(s:Source) RETURN s.id AS id ORDER BY s.published DESC, s.id`, { id: hit.entity.id });
      expect(hit.entity.sources.map((s: Answer) => s.id)).toEqual(sources.slice(0, MAX_SOURCES_PER_ITEM).map((r) => r.id));
    }
  });

  it("reads the nested fields of the walk's start and of the entities it reached in the walk's own statement, however deep", async () => {
    const shallow = await ask(`{ dependencies(of: "company:ford", maxTier: 3) { of { id } items { tier entity { id name } } } }`);
    const nested = await ask(`{ dependencies(of: "company:ford", maxTier: 3) { of { id ... on Company { headquarteredIn(first: 1) { edges { node { id } } } } }
      items { tier entity { id name sources { id }
      ... on Commodity { producers(first: 2, orderBy: { field: SHARE, direction: DESC }) { totalCount edges { relationship { id } node { id } } } } } } } }`);
    const deeper = await ask(`{ dependencies(of: "company:ford", maxTier: 3) { items { tier entity { id
      ... on Commodity { producers(first: 2, orderBy: { field: SHARE, direction: DESC }) { edges { node { id
        ... on Country { produces(first: 1) { totalCount edges { node { id sources { id } } } } } } } } } } } } }`);
    expect(shallow.roundTrips).toBe(1);
    expect(nested.roundTrips).toBe(1);
    expect(deeper.roundTrips).toBe(1);
    const hq = await cypher(`MATCH (:Entity {id: 'company:ford'})-[:HEADQUARTERED_IN]->(c:Entity) RETURN c.id AS id ORDER BY toLower(c.name), c.id`);
    expect(hq.length).toBeGreaterThan(0);
    expect(nested.data.dependencies.of.headquarteredIn.edges.map((e: Answer) => e.node.id)).toEqual(hq.slice(0, 1).map((r) => r.id));
    // The same items either way.
    expect(nested.data.dependencies.items.map((i: Answer) => [i.entity.id, i.tier])).toEqual(shallow.data.dependencies.items.map((i: Answer) => [i.entity.id, i.tier]));
    const commodities = nested.data.dependencies.items.filter((i: Answer) => i.entity.producers);
    expect(commodities.length).toBeGreaterThan(0);
    for (const { entity } of commodities) {
      const producers = await cypher(TOP_BY_SHARE(`(:Entity {id: $id})<-[r:PRODUCES]-(o:Entity)`), { id: entity.id });
      expect(entity.producers.totalCount).toBe(producers.length);
      expect(entity.producers.edges.map((e: Answer) => e.relationship.id)).toEqual(producers.slice(0, 2).map((r) => r.rel));
      const sources = await cypher(`MATCH (:Entity {id: $id})-[:REPORTED_IN]->(s:Source) RETURN s.id AS id ORDER BY s.published DESC, s.id`, { id: entity.id });
      expect(entity.sources.map((s: Answer) => s.id)).toEqual(sources.slice(0, MAX_SOURCES_PER_ITEM).map((r) => r.id));
    }
  });

  it('reads exposure with routes, scores and nested fields in one statement; an unknown start is NOT_FOUND, a start that reaches nothing still answers', async () => {
    const NESTED = `id sources { id } ... on Company { headquarteredIn(first: 1) { edges { node { id } } } }`;
    const EXPOSURE = (entity: string, to: string) => `{ exposure(to: "country:CN", kinds: [COMPANY], maxHops: 4) { to { ${to} } items { tier score path { length nodes { id } } entity { ${entity} } } } }`;
    const plain = await ask(EXPOSURE('id', 'id'));
    const nested = await ask(EXPOSURE(NESTED, `id name ... on Country { produces(first: 2, orderBy: { field: SHARE, direction: DESC }) { edges { node { id } } } }`));
    expect(plain.roundTrips).toBe(1);
    expect(nested.roundTrips).toBe(1);
    const strip = (items: Answer[]) => items.map((i) => ({ id: i.entity.id, tier: i.tier, score: i.score, path: i.path }));
    expect(nested.data.exposure.items.length).toBeGreaterThan(0);
    expect(strip(nested.data.exposure.items)).toEqual(strip(plain.data.exposure.items));
    for (const item of nested.data.exposure.items.slice(0, 5)) {
      const alone = await ask(`query ($id: ID!) { entity(id: $id) { ${NESTED} } }`, { id: item.entity.id });
      expect(item.entity).toEqual(alone.data.entity);
      expect(item.path.nodes.at(-1).id).toBe(item.entity.id);
    }
    const cn = await ask(`{ entity(id: "country:CN") { id name ... on Country { produces(first: 2, orderBy: { field: SHARE, direction: DESC }) { edges { node { id } } } } } }`);
    expect(nested.data.exposure.to).toEqual(cn.data.entity);

    const unknown = await api.graphql(`{ dependencies(of: "company:no-such-company") { of { id } items { entity { id } } } }`, undefined, STATS);
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(unknown.body.errors?.[0]?.path).toEqual(['dependencies']);
    expect(unknown.body.extensions?.supplygraph.cypherRoundTrips).toBe(1);
    const [lonely] = await cypher(`MATCH (s:Source) RETURN s.id AS id ORDER BY s.id LIMIT 1`);
    const alone = await ask(`query ($id: ID!) { dependencies(of: $id) { of { id } items { entity { id } } byKind { kind } } }`, { id: lonely!.id });
    expect(alone.data.dependencies).toEqual({ of: { id: lonely!.id }, items: [], byKind: [] });
    expect(alone.roundTrips).toBe(1);
  });

  it("reads the nested fields of paths' nodes in one more statement and of a trade series' ends in its own statement, however deep or wide", async () => {
    // Several relationship fields, sources, and a second level, on more than one kind.
    const COMMODITY = `producers(first: 2, orderBy: { field: SHARE, direction: DESC }) { totalCount edges { node { id sources { id } } } }`;
    const SELECTION = `id sources { id }
      ... on Country { produces(first: 2, orderBy: { field: SHARE, direction: DESC }) { totalCount edges { relationship { id sources { id } } node { id
        ... on Commodity { producers(first: 1, orderBy: { field: SHARE, direction: DESC }) { edges { node { id } } } } } } }
        exports(first: 1) { edges { node { id } } } }
      ... on Commodity { ${COMMODITY} }
      ... on Company { headquarteredIn(first: 1) { edges { node { id ... on Country { iso3 } } } } }`;
    const PATHS = (nodes: string) => `{ paths(from: "country:CN", to: { id: "company:ford" }, k: 2, maxHops: 4) { nodes { ${nodes} } } }`;
    const shallow = await ask(PATHS('id'));
    const nested = await ask(PATHS(SELECTION));
    // The search is the one statement (a route found starts and ends at entities that exist).
    // The nested fields: one more statement, and one for the sources the relationships cite.
    expect(shallow.roundTrips).toBe(1);
    expect(nested.roundTrips).toBe(3);
    // Without a route, the ends are looked up (both in one round trip): unknown is NOT_FOUND, naming the id.
    for (const [from, to, missing] of [['country:no-such', 'company:ford', 'country:no-such'], ['country:CN', 'company:no-such', 'company:no-such']]) {
      const { body } = await api.graphql(`query ($from: ID!, $to: ID!) { paths(from: $from, to: { id: $to }) { length } }`, { from, to }, STATS);
      expect(body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(body.errors?.[0]?.message).toContain(missing);
      expect(body.extensions?.supplygraph.cypherRoundTrips).toBe(2);
    }
    const nodes: Answer[] = nested.data.paths.flatMap((p: Answer) => p.nodes);
    expect(nodes.map((n) => n.id)).toEqual(shallow.data.paths.flatMap((p: Answer) => p.nodes.map((n: Answer) => n.id)));
    expect(new Set(nodes.map((n) => n.id.split(':')[0])).size).toBeGreaterThan(1);
    // Each node answers as entity(id) answers the same selection (one statement, the root field's tree).
    for (const id of new Set(nodes.map((n) => n.id))) {
      const alone = await ask(`query ($id: ID!) { entity(id: $id) { ${SELECTION} } }`, { id });
      // One more for the sources cited by a country's `produces` relationships, when it has some.
      expect(alone.roundTrips).toBe(alone.data.entity.produces?.edges.length > 0 ? 2 : 1);
      for (const node of nodes.filter((n) => n.id === id)) expect(node).toEqual(alone.data.entity);
    }

    const SERIES = (ends: string, commodity: string) => `{ tradeSeries(exporter: "country:CN", importer: "country:US", commodity: "commodity:rare-earth-magnets") { exporter { ${ends} } importer { ${ends} } commodity { ${commodity} } } }`;
    const plainSeries = await ask(SERIES('id', 'id'));
    const series = await ask(SERIES(SELECTION, `id sources { id } ${COMMODITY}`));
    expect(plainSeries.roundTrips).toBe(1);
    // The series with its ends' nested fields; the sources their relationships cite.
    expect(series.roundTrips).toBe(2);
    for (const end of ['exporter', 'importer', 'commodity']) {
      const alone = await ask(`query ($id: ID!) { entity(id: $id) { ${SELECTION} } }`, { id: series.data.tradeSeries[end].id });
      expect(series.data.tradeSeries[end]).toEqual(alone.data.entity);
    }
    // The same field name with other arguments on the two ends: each end gets its own page.
    const PRODUCES = (first: number) => `id ... on Country { produces(first: ${first}, orderBy: { field: SHARE, direction: DESC }) { edges { relationship { id } } } }`;
    const differing = await ask(`{ tradeSeries(exporter: "country:CN", importer: "country:US", commodity: "commodity:rare-earth-magnets") { exporter { ${PRODUCES(3)} } importer { ${PRODUCES(1)} } } }`);
    for (const [end, first] of [['exporter', 3], ['importer', 1]] as const) {
      const alone = await ask(`query ($id: ID!) { entity(id: $id) { ${PRODUCES(first)} } }`, { id: differing.data.tradeSeries[end].id });
      expect(differing.data.tradeSeries[end]).toEqual(alone.data.entity);
      expect(differing.data.tradeSeries[end].produces.edges.length).toBe(first);
    }
    // The same through the subtree loader: the same response key, on entities of the same kind, with
    // other arguments under a path step's `from` and `to` (asked in one tick): each its own page.
    const steps = await ask(`{ paths(from: "country:CN", to: { id: "country:US" }, k: 3, maxHops: 2) { steps { from { ${PRODUCES(3)} } to { ${PRODUCES(1)} } } } }`);
    const ends = steps.data.paths.flatMap((p: Answer) => p.steps.flatMap((step: Answer) => [[step.from, 3], [step.to, 1]] as const));
    expect(ends.filter(([end]: [Answer]) => end.produces).map(([, first]: [Answer, number]) => first).sort()).toEqual(expect.arrayContaining([1, 3]));
    for (const [end, first] of ends) {
      const alone = await ask(`query ($id: ID!) { entity(id: $id) { ${PRODUCES(first)} } }`, { id: end.id });
      expect(end).toEqual(alone.data.entity);
    }
  });

  it("reads a trade observation's exporter, importer and commodity with it", async () => {
    const [trade] = await cypher(`MATCH (t:TradeObservation)-[:EXPORTER]->(:Entity {id: 'country:CN'}) MATCH (t)-[:IMPORTER]->(:Entity {id: 'country:US'}) WHERE t.period = '2025-06' RETURN t.id AS id`);
    const { data, roundTrips } = await ask(`query ($id: ID!) { entity(id: $id) { ... on TradeObservation { quantity exporter { id } importer { id ... on Country { iso3 } } commodity { id } } } }`, { id: trade!.id });
    expect(roundTrips).toBe(1);
    expect(data.entity).toEqual({ quantity: 353, exporter: { id: 'country:CN' }, importer: { id: 'country:US', iso3: 'USA' }, commodity: { id: 'commodity:rare-earth-magnets' } });
  });
});

describe('the properties the statement reads', () => {
  it('answers every selected field from the stored properties: relationship ends, aliases, kind, and fields the parent did not ask for', async () => {
    const { data, roundTrips } = await ask(`{
      entity(id: "country:CN") { id ... on Country {
        produces(first: 3, orderBy: { field: SHARE, direction: DESC }) { edges {
          node { id }
          relationship { id share year stage estimate
            from { id name kind ... on Country { iso3 region } }
            to { id name aliases description } } } } } } }`);
    expect(roundTrips).toBe(1);
    const rows = await cypher(`
      MATCH (c:Country {id: 'country:CN'})-[r:PRODUCES]->(o:Entity)
      WITH c, r, o ORDER BY coalesce(toFloat(r.share), -1e300) DESC, o.id DESC, r.id DESC LIMIT 3
      RETURN r { .id, .share, .year, .stage, .estimate } AS relationship,
        { id: c.id, name: c.name, kind: 'COUNTRY', iso3: c.iso3, region: c.region } AS from,
        { id: o.id, name: o.name, aliases: coalesce(o.aliases, []), description: o.description } AS to`);
    expect(rows.length).toBe(3);
    expect(data.entity.produces.edges.map((e: Answer) => e.relationship)).toEqual(rows.map((r) => ({ ...(r.relationship as object), from: r.from, to: r.to })));
  });
});

describe('relationship ends and trade neighbours with nested fields', () => {
  it('reads from/to and a trade commodity with their own connections in the same statement', async () => {
    const [trade] = await cypher(`MATCH (t:TradeObservation)-[:OF]->(:Entity {id: 'commodity:rare-earth-magnets'}) RETURN t.id AS id ORDER BY t.id LIMIT 1`);
    const { data, roundTrips } = await ask(
      `query ($id: ID!) {
        trade: entity(id: $id) { ... on TradeObservation { commodity { id inputs(first: 50) { totalCount } } } }
        magnets: entity(id: "commodity:rare-earth-magnets") { ... on Commodity { inputs(first: 3, orderBy: { field: ID }) { edges { relationship {
          from { id ... on Commodity { inputTo(first: 50) { totalCount } } } to { id ... on Commodity { makers(first: 50) { totalCount } } } } } } } } }`,
      { id: trade!.id },
    );
    expect(roundTrips).toBe(2);
    const count = async (pattern: string, id: string) => (await cypher(`MATCH ${pattern} RETURN count(*) AS n`, { id }))[0]!.n;
    expect(data.trade.commodity.id).toBe('commodity:rare-earth-magnets');
    expect(data.trade.commodity.inputs.totalCount).toBe(await count(`(:Entity {id: $id})<-[:INPUT_TO]-(:Entity)`, 'commodity:rare-earth-magnets'));
    const edges = data.magnets.inputs.edges;
    expect(edges.length).toBeGreaterThan(0);
    const makers = await count(`(:Entity {id: $id})<-[:MAKES]-(:Entity)`, 'commodity:rare-earth-magnets');
    for (const { relationship } of edges) {
      expect(relationship.to).toEqual({ id: 'commodity:rare-earth-magnets', makers: { totalCount: makers } });
      if (relationship.from.inputTo) expect(relationship.from.inputTo.totalCount).toBe(await count(`(:Entity {id: $id})-[:INPUT_TO]->(:Entity)`, relationship.from.id));
    }
  });
});

describe('nested connections at depth 2', () => {
  const PRODUCERS = `query ($after: String, $where: ProducesWhere, $orderBy: [ProducesOrder!]) {
    entity(id: "country:CN") { ... on Country { produces(first: 1, where: { node: { id: { eq: "commodity:rare-earth-ore" } } }) { edges { node { ... on Commodity {
      producers(first: 2, after: $after, where: $where, orderBy: $orderBy) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { id } relationship { id ... on ProducesRelationship { share year } } } } } } } } } } }`;

  async function allPages(variables: Record<string, unknown>) {
    const ids: string[] = [];
    const keys: [number, number][] = [];
    let after: string | null = null;
    let totalCount = -1;
    for (let page = 0; page < 100; page++) {
      const { data, roundTrips }: { data: Answer; roundTrips: number } = await ask(PRODUCERS, { ...variables, after });
      expect(roundTrips).toBe(1);
      const producers = data.entity.produces.edges[0].node.producers;
      expect(producers.pageInfo.hasPreviousPage).toBe(after !== null);
      totalCount = producers.totalCount;
      ids.push(...producers.edges.map((e: Answer) => e.relationship.id));
      keys.push(...producers.edges.map((e: Answer): [number, number] => [e.relationship.share ?? -Infinity, e.relationship.year ?? -Infinity]));
      if (!producers.pageInfo.hasNextPage) break;
      after = producers.pageInfo.endCursor;
    }
    return { ids, totalCount, keys };
  }

  it.each([
    [{ field: 'NAME', direction: 'ASC' }],
    [{ field: 'SHARE', direction: 'DESC' }],
    [{ field: 'YEAR', direction: 'ASC' }],
    [[{ field: 'SHARE', direction: 'DESC' }, { field: 'YEAR', direction: 'ASC' }]],
  ])('pages through every edge exactly once (%j)', async (orderBy) => {
    const expected = await cypher(`MATCH (:Commodity {id: 'commodity:rare-earth-ore'})<-[r:PRODUCES]-(:Entity) RETURN r.id AS id`);
    expect(expected.length).toBeGreaterThan(4);
    const { ids, totalCount, keys } = await allPages({ orderBy });
    expect(new Set(ids).size).toBe(ids.length);
    if (Array.isArray(orderBy)) {
      // share descending, then year ascending among equal shares
      const sorted = [...keys].sort((a, b) => b[0] - a[0] || a[1] - b[1]);
      expect(keys).toEqual(sorted);
    }
    expect([...ids].sort()).toEqual(expected.map((r) => r.id as string).sort());
    expect(totalCount).toBe(expected.length);
  });

  it('filters with where and validOn like the hand-written Cypher', async () => {
    const where = { validOn: '2024-06-01', share: { gte: 0.01 }, node: { kind: ['COUNTRY'] } };
    const expected = await cypher(
      `MATCH (:Commodity {id: 'commodity:rare-earth-ore'})<-[r:PRODUCES]-(o:Country)
       WHERE r.share >= 0.01 AND (r.validFrom IS NULL OR r.validFrom <= '2024-06-01') AND (r.validTo IS NULL OR r.validTo >= '2024-06-01')
       RETURN r.id AS id`,
    );
    expect(expected.length).toBeGreaterThan(0);
    const { ids, totalCount } = await allPages({ where, orderBy: { field: 'SHARE', direction: 'DESC' } });
    expect([...ids].sort()).toEqual(expected.map((r) => r.id as string).sort());
    expect(totalCount).toBe(expected.length);
  });

  it('refuses a cursor from another sort order (a different key, or the same first key alone), naming after', async () => {
    const { data } = await ask(PRODUCERS, { orderBy: [{ field: 'SHARE', direction: 'DESC' }, { field: 'YEAR' }] });
    const cursor = data.entity.produces.edges[0].node.producers.pageInfo.endCursor;
    for (const orderBy of [{ field: 'YEAR', direction: 'DESC' }, { field: 'SHARE', direction: 'DESC' }, [{ field: 'SHARE', direction: 'DESC' }, { field: 'YEAR', direction: 'DESC' }]]) {
      const { body } = await api.graphql(PRODUCERS, { after: cursor, orderBy });
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    }
  });

  it('refuses more than four sort keys, naming orderBy', async () => {
    const { body } = await api.graphql(PRODUCERS, { orderBy: [{ field: 'SHARE' }, { field: 'YEAR' }, { field: 'NAME' }, { field: 'ID' }, { field: 'VALID_FROM' }] });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'orderBy' });
  });
});
