/**
 * Hostile input through every string argument (and every string field of an input argument) of
 * every query and mutation: nothing is executed, nothing leaks, and the graph is unchanged.
 * Then property-based fuzzing of arguments: no crash, no 5xx, every error has a code.
 */
import fc from 'fast-check';
import { buildSchema, isNonNullType, type GraphQLField } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Authenticator, newApiKey } from '../../src/auth.js';
import { ERROR_CODES } from '../../src/errors.js';
import { loadTypeDefs } from '../../src/server.js';
import { startTestApi, type TestApi, type Answer } from '../helpers/context.js';
import { graphFingerprint } from '../helpers/graph.js';

const CORPUS = [
  `'`,
  `"`,
  '`',
  `' OR 1=1 //`,
  '`) DETACH DELETE n //',
  `"}) MATCH (n) DETACH DELETE n RETURN 1 //`,
  `})-[r]-() DELETE r //`,
  'CALL db.clearQueryCaches()',
  'CALL dbms.components() YIELD name RETURN name',
  `$id} RETURN 1 UNION MATCH (n) DETACH DELETE n //`,
  '\\u0000\\u001f\\ud800',
  '\u0000\u202e\uFEFF\uD83D\uDE00 ünïcödé 中文',
  'x'.repeat(100_000),
];
const LEAKS = /Neo4j|Neo\.ClientError|Cypher|MATCH \(|at \S+\.(ts|js):\d+|stacktrace|node_modules/i;

const admin = newApiKey('hostile-admin', 'admin');
const [name, role, hash] = admin.entry.split(':') as [string, 'admin', string];
const AUTH = { authorization: `Bearer ${admin.key}` };

/** A valid call of every root field; the test swaps one string in for a hostile one. */
const VALID: Record<string, Record<string, unknown>> = {
  entity: { id: 'country:CN' },
  node: { id: 'country:CN' },
  search: { text: 'china' },
  countries: { where: { name: { eq: 'China' } } },
  commodities: { where: { name: { contains: 'magnet' } } },
  companies: { where: { name: { startsWith: 'Ford' } } },
  officials: { where: { id: { eq: 'official:howard-lutnick' } } },
  organizations: { where: { name: { eq: 'Reuters' } } },
  policies: { where: { announced: { gte: '2025-04' } } },
  sectors: { where: { name: { eq: 'Automotive' } } },
  events: { where: { date: { gte: '2025' } } },
  sources: { where: { publisher: { contains: 'Reuters' } } },
  paths: { from: 'country:CN', to: { id: 'company:ford' }, asOf: '2025-07-01', avoidIds: ['country:US'] },
  dependencies: { of: 'company:ford', asOf: '2025-07-01' },
  exposure: { to: 'country:CN', asOf: '2025-07-01' },
  concentration: { commodity: 'commodity:rare-earth-ore', stage: 'mining' },
  concentrationRanking: { year: 2024, stage: 'mining' },
  tradeSeries: { exporter: 'country:CN', importer: 'region:world', commodity: 'commodity:rare-earth-magnets', from: '2025-01', to: '2025-12' },
  timeline: { entity: 'country:CN', from: '2025-01', to: '2025-12' },
  changes: { entity: 'country:CN', from: '2025-01-01', to: '2025-12-31' },
  addSource: { input: { id: 'source:hostile-test', title: 'T', publisher: 'P', url: 'https://example.org/h', sourceType: 'NEWS', note: 'n', originalPublisher: 'O', published: '2025' } },
  createEntity: { input: { company: { id: 'company:hostile-test', name: 'Hostile Test', description: 'd', aliases: ['a'], website: 'https://example.org', tickers: ['T'], sources: ['source:reuters-2025-07-20-magnet-exports-us'] } } },
  updateEntity: { id: 'company:hostile-test-missing', input: { name: 'n', description: 'd', sources: ['source:reuters-2025-07-20-magnet-exports-us'] } },
  addRelationship: { input: { type: 'LINKED_TO', from: 'company:hostile-test-missing', to: 'country:CN', nature: 'n', key: 'k', sources: ['source:reuters-2025-07-20-magnet-exports-us'] } },
  updateRelationship: { id: 'company:hostile-test-missing|LINKED_TO|country:CN', input: { nature: 'n', sources: ['source:reuters-2025-07-20-magnet-exports-us'] } },
  retireRelationship: { id: 'company:hostile-test-missing|LINKED_TO|country:CN', validTo: '2025-01-01', sources: ['source:reuters-2025-07-20-magnet-exports-us'] },
  recordTradeObservation: { input: { exporter: 'country:CN', importer: 'country:ZZ', commodity: 'commodity:rare-earth-magnets', period: '2025-06', quantity: 1, unit: 't', note: 'n', sources: ['source:reuters-2025-07-20-magnet-exports-us'] } },
  purgeEntity: { id: 'company:hostile-test-missing', reason: 'hostile input test' },
};

const schema = buildSchema(loadTypeDefs());

/** Paths (within a valid call) of every string value: top-level arguments and their input fields, one level down. */
function stringPaths(args: Record<string, unknown>, prefix: string[] = []): string[][] {
  const paths: string[][] = [];
  for (const [key, value] of Object.entries(args)) {
    if (typeof value === 'string') paths.push([...prefix, key]);
    else if (Array.isArray(value) && typeof value[0] === 'string') paths.push([...prefix, key, '0']);
    else if (value && typeof value === 'object' && !Array.isArray(value)) paths.push(...stringPaths(value as Record<string, unknown>, [...prefix, key]));
  }
  return paths;
}

function withValue(args: Record<string, unknown>, path: string[], value: string): Record<string, unknown> {
  const copy = structuredClone(args);
  let at: Answer = copy;
  for (const key of path.slice(0, -1)) at = at[key];
  at[path.at(-1)!] = value;
  return copy;
}

/** Declares each top-level argument as a variable of its schema type, so values travel as JSON. */
function operation(field: GraphQLField<unknown, unknown>, kind: 'query' | 'mutation', args: Record<string, unknown>): string {
  const used = field.args.filter((a) => a.name in args);
  const vars = used.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const call = used.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${kind}${vars ? ` (${vars})` : ''} { ${field.name}${call ? `(${call})` : ''} { __typename } }`;
}

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ auth: new Authenticator([{ name, role, hash }], false) });
});
afterAll(async () => {
  await api.db.write('test.cleanup', "MATCH (n:Entity) WHERE n.id IN ['source:hostile-test', 'company:hostile-test'] DETACH DELETE n");
  await api.close();
});

describe('the injection corpus', () => {
  const fields = [
    ...Object.values(schema.getQueryType()!.getFields()).map((f) => ({ f, kind: 'query' as const })),
    ...Object.values(schema.getMutationType()!.getFields()).map((f) => ({ f, kind: 'mutation' as const })),
  ];

  it('has a valid call for every root field', () => {
    expect(fields.map(({ f }) => f.name).sort()).toEqual(Object.keys(VALID).sort());
    for (const { f } of fields) for (const a of f.args) if (isNonNullType(a.type)) expect(VALID[f.name], `${f.name}.${a.name}`).toHaveProperty(a.name);
  });

  it.each(fields.map(({ f, kind }) => [f.name, f, kind] as const))('%s: every string argument', async (_name, field, kind) => {
    const before = await graphFingerprint(api.db);
    const paths = stringPaths(VALID[field.name]!);
    expect(paths.length, `${field.name} has string arguments to test`).toBeGreaterThan(0);
    for (const path of paths) {
      for (const hostile of CORPUS) {
        const variables = withValue(VALID[field.name]!, path, hostile);
        const { status, body } = await api.graphql(operation(field, kind, variables), variables, AUTH);
        const where = `${field.name}(${path.join('.')} = ${JSON.stringify(hostile.slice(0, 40))})`;
        expect(status, where).toBeLessThan(500);
        for (const error of body.errors ?? []) {
          expect(ERROR_CODES, where).toContain(error.extensions?.code);
          // Messages may quote what the client sent; anything else that looks internal is a leak.
          expect(error.message.split(hostile).join('').split(JSON.stringify(hostile).slice(1, -1)).join(''), where).not.toMatch(LEAKS);
        }
        expect(JSON.stringify(body), where).not.toMatch(/stacktrace|Neo\.ClientError/);
      }
    }
    // Writes of hostile text into plain fields (a name, a note) are allowed: they are stored as
    // text. Undo them, then nothing else may have changed.
    await api.db.write('test.undo', "MATCH (n:Entity) WHERE n.id IN ['source:hostile-test', 'company:hostile-test'] DETACH DELETE n");
    expect(await graphFingerprint(api.db), field.name).toEqual(before);
  });

  it('stores hostile text verbatim where text is allowed', async () => {
    const hostile = CORPUS[5]!;
    const { body } = await api.graphql(
      `mutation ($input: CreateEntityInput!) { createEntity(input: $input) { id name } }`,
      { input: { company: { id: 'company:hostile-test', name: hostile, sources: ['source:reuters-2025-07-20-magnet-exports-us'] } } },
      AUTH,
    );
    expect(body.data.createEntity).toEqual({ id: 'company:hostile-test', name: hostile });
    const [row] = await api.db.read('test.count', 'MATCH (n) RETURN count(n) AS count');
    expect(row!.count).toBeGreaterThan(100);
    await api.db.write('test.undo', "MATCH (n:Entity {id: 'company:hostile-test'}) DETACH DELETE n");
  });
});

describe('fuzzing', () => {
  const anyValue = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.string({ unit: 'binary', maxLength: 50 }),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.string({ maxLength: 20 }), { maxLength: 5 }),
    fc.dictionary(fc.string({ maxLength: 10 }), fc.string({ maxLength: 20 }), { maxKeys: 3 }),
  );

  it('never crashes, never answers 5xx, and gives every error a code', async () => {
    const before = await graphFingerprint(api.db);
    const roots = ['entity', 'search', 'countries', 'paths', 'exposure', 'concentration', 'tradeSeries', 'timeline', 'createEntity', 'addRelationship'];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...roots), fc.dictionary(fc.constantFrom('id', 'text', 'first', 'where', 'from', 'to', 'k', 'maxHops', 'commodity', 'exporter', 'importer', 'entity', 'input', 'after', 'kinds'), anyValue, { maxKeys: 4 }), async (root, args) => {
        const field = schema.getQueryType()!.getFields()[root] ?? schema.getMutationType()!.getFields()[root]!;
        const kind = schema.getQueryType()!.getFields()[root] ? 'query' : 'mutation';
        const variables = { ...VALID[root], ...args };
        const { status, body } = await api.graphql(operation(field, kind, variables), variables, AUTH);
        expect(status).toBeLessThan(500);
        for (const error of body.errors ?? []) expect(ERROR_CODES).toContain(error.extensions?.code);
      }),
      { numRuns: 300, seed: 20251128 },
    );
    await api.db.write('test.undo', "MATCH (n:Entity) WHERE n.id IN ['source:hostile-test', 'company:hostile-test'] DETACH DELETE n");
    expect(await graphFingerprint(api.db)).toEqual(before);
  });
});
