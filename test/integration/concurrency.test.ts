/**
 * Writes under real concurrency against the real engine: the database's uniqueness constraints
 * decide every race. Identical creations in parallel give exactly one success and CONFLICT for the
 * rest; two imports of one file at once converge to one copy of each relationship; a database with
 * duplicates from before is reported and repaired only by the explicit commands.
 * Everything written has "cctest" in its id and is removed afterwards.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Authenticator, newApiKey } from '../../src/http/auth.js';
import { findDuplicateRelationshipIds, repairDuplicateRelationshipIds } from '../../src/db/integrity.js';
import { applySchema, DuplicateIdsError, relationshipConstraintName } from '../../src/db/schema.js';
import { importFile } from '../../src/ingest/import/import.js';
import { startTestApi, testDatabase, type TestApi } from '../helpers/context.js';
import { engineTransactions } from '../helpers/graph.js';
import { scalarText } from '../../src/db/values.js';

const editor = newApiKey('cc-editor', 'editor');
const [name, role, hash] = editor.entry.split(':') as [string, 'editor', string];
const auth = { authorization: `Bearer ${editor.key}` };
const SOURCE = 'source:cctest-report';
let api: TestApi;
let dir: string;

const codes = (results: { body: { errors?: { extensions?: Record<string, unknown> }[] } }[]) =>
  results.map((r) => scalarText((r.body.errors?.[0]?.extensions?.code as string | undefined) ?? 'OK')).sort();
const tally = (list: string[]) => Object.fromEntries([...new Set(list)].map((c) => [c, list.filter((x) => x === c).length]));

async function removeTestData(): Promise<void> {
  for (;;) {
    const [row] = await api.db.write('test.cc.cleanup', "MATCH (n:Entity) WHERE n.id CONTAINS 'cctest' WITH n LIMIT 200 DETACH DELETE n RETURN count(*) AS deleted");
    if (!row || row.deleted === 0) return;
  }
}

/** Waits until `check` holds (polling the engine, not timing anything); fails after ~20 s. */
async function until(check: () => Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the condition never held');
}

/** Adds `count` sources named cctest-<tag>-<n>, one after the other; their ids. */
async function addSources(tag: string, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = `source:cctest-${tag}-${i}`;
    const { body } = await api.graphql(
      `mutation ($input: SourceInput!) { addSource(input: $input) { id } }`,
      { input: { id, title: `Source ${i}`, publisher: 'supplygraph tests', url: `https://example.org/${tag}/${i}`, sourceType: 'NEWS' } },
      auth,
    );
    expect(body.errors).toBeUndefined();
    ids.push(id);
  }
  return ids;
}

beforeAll(async () => {
  // Up to 40 requests at once: above the default queue bound (32), which would answer some with
  // SERVER_BUSY before they race (test/integration/queue-bound.test.ts tests the bound itself).
  api = await startTestApi({ auth: new Authenticator([{ name, role, hash }], false), queueBound: { depth: 64, retryAfterSeconds: 1 } });
  dir = await mkdtemp(path.join(os.tmpdir(), 'supplygraph-cc-'));
  await removeTestData();
  const source = await api.graphql(
    `mutation ($input: SourceInput!) { addSource(input: $input) { id } }`,
    { input: { id: SOURCE, title: 'Concurrency test', publisher: 'supplygraph tests', url: 'https://example.org/cc', sourceType: 'NEWS' } },
    auth,
  );
  expect(source.body.errors).toBeUndefined();
  for (const slug of ['a', 'b']) {
    const created = await api.graphql(
      `mutation ($input: CreateEntityInput!) { createEntity(input: $input) { id } }`,
      { input: { company: { id: `company:cctest-${slug}`, name: `CC ${slug}`, sources: [SOURCE] } } },
      auth,
    );
    expect(created.body.errors).toBeUndefined();
  }
});

afterAll(async () => {
  await removeTestData();
  await rm(dir, { recursive: true, force: true });
  await api.close();
});

describe('parallel writes through the API', () => {
  it('40 identical addRelationship calls: one success, 39 CONFLICT, one relationship in the database', async () => {
    const ADD = `mutation ($input: RelationshipInput!) { addRelationship(input: $input) { id } }`;
    const input = { type: 'LINKED_TO', from: 'company:cctest-a', to: 'country:US', nature: 'test', sources: [SOURCE] };
    const results = await Promise.all(Array.from({ length: 40 }, () => api.graphql(ADD, { input }, auth)));
    expect(tally(codes(results))).toEqual({ CONFLICT: 39, OK: 1 });
    const rows = await api.db.read('test.cc.count', 'MATCH ()-[r:LINKED_TO {id: $id}]->() RETURN count(r) AS n', { id: 'company:cctest-a|LINKED_TO|country:US' });
    expect(rows).toEqual([{ n: 1 }]);
    // Later updates of that id work.
    const update = await api.graphql(`mutation { updateRelationship(id: "company:cctest-a|LINKED_TO|country:US", input: { nature: "updated", sources: ["${SOURCE}"] }) { id } }`, undefined, auth);
    expect(update.body.errors).toBeUndefined();
  });

  it('30 createEntity calls for one id with different names: one success, 29 CONFLICT, the winner stored', async () => {
    const CREATE = `mutation ($input: CreateEntityInput!) { createEntity(input: $input) { id name } }`;
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => api.graphql(CREATE, { input: { company: { id: 'company:cctest-race', name: `Racer ${i}`, sources: [SOURCE] } } }, auth)),
    );
    expect(tally(codes(results))).toEqual({ CONFLICT: 29, OK: 1 });
    const winner = results.find((r) => !r.body.errors)!.body.data.createEntity.name;
    const rows = await api.db.read('test.cc.entity', 'MATCH (n:Entity {id: $id}) RETURN n.name AS name', { id: 'company:cctest-race' });
    expect(rows).toEqual([{ name: winner }]);
  });

  it('conflicting parallel writes: 20 updates of one relationship all apply in turn, 20 addSource calls create one', async () => {
    const updates = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        api.graphql(`mutation { updateRelationship(id: "company:cctest-a|LINKED_TO|country:US", input: { nature: "v${i}", sources: ["${SOURCE}"] }) { id } }`, undefined, auth),
      ),
    );
    expect(tally(codes(updates))).toEqual({ OK: 20 });
    const [stored] = await api.db.read('test.cc.rel', 'MATCH ()-[r:LINKED_TO {id: $id}]->() RETURN count(r) AS n, collect(r.nature)[0] AS nature', { id: 'company:cctest-a|LINKED_TO|country:US' });
    expect(stored?.n).toBe(1);
    expect(scalarText(stored?.nature)).toMatch(/^v\d+$/);

    const sources = await Promise.all(
      Array.from({ length: 20 }, () =>
        api.graphql(
          `mutation ($input: SourceInput!) { addSource(input: $input) { id } }`,
          { input: { id: 'source:cctest-twin', title: 'Twin', publisher: 'tests', url: 'https://example.org/twin', sourceType: 'NEWS' } },
          auth,
        ),
      ),
    );
    expect(tally(codes(sources))).toEqual({ CONFLICT: 19, OK: 1 });
  });

  it('20 concurrent updateRelationship calls, each adding its own source: all 21 sources are kept (#19)', async () => {
    const id = 'company:cctest-b|LINKED_TO|country:US';
    const added = await api.graphql(`mutation ($input: RelationshipInput!) { addRelationship(input: $input) { id } }`, { input: { type: 'LINKED_TO', from: 'company:cctest-b', to: 'country:US', sources: [SOURCE] } }, auth);
    expect(added.body.errors).toBeUndefined();
    const extra = await addSources('rel', 20);
    const updates = await Promise.all(
      extra.map((source, i) => api.graphql(`mutation ($id: ID!, $input: RelationshipPatch!) { updateRelationship(id: $id, input: $input) { id sources { id } } }`, { id, input: { nature: `n${i}`, sources: [source] } }, auth)),
    );
    expect(tally(codes(updates))).toEqual({ OK: 20 });
    // Each answer already holds its own source: it read what the updates before it wrote.
    updates.forEach((u, i) => expect(u.body.data.updateRelationship.sources.map((s: { id: string }) => s.id)).toContain(extra[i]));
    const [stored] = await api.db.read('test.cc.sources', 'MATCH ()-[r:LINKED_TO {id: $id}]->() RETURN r.sources AS sources, r.nature AS nature', { id });
    expect([...(stored?.sources as string[])].sort()).toEqual([SOURCE, ...extra].sort());
    expect(extra.map((_, i) => `n${i}`)).toContain(stored?.nature);
  });

  it('20 concurrent updateEntity calls changing different fields, each adding its own source: no change is lost', async () => {
    const extra = await addSources('entity', 20);
    const updates = await Promise.all(
      extra.map((source, i) =>
        api.graphql(
          `mutation ($id: ID!, $input: EntityPatch!) { updateEntity(id: $id, input: $input) { id } }`,
          // One sets the aliases (a list, replaced as a whole), the others the description: none may undo it.
          { id: 'company:cctest-b', input: { ...(i === 10 ? { aliases: ['alias 10', 'also 10'] } : { description: `d${i}` }), sources: [source] } },
          auth,
        ),
      ),
    );
    expect(tally(codes(updates))).toEqual({ OK: 20 });
    const [stored] = await api.db.read(
      'test.cc.entity',
      'MATCH (n:Entity {id: "company:cctest-b"}) RETURN n.description AS description, n.aliases AS aliases, [(n)-[:REPORTED_IN]->(s) | s.id] AS sources',
    );
    expect([...(stored?.sources as string[])].sort()).toEqual([SOURCE, ...extra].sort());
    expect(stored?.aliases).toEqual(['alias 10', 'also 10']);
    expect(extra.map((_, i) => `d${i}`).filter((_, i) => i !== 10)).toContain(stored?.description);
  });

  it('an update waits for a concurrent writer of the same item and applies on top of what it wrote', async () => {
    // Another writer (an import, another server) holds the entity and the relationship, changes them, and commits
    // while the API's updates wait: the updates must apply to what it wrote, not to what was there before.
    const relationship = 'company:cctest-b|LINKED_TO|country:CN';
    const added = await api.graphql(`mutation ($input: RelationshipInput!) { addRelationship(input: $input) { id } }`, { input: { type: 'LINKED_TO', from: 'company:cctest-b', to: 'country:CN', sources: [SOURCE] } }, auth);
    expect(added.body.errors).toBeUndefined();
    const [held] = await addSources('held', 1);
    const session = api.db.driver.session({ defaultAccessMode: 'WRITE' });
    const tx = await session.beginTransaction();
    try {
      await tx.run(`MATCH (n:Entity {id: 'company:cctest-b'}) SET n.aliases = ['held']`);
      await tx.run(`MATCH ()-[r:LINKED_TO {id: $id}]->() SET r.sources = r.sources + $held`, { id: relationship, held: [held] });
      const entityUpdate = api.graphql(`mutation { updateEntity(id: "company:cctest-b", input: { description: "after the writer", sources: ["${SOURCE}"] }) { id } }`, undefined, auth);
      const relationshipUpdate = api.graphql(`mutation { updateRelationship(id: "${relationship}", input: { nature: "after the writer", sources: ["${SOURCE}"] }) { id } }`, undefined, auth);
      // The writer commits once each update has answered or waits for one of its locks.
      const answered = new Set<string>();
      void entityUpdate.then(() => answered.add('mutation.updateEntity'));
      void relationshipUpdate.then(() => answered.add('mutation.updateRelationship'));
      await until(async () => {
        const blocked = (await engineTransactions(api.db)).filter((t) => t.status.startsWith('Blocked')).map((t) => t.query);
        return ['mutation.updateEntity', 'mutation.updateRelationship'].every((name) => answered.has(name) || blocked.includes(name));
      });
      await tx.commit();
      expect(codes(await Promise.all([entityUpdate, relationshipUpdate]))).toEqual(['OK', 'OK']);
    } finally {
      await session.close();
    }
    const [entity] = await api.db.read('test.cc.held', 'MATCH (n:Entity {id: "company:cctest-b"}) RETURN n.aliases AS aliases, n.description AS description');
    expect(entity).toEqual({ aliases: ['held'], description: 'after the writer' });
    const [rel] = await api.db.read('test.cc.held.rel', 'MATCH ()-[r:LINKED_TO {id: $id}]->() RETURN r.sources AS sources, r.nature AS nature', { id: relationship });
    expect(rel?.nature).toBe('after the writer');
    expect(rel?.sources).toContain(held);
  });

  it('refuses an update that names no source, and a self-loop, like the importer', async () => {
    const noSource = await api.graphql(`mutation { updateEntity(id: "company:cctest-a", input: { description: "no source", sources: [] }) { id } }`, undefined, auth);
    expect(noSource.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.sources' }] });
    const relNoSource = await api.graphql(`mutation { updateRelationship(id: "company:cctest-a|LINKED_TO|country:US", input: { nature: "x", sources: [] }) { id } }`, undefined, auth);
    expect(relNoSource.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const [row] = await api.db.read('test.cc.desc', 'MATCH (n:Entity {id: "company:cctest-a"}) RETURN n.description AS d');
    expect(row?.d).toBeNull();

    const loop = await api.graphql(
      `mutation ($input: RelationshipInput!) { addRelationship(input: $input) { id } }`,
      { input: { type: 'LINKED_TO', from: 'company:cctest-a', to: 'company:cctest-a', sources: [SOURCE] } },
      auth,
    );
    expect(loop.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.to' }] });
    expect(await api.db.read('test.cc.loop', 'MATCH (a {id: "company:cctest-a"})-[r:LINKED_TO]->(a) RETURN r')).toEqual([]);
  });
});

describe('parallel imports', () => {
  it('two imports of one file at once converge to one relationship per id; importing again changes nothing', async () => {
    const companies = 60;
    const lines = [JSON.stringify({ record: 'source', id: 'source:cctest-import', title: 'Import', publisher: 'tests', url: 'https://example.org/imp', sourceType: 'DATASET' })];
    for (let i = 0; i < companies; i++) lines.push(JSON.stringify({ record: 'entity', kind: 'Company', id: `company:cctest-imp-${i}`, name: `Imp ${i}`, sources: ['source:cctest-import'] }));
    let relationships = 0;
    for (let i = 0; i < companies; i++) {
      for (let j = 0; j < companies; j++) {
        if (i === j || (i * 7 + j) % 3 !== 0) continue;
        lines.push(JSON.stringify({ record: 'relationship', type: 'SUPPLIES', from: `company:cctest-imp-${i}`, to: `company:cctest-imp-${j}`, sources: ['source:cctest-import'] }));
        relationships++;
      }
    }
    const file = path.join(dir, 'twice.jsonl');
    await writeFile(file, `${lines.join('\n')}\n`);
    const first = testDatabase(60_000);
    const second = testDatabase(60_000);
    try {
      const [a, b] = await Promise.all([importFile(first, { file, batchSize: 250 }), importFile(second, { file, batchSize: 250 })]);
      expect(a.ok && b.ok).toBe(true);
      const [counts] = await api.db.read(
        'test.cc.import',
        `MATCH (x:Company)-[r:SUPPLIES]->(:Company) WHERE x.id STARTS WITH 'company:cctest-imp-'
         WITH r.id AS id, count(r) AS copies
         RETURN count(id) AS ids, sum(copies) AS total, max(copies) AS most`,
      );
      expect(counts).toEqual({ ids: relationships, total: relationships, most: 1 });
      const [nodes] = await api.db.read('test.cc.importNodes', "MATCH (n:Company) WHERE n.id STARTS WITH 'company:cctest-imp-' RETURN count(n) AS n");
      expect(nodes?.n).toBe(companies);
      // Together they created each relationship once.
      expect(a.records.relationship.created + b.records.relationship.created).toBe(relationships);

      const again = await importFile(first, { file, batchSize: 250 });
      expect(again.ok).toBe(true);
      expect(again.records.relationship).toMatchObject({ created: 0, updated: 0, unchanged: relationships });
    } finally {
      await first.close();
      await second.close();
    }
  });
});

describe('a database holding duplicate ids from before', () => {
  it('start-up refuses with the commands to run; check lists the ids; repair merges them and the constraint returns', async () => {
    const id = 'company:cctest-a|LINKED_TO|company:cctest-b';
    await api.db.write('test.cc.drop', `DROP CONSTRAINT ${relationshipConstraintName('LINKED_TO')} IF EXISTS`);
    try {
      await api.db.write(
        'test.cc.dupes',
        `MATCH (a:Entity {id: 'company:cctest-a'}), (b:Entity {id: 'company:cctest-b'})
         CREATE (a)-[:LINKED_TO {id: $id, sources: ['${SOURCE}']}]->(b), (a)-[:LINKED_TO {id: $id, sources: ['source:cctest-other']}]->(b)`,
        { id },
      );
      const found = await findDuplicateRelationshipIds(api.db);
      expect(found).toEqual([{ type: 'LINKED_TO', ids: 1, extra: 1, sample: [{ id, copies: 2, sameEnds: true }] }]);
      const refused = await applySchema(api.db).then(() => undefined, (e: unknown) => e);
      expect(refused).toBeInstanceOf(DuplicateIdsError);
      expect(String((refused as Error).message)).toMatch(/npm run db:check.*npm run db:repair/s);

      expect(await repairDuplicateRelationshipIds(api.db)).toEqual([{ type: 'LINKED_TO', ids: 1, removed: 1 }]);
      const rows = await api.db.read('test.cc.merged', 'MATCH ()-[r:LINKED_TO {id: $id}]->() RETURN r.sources AS sources', { id });
      expect(rows).toEqual([{ sources: [SOURCE, 'source:cctest-other'] }]);
      expect(await findDuplicateRelationshipIds(api.db)).toEqual([]);
    } finally {
      await applySchema(api.db);
    }
    const [constraint] = await api.db.read('test.cc.constraint', 'SHOW CONSTRAINTS YIELD name WHERE name = $name RETURN count(*) AS n', { name: relationshipConstraintName('LINKED_TO') });
    expect(constraint?.n).toBe(1);
  });
});
