import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONNECTION_KINDS, CONNECTION_ROOT_FIELDS } from '../../src/model/filters.js';
import { startTestApi, type TestApi, type Answer } from '../helpers/context.js';
import { graphFingerprint } from '../helpers/graph.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

async function ids(query: string, variables?: Record<string, unknown>): Promise<string[]> {
  const { body } = await api.graphql(query, variables);
  expect(body.errors).toBeUndefined();
  const [connection] = Object.values(body.data as Record<string, { nodes: { id: string }[] }>);
  return connection!.nodes.map((n) => n.id);
}

describe('root connections', () => {
  it.each(CONNECTION_KINDS)('%s: totalCount is counted in the database and pages cover every item once', async (kind) => {
    const field = CONNECTION_ROOT_FIELDS[kind];
    const [row] = await api.db.read('test.count', `MATCH (n:${kind}) RETURN count(n) AS count, collect(n.id) AS ids`);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    let totalCount: number;
    do {
      const { body }: { body: { data?: Answer; errors?: unknown[] } } = await api.graphql(
        `query ($after: String) { ${field}(first: 7, after: $after) { totalCount edges { cursor node { id name } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`,
        { after },
      );
      expect(body.errors).toBeUndefined();
      const page: Answer = body.data[field];
      totalCount = page.totalCount;
      seen.push(...page.edges.map((e: Answer) => e.node.id));
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages++;
    } while (after && pages < 100);
    expect(totalCount).toBe(row!.count);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual([...(row!.ids as string[])].sort());
  });

  it('orders by name, then id, in either direction, and pages the same way', async () => {
    const ascending = await ids(`{ countries(first: 100) { nodes { id name } } }`);
    const descending = await ids(`{ countries(first: 100, orderBy: { field: NAME, direction: DESC }) { nodes { id } } }`);
    expect(descending).toEqual([...ascending].reverse());
    const { body } = await api.graphql(`{ countries(first: 100) { nodes { name } } }`);
    const names = body.data.countries.nodes.map((n: Answer) => n.name.toLowerCase());
    expect(names).toEqual([...names].sort((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)));
    // Case does not decide the order: "eVAC Magnetics" sorts among the Es.
    const companies = await api.graphql(`{ companies(first: 100) { nodes { name } } }`);
    const lower = companies.body.data.companies.nodes.map((n: Answer) => n.name.toLowerCase());
    expect(lower).toEqual([...lower].sort((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)));

    const firstPage = await api.graphql(`{ policies(first: 5, orderBy: { field: ANNOUNCED, direction: DESC }) { nodes { id announced } pageInfo { endCursor } } }`);
    const cursor = firstPage.body.data.policies.pageInfo.endCursor;
    const second = await api.graphql(`query ($c: String) { policies(first: 5, after: $c, orderBy: { field: ANNOUNCED, direction: DESC }) { nodes { id announced } } }`, { c: cursor });
    const all = [...firstPage.body.data.policies.nodes, ...second.body.data.policies.nodes].map((p: Answer) => p.announced ?? '');
    expect(all).toEqual([...all].sort().reverse());
  });

  it('filters companies by sector and headquarters country (relationship filters)', async () => {
    const found = await ids(`{ companies(where: { sectors: { id: { eq: "sector:automotive" } }, headquarteredIn: { id: { eq: "country:US" } } }) { nodes { id } } }`);
    const [truth] = await api.db.read(
      'test.automakers',
      `MATCH (c:Company)-[:IN_SECTOR]->(:Sector {id: 'sector:automotive'}) MATCH (c)-[:HEADQUARTERED_IN]->(:Country {id: 'country:US'}) RETURN collect(c.id) AS ids`,
    );
    expect(found.sort()).toEqual((truth!.ids as string[]).sort());
    expect(found).toContain('company:ford');
    expect(found).toContain('company:general-motors');
  });

  it('filters on relationship properties: countries mining at least 5% of rare-earth ore', async () => {
    const found = await ids(`{ countries(where: { produces: { id: { eq: "commodity:rare-earth-ore" }, stage: { eq: "mining" }, year: { eq: 2024 }, share: { gte: 0.05 } } }) { nodes { id } } }`);
    const [truth] = await api.db.read(
      'test.miners',
      `MATCH (c:Country)-[p:PRODUCES {stage: 'mining', year: 2024}]->(:Commodity {id: 'commodity:rare-earth-ore'}) WHERE p.share >= 0.05 RETURN collect(DISTINCT c.id) AS ids`,
    );
    expect(found.sort()).toEqual((truth!.ids as string[]).sort());
    expect(found).toContain('country:CN');
  });

  it('supports string, enum and date operators with AND / OR / NOT', async () => {
    expect(await ids(`{ countries(where: { iso2: { in: ["CN", "US"] } }) { nodes { id } } }`)).toEqual(['country:CN', 'country:US']);
    expect(await ids(`{ countries(where: { name: { contains: "UNITED" } }, first: 100) { nodes { id } } }`)).toEqual(expect.arrayContaining(['country:US']));
    expect(await ids(`{ countries(where: { id: { startsWith: "country:U" }, NOT: { iso2: { eq: "US" } } }, first: 100) { nodes { id } } }`)).not.toContain('country:US');

    const april = await ids(`{ policies(where: { announced: { gte: "2025-04", lt: "2025-05" } }, first: 100) { nodes { id } } }`);
    const [aprilTruth] = await api.db.read('test.april', "MATCH (p:Policy) WHERE p.announced >= '2025-04' AND p.announced < '2025-05' RETURN collect(p.id) AS ids");
    expect(april.sort()).toEqual((aprilTruth!.ids as string[]).sort());
    expect(april).toContain('policy:china-rare-earth-export-controls-2025-04');

    const either = await ids(`{ policies(where: { OR: [{ policyType: { eq: EXPORT_CONTROL } }, { policyType: { eq: TRADE_AGREEMENT } }] }, first: 100) { nodes { id } } }`);
    const [eitherTruth] = await api.db.read('test.either', "MATCH (p:Policy) WHERE p.policyType IN ['EXPORT_CONTROL', 'TRADE_AGREEMENT'] RETURN collect(p.id) AS ids");
    expect(either.sort()).toEqual((eitherTruth!.ids as string[]).sort());

    const stages = await ids(`{ commodities(where: { stage: { in: [RAW_MATERIAL] } }, first: 100) { nodes { id } } }`);
    expect(stages).toContain('commodity:rare-earth-ore');
    expect(stages).not.toContain('commodity:rare-earth-magnets');
  });

  it('gives totalCount for the filter, not for the page', async () => {
    const { body } = await api.graphql(`{ sources(where: { publisher: { contains: "WORLD" } }, first: 1) { totalCount nodes { id } } }`);
    const [truth] = await api.db.read('test.reutersSources', "MATCH (s:Source) WHERE toLower(s.publisher) CONTAINS 'world' RETURN count(s) AS count");
    expect(truth!.count).toBeGreaterThan(1);
    expect(body.data.sources.nodes).toHaveLength(1);
    expect(body.data.sources.totalCount).toBe(truth!.count);
  });
});

describe('bad input to connections', () => {
  const codeOf = async (query: string, variables?: Record<string, unknown>) => (await api.graphql(query, variables)).body.errors?.[0]?.extensions;

  it('refuses page sizes over the cap and negative ones, naming the argument', async () => {
    expect(await codeOf(`{ countries(first: 101) { nodes { id } } }`)).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    expect(await codeOf(`{ countries(first: -1) { nodes { id } } }`)).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
  });

  it('refuses malformed cursors and cursors from another ordering', async () => {
    expect(await codeOf(`{ countries(after: "not-a-cursor") { nodes { id } } }`)).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    const { body } = await api.graphql(`{ countries(first: 2) { pageInfo { endCursor } } }`);
    const cursor = body.data.countries.pageInfo.endCursor;
    expect(await codeOf(`query ($c: String) { countries(after: $c, orderBy: { field: ISO2 }) { nodes { id } } }`, { c: cursor })).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });

  it('refuses unknown filter fields, unknown enum values and wrong types', async () => {
    expect(await codeOf(`{ countries(where: { capital: { eq: "Beijing" } }) { nodes { id } } }`)).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await codeOf(`{ policies(where: { policyType: { eq: EMBARGO } }) { nodes { id } } }`)).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await codeOf(`{ countries(first: "ten") { nodes { id } } }`)).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await codeOf(`{ policies(where: { announced: { gte: "April 2025" } }) { nodes { id } } }`)).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'where.announced.gte' });
  });

  it('refuses filters with too many conditions', async () => {
    const many = Array.from({ length: 70 }, (_, i) => `{ name: { eq: "x${i}" } }`).join(', ');
    expect(await codeOf(`{ countries(where: { OR: [${many}] }) { nodes { id } } }`)).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('treats hostile strings as plain values: an empty result, and the graph unchanged', async () => {
    const before = await graphFingerprint(api.db);
    const hostile = [
      `' OR 1=1 //`,
      '`) DETACH DELETE n //',
      `"}) MATCH (n) DETACH DELETE n RETURN 1 //`,
      'CALL db.clearQueryCaches()',
      '\u0000\uFFFF\uD83D\uDE00 ünïcödé',
      'x'.repeat(100_000),
    ];
    for (const text of hostile) {
      const { status, body } = await api.graphql(
        `query ($t: String, $ids: [ID!]) { countries(where: { OR: [{ name: { contains: $t } }, { name: { eq: $t } }, { id: { in: $ids } }, { produces: { name: { startsWith: $t } } }] }) { totalCount nodes { id } } }`,
        { t: text, ids: [text] },
      );
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(body.data.countries).toEqual({ totalCount: 0, nodes: [] });
    }
    expect(await graphFingerprint(api.db)).toEqual(before);
  });
});

describe('search', () => {
  it('ranks an exact name first', async () => {
    const { body } = await api.graphql(`{ search(text: "China") { exact score entity { id } } }`);
    expect(body.data.search[0]).toMatchObject({ exact: true, entity: { id: 'country:CN' } });
    expect(body.data.search.length).toBeGreaterThan(3);
  });

  it('finds an alias exactly, and tolerates a typo', async () => {
    const alias = await api.graphql(`{ search(text: "NdFeB magnets") { exact entity { id } } }`);
    expect(alias.body.data.search[0]).toMatchObject({ entity: { id: 'commodity:rare-earth-magnets' } });
    const typo = await api.graphql(`{ search(text: "Lutnik") { entity { id } } }`);
    expect(typo.body.data.search[0].entity.id).toBe('official:howard-lutnick');
  });

  it('restricts to kinds', async () => {
    const { body } = await api.graphql(`{ search(text: "rare earth", kinds: [COMPANY], first: 50) { entity { kind } } }`);
    expect(body.data.search.length).toBeGreaterThan(0);
    expect(new Set(body.data.search.map((h: Answer) => h.entity.kind))).toEqual(new Set(['COMPANY']));
  });

  it('answers Lucene syntax and Cypher fragments with a correct result, not an error', async () => {
    for (const text of ['title:(a OR b)~ AND *', '")}) DETACH DELETE n //', '[a TO z]', '\\', '!!!']) {
      const { body } = await api.graphql(`query ($t: String!) { search(text: $t) { entity { id } } }`, { t: text });
      expect(body.errors, text).toBeUndefined();
    }
  });

  it('refuses text over 200 characters and more than 50 results', async () => {
    const long = await api.graphql(`query ($t: String!) { search(text: $t) { entity { id } } }`, { t: 'magnet '.repeat(40) });
    expect(long.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'text' });
    const many = await api.graphql(`{ search(text: "china", first: 51) { entity { id } } }`);
    expect(many.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
  });
});
