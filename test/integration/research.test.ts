/**
 * The questions the article raises, answered by the research queries on the seed, with numbers
 * and sources checked.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Database } from '../../src/db/database.js';
import { WALKS } from '../../src/model/walks.js';
import { startTestApi, testDatabase, type TestApi, type Answer } from '../helpers/context.js';
import { cycleFreeRoutes } from '../helpers/routes.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.db.write('test.cleanup', "MATCH (n:Entity) WHERE n.id STARTS WITH 'company:research-test-' OR n.id STARTS WITH 'commodity:research-test-' DETACH DELETE n");
  await api.close();
});

const gql = async (query: string, variables?: Record<string, unknown>) => {
  const { body } = await api.graphql(query, variables);
  return body;
};
const ok = async (query: string, variables?: Record<string, unknown>) => {
  const body = await gql(query, variables);
  expect(body.errors).toBeUndefined();
  return body.data;
};
const errorOf = async (query: string, variables?: Record<string, unknown>) => (await gql(query, variables)).errors?.[0]?.extensions;

describe('paths', () => {
  it('China → magnets → US automakers: two-step paths to Ford and GM, each step cited', async () => {
    const data = await ok(`{ paths(from: "country:CN", to: { companies: { sectors: { id: { eq: "sector:automotive" } }, headquarteredIn: { id: { eq: "country:US" } } } }) {
      length nodes { id } steps { from { id } to { id } relationships { __typename type from { id } to { id } sources { id } ... on ProducesRelationship { share year } } } citations { id url } } }`);
    const byTarget = Object.fromEntries(data.paths.map((p: Answer) => [p.nodes.at(-1).id, p]));
    expect(Object.keys(byTarget).sort()).toEqual(['company:ford', 'company:general-motors']);
    for (const path of data.paths) {
      expect(path.length).toBe(2);
      expect(path.nodes.map((n: Answer) => n.id).slice(0, 2)).toEqual(['country:CN', 'commodity:rare-earth-magnets']);
      expect(path.steps[0].relationships.map((r: Answer) => r.__typename)).toContain('ProducesRelationship');
      expect(path.steps[0].relationships).toContainEqual(expect.objectContaining({ share: 0.9, year: 2025, from: { id: 'country:CN' }, to: { id: 'commodity:rare-earth-magnets' } }));
      // Walked against its direction: the automaker uses the magnets.
      expect(path.steps[1].relationships).toContainEqual(expect.objectContaining({ __typename: 'UsesRelationship', from: path.nodes[2], to: { id: 'commodity:rare-earth-magnets' } }));
      for (const step of path.steps) for (const r of step.relationships) expect(r.sources.length).toBeGreaterThan(0);
      expect(path.citations.map((c: Answer) => c.id)).toContain('source:reuters-2025-07-20-magnet-exports-us');
    }
  });

  it('supply routes follow the way goods flow: China → magnets → GM, never back through an alternative magnet maker', async () => {
    const any = await ok('{ paths(from: "country:CN", to: { id: "company:general-motors" }, k: 10, maxHops: 3) { nodes { id } } }');
    const supply = await ok('{ paths(from: "country:CN", to: { id: "company:general-motors" }, direction: SUPPLY, k: 10, maxHops: 3) { nodes { id } steps { from { id } relationships { type from { id } to { id } } } } }');
    const viaVac = (p: Answer) => p.nodes.some((n: Answer) => n.id === 'company:vacuumschmelze');
    // Either way, Vacuumschmelze (a German maker of the same magnets, GM's supplier) is a connection…
    expect(any.paths.some(viaVac)).toBe(true);
    // …but not a channel for Chinese supply.
    expect(supply.paths.some(viaVac)).toBe(false);
    expect(supply.paths[0].nodes.map((n: Answer) => n.id)).toEqual(['country:CN', 'commodity:rare-earth-magnets', 'company:general-motors']);
    // Every step of every supply route goes the way its type flows (exposure's table).
    const flow: Record<string, 'OUT' | 'IN'> = Object.fromEntries(WALKS.exposure.filter((r) => !r.onlyFromStart).map((r) => [r.type, r.direction]));
    for (const path of supply.paths) {
      for (const step of path.steps) {
        for (const r of step.relationships) expect(flow[r.type] === 'OUT' ? r.from.id : r.to.id, `${r.type} from ${step.from.id}`).toBe(step.from.id);
      }
    }
  });

  it('supply routes with k > 1: the k shortest of every supply route a reference lists, searched from the start with a round trip per route added', async () => {
    const [from, to, k, maxHops] = ['country:CN', 'company:general-motors', 6, 4] as const;
    const spy = vi.spyOn(Database.prototype, 'read');
    const data = await ok(`{ paths(from: "${from}", to: { id: "${to}" }, direction: SUPPLY, k: ${k}, maxHops: ${maxHops}) { length nodes { id } } }`);
    const names = spy.mock.calls.map(([name]) => name);
    spy.mockRestore();
    // The reference: every cycle-free route along the way goods flow (exposure's table, as docs/API.md
    // states it): each type its own way, a step into an importing country only as the last, a
    // group's members only from the start.
    const rules = WALKS.exposure;
    const rows = await api.db.read('test.supplySteps', `MATCH (x:Entity)-[r]->(y:Entity) WHERE type(r) IN $types RETURN x.id AS x, type(r) AS type, y.id AS y`, { types: [...new Set(rules.map((r) => r.type))] });
    const steps = new Map<string, { to: string; ends: boolean; startOnly: boolean }[]>();
    for (const row of rows) {
      for (const rule of rules.filter((r) => r.type === row.type)) {
        const [x, y] = [row.x as string, row.y as string];
        const [a, b] = rule.direction === 'OUT' ? [x, y] : [y, x];
        steps.set(a, [...(steps.get(a) ?? []), { to: b, ends: !!rule.endsWalk, startOnly: !!rule.onlyFromStart }]);
      }
    }
    const routes = cycleFreeRoutes(from, to, maxHops, (route) =>
      (steps.get(route.at(-1)!) ?? []).filter((step) => (!step.ends || step.to === to) && (!step.startOnly || route.length === 1)).map((step) => step.to),
    );
    // Parallel relationships (a commodity produced in several years) walk one route several times.
    const reference = new Set(routes.map((r) => r.join('>')));
    const lengths = [...reference].map((r) => r.split('>').length - 1).sort((a, b) => a - b);
    expect(lengths.length).toBeGreaterThan(k);
    expect(lengths[0]).toBeLessThan(lengths[k - 1]!);
    // The k shortest: their lengths, each a supply route, none twice.
    const found = data.paths.map((p: Answer) => p.nodes.map((n: Answer) => n.id).join('>'));
    expect(data.paths.map((p: Answer) => p.length)).toEqual(lengths.slice(0, k));
    for (const route of found) expect(reference.has(route), route).toBe(true);
    expect(new Set(found).size).toBe(k);
    // One search for the shortest (not the walk search: it tests a supply step's direction walk by
    // walk), then the deviations, a round per route after the shortest, and the chosen routes' steps.
    expect(names).not.toContain('research.paths');
    expect(names.filter((n) => n === 'research.paths.supply')).toHaveLength(1);
    const rounds = names.filter((n) => n === 'research.paths.spur').length;
    expect(rounds).toBeGreaterThan(0);
    expect(rounds).toBeLessThanOrEqual(k);
  });

  it('a supply route with only types goods do not flow along is refused, naming via', async () => {
    const { body } = await api.graphql('{ paths(from: "country:CN", to: { id: "company:ford" }, direction: SUPPLY, via: [LINKED_TO, STATED]) { length } }');
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.extensions?.argument).toBe('via');
  });

  it('H20 chips ↔ rare-earth deal: one LINKED_TO step, stated as part of the deal', async () => {
    const data = await ok(`{ paths(from: "commodity:nvidia-h20", to: { id: "policy:us-china-london-framework-2025-06" }) {
      length steps { relationships { __typename ... on LinkedToRelationship { nature } } } citations { id } } }`);
    expect(data.paths[0].length).toBe(1);
    expect(data.paths[0].steps[0].relationships[0]).toMatchObject({ __typename: 'LinkedToRelationship', nature: expect.stringMatching(/deal/) });
    expect(data.paths[0].citations.map((c: Answer) => c.id)).toContain('source:reuters-2025-07-20-magnet-exports-us');
  });

  it('k shortest: distinct, cycle-free routes, shortest first', async () => {
    const data = await ok(`{ paths(from: "country:CN", to: { id: "company:ford" }, k: 5, maxHops: 4) { length nodes { id } } }`);
    const routes = data.paths.map((p: Answer) => p.nodes.map((n: Answer) => n.id).join('>'));
    expect(data.paths.length).toBeGreaterThan(1);
    expect(new Set(routes).size).toBe(routes.length);
    expect(data.paths.map((p: Answer) => p.length)).toEqual([...data.paths.map((p: Answer) => p.length)].sort());
    for (const p of data.paths) expect(new Set(p.nodes.map((n: Answer) => n.id)).size).toBe(p.nodes.length);
  });

  it('k > 1 is not starved by parallel relationships: China → Myanmar within 3 hops gives k distinct routes', async () => {
    // China's production of rare-earth ore is recorded several times (several years and stages), and
    // so is Myanmar's: one route made of parallel relationships must still count once.
    const q = `query ($k: Int) { paths(from: "country:CN", to: { id: "country:MM" }, maxHops: 3, k: $k) { length nodes { id } steps { relationships { id } } } }`;
    const two = (await ok(q, { k: 2 })).paths;
    expect(two.map((p: Answer) => p.length)).toEqual([2, 3]);
    expect(two[0].nodes.map((n: Answer) => n.id)).toEqual(['country:CN', 'commodity:rare-earth-ore', 'country:MM']);
    expect(two[0].steps[0].relationships.length).toBeGreaterThan(1);
    const ten = (await ok(q, { k: 10 })).paths;
    expect(ten).toHaveLength(10);
    const routes = ten.map((p: Answer) => p.nodes.map((n: Answer) => n.id).join('>'));
    expect(new Set(routes).size).toBe(10);
    expect(ten.map((p: Answer) => p.length)).toEqual([2, 3, 3, 3, 3, 3, 3, 3, 3, 3]);
    for (const p of ten) expect(new Set(p.nodes.map((n: Answer) => n.id)).size).toBe(p.nodes.length);
  });

  it('k > 1 to a filter: the routes each target gives on its own, merged in the documented order; longer routes walked no further than the answer can use', async () => {
    const from = 'country:CN';
    const filter = '{ companies: { headquarteredIn: { id: { eq: "country:US" } } } }';
    // Five routes: the targets' shortest (one step or two) are enough, so any longer route sorts after them.
    const first = 5;
    const spy = vi.spyOn(Database.prototype, 'read');
    const data = await ok(`{ paths(from: "${from}", to: ${filter}, k: 3, maxHops: 5, first: ${first}) { length nodes { id name } } }`);
    const longer = spy.mock.calls.filter(([name]) => name === 'research.paths.longer').map(([, cypher]) => cypher);
    spy.mockRestore();
    // The reference: every target on its own (paths to one id, k 3), in the documented order.
    const targets = (await ok(`{ companies(where: { headquarteredIn: { id: { eq: "country:US" } } }, first: 100) { nodes { id } } }`)).companies.nodes.map((n: Answer) => n.id);
    expect(targets.length).toBeGreaterThan(2);
    const each = await ok(`{ ${targets.map((id: string, i: number) => `t${i}: paths(from: "${from}", to: { id: "${id}" }, k: 3, maxHops: 5) { length nodes { id name } }`).join(' ')} }`);
    const key = (p: Answer) => [p.length, ...p.nodes.map((n: Answer) => n.name.toLowerCase()), ...p.nodes.map((n: Answer) => n.id)];
    const compare = (a: Answer, b: Answer) => {
      const [x, y] = [key(a), key(b)];
      for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return typeof x[i] === 'number' ? x[i] - y[i] : x[i] < y[i] ? -1 : 1;
      return x.length - y.length;
    };
    const expected = Object.values(each).flat().sort(compare).slice(0, first);
    expect(data.paths.map((p: Answer) => p.nodes.map((n: Answer) => n.id))).toEqual(expected.map((p: Answer) => p.nodes.map((n: Answer) => n.id)));
    // Some target's shortest routes were fewer than k, and the answer's last route is shorter than
    // maxHops: the next-shortest walks stop at its length.
    const last = data.paths.at(-1).length;
    expect(last).toBeLessThan(5);
    expect(longer).toHaveLength(1);
    expect(longer[0]).toContain(`{1,${last}}`);
    expect(longer[0]).not.toContain('{1,5}');
  });

  it('walks only the allowed types and directions, and avoids kinds', async () => {
    const onlyHq = await ok(`{ paths(from: "country:CN", to: { id: "company:ford" }, via: [HEADQUARTERED_IN]) { length } }`);
    expect(onlyHq.paths).toEqual([]);
    const forward = await ok(`{ paths(from: "country:CN", to: { id: "company:ford" }, direction: FORWARD) { length } }`);
    expect(forward.paths).toEqual([]);
    const avoiding = await ok(`{ paths(from: "country:CN", to: { id: "company:ford" }, k: 3, avoid: [COMMODITY]) { nodes { id kind } } }`);
    for (const p of avoiding.paths) expect(p.nodes.slice(1, -1).map((n: Answer) => n.kind)).not.toContain('COMMODITY');
  });

  it('as of a date, uses only relationships valid then', async () => {
    await api.db.write(
      'test.validity',
      `MATCH (s:Source {id: 'source:reuters-2025-07-20-magnet-exports-us'}), (m:Commodity {id: 'commodity:rare-earth-magnets'})
       CREATE (c:Entity:Company {id: 'company:research-test-buyer', name: 'Research Test Buyer'})-[:REPORTED_IN {id: 'rt1', sources: [s.id]}]->(s)
       CREATE (c)-[:USES {id: 'rt2', sources: [s.id], validFrom: '2025-03-01', validTo: '2025-05-31'}]->(m)`,
    );
    const q = `query ($asOf: String) { paths(from: "country:CN", to: { id: "company:research-test-buyer" }, maxHops: 2, asOf: $asOf) { length } }`;
    expect((await ok(q, { asOf: '2025-04-15' })).paths).toHaveLength(1);
    expect((await ok(q, { asOf: '2025-06-15' })).paths).toEqual([]);
    expect((await ok(q, {})).paths).toHaveLength(1);
    const changes = await ok(`{ changes(entity: "company:research-test-buyer", from: "2025-05-01", to: "2025-06-30") { started { id } ended { type from { id } to { id } validTo } } }`);
    expect(changes.changes).toEqual({ started: [], ended: [{ type: 'USES', from: { id: 'company:research-test-buyer' }, to: { id: 'commodity:rare-earth-magnets' }, validTo: '2025-05-31' }] });
  });

  it('refuses bad arguments, naming them', async () => {
    expect(await errorOf(`{ paths(from: "country:XX", to: { id: "company:ford" }) { length } }`)).toMatchObject({ code: 'NOT_FOUND' });
    expect(await errorOf(`{ paths(from: "country:CN", to: { id: "company:nobody" }) { length } }`)).toMatchObject({ code: 'NOT_FOUND' });
    expect(await errorOf(`{ paths(from: "country:CN", to: { id: "company:ford" }, maxHops: 9) { length } }`)).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'maxHops' });
    expect(await errorOf(`{ paths(from: "country:CN", to: { id: "company:ford" }, k: 11) { length } }`)).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'k' });
    // PathTarget is @oneOf: validation refuses two targets before anything runs.
    expect(await errorOf(`{ paths(from: "country:CN", to: { id: "company:ford", companies: {} }) { length } }`)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' });
    expect(await errorOf(`{ paths(from: "country:CN", to: { id: "company:ford" }, via: [OWNS]) { length } }`)).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await errorOf(`{ paths(from: "country:CN", to: { id: "company:ford" }, asOf: "yesterday") { length } }`)).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'asOf' });
  });
});

describe('dependencies and exposure', () => {
  it("Ford depends on magnets (tier 1) and on China, which produces them (tier 2)", async () => {
    const data = await ok(`{ dependencies(of: "company:ford", maxTier: 2) { items { tier entity { id } path { nodes { id } } } byKind { kind count } } }`);
    const tiers = Object.fromEntries(data.dependencies.items.map((i: Answer) => [i.entity.id, i.tier]));
    expect(tiers['commodity:rare-earth-magnets']).toBe(1);
    expect(tiers['country:CN']).toBe(2);
    // Who makes the magnets Ford uses is a dependency too.
    expect(data.dependencies.items.filter((i: Answer) => i.tier === 2 && i.entity.id.startsWith('company:')).length).toBeGreaterThan(0);
    // Ford's own headquarters is not one of its inputs.
    expect(tiers['country:US']).toBeUndefined();
    // Makers of the magnets are suppliers, not competitors: nothing is reached through the cars Ford makes.
    expect(tiers['commodity:passenger-cars']).toBeUndefined();
    expect(tiers['company:general-motors']).toBeUndefined();
    const china = data.dependencies.items.find((i: Answer) => i.entity.id === 'country:CN');
    expect(china.path.nodes.map((n: Answer) => n.id)).toEqual(['company:ford', 'commodity:rare-earth-magnets', 'country:CN']);
    expect(data.dependencies.byKind.reduce((s: number, k: Answer) => s + k.count, 0)).toBe(data.dependencies.items.length);
  });

  it('dependencies never reach a competitor: no route goes from a company to what it makes', async () => {
    const data = await ok(`{ dependencies(of: "company:ford", maxTier: 6, first: 500) { items { tier entity { id name } path { nodes { id } steps { relationships { __typename } } } } } }`);
    const items = data.dependencies.items;
    for (const item of items) {
      expect(item.path.nodes.map((n: Answer) => n.id), item.entity.id).not.toContain('commodity:passenger-cars');
      expect(item.path.nodes.map((n: Answer) => n.id), item.entity.id).not.toContain('company:general-motors');
    }
    // The US is there only as the home of a magnet maker Ford's magnets may come from.
    const us = items.find((i: Answer) => i.entity.id === 'country:US');
    expect(us.path.nodes.map((n: Answer) => n.id)).toEqual(['company:ford', 'commodity:rare-earth-magnets', 'company:evac-magnetics', 'country:US']);
    expect(us.path.steps.map((s: Answer) => s.relationships.map((r: Answer) => r.__typename))).toEqual([['UsesRelationship'], ['MakesRelationship'], ['HeadquarteredInRelationship']]);
    // Result order: tier, then name ignoring case (eVAC Magnetics among the Es), then id.
    for (let i = 1; i < items.length; i++) {
      const [a, b] = [items[i - 1], items[i]];
      expect(a.tier <= b.tier, `${a.entity.id} before ${b.entity.id}`).toBe(true);
      if (a.tier === b.tier) expect(a.entity.name.toLowerCase() <= b.entity.name.toLowerCase(), `${a.entity.name} before ${b.entity.name}`).toBe(true);
    }
    const ids = items.map((i: Answer) => i.entity.id);
    expect(ids.indexOf('company:evac-magnetics')).toBeLessThan(ids.indexOf('company:innuovo-technology'));
  });

  it('exposure walks from a company to what it makes, never from a commodity to its other makers', async () => {
    const ford = await ok(`{ exposure(to: "company:ford", maxHops: 1) { items { tier entity { id } path { steps { relationships { __typename from { id } to { id } } } } } } }`);
    const cars = ford.exposure.items.find((i: Answer) => i.entity.id === 'commodity:passenger-cars');
    expect(cars).toMatchObject({ tier: 1, path: { steps: [{ relationships: [{ __typename: 'MakesRelationship', from: { id: 'company:ford' }, to: { id: 'commodity:passenger-cars' } }] }] } });
    const magnets = await ok(`{ exposure(to: "commodity:rare-earth-magnets", maxHops: 1, first: 500) { items { entity { id } } } }`);
    const reached = magnets.exposure.items.map((i: Answer) => i.entity.id);
    expect(reached).toContain('company:ford');
    for (const maker of ['company:tdk', 'company:vacuumschmelze', 'company:evac-magnetics']) expect(reached).not.toContain(maker);
  });

  it("US automakers are exposed to China through magnets, scored by China's 90% share", async () => {
    const data = await ok(`{ exposure(to: "country:CN", maxHops: 3, kinds: [COMPANY], first: 500, asOf: "2025-07-20") {
      items { tier score missingShares entity { id } path { nodes { id } citations { id } } } byKind { kind count } byCountry { country { id } count } } }`);
    const ford = data.exposure.items.find((i: Answer) => i.entity.id === 'company:ford');
    expect(ford).toMatchObject({ tier: 2, score: 0.9, missingShares: 0 });
    expect(ford.path.nodes.map((n: Answer) => n.id)).toEqual(['country:CN', 'commodity:rare-earth-magnets', 'company:ford']);
    expect(ford.path.citations.length).toBeGreaterThan(0);
    expect(data.exposure.byKind).toEqual([{ kind: 'COMPANY', count: data.exposure.items.length }]);
    expect(data.exposure.byCountry).toContainEqual({ country: { id: 'country:US' }, count: expect.any(Number) });
    // Other magnet makers are alternatives to China's supply, not casualties of it.
    const viaMakes = data.exposure.items.filter((i: Answer) => i.path.nodes.length === 3 && i.path.nodes[1].id === 'commodity:rare-earth-magnets' && ['company:tdk', 'company:vacuumschmelze'].includes(i.entity.id));
    expect(viaMakes).toEqual([]);
  });

  it('without a path or score in the selection, the walk skips routes and answers the same entities at the same tiers', async () => {
    const cases = [
      ['dependencies', 'of: "company:ford", maxTier: 6, first: 500', 'path { length }'],
      ['exposure', 'to: "country:CN", maxHops: 4, first: 500', 'score'],
      ['exposure', 'to: "commodity:rare-earth-ore", maxHops: 6, first: 40, kinds: [COMPANY]', 'missingShares'],
    ] as const;
    for (const [field, args, routed] of cases) {
      const withRoutes = await api.graphql(`{ r: ${field}(${args}) { items { tier entity { id } ${routed} } byKind { kind count } } }`);
      // Through a fragment and an alias: the selection is read the way GraphQL reads it.
      const without = await api.graphql(`{ r: ${field}(${args}) { list: items { ...Bare } byKind { kind count } } } fragment Bare on ReachedEntity { tier entity { id } }`);
      expect(withRoutes.body.errors).toBeUndefined();
      expect(without.body.errors).toBeUndefined();
      const pairs = (items: Answer[]) => items.map((i) => [i.entity.id, i.tier]);
      expect(pairs(without.body.data.r.list), `${field}(${args})`).toEqual(pairs(withRoutes.body.data.r.items));
      expect(without.body.data.r.list.length, `${field}(${args})`).toBeGreaterThan(4);
      expect(without.body.data.r.byKind).toEqual(withRoutes.body.data.r.byKind);
    }
    const byCountry = `{ exposure(to: "country:CN", maxHops: 3, kinds: [COMPANY], first: 500) { %ITEMS% byCountry { country { id } count } } }`;
    const a = await ok(byCountry.replace('%ITEMS%', 'items { entity { id } }'));
    const b = await ok(byCountry.replace('%ITEMS%', 'items { entity { id } path { length } }'));
    expect(a.exposure.byCountry).toEqual(b.exposure.byCountry);
    expect(a.exposure.byCountry.length).toBeGreaterThan(0);
  });

  it('refuses hop counts past the cap and unknown ids', async () => {
    expect(await errorOf(`{ exposure(to: "country:CN", maxHops: 7) { items { tier } } }`)).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'maxHops' });
    expect(await errorOf(`{ dependencies(of: "company:ghost") { items { tier } } }`)).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('concentration', () => {
  it('rare-earth mining in 2024: China 70%, US 12%, Myanmar 9%; HHI 5,125; China a chokepoint', async () => {
    const data = await ok(`{ concentration(commodity: "commodity:rare-earth-ore", stage: "mining", year: 2024, topN: 3, threshold: 0.5) {
      stage year hhi topNShare coverage shares { producer { id } share sources { id } } chokepoints { producer { id } share } available { stage year producers } } }`);
    const c = data.concentration;
    expect(c.shares.map((s: Answer) => [s.producer.id, s.share])).toEqual([['country:CN', 0.7], ['country:US', 0.12], ['country:MM', 0.09]]);
    expect(c.hhi).toBe(5125);
    expect(c.topNShare).toBe(0.91);
    expect(c.chokepoints).toEqual([{ producer: { id: 'country:CN' }, share: 0.7 }]);
    for (const s of c.shares) expect(s.sources.length).toBeGreaterThan(0);
    expect(c.available).toContainEqual({ stage: 'mining', year: 2024, producers: 3 });
  });

  it('as of a date, counts only the shares valid then', async () => {
    await api.db.write(
      'test.concentrationValidity',
      `MATCH (s:Source {id: 'source:reuters-2025-07-20-magnet-exports-us'}), (cn:Country {id: 'country:CN'}), (us:Country {id: 'country:US'})
       CREATE (a:Entity:Commodity {id: 'commodity:research-test-alloy', name: 'Research Test Alloy'})-[:REPORTED_IN {id: 'rt-alloy', sources: [s.id]}]->(s)
       CREATE (cn)-[:PRODUCES {id: 'rt-alloy-cn', sources: [s.id], stage: 'mining', year: 2024, share: 0.6}]->(a)
       CREATE (us)-[:PRODUCES {id: 'rt-alloy-us', sources: [s.id], stage: 'mining', year: 2024, share: 0.4, validTo: '2024-06-30'}]->(a)`,
    );
    const q = `query ($asOf: String) { concentration(commodity: "commodity:research-test-alloy", stage: "mining", year: 2024, asOf: $asOf) { hhi shares { producer { id } share } } }`;
    const before = (await ok(q, { asOf: '2024-03-01' })).concentration;
    expect(before.shares.map((s: Answer) => [s.producer.id, s.share])).toEqual([['country:CN', 0.6], ['country:US', 0.4]]);
    expect(before.hhi).toBe(5200);
    const after = (await ok(q, { asOf: '2024-12-01' })).concentration;
    expect(after.shares.map((s: Answer) => [s.producer.id, s.share])).toEqual([['country:CN', 0.6]]);
    expect(after.hhi).toBe(3600);
  });

  it('refuses an unknown commodity and a threshold outside 0..1', async () => {
    expect(await errorOf(`{ concentration(commodity: "commodity:unobtainium") { hhi } }`)).toMatchObject({ code: 'NOT_FOUND' });
    expect(await errorOf(`{ concentration(commodity: "commodity:rare-earth-ore", asOf: "2025-13-01") { hhi } }`)).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'asOf' });
    expect(await errorOf(`{ concentration(commodity: "commodity:rare-earth-ore", threshold: 1.5) { hhi } }`)).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'threshold' });
  });
});

describe('trade series', () => {
  const SERIES = `query ($importer: ID!, $from: String, $to: String) { tradeSeries(exporter: "country:CN", importer: $importer, commodity: "commodity:rare-earth-magnets", from: $from, to: $to) {
    points { period quantity derived formula shareOfTotal sources { id } observation { id } changes { basis comparedTo reported computed disagrees } } } }`;

  it('China → world: reported months and half, the June 2024 volume back-computed from −38.1%', async () => {
    const { tradeSeries } = await ok(SERIES, { importer: 'region:world' });
    const byPeriod = Object.fromEntries(tradeSeries.points.map((p: Answer) => [p.period, p]));
    expect(byPeriod['2025-06']).toMatchObject({ quantity: 3188, derived: false, observation: { id: 'trade:cn-world-rare-earth-magnets-2025-06' } });
    expect(byPeriod['2025-05']).toMatchObject({ quantity: 1238, derived: false });
    expect(byPeriod['2025-H1']).toMatchObject({ quantity: 22319, derived: false });
    const june2024 = byPeriod['2024-06'];
    expect(june2024.derived).toBe(true);
    expect(june2024.quantity).toBeCloseTo(3188 / (1 - 0.381), 6);
    expect(june2024.formula).toMatch(/3188 \/ \(1 \+ -38\.1\/100\)/);
    expect(june2024.sources.length).toBeGreaterThan(0);
    expect(byPeriod['2024-H1'].quantity).toBeCloseTo(22319 / (1 - 0.189), 6);
    const mom = byPeriod['2025-06'].changes.find((c: Answer) => c.basis === 'MONTH_ON_MONTH');
    expect(mom).toMatchObject({ comparedTo: '2025-05', reported: 157.5, disagrees: false });
    expect(mom.computed).toBeCloseTo(157.51, 2);
    const periods = tradeSeries.points.map((p: Answer) => p.period);
    expect(periods.indexOf('2025-05')).toBeLessThan(periods.indexOf('2025-06'));
  });

  it('China → world: the January–May figure sits among the months, and with June adds up to the first half within rounding', async () => {
    const { tradeSeries } = await ok(`{ tradeSeries(exporter: "country:CN", importer: "region:world", commodity: "commodity:rare-earth-magnets", from: "2025-01", to: "2025-06") {
      points { period periodStart periodEnd quantity derived observation { id statisticalOffice { id name } } }
      sums { period reported parts sumOfParts difference disagrees } } }`);
    const reported = tradeSeries.points.filter((p: Answer) => !p.derived);
    expect(reported.map((p: Answer) => p.period)).toEqual(['2025-05', '2025-01/2025-05', '2025-06', '2025-H1']);
    const ytd = reported[1];
    expect(ytd).toMatchObject({ periodStart: '2025-01-01', periodEnd: '2025-05-31', quantity: 19132 });
    expect(ytd.observation.id).toBe('trade:cn-world-rare-earth-magnets-2025-01-to-2025-05');
    // The figures are China customs' own; the sources are the reports quoting them.
    for (const p of reported) expect(p.observation.statisticalOffice.id).toBe('org:china-customs');
    expect(tradeSeries.sums).toEqual([{ period: '2025-H1', reported: 22319, parts: ['2025-01/2025-05', '2025-06'], sumOfParts: 22320, difference: -1, disagrees: false }]);
  });

  it("China → US: June's +660% against May's 46 t computes to +667.4%, within the rounding of 46 t; 11% of the total", async () => {
    const { tradeSeries } = await ok(SERIES, { importer: 'country:US', from: '2025-06', to: '2025-06' });
    expect(tradeSeries.points).toHaveLength(1);
    const [june] = tradeSeries.points;
    expect(june.quantity).toBe(353);
    expect(june.changes[0]).toMatchObject({ basis: 'MONTH_ON_MONTH', reported: 660, disagrees: false });
    expect(june.changes[0].computed).toBeCloseTo(667.39, 2);
    expect(june.shareOfTotal).toBeCloseTo(353 / 3188, 9);
  });

  it('refuses inverted and malformed period ranges, and unknown ids', async () => {
    expect(await errorOf(SERIES, { importer: 'country:US', from: '2025-06', to: '2025-01' })).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'to' });
    expect(await errorOf(SERIES, { importer: 'country:US', from: 'June 2025' })).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'from' });
    expect(await errorOf(SERIES, { importer: 'country:ZZ' })).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('timeline', () => {
  it("Howard Lutnick: who said what, when, in which office", async () => {
    const data = await ok(`{ timeline(entity: "official:howard-lutnick") { date type title entity { id } relationship { __typename } sources { id } } }`);
    // Two statements of that day are about the H20 sales (Reuters and CNBC interviews): both are there.
    const sameDay = data.timeline.filter((i: Answer) => i.type === 'STATEMENT' && i.date === '2025-07-15');
    expect(sameDay).toHaveLength(2);
    const h20 = sameDay.find((i: Answer) => /rare earths/.test(i.title));
    expect(h20).toMatchObject({ entity: { id: 'event:nvidia-h20-sales-resumption-2025-07' }, relationship: { __typename: 'StatedRelationship' } });
    expect(h20.title).toMatch(/^Howard Lutnick on .*rare earths/);
    expect(h20.sources.map((s: Answer) => s.id)).toContain('source:reuters-2025-07-20-magnet-exports-us');
    const office = await ok(`{ entity(id: "official:howard-lutnick") { ... on Official { offices { edges { node { name } relationship { ... on HoldsOfficeRelationship { title } } } } } } }`);
    expect(office.entity.offices.edges).toContainEqual({ relationship: { title: 'Secretary of Commerce' }, node: { name: expect.stringMatching(/Commerce/) } });
    const dates = data.timeline.map((i: Answer) => i.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('the April 2025 restrictions: announced on 4 April, in response to the tariffs announced on 2 April', async () => {
    const data = await ok(`{ timeline(entity: "policy:china-rare-earth-export-controls-2025-04", from: "2025-04", to: "2025-04") { date type entity { id } } }`);
    expect(data.timeline).toContainEqual({ date: '2025-04-04', type: 'POLICY_ANNOUNCED', entity: { id: 'policy:china-rare-earth-export-controls-2025-04' } });
    expect(data.timeline).toContainEqual({ date: '2025-04-02', type: 'POLICY_ANNOUNCED', entity: { id: 'policy:us-reciprocal-tariffs-2025-04' } });
    for (const item of data.timeline) expect(item.date.startsWith('2025-04')).toBe(true);
  });

  it('refuses an inverted range and an unknown entity', async () => {
    expect(await errorOf(`{ timeline(entity: "country:CN", from: "2025-06", to: "2025-01") { date } }`)).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'to' });
    expect(await errorOf(`{ timeline(entity: "country:ZZ") { date } }`)).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('timeouts', () => {
  it('stops a query that runs past the transaction timeout with QUERY_TIMEOUT', async () => {
    // The reach queries on the seed now finish in milliseconds, faster than the engine's timeout
    // check, so a statement that is slow by construction runs in a request's read transaction.
    const db = testDatabase(50);
    try {
      const request = db.forRequest({ roundTrips: 0 });
      const slow = request.read('test.slow', 'UNWIND range(1, 500000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n');
      await expect(slow).rejects.toMatchObject({ extensions: { code: 'QUERY_TIMEOUT' } });
      await request.endRequest();
    } finally {
      await db.close();
    }
  }, 60_000);
});
