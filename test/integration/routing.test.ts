/**
 * supplygraph through a routing driver (`neo4j://`), as it runs against a cluster or Aura: the driver
 * fetches a routing table, sends read transactions to readers and write transactions to the writer. A
 * single local engine is a one-member cluster that is reader, writer and router at once, so this checks
 * everything one machine can: the routing table, reads, a write and reading it back, and the research
 * queries, all through `neo4j://` (see docs/SCALING.md).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Authenticator, newApiKey } from '../../src/http/auth.js';
import { Database } from '../../src/db/database.js';
import { logger, startTestApi, testDatabase, type TestApi } from '../helpers/context.js';

/** The test engine's address with the routing scheme (bolt://host:port → neo4j://host:port). */
export function routingUri(uri: string): string {
  return uri.replace(/^bolt(\+s|\+ssc)?:\/\//, (_, tls: string | undefined) => `neo4j${tls ?? ''}://`);
}

const editor = newApiKey('test-routing-editor', 'editor');
const [name, role, hash] = editor.entry.split(':') as [string, 'editor', string];
const SOURCE = 'source:routing-test-report';

let api: TestApi;
let second: TestApi;
const routed = () => {
  const username = inject('neo4jUsername');
  return new Database({ uri: routingUri(inject('neo4jUri')), username: username || undefined, password: inject('neo4jPassword'), queryTimeoutMs: 30_000, logger });
};

beforeAll(async () => {
  api = await startTestApi({ db: routed(), auth: new Authenticator([{ name, role, hash }], false) });
  second = await startTestApi({ db: routed() });
});
afterAll(async () => {
  await api?.db.write('test.cleanup', 'MATCH (n:Entity {id: $id}) DETACH DELETE n', { id: SOURCE });
  await api?.close();
  await second?.close();
});

describe('through a neo4j:// routing URI', () => {
  it('uses a routing driver, and the engine gives it a routing table with a reader, a writer and a router', async () => {
    expect(routingUri('bolt://127.0.0.1:7687')).toBe('neo4j://127.0.0.1:7687');
    expect(routingUri('bolt+s://db.example:7687')).toBe('neo4j+s://db.example:7687');
    expect(routingUri(inject('neo4jUri'))).toMatch(/^neo4j(\+s|\+ssc)?:\/\//);
    const [table] = await api.db.read('test.routingTable', "CALL dbms.routing.getRoutingTable({}, 'neo4j') YIELD servers RETURN servers");
    const roles = (table!.servers as { role: string; addresses: string[] }[]).filter((s) => s.addresses.length > 0).map((s) => s.role).sort();
    expect(roles).toEqual(['READ', 'ROUTE', 'WRITE']);
  });

  it('serves reads: an entity, a filtered connection, a relationship field, search and a research query', async () => {
    const { status, body } = await api.graphql(`{
      entity(id: "country:CN") { id name ... on Country { produces(first: 3) { edges { node { id } } } } }
      companies(where: { headquarteredIn: { id: { eq: "country:US" } } }, first: 5) { nodes { id } }
      search(text: "rare earth", first: 3) { entity { id } }
      concentration(commodity: "commodity:rare-earth-magnets") { commodity { id } hhi }
    }`);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.entity).toMatchObject({ id: 'country:CN', name: 'China' });
    expect(body.data.entity.produces.edges.length).toBeGreaterThan(0);
    expect(body.data.companies.nodes.length).toBeGreaterThan(0);
    expect(body.data.search.length).toBeGreaterThan(0);
    expect(body.data.concentration.commodity.id).toBe('commodity:rare-earth-magnets');
    expect(body.data.concentration.hhi).toBeGreaterThan(0);
  });

  it('writes in a write transaction, and another API process on its own driver reads the write', async () => {
    const created = await api.graphql(
      `mutation ($input: SourceInput!) { addSource(input: $input) { id title } }`,
      { input: { id: SOURCE, title: 'Routing test report', publisher: 'supplygraph tests', url: 'https://example.org/routing-test', published: '2025-07-20', sourceType: 'NEWS' } },
      { authorization: `Bearer ${editor.key}` },
    );
    expect(created.body.errors).toBeUndefined();
    expect(created.body.data.addSource).toEqual({ id: SOURCE, title: 'Routing test report' });
    const read = await second.graphql(`query ($id: ID!) { entity(id: $id) { id name } }`, { id: SOURCE });
    expect(read.body.errors).toBeUndefined();
    expect(read.body.data.entity).toEqual({ id: SOURCE, name: 'Routing test report' });
  });

  it('a multi-statement write hands its bookmark to the manager the reads use (read-your-writes in this process)', async () => {
    const manager = api.db.driver.executeQueryBookmarkManager;
    const before = [...(await manager.getBookmarks())];
    await api.db.writeTransaction('test.bookmark', async (tx) => {
      // Two statements that change something (a transaction that changes nothing keeps the old bookmark).
      await tx.run('MATCH (n:Entity {id: $id}) SET n.note = $note', { id: SOURCE, note: `bookmark probe ${Date.now()}` });
      return tx.run('MATCH (n:Entity {id: $id}) SET n.description = n.note RETURN n.id AS id', { id: SOURCE });
    });
    const after = [...(await manager.getBookmarks())];
    expect(after.length).toBeGreaterThan(0);
    expect(after).not.toEqual(before);
  });

  it('answers a research query the same through neo4j:// as through bolt://', async () => {
    const direct = await startTestApi({ db: testDatabase(30_000) });
    try {
      const query = `{ dependencies(of: "company:ford", maxTier: 2) { items { entity { id } tier } } }`;
      const [viaRouting, viaBolt] = await Promise.all([api.graphql(query), direct.graphql(query)]);
      expect(viaRouting.body.errors).toBeUndefined();
      expect(viaBolt.body.errors).toBeUndefined();
      expect(viaRouting.body.data.dependencies.items.length).toBeGreaterThan(0);
      expect(viaRouting.body.data).toEqual(viaBolt.body.data);
    } finally {
      await direct.close();
    }
  });
});
