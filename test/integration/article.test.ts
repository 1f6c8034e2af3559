/**
 * Every figure, date and actor of the seed article (../shared/seed-article.txt) read back from the
 * graph, each with the source it cites. Trade figures go through GraphQL; the rest through Cypher
 * until their relationship fields exist.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type Answer, type TestApi } from '../helpers/context.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const TRADE = `query ($id: ID!) { entity(id: $id) { ... on TradeObservation { period quantity unit changes { basis percent comparedTo } sources { id publisher url } } } }`;

async function trade(id: string) {
  const { body } = await api.graphql(TRADE, { id });
  expect(body.errors).toBeUndefined();
  const t = body.data.entity;
  expect(t.sources.length).toBeGreaterThan(0);
  for (const s of t.sources) expect(s.url).toMatch(/^https?:\/\//);
  return t;
}

/** One relationship between two entities, with its properties and the sources it cites. */
async function relationship(from: string, type: string, to: string) {
  const rows = await api.db.read(
    'test.relationship',
    `MATCH (a:Entity {id: $from})-[r]->(b:Entity {id: $to}) WHERE type(r) = $type
     RETURN properties(r) AS props, [s IN r.sources | EXISTS { MATCH (:Source {id: s}) }] AS sourcesExist`,
    { from, type, to },
  );
  expect(rows, `${from} -${type}-> ${to}`).toHaveLength(1);
  const row = rows[0]!;
  expect((row.sourcesExist as boolean[]).length).toBeGreaterThan(0);
  expect(row.sourcesExist).not.toContain(false);
  return row.props as Record<string, Answer>;
}

async function entity(id: string) {
  const [row] = await api.db.read('test.entity', 'MATCH (e:Entity {id: $id}) RETURN properties(e) AS e, [(e)-[:REPORTED_IN]->(s) | s.id] AS sources', { id });
  expect(row, id).toBeDefined();
  expect((row!.sources as string[]).length, `${id} cites a source`).toBeGreaterThan(0);
  return row!.e as Record<string, Answer>;
}

describe('the trade figures of the article', () => {
  it('June 2025 exports to the US: 353 t, up 660% from May (46 t)', async () => {
    const june = await trade('trade:cn-us-rare-earth-magnets-2025-06');
    expect(june).toMatchObject({ period: '2025-06', quantity: 353, unit: 't' });
    expect(june.changes).toEqual([{ basis: 'MONTH_ON_MONTH', percent: 660, comparedTo: '2025-05' }]);
    const may = await trade('trade:cn-us-rare-earth-magnets-2025-05');
    expect(may).toMatchObject({ quantity: 46, unit: 't' });
    // "more than seven times higher than in May"
    expect(june.quantity / may.quantity).toBeGreaterThan(7);
  });

  it('June 2025 exports worldwide: 3,188 t, +157.5% from May, −38.1% from June 2024', async () => {
    const june = await trade('trade:cn-world-rare-earth-magnets-2025-06');
    expect(june).toMatchObject({ quantity: 3188, unit: 't' });
    expect(june.changes).toEqual(
      expect.arrayContaining([
        { basis: 'MONTH_ON_MONTH', percent: 157.5, comparedTo: '2025-05' },
        { basis: 'YEAR_ON_YEAR', percent: -38.1, comparedTo: '2024-06' },
      ]),
    );
  });

  it("May 2025 exports worldwide: 1,238 t", async () => {
    expect(await trade('trade:cn-world-rare-earth-magnets-2025-05')).toMatchObject({ quantity: 1238, unit: 't' });
  });

  it('first half of 2025: 22,319 t, −18.9% year on year', async () => {
    const h1 = await trade('trade:cn-world-rare-earth-magnets-2025-h1');
    expect(h1).toMatchObject({ period: '2025-H1', quantity: 22319 });
    expect(h1.changes).toEqual([{ basis: 'YEAR_ON_YEAR', percent: -18.9, comparedTo: '2024-H1' }]);
  });

  it('links each observation to its exporter, importer (or the world) and commodity', async () => {
    const rows = await api.db.read(
      'test.tradeEnds',
      `MATCH (t:TradeObservation {id: 'trade:cn-world-rare-earth-magnets-2025-06'})
       MATCH (t)-[:EXPORTER]->(x), (t)-[:IMPORTER]->(m), (t)-[:OF]->(c) RETURN x.id AS x, m.id AS m, c.id AS c`,
    );
    expect(rows).toEqual([{ x: 'country:CN', m: 'region:world', c: 'commodity:rare-earth-magnets' }]);
  });
});

describe('the actors, policies and effects of the article', () => {
  it("China's customs authority released the data on 20 July 2025", async () => {
    expect((await entity('org:china-customs')).name).toMatch(/General Administration of Customs/);
    const rows = await api.db.read('test.customsRelease', "MATCH (:Organization {id: 'org:china-customs'})-[s:STATED]->() RETURN s.on AS on");
    expect(rows.map((r) => r.on)).toContain('2025-07-20');
  });

  it('China controls over 90% of the global supply of rare-earth magnets', async () => {
    const produces = await api.db.read(
      'test.share',
      "MATCH (:Country {id: 'country:CN'})-[p:PRODUCES]->(:Commodity {id: 'commodity:rare-earth-magnets'}) RETURN p.share AS share, p.note AS note, p.sources AS sources",
    );
    const ninety = produces.find((p) => p.share === 0.9);
    expect(ninety?.note).toMatch(/over 90%/);
    expect((ninety?.sources as string[]).length).toBeGreaterThan(0);
  });

  it('imposed export restrictions in April 2025 in response to US tariffs', async () => {
    const policy = await entity('policy:china-rare-earth-export-controls-2025-04');
    expect(policy).toMatchObject({ policyType: 'EXPORT_CONTROL', announced: '2025-04-04' });
    await relationship('policy:china-rare-earth-export-controls-2025-04', 'RESPONDS_TO', 'policy:us-reciprocal-tariffs-2025-04');
    expect((await entity('policy:us-reciprocal-tariffs-2025-04')).policyType).toBe('TARIFF');
  });

  it('export licences were slow to obtain in April and May, a licensing system called cumbersome', async () => {
    expect((await entity('policy:china-rare-earth-export-licensing-2025')).policyType).toBe('LICENSING');
    const rows = await api.db.read(
      'test.cumbersome',
      "MATCH (:Organization {id: 'org:industry-groups'})-[s:STATED]->(:Policy {id: 'policy:china-rare-earth-export-licensing-2025'}) RETURN s.summary AS summary",
    );
    expect(rows[0]?.summary).toMatch(/cumbersome/i);
  });

  it('some automakers outside China paused production, caused by the restrictions', async () => {
    await relationship('event:automaker-production-pauses-2025', 'CAUSED_BY', 'policy:china-rare-earth-export-controls-2025-04');
    await relationship('event:automaker-production-pauses-2025', 'AFFECTS', 'sector:automotive');
  });

  it('the June 2025 agreement eased the restrictions, and Nvidia H20 sales were part of the deal', async () => {
    const deal = await entity('policy:us-china-london-framework-2025-06');
    expect(deal.policyType).toBe('TRADE_AGREEMENT');
    expect(deal.announced ?? deal.effective).toMatch(/^2025-06/);
    await relationship('policy:us-china-london-framework-2025-06', 'EASES', 'policy:china-rare-earth-export-controls-2025-04');
    const link = await relationship('commodity:nvidia-h20', 'LINKED_TO', 'policy:us-china-london-framework-2025-06');
    expect(link.nature).toMatch(/deal|agreement/i);
    await relationship('company:nvidia', 'MAKES', 'commodity:nvidia-h20');
  });

  it('US Commerce Secretary Howard Lutnick said the chip sales were part of the rare-earth agreement', async () => {
    const office = await relationship('official:howard-lutnick', 'HOLDS_OFFICE', 'org:us-department-of-commerce');
    expect(office.title).toBe('Secretary of Commerce');
    const statements = await api.db.read(
      'test.lutnick',
      "MATCH (:Official {id: 'official:howard-lutnick'})-[s:STATED]->(x) RETURN s.on AS on, s.venue AS venue, x.id AS about",
    );
    expect(statements).toContainEqual(expect.objectContaining({ on: '2025-07-15', about: 'event:nvidia-h20-sales-resumption-2025-07' }));
  });

  it('US lawmakers raised security concerns about easing AI chip sales', async () => {
    expect((await entity('org:us-congress')).orgType).toBe('LEGISLATURE');
    const rows = await api.db.read('test.lawmakers', "MATCH (:Organization {id: 'org:us-congress'})-[s:STATED]->() RETURN s.summary AS summary");
    expect(rows[0]?.summary).toMatch(/secur|military/i);
  });

  it('analysts expected a further recovery in July', async () => {
    const rows = await api.db.read('test.analysts', "MATCH (:Organization {id: 'org:industry-analysts'})-[s:STATED]->() RETURN s.summary AS summary");
    expect(rows[0]?.summary).toMatch(/July/);
  });

  it('magnets are inputs to electric vehicles and wind turbines', async () => {
    const rows = await api.db.read(
      'test.uses',
      `MATCH p = (:Commodity {id: 'commodity:rare-earth-magnets'})-[:INPUT_TO*1..3]->(end:Commodity)
       WHERE end.id IN ['commodity:electric-vehicles', 'commodity:wind-turbines']
       RETURN DISTINCT end.id AS id`,
    );
    expect(rows.map((r) => r.id).sort()).toEqual(['commodity:electric-vehicles', 'commodity:wind-turbines']);
  });

  it('Reuters is the news agency the article cites', async () => {
    expect((await entity('org:reuters')).orgType).toBe('NEWS_AGENCY');
  });
});

describe('the signature paths are short', () => {
  it('China → magnets → a US automaker in at most 4 hops', async () => {
    const rows = await api.db.read(
      'test.signature1',
      `MATCH p = shortestPath((:Country {id: 'country:CN'})-[*..4]-(ford:Company {id: 'company:ford'}))
       RETURN length(p) AS hops, [n IN nodes(p) | n.id] AS ids`,
    );
    expect(rows[0]?.hops).toBeLessThanOrEqual(4);
    await relationship('company:ford', 'HEADQUARTERED_IN', 'country:US');
    await relationship('company:ford', 'USES', 'commodity:rare-earth-magnets');
  });
});
