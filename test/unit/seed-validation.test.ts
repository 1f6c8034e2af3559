import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listSeedFiles, validateSeedFiles } from '../../src/ingest/seed/validate.js';
import { DataError, type DataProblem } from '../../src/ingest/problems.js';
import { periodBounds } from '../../src/model/dates.js';

const GOOD = `
sources:
  - id: source:test-report
    title: A test report
    publisher: Test Publisher
    url: https://example.org/report
    published: 2025-07-20
    sourceType: NEWS
entities:
  - id: country:CN
    kind: Country
    name: China
    iso2: CN
    iso3: CHN
    sources: [source:test-report]
  - id: country:US
    kind: Country
    name: United States
    iso2: US
    iso3: USA
    sources: [source:test-report]
  - id: commodity:magnets
    kind: Commodity
    name: Magnets
    stage: COMPONENT
    sources: [source:test-report]
relationships:
  - type: PRODUCES
    from: country:CN
    to: commodity:magnets
    share: 0.9
    sources: [source:test-report]
trade:
  - exporter: country:CN
    importer: country:US
    commodity: commodity:magnets
    period: 2025-06
    quantity: 353
    unit: t
    sources: [source:test-report]
`;

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

async function problemsFor(files: Record<string, string>): Promise<DataProblem[]> {
  dir = await mkdtemp(path.join(os.tmpdir(), 'seed-unit-'));
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  try {
    await validateSeedFiles(await listSeedFiles(dir), dir);
  } catch (error) {
    if (error instanceof DataError) return error.problems;
    throw error;
  }
  return [];
}

describe('seed validation', () => {
  it('accepts a consistent set of files and derives trade ids and edges', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'seed-unit-'));
    await writeFile(path.join(dir, 'a.yaml'), GOOD);
    const dataset = await validateSeedFiles(await listSeedFiles(dir), dir);
    const trade = dataset.nodes.find((n) => n.kind === 'TradeObservation');
    expect(trade?.id).toBe('trade:cn-us-magnets-2025-06');
    expect(trade?.properties).toMatchObject({ quantity: 353, periodStart: '2025-06-01', periodEnd: '2025-06-30' });
    expect(dataset.edges.filter((e) => e.from === trade?.id).map((e) => e.type).sort()).toEqual(['EXPORTER', 'IMPORTER', 'OF', 'REPORTED_IN']);
  });

  it('refuses an entity without a source, at its line', async () => {
    const problems = await problemsFor({ 'a.yaml': GOOD.replace('    sources: [source:test-report]\n  - id: country:US', '    sources: []\n  - id: country:US') });
    expect(problems).toEqual([{ file: 'a.yaml', path: 'entities[0].sources', line: 15, message: 'needs at least one source' }]);
  });

  it('refuses a reference to an unknown source', async () => {
    const problems = await problemsFor({ 'a.yaml': GOOD.replace('    share: 0.9\n    sources: [source:test-report]', '    share: 0.9\n    sources: [source:missing]') });
    expect(problems).toEqual([{ file: 'a.yaml', path: 'relationships[0].sources[0]', line: 32, message: 'unknown source source:missing' }]);
  });

  it('refuses an unknown referenced id', async () => {
    const problems = await problemsFor({ 'a.yaml': GOOD.replace('to: commodity:magnets', 'to: commodity:ghost') });
    expect(problems).toEqual([{ file: 'a.yaml', path: 'relationships[0].to', line: 30, message: 'unknown id commodity:ghost' }]);
  });

  it('refuses a relationship between kinds its type does not connect', async () => {
    const problems = await problemsFor({ 'a.yaml': GOOD.replace('to: commodity:magnets', 'to: country:US') });
    expect(problems[0]).toMatchObject({ path: 'relationships[0].to', message: 'country:US is a Country; expected Commodity' });
  });

  it('refuses a duplicate id across files, naming the first', async () => {
    const problems = await problemsFor({
      'a.yaml': GOOD,
      'b.yaml': 'entities:\n  - id: country:CN\n    kind: Country\n    name: China again\n    iso2: CN\n    iso3: CHN\n    sources: [source:test-report]\n',
    });
    expect(problems).toEqual([{ file: 'b.yaml', path: 'entities[0].id', line: 2, message: 'duplicate id country:CN (first defined in a.yaml at entities[0])' }]);
  });

  it('refuses a wrong type, a bad date, a bad period and a negative quantity — all at once', async () => {
    const broken = GOOD.replace('share: 0.9', 'share: "ninety"').replace('published: 2025-07-20', 'published: 2025-02-30').replace('period: 2025-06', 'period: 2025-13').replace('quantity: 353', 'quantity: -353');
    const problems = await problemsFor({ 'a.yaml': broken });
    expect(problems.map((p) => `${p.path}@${p.line}`).sort()).toEqual(['relationships[0].share@31', 'sources[0].published@7', 'trade[0].period@37', 'trade[0].quantity@38']);
    expect(problems.find((p) => p.path === 'trade[0].quantity')?.message).toBe('a traded quantity cannot be negative');
  });

  it('refuses unknown fields and kinds instead of ignoring them', async () => {
    const problems = await problemsFor({ 'a.yaml': GOOD.replace('    iso3: CHN\n', '    iso3: CHN\n    capital: Beijing\n').replace('kind: Commodity', 'kind: Gadget') });
    expect(problems.map((p) => p.path).sort()).toEqual(['entities[0]', 'entities[2].kind']);
  });

  it('reports YAML syntax errors with their line', async () => {
    const problems = await problemsFor({ 'a.yaml': 'entities:\n  - id: country:CN\n    name: [unclosed\n' });
    expect(problems[0]).toMatchObject({ file: 'a.yaml' });
    expect(problems[0]?.line).toBeGreaterThan(0);
  });
});

describe('periodBounds', () => {
  it.each([
    ['2025', '2025-01-01', '2025-12-31'],
    ['2025-H1', '2025-01-01', '2025-06-30'],
    ['2025-H2', '2025-07-01', '2025-12-31'],
    ['2024-Q1', '2024-01-01', '2024-03-31'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2025-01/2025-04', '2025-01-01', '2025-04-30'],
    ['2024-04/2025-03', '2024-04-01', '2025-03-31'],
    ['2024-02/2024-02', '2024-02-01', '2024-02-29'],
  ])('%s spans %s to %s', (period, start, end) => {
    expect(periodBounds(period)).toEqual({ start, end });
  });
});

describe('periods as reported', () => {
  it('takes runs of months and refuses backward or impossible ones, at the line', async () => {
    for (const period of ['2025-01/2025-04', '2024-04/2025-03']) {
      expect(await problemsFor({ 'a.yaml': GOOD.replace('period: 2025-06', `period: ${period}`) })).toEqual([]);
    }
    for (const period of ['2025-04/2025-01', '2025-00/2025-04', '2025-01/2025-13', '2025-01/04', '2025-Q1/2025-Q2']) {
      const problems = await problemsFor({ 'a.yaml': GOOD.replace('period: 2025-06', `period: ${period}`) });
      expect(problems, period).toEqual([expect.objectContaining({ path: 'trade[0].period', line: 37, message: expect.stringContaining('YYYY-MM/YYYY-MM') })]);
    }
  });

  it('gives a run of months its own observation id', async () => {
    const { tradeObservationId } = await import('../../src/model/dataset.js');
    expect(tradeObservationId({ exporter: 'country:CN', importer: 'region:world', commodity: 'commodity:magnets', period: '2025-01/2025-05' })).toBe('trade:cn-world-magnets-2025-01-to-2025-05');
  });

  it('names the statistical office: an Organization, nothing else', async () => {
    const office = GOOD.replace('    unit: t\n', '    unit: t\n    statisticalOffice: org:customs\n');
    const withOrg = office.replace('relationships:', '  - id: org:customs\n    kind: Organization\n    orgType: AGENCY\n    name: Customs\n    sources: [source:test-report]\nrelationships:');
    expect(await problemsFor({ 'a.yaml': withOrg })).toEqual([]);
    expect(await problemsFor({ 'a.yaml': office })).toEqual([expect.objectContaining({ path: 'trade[0].statisticalOffice', message: 'unknown id org:customs' })]);
    const notOrg = GOOD.replace('    unit: t\n', '    unit: t\n    statisticalOffice: country:US\n');
    expect((await problemsFor({ 'a.yaml': notOrg }))[0]).toMatchObject({ path: 'trade[0].statisticalOffice' });
  });
});
