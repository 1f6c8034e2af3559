/**
 * The Cypher each statement builder prints, with its parameters, pinned in readable files under
 * test/unit/cypher/ (one per input): a change to a statement shows in review as a diff of its
 * text. No database here — the integration tests, on the real engine, judge what the statements
 * answer. After an intended change: `npx vitest run test/unit/cypher-snapshots.test.ts -u`, then
 * read the diff.
 *
 * Covered: the write path (upserts and creations for every node kind and relationship type met,
 * chunking, the seed, an import batch, each mutation's checks and writes), the database schema and
 * integrity checks, search, and the research queries (paths, dependencies/exposure, concentration,
 * concentrationRanking, supplyRisk, disruption, tradeSeries, and the neighbourhood that timeline and changes read). The
 * entity, root-connection and relationship-connection reads have their own test (query-tree-cypher.test.ts, files tree.*).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { duplicatesStatement, mergeStatement } from '../../src/db/integrity.js';
import { AWAIT_INDEXES, EXISTING_CONSTRAINTS, ID_RELATIONSHIP_TYPES, relationshipConstraintStatements, schemaStatements } from '../../src/db/schema.js';
import type { Statement } from '../../src/cypher/statement.js';
import { edgeWrites, planDatasetWrite, STATEMENT_ROWS, type DatasetWritePlan, type EdgeChunk } from '../../src/db/upsert.js';
import { lookupIdsStatement } from '../../src/ingest/import/check.js';
import { namesStatement } from '../../src/ingest/import/write.js';
import { ParamBag } from '../../src/cypher/params.js';
import { compileWhere } from '../../src/modules/connection/where.js';
import {
  citedByStatement,
  currentRelationshipStatement,
  kindsOfStatement,
  lockEntityStatement,
  lockRelationshipStatement,
  purgeStatement,
} from '../../src/modules/mutation/mutation.queries.js';
import { concentrationRankingStatement } from '../../src/modules/research/concentrationRanking.queries.js';
import { supplyRiskStatement } from '../../src/modules/research/supplyRisk.queries.js';
import { disruptionStatement, downstreamStatement } from '../../src/modules/research/disruption.queries.js';
import {
  concentrationStatement,
  neighbourhoodStatement,
  pathFirstLevelStatement,
  pathLevelFromTargetsStatement,
  pathLevelStatement,
  pathRoutesStatement,
  pathsLongerStatement,
  pathSpurStatement,
  pathSupplyStatement,
  toFilterArgs,
  pathsStatement,
  reachStatement,
  tradeSeriesStatement,
  type PathsArgs,
  type PathsToFilterArgs,
} from '../../src/modules/research/research.repository.js';
import { searchStatement } from '../../src/modules/search/search.repository.js';
import { compilePathTarget, entityTarget } from '../../src/modules/research/pathTarget.js';
import { SUPPLY_TYPES } from '../../src/modules/research/research.queries.js';
import { RELATIONSHIP_FIELDS } from '../../src/model/relationshipFields.js';
import { reachSelection } from '../../src/modules/research/research.resolvers.js';
import { rootInfo } from '../helpers/rootInfo.js';
import { entitySchema, relationshipSchema, sourceSchema, tradeSchema, type EntityItem, type RelationshipItem, type SourceItem, type TradeItem } from '../../src/model/records.js';
import { SEED_DIR } from '../../src/ingest/seed/load.js';
import { listSeedFiles, validateSeedFiles } from '../../src/ingest/seed/validate.js';
import { dedent, file, render, renderAll } from '../helpers/cypherSnapshot.js';
import { relationshipId, toDataset, tradeObservationId } from '../../src/model/dataset.js';

/** Every statement of a plan, relationships as written into a database that holds none of them yet. */
function planStatements(plan: DatasetWritePlan): Statement[] {
  return [...plan.nodes, ...(plan.missingSources ? [plan.missingSources] : []), ...plan.edges.flatMap((e) => e.chunks.flatMap(chunkStatements))];
}

function chunkStatements(chunk: EdgeChunk): Statement[] {
  return [...(chunk.states ? [chunk.states] : []), ...edgeWrites(chunk, new Map())];
}

const SOURCE: SourceItem = sourceSchema.parse({
  id: 'source:acme-2025-annual-report',
  title: 'Acme annual report 2025',
  publisher: 'Acme',
  url: 'https://example.com/acme-2025.pdf',
  published: '2025-03',
  sourceType: 'REPORT',
});
const COMPANY: EntityItem = entitySchema.parse({
  kind: 'Company',
  id: 'company:acme',
  name: 'Acme Magnetics',
  aliases: ['Acme', 'Acme Mag'],
  tickers: ['ACME'],
  sources: ['source:acme-2025-annual-report'],
});
const PRODUCES: RelationshipItem = relationshipSchema.parse({
  type: 'PRODUCES',
  from: 'company:acme',
  to: 'commodity:rare-earth-magnets',
  key: '2024',
  share: 0.01,
  year: 2024,
  estimate: true,
  sources: ['source:acme-2025-annual-report'],
});
const USES: RelationshipItem = relationshipSchema.parse({
  type: 'USES',
  from: 'company:acme',
  to: 'commodity:rare-earth-magnets',
  note: 'NdFeB blocks',
  validFrom: '2024-01',
  sources: ['source:acme-2025-annual-report'],
});
const TRADE: TradeItem = tradeSchema.parse({
  exporter: 'country:CN',
  importer: 'country:US',
  commodity: 'commodity:rare-earth-magnets',
  period: '2025-07',
  quantity: 619,
  unit: 't',
  changes: [{ basis: 'MONTH_ON_MONTH', percent: 75.4, comparedTo: '2025-06' }],
  sources: ['source:reuters-2025-07-20-magnet-exports-us'],
});
const NAMES: Record<string, string> = { 'country:CN': 'China', 'country:US': 'United States', 'commodity:rare-earth-magnets': 'Rare-earth magnets' };
const nameOf = (id: string) => NAMES[id];

describe('write path (src/db/upsert.ts)', () => {
  it('upserts: one statement per node kind, the sources check, one per relationship type (derived ones included)', async () => {
    const plan = planDatasetWrite(toDataset({ sources: [SOURCE], entities: [COMPANY], relationships: [PRODUCES, USES], trade: [TRADE] }, nameOf));
    await expect(renderAll(planStatements(plan))).toMatchFileSnapshot(file('write.upsert'));
  });

  it('creations (createOnly) use CREATE; the rest of the same dataset is upserted', async () => {
    const dataset = toDataset({ entities: [COMPANY], relationships: [PRODUCES, USES] }, nameOf);
    const plan = planDatasetWrite(dataset, { createOnly: new Set([COMPANY.id, relationshipId(PRODUCES)]), path: 'input' });
    await expect(renderAll(planStatements(plan))).toMatchFileSnapshot(file('write.create'));
  });

  it('rows are cut into statements of 5,000', () => {
    expect(STATEMENT_ROWS).toBe(5_000);
    const entities = Array.from({ length: 10_001 }, (_, i) => ({ ...COMPANY, id: `company:acme-${i}`, aliases: undefined, tickers: undefined }));
    const plan = planDatasetWrite(toDataset({ entities }, nameOf));
    expect(plan.nodes.map((s) => [s.name, s.counts, (s.params.rows as unknown[]).length])).toEqual([
      ['graph.upsertNodes', 'Company', 5000],
      ['graph.upsertNodes', 'Company', 5000],
      ['graph.upsertNodes', 'Company', 1],
    ]);
  });

  it('relationships: grouped by the kinds of their ends, then cut into statements of 5,000; existing ids are set only when they differ', async () => {
    const relationships = Array.from({ length: 5_001 }, (_, i) => ({ ...USES, validFrom: undefined, key: String(i) }));
    const plan = planDatasetWrite(toDataset({ entities: [COMPANY], relationships: [...relationships, { ...PRODUCES, from: 'country:CN' }] }, nameOf));
    const uses = plan.edges.find((e) => e.type === 'USES')!;
    expect(uses.chunks.map((c) => [c.from, c.to, c.rows.length, c.states?.name])).toEqual([
      ['Company', 'Commodity', 5000, 'graph.edgeStates'],
      ['Company', 'Commodity', 1, 'graph.edgeStates'],
    ]);
    // A pair of kinds with fewer than FEW_ROWS rows finds its ends through :Entity, in a text shared by all types.
    expect(plan.edges.find((e) => e.type === 'PRODUCES')!.chunks.map((c) => [c.from, c.to, c.rows.length])).toEqual([['Entity', 'Entity', 1]]);
    const [first] = uses.chunks;
    const [a, b, c] = first!.rows;
    // a is new, b exists and differs, c exists unchanged: one CREATE of the new rows, one SET of b.
    const existing = new Map([[b!.id, false], [c!.id, true]]);
    const writes = edgeWrites(first!, existing);
    expect(writes.map((s) => [s.name, (s.params.rows as { id: string }[]).length])).toEqual([
      ['graph.createEdges', 4998],
      ['graph.updateEdges', 1],
    ]);
    expect((writes[0]!.params.rows as { id: string }[]).some((r) => r.id === a!.id)).toBe(true);
    await expect(renderAll([{ ...writes[1]!, params: { rows: [b] } }])).toMatchFileSnapshot(file('write.update'));
  });

  it('a write naming no source is refused before any statement is built', () => {
    expect(() => planDatasetWrite(toDataset({ entities: [{ ...COMPANY, sources: [] }] }, nameOf), { path: 'input' })).toThrow(/names no source/);
  });

  it('the seed: which statements load it, in order, and how many rows each writes', async () => {
    const plan = planDatasetWrite(await validateSeedFiles(await listSeedFiles(SEED_DIR)));
    const lines = [
      ...plan.nodes.map((s) => `${s.name} ${s.counts}: ${(s.params.rows as unknown[]).length} rows`),
      `${plan.missingSources?.name}: ${(plan.missingSources?.params.ids as unknown[]).length} ids`,
      ...plan.edges.flatMap((e) => e.chunks.flatMap((c) => edgeWrites(c, new Map()).map((s) => `${s.name} ${s.counts} (${c.from}→${c.to}): ${(s.params.rows as unknown[]).length} rows`))),
    ];
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot(file('write.seed'));
  }, 60_000);

  it('the seed into an empty database: created through three statement texts, every kind and type a parameter', async () => {
    const seed = await validateSeedFiles(await listSeedFiles(SEED_DIR));
    const plan = planDatasetWrite(seed, { createOnly: new Set([...seed.nodes, ...seed.edges].map((item) => item.id)) });
    const statements = [...plan.nodes, plan.missingSources!, ...plan.edges.flatMap((e) => e.chunks.flatMap((c) => [...(c.states ? [c.states] : []), ...edgeWrites(c, new Map())]))];
    expect(statements.length).toBeGreaterThan(25);
    expect(new Set(statements.map((s) => s.name))).toEqual(new Set(['graph.createNodes', 'graph.missingSources', 'graph.createEdges']));
    expect(new Set(statements.map((s) => s.cypher)).size).toBe(3);
    const kinds = new Set(plan.nodes.map((s) => s.params.kind));
    expect(kinds).toEqual(new Set(seed.nodes.map((n) => n.kind)));
    expect(new Set(plan.edges.flatMap((e) => e.chunks.flatMap((c) => edgeWrites(c, new Map()).map((s) => s.params.type))))).toEqual(new Set(seed.edges.map((e) => e.type)));
  }, 60_000);

  it('an import batch (test/fixtures/import/supply-chain.jsonl): ids checked, trade names looked up, then the shared write path', async () => {
    const text = readFileSync(new URL('../fixtures/import/supply-chain.jsonl', import.meta.url), 'utf8');
    const items = { sources: [] as SourceItem[], entities: [] as EntityItem[], relationships: [] as RelationshipItem[], trade: [] as TradeItem[] };
    for (const line of text.split('\n').filter((l) => l.trim() !== '')) {
      const { record, ...value } = JSON.parse(line) as { record: string } & Record<string, unknown>;
      if (record === 'source') items.sources.push(sourceSchema.parse(value));
      else if (record === 'entity') items.entities.push(entitySchema.parse(value));
      else if (record === 'relationship') items.relationships.push(relationshipSchema.parse(value));
      else items.trade.push(tradeSchema.parse(value));
    }
    const wanted = [...new Set(items.trade.flatMap((t) => [t.exporter, t.importer, t.commodity]))];
    const plan = planDatasetWrite(toDataset(items, (id) => NAMES[id] ?? id));
    const ids = [...new Set([...items.entities.map((e) => e.id), ...items.relationships.flatMap((r) => [r.from, r.to])])];
    await expect(renderAll([lookupIdsStatement(ids), namesStatement(wanted), ...planStatements(plan)])).toMatchFileSnapshot(file('import.batch'));
  });
});

describe('mutations (src/modules/mutation)', () => {
  it('checks: kinds of referenced ids, the stored entity and relationship (locked for updates), citations, purge', async () => {
    const id = relationshipId(PRODUCES);
    const statements = [
      kindsOfStatement(['company:acme', 'commodity:rare-earth-magnets', 'company:acme', 'source:acme-2025-annual-report']),
      lockEntityStatement('company:acme'),
      currentRelationshipStatement('PRODUCES', id),
      lockRelationshipStatement('PRODUCES', id),
      citedByStatement('source:acme-2025-annual-report'),
      purgeStatement('company:acme'),
    ];
    await expect(renderAll(statements)).toMatchFileSnapshot(file('mutation.checks'));
  });

  it('writes: addSource, createEntity, addRelationship, recordTradeObservation create; updates upsert with the sources they add', async () => {
    const plans = {
      addSource: planDatasetWrite(toDataset({ sources: [SOURCE] }, nameOf), { createOnly: new Set([SOURCE.id]), path: 'input' }),
      createEntity: planDatasetWrite(toDataset({ entities: [COMPANY] }, nameOf), { createOnly: new Set([COMPANY.id]), path: 'input' }),
      updateEntity: planDatasetWrite(toDataset({ entities: [{ ...COMPANY, name: 'Acme Magnetics Ltd' }] }, nameOf), { cites: ['source:acme-2025-annual-report'], path: 'input' }),
      addRelationship: planDatasetWrite(toDataset({ relationships: [USES] }, nameOf), { createOnly: new Set([relationshipId(USES)]), path: 'input' }),
      updateRelationship: planDatasetWrite(toDataset({ relationships: [relationshipSchema.parse({ ...USES, note: 'NdFeB blocks and arcs' })] }, nameOf), { cites: ['source:acme-2025-annual-report'], path: 'input' }),
      recordTradeObservation: planDatasetWrite(toDataset({ trade: [TRADE] }, nameOf), { createOnly: new Set([tradeObservationId(TRADE)]), path: 'input' }),
    };
    for (const [mutation, plan] of Object.entries(plans)) {
      await expect(renderAll(planStatements(plan))).toMatchFileSnapshot(file(`mutation.${mutation}`));
    }
  });
});

describe('database schema and integrity (src/db)', () => {
  it('constraints and indexes applied at start', async () => {
    const relationships = ID_RELATIONSHIP_TYPES.map((type) => Object.values(relationshipConstraintStatements(type)).join('\n'));
    const checks = `${dedent(EXISTING_CONSTRAINTS)}\n\n${AWAIT_INDEXES}`;
    await expect(`${schemaStatements().join('\n')}\n\n${relationships.join('\n\n')}\n\n${checks}\n`).toMatchFileSnapshot(file('schema'));
  });

  it('duplicate relationship ids: find and merge', async () => {
    await expect(renderAll([duplicatesStatement('PRODUCES', 50), mergeStatement('PRODUCES')])).toMatchFileSnapshot(file('integrity'));
  });
});

describe('search (src/modules/search)', () => {
  it.each([
    ['words', { text: 'rare earth magnets', first: 10 }],
    ['kinds', { text: 'lutnick', kinds: ['Official', 'Organization'] as const, first: 3 }],
    ['hs-code', { text: 'HS 8505.11', first: 10 }],
    ['iso-code', { text: 'chn', first: 5 }],
  ])('%s', async (name, args) => {
    const statement = searchStatement({ ...args, kinds: 'kinds' in args ? [...args.kinds] : undefined });
    await expect(render(statement!)).toMatchFileSnapshot(file(`search.${name}`));
  });

  it('text without a word builds no statement (the answer is [])', () => {
    expect(searchStatement({ text: ' -- ', first: 10 })).toBeUndefined();
  });
});

describe('research (src/modules/research)', () => {
  const pathsArgs = (over: Partial<PathsArgs>): PathsArgs => ({
    types: ['PRODUCES', 'USES'],
    direction: 'ANY',
    maxHops: 4,
    k: 1,
    first: 10,
    params: { to: 'company:ford', from: 'country:CN', through: [], avoid: [], avoidIds: [], asOf: null },
    ...over,
  });

  it('paths to one id, k = 1, both directions', async () => {
    await expect(render(pathsStatement(pathsArgs({})))).toMatchFileSnapshot(file('research.paths.id'));
  });

  it('supply routes to one id: not the walk search, but one search with every condition inlined (the deviations\' text), and the search a filter gets when that reads too many', async () => {
    const supply = pathsArgs({ direction: 'SUPPLY', k: 2, types: ['PRODUCES', 'USES', 'MAKES', 'HEADQUARTERED_IN', 'PART_OF', 'IMPORTS_FROM'] });
    expect(() => pathsStatement(supply)).toThrow(/supplyPaths/);
    await expect(render(pathSupplyStatement(supply))).toMatchFileSnapshot(file('research.paths.supply'));
    expect(pathSupplyStatement(supply).cypher).toBe(pathSpurStatement(supply, []).cypher);
    await expect(render(pathFirstLevelStatement(toFilterArgs(supply, entityTarget('company:ford')), 501))).toMatchFileSnapshot(file('research.paths.supply-to-one'));
  });

  // To a filter: one search from the start, a level per statement (pathSearch.ts).
  const bag = new ParamBag();
  const filterArgs: PathsToFilterArgs = {
    ...pathsArgs({ direction: 'FORWARD', k: 3, maxHops: 3 }),
    targetLabel: 'Company',
    targetPredicate: compileWhere('Company', { headquarteredIn: { id: { eq: 'country:US' } } }, bag, 'b', 'to.companies'),
    targetListing: { pins: [{ field: RELATIONSHIP_FIELDS.Company.headquarteredIn, ids: ['country:US'], plain: true }], predicate: 'true' },
    params: { ...bag.values, from: 'country:CN', through: ['Commodity'], avoid: ['Sector'], avoidIds: ['company:apple'], asOf: '2025-06-01', anchorIds: ['country:US'] },
  };

  it('paths to a filter: the first level lists the targets, from their pin', async () => {
    await expect(render(pathFirstLevelStatement(filterArgs, 501))).toMatchFileSnapshot(file('research.paths.level.first'));
  });

  it('paths to a filter: targets pinned twice are listed by a join; a layer of the search from the targets\' side', async () => {
    const target = compilePathTarget({ companies: { headquarteredIn: { id: { eq: 'country:US' } }, sectors: { id: { eq: 'sector:automotive' } } } });
    if (target.id !== null) throw new Error('a filter target');
    const twice = { ...filterArgs, targetPredicate: target.predicate, targetListing: target.listing, params: { ...filterArgs.params, ...target.params } };
    await expect(render(pathFirstLevelStatement(twice, 501))).toMatchFileSnapshot(file('research.paths.level.first-two-pins'));
    await expect(render(pathLevelFromTargetsStatement(filterArgs, ['company:ford', 'company:tesla'], ['commodity:rare-earth-magnets'], ['country:CN', 'commodity:rare-earth-magnets']))).toMatchFileSnapshot(file('research.paths.level.fromTargets'));
    // A supply route: each step's direction by its type, and whether it ends routes.
    const supply = { ...filterArgs, types: [...SUPPLY_TYPES], direction: 'SUPPLY' as const };
    await expect(render(pathLevelFromTargetsStatement(supply, ['company:ford'], ['commodity:rare-earth-magnets'], ['country:CN', 'commodity:rare-earth-magnets']))).toMatchFileSnapshot(file('research.paths.level.fromTargets-supply'));
  });

  it('paths to a filter: one level of the search, forward, through and avoid, as of a date', async () => {
    await expect(render(pathLevelStatement(filterArgs, ['country:CN', 'commodity:rare-earth-magnets'], ['country:CN']))).toMatchFileSnapshot(file('research.paths.level'));
  });

  it('the next shortest routes (k = 3): the walks, and a round of deviations along supply routes; the chosen routes with their steps', async () => {
    await expect(render(pathsLongerStatement(filterArgs, [{ id: 'company:ford', length: 2 }]))).toMatchFileSnapshot(file('research.paths.longer'));
    const spurs = [
      { target: 'company:ford', spur: 'country:CN', blocked: [], forbid: ['commodity:rare-earth-magnets'], hops: 3 },
      { target: 'company:ford', spur: 'commodity:rare-earth-magnets', blocked: ['country:CN'], forbid: ['company:ford'], hops: 2 },
    ];
    await expect(render(pathSpurStatement({ ...filterArgs, types: [...SUPPLY_TYPES], direction: 'SUPPLY' }, spurs))).toMatchFileSnapshot(file('research.paths.spur-supply'));
    await expect(render(pathRoutesStatement(filterArgs, [{ ids: ['country:CN', 'commodity:rare-earth-magnets', 'company:ford'], names: [] }]))).toMatchFileSnapshot(file('research.paths.routes'));
  });

  it('supply routes to a filter: one level of the search, each step the way goods flow', async () => {
    await expect(render(pathLevelStatement({ ...filterArgs, direction: 'SUPPLY', types: ['PRODUCES', 'USES', 'HEADQUARTERED_IN', 'PART_OF', 'IMPORTS_FROM'] }, ['country:CN'], ['country:CN']))).toMatchFileSnapshot(file('research.paths.supply-level'));
  });

  it.each([
    ['dependencies', 1, null],
    ['dependencies', 3, null],
    ['exposure', 2, ['Company']],
    ['exposure', 4, null],
  ] as const)('%s, %i hops', async (walk, maxHops, kinds) => {
    const statement = reachStatement({ id: 'company:ford', walk, maxHops, kinds: kinds ? [...kinds] : null, asOf: walk === 'exposure' ? '2025-06' : null, first: 100, withRoutes: true });
    await expect(render(statement)).toMatchFileSnapshot(file(`research.reach.${walk}.${maxHops}`));
  });

  it.each(['dependencies', 'exposure'] as const)('%s without routes (entities and tiers only)', async (walk) => {
    const statement = reachStatement({ id: 'company:ford', walk, maxHops: 3, kinds: null, asOf: null, first: 100, withRoutes: false });
    await expect(render(statement)).toMatchFileSnapshot(file(`research.reach.${walk}.entities`));
  });

  it('dependencies with nested fields below the start and the items: the tree printed into the walk', async () => {
    const info = rootInfo(`{ dependencies(of: "company:ford", maxTier: 2) { of { id ... on Company { headquarteredIn(first: 1) { edges { node { id } } } } }
      items { tier entity { id sources { id } ... on Commodity { producers(first: 2, orderBy: { field: SHARE, direction: DESC }) { totalCount edges { node { id } } } } } } } }`);
    const statement = reachStatement({ id: 'company:ford', walk: 'dependencies', maxHops: 2, kinds: null, asOf: null, first: 100, withRoutes: false, selection: reachSelection(info, 'DependencyResult', 'of') });
    await expect(render(statement)).toMatchFileSnapshot(file('research.reach.dependencies.nested'));
  });

  it('concentration', async () => {
    await expect(render(concentrationStatement({ commodity: 'commodity:rare-earth-ore', asOf: null }))).toMatchFileSnapshot(file('research.concentration'));
  });

  it('concentrationRanking', async () => {
    const statement = concentrationRankingStatement({ year: 2024, stage: 'mining', source: 'source:usgs-mcs2025-world-data', minProducers: 1, first: 3 });
    await expect(render(statement)).toMatchFileSnapshot(file('research.concentrationRanking'));
  });

  it('supplyRisk', async () => {
    await expect(render(supplyRiskStatement({ country: 'country:US', year: 2024 }))).toMatchFileSnapshot(file('research.supplyRisk'));
  });

  it('disruption: what the scenario hits, and the exposure walk from every hit commodity at once', async () => {
    await expect(render(disruptionStatement({ stop: ['country:CN'], commodities: ['commodity:mineral-gallium'], asOf: '2025-06-30' }))).toMatchFileSnapshot(file('research.disruption'));
    const walk = downstreamStatement({ commodities: ['commodity:mineral-gallium'], exclude: ['country:CN'], maxTier: 3, first: 50, asOf: null });
    await expect(render(walk)).toMatchFileSnapshot(file('research.disruption.downstream'));
  });

  it('tradeSeries', async () => {
    const statement = tradeSeriesStatement({ exporter: 'country:CN', importer: 'country:US', commodity: 'commodity:rare-earth-magnets' });
    await expect(render(statement)).toMatchFileSnapshot(file('research.tradeSeries'));
  });

  it('timeline and changes read the neighbourhood', async () => {
    await expect(render(neighbourhoodStatement({ id: 'official:howard-lutnick', maxLinks: 5000 }))).toMatchFileSnapshot(file('research.neighbourhood'));
  });
});
