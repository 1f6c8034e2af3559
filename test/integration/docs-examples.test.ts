/**
 * The docs' worked examples, run as printed against a server loaded like `npm start` loads it (the
 * seed and the reference data), on its own throwaway engine (the other test files expect the
 * seed-only graph). Each query is read from the markdown — never copied here — and its answer is
 * compared with the one printed after it: whole where the docs print it whole, and where they
 * trim it with `// …`, everything they do print, in order, with the counts they give
 * (test/helpers/docExamples.ts). Curl commands run through a shell with the printed command.
 * Where the text makes a claim the answer does not show (Ford's own country is not among its
 * dependencies), it is checked here, found by the `<!-- example: NAME -->` marker before the block.
 *
 * A change in behaviour fails here until the docs print the new answer.
 * NEO4J_DOCS_TEST_URI runs the examples against a database that already holds the seed and the
 * reference data (e.g. a running `npm start`'s engine) instead of a throwaway engine.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../src/db/database.js';
import { ENTITY_KINDS } from '../../src/model/kinds.js';
import { createServer } from '../../src/http/server.js';
import { documentedOperations } from '../../src/startup/catalogue.js';
import { WarmUpProgress } from '../../src/startup/warmUp.js';
import { logger, startTestApi, type TestApi } from '../helpers/context.js';
import { throwawayEngine, type ThrowawayEngine } from '../helpers/throwawayEngine.js';
import { blocksOf, graphqlExamples, parsePrinted, printedMatches, readDoc, type Block, type Printed } from '../helpers/docExamples.js';

const run = promisify(execFile);

describe('docs/CLIENTS.md', () => {
  it('the typed client example runs as printed against the server', async () => {
    const block = blocksOf('docs/CLIENTS.md').find((b) => b.lang === 'ts' && b.text.includes("from './client/index.js'"));
    expect(block, 'CLIENTS.md shows the typed client').toBeDefined();
    // Run as a module at the repository root, where its import path points; only the URL changes.
    const file = new URL(`../../.clients-example-${process.pid}.ts`, import.meta.url);
    const source = `${block!.text.replace("'http://localhost:4000/graphql'", JSON.stringify(`${api.url}/graphql`))}\nexport { search, tradeSeries };\n`;
    await writeFile(file, source);
    try {
      const { search, tradeSeries } = (await import(file.href)) as { search: { entity: { name: unknown } }[]; tradeSeries: { points: { derived: boolean }[] } };
      expect(search.length).toBeGreaterThan(0);
      expect(typeof search[0]!.entity.name).toBe('string');
      // "reported vs back-computed points": each point says which it is; China → US has reported ones.
      expect(tradeSeries.points.every((p) => typeof p.derived === 'boolean')).toBe(true);
      expect(tradeSeries.points.some((p) => !p.derived)).toBe(true);
    } finally {
      await rm(file, { force: true });
    }
  });
});

let own: ThrowawayEngine | undefined;
let api: TestApi;

beforeAll(async () => {
  const uri = process.env.NEO4J_DOCS_TEST_URI;
  if (!uri) own = await throwawayEngine('docs', { load: 'start' });
  api = await startTestApi({ db: own?.db ?? new Database({ uri: uri!, password: '', queryTimeoutMs: 60_000, logger }) });
}, 900_000);

afterAll(async () => {
  await api?.close();
  await own?.close();
}, 120_000);

// First, so that the examples below find their statements planned, as after `npm start`.
describe("npm start's warm-up (src/startup/warmUp.ts)", () => {
  it('/health answers 503 "warming" until every documented operation has run; each answers as documented', { timeout: 900_000 }, async () => {
    const warmUp = new WarmUpProgress();
    // What the log shows meanwhile (at npm start's level).
    const lines: string[] = [];
    const log = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });
    const server = await createServer({ db: api.db, logger: log, databaseDescription: 'test engine', warmUp });
    const url = await server.app.listen({ port: 0, host: '127.0.0.1' });
    const health = async () => {
      const response = await fetch(`${url}/health`);
      return { status: response.status, body: (await response.json()) as { status: string; warmUp?: { done: number; of: number } } };
    };
    try {
      const before = await health();
      expect(before.status).toBe(503);
      expect(before.body.status).toBe('warming');
      const operations = documentedOperations();
      const running = warmUp.run({ db: api.db, execute: server.execute, operations });
      const during = await health();
      expect(during.status).toBe(503);
      expect(during.body.warmUp!.done).toBeLessThan(during.body.warmUp!.of);
      const result = await running;
      // Every query ran and answered as its documentation shows (no error but where the docs print one).
      expect(result.failed).toEqual([]);
      const queries = operations.filter((o) => o.type === 'query');
      expect(queries.filter((o) => !result.ran.some((r) => r.source.startsWith(o.source) && r.name === o.name)).map((o) => o.source)).toEqual([]);
      // The explorer's entity page, once per kind: each kind's statement is its own.
      expect(result.ran.filter((r) => r.name === 'EntityDetails').length).toBe(ENTITY_KINDS.length);
      const after = await health();
      expect(after.status).toBe(200);
      expect(after.body.status).toBe('ok');
      // The docs' refusals, run on purpose, are not logged as client errors (they read as faults).
      expect(result.ran.some((r) => operations.find((o) => o.source === r.source)?.answersWithError)).toBe(true);
      expect(lines.filter((line) => line.includes('client error'))).toEqual([]);
    } finally {
      await server.close();
    }
  });
});

/** README.md and every file in docs/ (a new one is included by being there). */
const DOCS = ['README.md', ...readdirSync(new URL('../../docs/', import.meta.url)).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];

/**
 * Lists the server answers in no defined order (the docs say so, or the order is the engine's):
 * compared as sets. Paths are dotted, `*` for every item of a list.
 */
const UNORDERED: Record<string, string[]> = {
  // "`started` and `ended` come in no particular order."
  'changes-lynas': ['data.changes.started', 'data.changes.ended'],
};

const canonical = (value: unknown) => JSON.stringify(value);

/** Sorts the lists at `dotted` (in place) so that both answers compare as sets there. */
function sortAt(value: unknown, dotted: string[]): void {
  if (value === null || typeof value !== 'object') return;
  const [head, ...rest] = dotted;
  if (head === undefined) return;
  const children = head === '*' ? (Array.isArray(value) ? value : []) : [(value as Record<string, unknown>)[head]];
  if (rest.length === 0) {
    for (const child of children) if (Array.isArray(child)) child.sort((a, b) => canonical(a).localeCompare(canonical(b)));
    return;
  }
  for (const child of children) sortAt(child, rest);
}

/** `block` is the printed answer; `example` the marker's name, if the example has one. */
function compare(block: Block, printed: Printed, actual: unknown, example?: string): void {
  for (const dotted of UNORDERED[example ?? ''] ?? []) {
    sortAt(printed, dotted.split('.'));
    sortAt(actual, dotted.split('.'));
  }
  const problems = printedMatches(printed, actual);
  expect(problems, `${block.file}:${block.line} prints an answer the server does not give:\n${problems.join('\n')}\nThe server answers:\n${JSON.stringify(actual, null, 2)}`).toEqual([]);
}

const where = (b: Block) => `${b.file}:${b.line} (${b.name ?? b.heading})`;

describe('every GraphQL example printed with its answer gives that answer', () => {
  const examples = DOCS.flatMap((file) => graphqlExamples(file)).filter((e) => e.answer);
  it.each(examples.map((e) => [where(e.operation), e] as const))('%s', async (_where, { operation, answer }) => {
    const { body } = await api.graphql(operation.text);
    compare(answer!, parsePrinted(answer!.text), body, operation.name);
  });
});

describe('examples printed without an answer right after them', () => {
  it('are only the ones checked below (a new example needs its answer printed)', () => {
    const bare = DOCS.flatMap((file) => graphqlExamples(file)).filter((e) => !e.answer);
    expect(bare.map((e) => e.operation.name ?? where(e.operation))).toEqual(['pagination']);
  });

  it('pagination: page 1, then page 3 with the endCursor of page 2, give the two pages printed', async () => {
    const blocks = blocksOf('docs/API.md');
    const i = blocks.findIndex((b) => b.name === 'pagination');
    const [query, page1, page3] = [blocks[i]!, blocks[i + 1]!, blocks[i + 2]!];
    expect(page1.before).toMatch(/Page 1 \(no `after`\), then page 3/);
    const first = await api.graphql(query.text);
    compare(page1, parsePrinted(page1.text), first.body);
    const second = await api.graphql(query.text, { after: first.body.data.commodities.pageInfo.endCursor });
    const third = await api.graphql(query.text, { after: second.body.data.commodities.pageInfo.endCursor });
    compare(page3, parsePrinted(page3.text), third.body);
  });
});

/** Runs a printed curl command through a shell, pointed at the test server. */
async function curl(command: string): Promise<string> {
  expect(command).toContain('http://localhost:4000/');
  const { stdout } = await run('sh', ['-c', command.replaceAll('http://localhost:4000', api.url)], { timeout: 60_000 });
  return stdout;
}

describe('curl commands', () => {
  const commands = DOCS.flatMap((file) => {
    const blocks = blocksOf(file);
    return blocks.flatMap((block, i) => (block.lang === 'sh' && block.text.includes('curl ') ? [{ block, answer: blocks[i + 1]?.before.trim() === '' ? blocks[i + 1] : undefined }] : []));
  });

  it('are all found (README, API.md)', () => {
    expect(commands.map((c) => c.block.file)).toEqual(['README.md', 'docs/API.md', 'docs/API.md']);
  });

  it.each(commands.map((c) => [where(c.block), c] as const))('%s', async (_where, { block, answer }) => {
    const output = await curl(block.text);
    if (!answer) {
      // Printed without its answer: the example must work.
      const body = JSON.parse(output) as { data?: Record<string, unknown>; errors?: unknown };
      expect(body.errors).toBeUndefined();
      expect(Object.values(body.data ?? {}).every((v) => v !== null)).toBe(true);
      return;
    }
    if (answer.lang === 'json') {
      compare(answer, parsePrinted(answer.text), JSON.parse(output));
      return;
    }
    // `curl -si`: the status line, the headers printed (… for the others), a blank line, the body.
    const [printedHead, printedBody] = answer.text.split('\n\n');
    const [head, body] = output.replace(/\r\n/g, '\n').split('\n\n');
    const [status, ...headers] = printedHead!.split('\n');
    expect(head!.split('\n')[0]).toBe(status);
    for (const header of headers.filter((h) => h !== '…')) expect(head!.toLowerCase().split('\n')).toContain(header.toLowerCase());
    compare(answer, parsePrinted(printedBody!), JSON.parse(body!));
  });
});

describe('errors the docs show', () => {
  it('a body that is not JSON: HTTP 400 with the printed error', async () => {
    const block = blocksOf('docs/API.md').find((b) => b.name === 'invalid-json-body')!;
    expect(block.before).toMatch(/a body that is not JSON \(HTTP 400\)/);
    const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(response.status).toBe(400);
    compare(block, parsePrinted(block.text), await response.json());
  });

  it('an error in a relationship field nulls the nearest nullable parent, as the text says', async () => {
    const text = readDoc('docs/API.md');
    const claim = /`(entity\(id: [^`]+)` answers\s+`("data": [^`]+)` with the error at path `(\[[^`]+\])`/.exec(text);
    expect(claim).not.toBeNull();
    const [, query, data, errorPath] = claim!;
    const { body } = await api.graphql(`{ ${query} }`);
    expect({ ...body, errors: undefined }).toEqual({ ...JSON.parse(`{${data}}`), errors: undefined });
    expect(body.errors?.map((e) => e.path)).toEqual([JSON.parse(errorPath!)]);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('what the text around an answer claims', () => {
  const answerOf = async (name: string) => {
    const block = blocksOf('docs/API.md').find((b) => b.name === name);
    expect(block, `<!-- example: ${name} --> in docs/API.md`).toBeDefined();
    const { body } = await api.graphql(block!.text);
    expect(body.errors).toBeUndefined();
    return body.data;
  };

  it('dependencies of Ford: byKind counts the items; the US through a magnet maker; not GM, not Ford\'s own cars', async () => {
    const { dependencies } = await answerOf('dependencies-ford');
    const ids: string[] = dependencies.items.map((i: { entity: { id: string } }) => i.entity.id);
    expect(ids.length).toBe(dependencies.byKind.reduce((n: number, k: { count: number }) => n + k.count, 0));
    const us = dependencies.items.find((i: { entity: { id: string } }) => i.entity.id === 'country:US');
    expect(us.tier).toBe(3);
    expect(us.path.nodes.map((n: { id: string }) => n.id)).toContain('company:evac-magnetics');
    expect(ids).not.toContain('company:general-motors');
    expect(ids).not.toContain('commodity:passenger-cars');
    expect(ids).not.toContain('company:ford');
  });

  it('exposure to China: the makers of what China produces are not listed; Siemens Gamesa is tier 1', async () => {
    const { exposure } = await answerOf('exposure-china');
    const ids: string[] = exposure.items.map((i: { entity: { id: string } }) => i.entity.id);
    expect(ids.length).toBe(exposure.byKind[0].count);
    for (const maker of ['company:lynas', 'company:mp-materials', 'company:vacuumschmelze', 'company:tdk', 'company:evac-magnetics']) expect(ids).not.toContain(maker);
    expect(exposure.items.find((i: { entity: { id: string } }) => i.entity.id === 'company:siemens-gamesa').tier).toBe(1);
    expect(exposure.items.filter((i: { tier: number }) => i.tier === 1)).toHaveLength(13);
  });

  it('rare-earth mining 2024: 70² + 12² + 9² = 5,125', async () => {
    const { concentration } = await answerOf('concentration-rare-earths');
    expect(concentration.shares.map((s: { share: number }) => s.share)).toEqual([0.7, 0.12, 0.09]);
    expect(concentration.hhi).toBe(70 ** 2 + 12 ** 2 + 9 ** 2);
  });

  it('China → US magnets, June 2025: +660% reported, +667.4% computed, reconcilable within the rounding; 11.1% of the total', async () => {
    const { us } = await answerOf('trade-series-magnets');
    const [change] = us.points[0].changes;
    expect(change.reported).toBe(660);
    expect(change.computed).toBeCloseTo(667.4, 1);
    expect(change.disagrees).toBe(false);
    expect(us.points[0].shareOfTotal).toBeCloseTo(0.111, 3);
  });
});

describe('Cypher in MODEL.md', () => {
  it('every statement runs and finds something', async () => {
    const block = blocksOf('docs/MODEL.md').find((b) => b.lang === 'cypher')!;
    const statements = block.text
      .split(';')
      .map((s) => s.replace(/^\s*\/\/.*$/gm, '').trim())
      .filter((s) => s !== '');
    expect(statements.length).toBeGreaterThan(5);
    for (const statement of statements) {
      const rows = await api.db.read('docs.model', statement);
      expect(rows.length, statement).toBeGreaterThan(0);
    }
  });
});

describe('commands', () => {
  const repo = new URL('../../', import.meta.url).pathname;
  const sh = (command: string, env: Record<string, string> = {}) =>
    run('sh', ['-c', command], { cwd: repo, timeout: 240_000, env: { ...process.env, LOG_LEVEL: 'silent', ...env } });

  it('npm run apikey (SECURITY.md) prints a key and the entry holding its SHA-256', async () => {
    const block = blocksOf('docs/SECURITY.md').find((b) => b.lang === 'sh' && b.text.startsWith('npm run apikey'))!;
    const [command, ...printed] = block.text.split('\n');
    const { stdout } = await sh(command!.replace('npm run', 'npm run --silent'));
    const lines = stdout.trimEnd().split('\n');
    const patterns = printed.map((line) => {
      const escaped = line.replace(/^# /, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return new RegExp(`^${escaped.replace(/[0-9a-f]*…\\\(64 hex digits\\\)/, '[0-9a-f]{64}').replace(/…/g, '\\S+')}$`);
    });
    expect(lines).toHaveLength(patterns.length);
    lines.forEach((line, i) => expect(line).toMatch(patterns[i]!));
    const key = lines[1]!.trim();
    const hash = lines[3]!.trim().split(':')[2];
    expect(createHash('sha256').update(key).digest('hex')).toBe(hash);
  });

  // Writes to the database, so only on the throwaway engine, and last.
  it.skipIf(process.env.NEO4J_DOCS_TEST_URI)('the JSON Lines and CSV files of IMPORT.md import as printed', { timeout: 600_000 }, async () => {
    const blocks = blocksOf('docs/IMPORT.md');
    const jsonl = blocks.find((b) => b.lang === 'jsonl')!;
    const [entitiesCsv, relationshipsCsv, tradeCsv] = blocks.filter((b) => b.lang === 'csv');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'supplygraph-docs-import-'));
    try {
      const files = { 'acme.jsonl': jsonl.text, 'entities.csv': entitiesCsv!.text, 'rels.csv': relationshipsCsv!.text, 'trade.csv': tradeCsv!.text };
      for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), `${text}\n`);
      const env = { NEO4J_URI: own!.engine.uri };
      const synopsis = blocks.find((b) => b.lang === 'sh' && b.text.startsWith('npm run import'))!.text;
      expect(synopsis).toMatch(/^npm run import -- <file>/);
      for (const name of ['acme.jsonl', 'entities.csv', 'trade.csv']) await sh(synopsis.replace(/<file>.*$/, path.join(dir, name)), env);
      // The command the text gives for the file without a record column.
      const relationships = /`(npm run import -- rels\.csv --record=relationship)`/.exec(readDoc('docs/IMPORT.md'))![1]!;
      await sh(relationships.replace('rels.csv', path.join(dir, 'rels.csv')), env);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    const { body } = await api.graphql(`{
      acme: entity(id: "company:acme") { name ... on Company { makes { totalCount } produces { edges { relationship { year share } } } uses { edges { relationship { note } } } } }
      vn: entity(id: "country:VN") { name }
      july: tradeSeries(exporter: "country:CN", importer: "country:US", commodity: "commodity:rare-earth-magnets", from: "2025-07", to: "2025-07") { points { quantity changes { basis reported } } }
    }`);
    expect(body.errors).toBeUndefined();
    // The CSV row came after the JSON Lines one and replaced its properties.
    expect(body.data.acme.name).toBe('Acme Magnetics, Inc.');
    expect(body.data.acme.produces.edges.map((e: { relationship: unknown }) => e.relationship)).toEqual([{ year: 2024, share: 0.01 }]);
    expect(body.data.acme.uses.edges[0].relationship.note).toBe('NdFeB blocks, mostly from China');
    expect(body.data.vn.name).toBe('Vietnam');
    expect(body.data.july.points).toEqual([{ quantity: 619, changes: [{ basis: 'MONTH_ON_MONTH', reported: 75.4 }] }]);
  });
});
