import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeed, SEED_DIR } from '../../src/ingest/seed/load.js';
import { DataError } from '../../src/ingest/problems.js';
import { testDatabase } from '../helpers/context.js';
import { graphFingerprint } from '../helpers/graph.js';
import { scalarText } from '../../src/db/values.js';

const db = testDatabase(30_000);
afterAll(() => db.close());

describe('loading the seed (globalSetup has loaded it once already)', () => {
  it('changes nothing when loaded again: every row unchanged, same counts, same checksum', async () => {
    const before = await graphFingerprint(db);
    const summary = await loadSeed(db);
    const after = await graphFingerprint(db);
    expect(after).toEqual(before);
    for (const [key, counts] of Object.entries(summary)) {
      expect({ key, created: counts.created, updated: counts.updated }).toEqual({ key, created: 0, updated: 0 });
      expect(counts.unchanged).toBeGreaterThan(0);
    }
  });

  it('gives every stated relationship at least one source that exists as a Source node', async () => {
    const [row] = await db.read(
      'test.unsourced',
      `MATCH ()-[r]->()
       WITH r, [s IN coalesce(r.sources, []) WHERE NOT EXISTS { MATCH (:Source {id: s}) }] AS missing
       RETURN count(r) AS total,
              sum(CASE WHEN size(coalesce(r.sources, [])) = 0 THEN 1 ELSE 0 END) AS withoutSources,
              sum(size(missing)) AS danglingSourceIds`,
    );
    expect(row?.total).toBeGreaterThan(100);
    expect(row).toMatchObject({ withoutSources: 0, danglingSourceIds: 0 });
  });

  it('links every entity but the sources themselves to at least one source', async () => {
    const rows = await db.read('test.unsourcedNodes', 'MATCH (e:Entity) WHERE NOT e:Source AND NOT (e)-[:REPORTED_IN]->(:Source) RETURN e.id AS id');
    expect(rows).toEqual([]);
  });
});

describe('refusing a bad seed', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'seed-bad-'));
    await cp(SEED_DIR, dir, { recursive: true });
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const cases: Record<string, string> = {
    'a missing source': `entities:\n  - id: company:test-no-source\n    kind: Company\n    name: No Source Inc\n    sources: []\n`,
    'an unknown referenced id': `relationships:\n  - type: USES\n    from: company:test-nobody\n    to: commodity:rare-earth-magnets\n    sources: [${'$'}SOURCE]\n`,
    'a duplicate id': `entities:\n  - id: country:CN\n    kind: Country\n    name: China (again)\n    iso2: CN\n    iso3: CHN\n    sources: [${'$'}SOURCE]\n`,
    'a wrong type': `entities:\n  - id: company:test-wrong-type\n    kind: Company\n    name: 42\n    tickers: "not a list"\n    sources: [${'$'}SOURCE]\n`,
    'a bad date': `entities:\n  - id: event:test-bad-date\n    kind: Event\n    name: Bad date\n    date: 2025-02-30\n    summary: x\n    sources: [${'$'}SOURCE]\n`,
    'a bad period': `trade:\n  - exporter: country:CN\n    importer: country:US\n    commodity: commodity:rare-earth-magnets\n    period: 2025-H3\n    quantity: 1\n    unit: t\n    sources: [${'$'}SOURCE]\n`,
    'a negative quantity': `trade:\n  - exporter: country:CN\n    importer: country:US\n    commodity: commodity:rare-earth-magnets\n    period: 1999-01\n    quantity: -5\n    unit: t\n    sources: [${'$'}SOURCE]\n`,
  };

  it.each(Object.entries(cases))('refuses %s with file, path and line, and writes nothing', async (_name, text) => {
    const [source] = await db.read('test.anySource', 'MATCH (s:Source) RETURN s.id AS id ORDER BY s.id LIMIT 1');
    const file = path.join(dir, 'zz-bad.yaml');
    // A good row first, so that a loader writing before validating would leave a trace.
    const goodRow = `# bad seed under test\n`;
    await writeFile(file, goodRow + text.replaceAll('$SOURCE', scalarText(source?.id)));
    const before = await graphFingerprint(db);
    const error = await loadSeed(db, dir).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    const problems = (error as DataError).problems;
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) {
      expect(p.file).toMatch(/zz-bad\.yaml$/);
      expect(p.path).not.toBe('');
      expect(p.line).toBeGreaterThan(1);
    }
    expect(await graphFingerprint(db)).toEqual(before);
    await rm(file);
  });

  it('writes nothing when one good file sits beside a bad one', async () => {
    const [source] = await db.read('test.anySource', 'MATCH (s:Source) RETURN s.id AS id ORDER BY s.id LIMIT 1');
    await writeFile(path.join(dir, 'zy-good.yaml'), `entities:\n  - id: company:test-good-beside-bad\n    kind: Company\n    name: Good Beside Bad\n    sources: [${scalarText(source?.id)}]\n`);
    await writeFile(path.join(dir, 'zz-bad.yaml'), cases['a negative quantity']!.replaceAll('$SOURCE', scalarText(source?.id)));
    const before = await graphFingerprint(db);
    await expect(loadSeed(db, dir)).rejects.toThrow(DataError);
    expect(await graphFingerprint(db)).toEqual(before);
    const rows = await db.read('test.find', "MATCH (n {id: 'company:test-good-beside-bad'}) RETURN n");
    expect(rows).toEqual([]);
  });
});
