/**
 * The write path over HTTP against the real engine: the auth matrix, validation with field
 * paths, conflicts, retiring instead of erasing, trade observations, and all-or-nothing writes.
 * Everything written uses ids starting with `…:mut-test-` and is removed afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Authenticator, newApiKey } from '../../src/http/auth.js';
import type { Role } from '../../src/startup/config.js';
import { startTestApi, type TestApi, type Answer } from '../helpers/context.js';
import { graphFingerprint } from '../helpers/graph.js';

const keys = Object.fromEntries((['reader', 'editor', 'admin'] as Role[]).map((role) => [role, newApiKey(`test-${role}`, role)]));
const entries = Object.values(keys).map(({ entry }) => {
  const [name, role, hash] = entry.split(':') as [string, Role, string];
  return { name, role, hash };
});
const bearer = (role: string) => ({ authorization: `Bearer ${keys[role]!.key}` });
const SOURCE = 'source:mut-test-report';

let api: TestApi;
let locked: TestApi;
beforeAll(async () => {
  api = await startTestApi({ auth: new Authenticator(entries, false) });
  locked = await startTestApi({ auth: new Authenticator(entries, true) });
});
afterAll(async () => {
  await api.db.write('test.cleanup', "MATCH (n:Entity) WHERE n.id CONTAINS ':mut-test-' OR n.id STARTS WITH 'trade:mut-test' DETACH DELETE n");
  await api.close();
  await locked.close();
});

const ADD_SOURCE = `mutation ($input: SourceInput!) { addSource(input: $input) { id title sources { id } } }`;
const sourceInput = (id = SOURCE) => ({ id, title: 'A test report', publisher: 'supplygraph tests', url: 'https://example.org/mut-test', published: '2025-07-20', sourceType: 'NEWS' });
const CREATE = `mutation ($input: CreateEntityInput!) { createEntity(input: $input) { id kind name sources { id } ... on Company { tickers } } }`;

describe('the auth matrix', () => {
  const read = `{ entity(id: "country:CN") { id } }`;
  const cases: [string, Record<string, string>, boolean, string | null][] = [
    ['anonymous', {}, true, 'UNAUTHENTICATED'],
    ['reader', bearer('reader'), true, 'FORBIDDEN'],
    ['editor', bearer('editor'), true, null],
    ['admin', bearer('admin'), true, null],
    ['a wrong key', { authorization: 'Bearer sgk_not-a-key' }, false, 'UNAUTHENTICATED'],
  ];
  it.each(cases)('%s: queries and mutations', async (who, headers, canRead, mutationError) => {
    const q = await api.graphql(read, undefined, headers);
    if (canRead) expect(q.body.data?.entity).toEqual({ id: 'country:CN' });
    else {
      expect(q.status).toBe(401);
      expect(q.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const id = `source:mut-test-matrix-${who.replace(/\W/g, '')}`;
    const m = await api.graphql(ADD_SOURCE, { input: sourceInput(id) }, headers);
    if (mutationError) {
      expect(m.body.errors?.[0]?.extensions?.code).toBe(mutationError);
      expect(await api.db.read('test.none', 'MATCH (n {id: $id}) RETURN n', { id })).toEqual([]);
    } else {
      expect(m.body.errors).toBeUndefined();
      expect(m.body.data.addSource).toMatchObject({ id, sources: [{ id }] });
    }
  });

  it('purgeEntity needs admin', async () => {
    await api.graphql(ADD_SOURCE, { input: sourceInput('source:mut-test-purge') }, bearer('editor'));
    const byEditor = await api.graphql(`mutation { purgeEntity(id: "source:mut-test-purge", reason: "test data") { relationshipsRemoved } }`, undefined, bearer('editor'));
    expect(byEditor.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byAdmin = await api.graphql(`mutation { purgeEntity(id: "source:mut-test-purge", reason: "test data") { id relationshipsRemoved } }`, undefined, bearer('admin'));
    expect(byAdmin.body.data.purgeEntity).toEqual({ id: 'source:mut-test-purge', relationshipsRemoved: 0 });
    expect((await api.graphql(`{ entity(id: "source:mut-test-purge") { id } }`)).body).toEqual({ data: { entity: null } });
  });

  it('with reads locked, anonymous queries get UNAUTHENTICATED (401) and readers get data', async () => {
    const anonymous = await locked.graphql(`{ entity(id: "country:CN") { id } }`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const reader = await locked.graphql(`{ entity(id: "country:CN") { id } }`, undefined, bearer('reader'));
    expect(reader.body.data.entity.id).toBe('country:CN');
  });
});

describe('writing entities and relationships', () => {
  beforeAll(async () => {
    await api.graphql(ADD_SOURCE, { input: sourceInput() }, bearer('editor'));
  });

  it('creates an entity with its sources, then refuses the same id with CONFLICT', async () => {
    const input = { company: { id: 'company:mut-test-magnetworks', name: 'Magnetworks', tickers: ['MGW'], sources: [SOURCE] } };
    const created = await api.graphql(CREATE, { input }, bearer('editor'));
    expect(created.body.errors).toBeUndefined();
    expect(created.body.data.createEntity).toEqual({ id: input.company.id, kind: 'COMPANY', name: 'Magnetworks', tickers: ['MGW'], sources: [{ id: SOURCE }] });
    const again = await api.graphql(CREATE, { input }, bearer('editor'));
    expect(again.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('lists every bad field with its path, and writes nothing', async () => {
    const before = await graphFingerprint(api.db);
    const { body } = await api.graphql(
      CREATE,
      { input: { country: { id: 'country:mut-test-bad', name: '', iso2: 'China', iso3: 'C', sources: ['source:mut-test-missing'] } } },
      bearer('editor'),
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const paths = (body.errors?.[0]?.extensions?.fields as { path: string }[]).map((f) => f.path).sort();
    expect(paths).toEqual(expect.arrayContaining(['input.country.id', 'input.country.iso2', 'input.country.iso3', 'input.country.name']));
    expect(await graphFingerprint(api.db)).toEqual(before);

    const unknownSource = await api.graphql(CREATE, { input: { company: { id: 'company:mut-test-nosource', name: 'No Source', sources: ['source:mut-test-missing'] } } }, bearer('editor'));
    expect(unknownSource.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.company.sources[0]', message: 'unknown id source:mut-test-missing' }] });

    // The schema itself refuses a country given a company's field, and two kinds at once (validation
    // errors: 200 with no data for an application/json client, per GraphQL-over-HTTP).
    const tickerOnCountry = await api.graphql(CREATE, { input: { country: { id: 'country:QX', name: 'X', iso2: 'QX', iso3: 'QXX', tickers: ['X'], sources: [SOURCE] } } }, bearer('editor'));
    expect(tickerOnCountry.status).toBe(200);
    expect(tickerOnCountry.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(tickerOnCountry.body.errors?.[0]?.message).toMatch(/tickers/);
    const twoKinds = await api.graphql(CREATE, { input: { region: { id: 'region:x', name: 'X', sources: [SOURCE] }, sector: { id: 'sector:x', name: 'X', sources: [SOURCE] } } }, bearer('editor'));
    expect(twoKinds.status).toBe(200);
    expect(twoKinds.body.errors?.[0]?.message).toMatch(/Exactly one key must be specified for OneOf type "CreateEntityInput"/);
    expect(await graphFingerprint(api.db)).toEqual(before);
  });

  it('updates an entity, keeping old sources and adding the new', async () => {
    await api.graphql(ADD_SOURCE, { input: sourceInput('source:mut-test-second') }, bearer('editor'));
    const { body } = await api.graphql(
      `mutation { updateEntity(id: "company:mut-test-magnetworks", input: { description: "Makes magnets.", sources: ["source:mut-test-second"] }) { id name description sources { id } } }`,
      undefined,
      bearer('editor'),
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.updateEntity.description).toBe('Makes magnets.');
    expect(body.data.updateEntity.sources.map((s: Answer) => s.id).sort()).toEqual([SOURCE, 'source:mut-test-second'].sort());
    const wrongField = await api.graphql(`mutation { updateEntity(id: "company:mut-test-magnetworks", input: { iso2: "MG", sources: ["${SOURCE}"] }) { id } }`, undefined, bearer('editor'));
    expect(wrongField.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.iso2' }] });
    const missing = await api.graphql(`mutation { updateEntity(id: "company:mut-test-ghost", input: { name: "x", sources: ["${SOURCE}"] }) { id } }`, undefined, bearer('editor'));
    expect(missing.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('adds a relationship, refuses a duplicate and wrong endpoint kinds, and retires it without erasing it', async () => {
    const ADD = `mutation ($input: RelationshipInput!) { addRelationship(input: $input) { id type from { id } to { id } sources { id } validTo ... on UsesRelationship { note } } }`;
    const input = { type: 'USES', from: 'company:mut-test-magnetworks', to: 'commodity:rare-earth-magnets', note: 'test', sources: [SOURCE] };
    const added = await api.graphql(ADD, { input }, bearer('editor'));
    expect(added.body.errors).toBeUndefined();
    const id = 'company:mut-test-magnetworks|USES|commodity:rare-earth-magnets';
    expect(added.body.data.addRelationship).toEqual({ id, type: 'USES', from: { id: 'company:mut-test-magnetworks' }, to: { id: 'commodity:rare-earth-magnets' }, sources: [{ id: SOURCE }], validTo: null, note: 'test' });
    expect((await api.graphql(ADD, { input }, bearer('editor'))).body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const wrongKinds = await api.graphql(ADD, { input: { ...input, type: 'PRODUCES', to: 'country:CN' } }, bearer('editor'));
    expect(wrongKinds.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.to', message: 'country:CN is a Country; expected Commodity' }] });

    const retired = await api.graphql(`mutation { retireRelationship(id: "${id}", validTo: "2025-06-30", sources: ["source:mut-test-second"]) { id validTo sources { id } } }`, undefined, bearer('editor'));
    expect(retired.body.errors).toBeUndefined();
    expect(retired.body.data.retireRelationship.validTo).toBe('2025-06-30');
    expect(retired.body.data.retireRelationship.sources).toHaveLength(2);
    // Still there for history; as-of queries after the date no longer walk it.
    const rows = await api.db.read('test.retired', 'MATCH ()-[r:USES {id: $id}]->() RETURN r.validTo AS validTo', { id });
    expect(rows).toEqual([{ validTo: '2025-06-30' }]);
    const q = `query ($asOf: String) { paths(from: "company:mut-test-magnetworks", to: { id: "commodity:rare-earth-magnets" }, maxHops: 1, via: [USES], asOf: $asOf) { length } }`;
    expect((await api.graphql(q, { asOf: '2025-06-01' })).body.data.paths).toHaveLength(1);
    expect((await api.graphql(q, { asOf: '2025-07-01' })).body.data.paths).toEqual([]);
  });

  it('records a trade observation as reported, and refuses a second for the same flow and period', async () => {
    const RECORD = `mutation ($input: TradeObservationInput!) { recordTradeObservation(input: $input) { id name quantity period changes { basis percent comparedTo } exporter { id } importer { id } commodity { id } sources { id } } }`;
    const input = { exporter: 'country:CN', importer: 'country:US', commodity: 'commodity:rare-earth-magnets', period: '1999-07', quantity: 12.5, unit: 't', changes: [{ basis: 'MONTH_ON_MONTH', percent: -3, comparedTo: '1999-06' }], sources: [SOURCE] };
    const { body } = await api.graphql(RECORD, { input }, bearer('editor'));
    expect(body.errors).toBeUndefined();
    expect(body.data.recordTradeObservation).toMatchObject({
      id: 'trade:cn-us-rare-earth-magnets-1999-07',
      name: 'China → United States: Rare-earth magnets, 1999-07',
      quantity: 12.5,
      changes: [{ basis: 'MONTH_ON_MONTH', percent: -3, comparedTo: '1999-06' }],
      exporter: { id: 'country:CN' },
      importer: { id: 'country:US' },
    });
    expect((await api.graphql(RECORD, { input }, bearer('editor'))).body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const negative = await api.graphql(RECORD, { input: { ...input, period: '1999-08', quantity: -1 } }, bearer('editor'));
    expect(negative.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.quantity' }] });
    await api.db.write('test.cleanupTrade', "MATCH (t:TradeObservation {id: 'trade:cn-us-rare-earth-magnets-1999-07'}) DETACH DELETE t");
  });

  it('refuses to purge a source that is still cited', async () => {
    const { body } = await api.graphql(`mutation { purgeEntity(id: "${SOURCE}", reason: "cleanup") { id } }`, undefined, bearer('admin'));
    expect(body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});
