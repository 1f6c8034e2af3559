/**
 * What the explorer's graph draws (web/src/explore/graphModel.ts), without a browser: parallel
 * relationships merged and labelled with year, stage and share; neighbours grouped by field and
 * paged; filters; expansions placed beside the graph; boxes that never overlap.
 */
import { describe, expect, it } from 'vitest';
import type { Relationship } from '../../web/src/explore/graphModel.js';
import {
  CELL_H,
  CELL_W,
  describeRelationships,
  disruptionScene,
  fieldTitle,
  groupsOf,
  mergeParallel,
  neighbourhoodScene,
  pageSizeFor,
  pathScene,
  type Entity,
  type Neighbour,
  type NeighbourList,
  type NeighbourhoodOptions,
} from '../../web/src/explore/graphModel.js';

const source = { id: 'source:usgs', title: 'USGS', publisher: 'USGS', url: 'https://usgs.gov', published: null };
const entity = (id: string, kind = 'COMMODITY'): Entity => ({ id, kind: kind as Entity['kind'], name: id.split(':')[1]!.toUpperCase() });

function produces(from: string, to: string, year: number | null, stage: string | null, share: number | null, key = ''): Relationship {
  return {
    __typename: 'ProducesRelationship',
    id: `${from}|PRODUCES|${to}${key ? `|${key}` : ''}`,
    type: 'PRODUCES',
    validFrom: null,
    validTo: null,
    confidence: null,
    from: { id: from },
    to: { id: to },
    sources: [source],
    share,
    stage,
    year,
    estimate: false,
  };
}

function headquartered(company: string, country: string): Relationship {
  return { __typename: 'HeadquarteredInRelationship', id: `${company}|HEADQUARTERED_IN|${country}`, type: 'HEADQUARTERED_IN', validFrom: null, validTo: null, confidence: null, from: { id: company }, to: { id: country }, sources: [source] };
}

describe('parallel relationships', () => {
  const china = 'country:CN';
  const aluminium = 'commodity:aluminium';
  const rels = [
    produces(china, aluminium, 2023, 'refining', 0.5943, '2023-refining'),
    produces(china, aluminium, 2024, 'refining', 0.5972, '2024-refining'),
    produces(china, aluminium, 2024, 'mining', 0.6, '2024-mining'),
    produces(china, 'commodity:antimony', 2024, 'mining', 0.6),
  ];

  it('one type between the same two entities becomes one link', () => {
    const links = mergeParallel(rels);
    expect(links.map((l) => [l.key, l.relationships.length])).toEqual([
      [`${china}|PRODUCES|${aluminium}`, 3],
      [`${china}|PRODUCES|commodity:antimony`, 1],
    ]);
  });

  it('the link shows its latest year with its stages and shares, and how many earlier years there are', () => {
    expect(describeRelationships(mergeParallel(rels)[0]!.relationships)).toBe('2024: refining 59.7%, mining 60% (+2023)');
    expect(describeRelationships([produces(china, aluminium, null, 'magnets', 0.9)])).toBe('magnets 90%');
    expect(describeRelationships([headquartered('company:a', china), headquartered('company:a', china)])).toBe('×2');
    expect(describeRelationships([headquartered('company:a', china)])).toBe('');
  });

  it('net import reliance reads as a share of consumption, an import source by its rank', () => {
    const imports = (year: number, reliance: number): Relationship => ({ __typename: 'ImportsRelationship', id: `country:US|IMPORTS|commodity:ree|${year}`, type: 'IMPORTS', validFrom: null, validTo: null, confidence: null, from: { id: 'country:US' }, to: { id: 'commodity:ree' }, sources: [], year, reliance, estimate: false });
    expect(describeRelationships([imports(2023, 95), imports(2024, 80)])).toBe('2024: 80% (+2023)');
    const from: Relationship = { __typename: 'ImportsFromRelationship', id: 'country:US|IMPORTS_FROM|country:CN', type: 'IMPORTS_FROM', validFrom: null, validTo: null, confidence: null, from: { id: 'country:US' }, to: { id: 'country:CN' }, sources: [], rank: 1, period: '2020-2023' };
    expect(describeRelationships([from])).toBe('source no. 1 (2020-2023)');
  });

  it('a long qualifier is cut on an edge but not elsewhere', () => {
    const stated: Relationship = { __typename: 'LinkedToRelationship', id: 'a|LINKED_TO|b', type: 'LINKED_TO', validFrom: null, validTo: null, confidence: null, from: { id: 'a' }, to: { id: 'b' }, sources: [], nature: 'exporter: shipped 3,261 t of NdPr to China in 2024' };
    expect(describeRelationships([stated], 20)).toBe('exporter: shipped 3,…');
    expect(describeRelationships([stated])).toBe('exporter: shipped 3,261 t of NdPr to China in 2024');
  });
});

/** China with `companies` headquartered in it and `commodities` it produces (each twice: two years). */
function hub(companies: number, commodities: number): { focus: Entity; lists: NeighbourList[] } {
  const focus = entity('country:CN', 'COUNTRY');
  const hq = Array.from({ length: companies }, (_, i) => entity(`company:c${i}`, 'COMPANY'));
  const made = Array.from({ length: commodities }, (_, i) => entity(`commodity:m${i}`));
  return {
    focus,
    lists: [
      { field: 'headquarteredHere', totalCount: companies, edges: hq.map((c) => ({ direction: 'IN' as const, node: c, relationship: headquartered(c.id, focus.id) })) },
      {
        field: 'produces',
        totalCount: commodities * 2 + 10,
        edges: made.flatMap((m) => [2023, 2024].map((year) => ({ direction: 'OUT' as const, node: m, relationship: produces(focus.id, m.id, year, 'mining', 0.5, String(year)) }))),
      },
    ],
  };
}

const sceneOf = (focus: Entity, lists: NeighbourList[], extra: Partial<NeighbourhoodOptions> = {}) =>
  neighbourhoodScene({ focus, groups: groupsOf(lists), pages: new Map(), closed: new Set(), expansions: [], hiddenKinds: new Set(), hiddenTypes: new Set(), pageSize: 8, expansionSize: 12, ...extra });

describe('a hub', () => {
  it('is drawn as groups by field, each showing one page, not as a ring of every neighbour', () => {
    const { focus, lists } = hub(30, 20);
    const groups = groupsOf(lists);
    expect(groups.map((g) => [g.title, g.side, g.members.length, g.complete])).toEqual([
      ['Headquartered here', 'in', 30, true],
      ['Produces', 'out', 20, false],
    ]);
    const scene = sceneOf(focus, lists);
    const members = scene.nodes.filter((n) => n.role === 'member');
    expect(members).toHaveLength(16);
    expect(scene.nodes.filter((n) => n.role === 'group').map((n) => n.label)).toEqual(['Headquartered here · 1–8 of 30', 'Produces · 1–8 of 20+']);
    // Each merged link is one edge: 8 companies + 8 commodities, though 16 produces relationships are loaded.
    expect(scene.edges).toHaveLength(16);
    expect(scene.edges.find((e) => e.target === 'commodity:m0')?.label).toBe('2024: mining 50% (+2023)');
    // Upstream on the left, downstream on the right.
    expect(members.filter((n) => n.parent === 'group:headquarteredHere').every((n) => n.x < 0)).toBe(true);
    expect(members.filter((n) => n.parent === 'group:produces').every((n) => n.x > 0)).toBe(true);
    expect(scene.groups.map((g) => [g.field, g.page, g.pageCount, g.first, g.last, g.count])).toEqual([
      ['headquarteredHere', 0, 4, 1, 8, 30],
      ['produces', 0, 3, 1, 8, 20],
    ]);
  });

  it('pages through a group, the last page holding the rest', () => {
    const { focus, lists } = hub(30, 20);
    const scene = sceneOf(focus, lists, { pages: new Map([['headquarteredHere', 3]]) });
    expect(scene.nodes.filter((n) => n.parent === 'group:headquarteredHere').map((n) => n.id)).toEqual(['company:c24', 'company:c25', 'company:c26', 'company:c27', 'company:c28', 'company:c29']);
    expect(scene.groups[0]).toMatchObject({ page: 3, first: 25, last: 30 });
    // A page past the end shows the last one.
    expect(sceneOf(focus, lists, { pages: new Map([['headquarteredHere', 9]]) }).groups[0]).toMatchObject({ page: 3 });
  });

  it('a closed group is one node with its count', () => {
    const { focus, lists } = hub(30, 20);
    const scene = sceneOf(focus, lists, { closed: new Set(['produces']) });
    expect(scene.nodes.filter((n) => n.parent === 'group:produces')).toHaveLength(0);
    expect(scene.nodes.find((n) => n.id === 'group:produces')?.label).toBe('Produces · 20+ ▸');
  });

  it('gets shorter pages the more groups it has', () => {
    expect([1, 5, 8, 12, 30].map((n) => pageSizeFor(n))).toEqual([8, 8, 5, 4, 4]);
  });

  it('lays its boxes out without overlaps, whatever their number', () => {
    for (const [companies, commodities] of [
      [3, 2],
      [30, 20],
      [8, 120],
    ] as const) {
      const { focus, lists } = hub(companies, commodities);
      const many: NeighbourList[] = [...lists, ...Array.from({ length: 6 }, (_, i) => ({ field: `extra${i}`, totalCount: 5, edges: Array.from({ length: 5 }, (_, j): Neighbour => ({ direction: i % 2 ? 'IN' : 'OUT', node: entity(`sector:s${i}-${j}`, 'SECTOR'), relationship: headquartered(`sector:s${i}-${j}`, focus.id) })) }))];
      const scene = sceneOf(focus, many);
      const boxes = new Map<string, { x1: number; x2: number; y1: number; y2: number }>();
      for (const n of scene.nodes) {
        // A box's extent is its members' (Cytoscape sizes a group around them); a closed group is one node.
        if (n.role === 'focus' || scene.nodes.some((c) => c.parent === n.id)) continue;
        const key = n.parent ?? n.id;
        const b = boxes.get(key) ?? { x1: Infinity, x2: -Infinity, y1: Infinity, y2: -Infinity };
        boxes.set(key, { x1: Math.min(b.x1, n.x - CELL_W / 2), x2: Math.max(b.x2, n.x + CELL_W / 2), y1: Math.min(b.y1, n.y - CELL_H / 2), y2: Math.max(b.y2, n.y + CELL_H / 2) });
      }
      const list = [...boxes.entries()];
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const [a, p] = list[i]!;
          const [b, q] = list[j]!;
          const overlap = p.x1 < q.x2 - 1 && q.x1 < p.x2 - 1 && p.y1 < q.y2 - 1 && q.y1 < p.y2 - 1;
          expect(overlap, `${a} and ${b} overlap`).toBe(false);
        }
      }
      // Every entity at most once.
      const ids = scene.nodes.map((n) => n.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});

describe('filters', () => {
  it('hide kinds and relationship types; the legend still counts everything loaded', () => {
    const { focus, lists } = hub(10, 5);
    const all = sceneOf(focus, lists);
    expect(all.legend.kinds).toEqual([
      { kind: 'COMPANY', count: 10 },
      { kind: 'COMMODITY', count: 5 },
    ]);
    expect(all.legend.types).toEqual([
      { type: 'HEADQUARTERED_IN', count: 10 },
      { type: 'PRODUCES', count: 5 },
    ]);
    const noCompanies = sceneOf(focus, lists, { hiddenKinds: new Set(['COMPANY']) });
    expect(noCompanies.nodes.some((n) => n.kind === 'COMPANY')).toBe(false);
    expect(noCompanies.nodes.filter((n) => n.role === 'member')).toHaveLength(5);
    expect(noCompanies.legend).toEqual(all.legend);
    const noProduces = sceneOf(focus, lists, { hiddenTypes: new Set(['PRODUCES']) });
    expect(noProduces.edges.some((e) => e.type === 'PRODUCES')).toBe(false);
    expect(noProduces.nodes.some((n) => n.kind === 'COMMODITY')).toBe(false);
  });
});

describe('expanding a node', () => {
  it('adds its own neighbours beside the graph, joined by their links, once each', () => {
    const { focus, lists } = hub(3, 2);
    const company = entity('company:c0', 'COMPANY');
    const theirs: NeighbourList[] = [
      { field: 'headquarteredIn', totalCount: 1, edges: [{ direction: 'OUT', node: focus, relationship: headquartered(company.id, focus.id) }] },
      { field: 'makes', totalCount: 2, edges: ['commodity:magnet', 'commodity:m0'].map((id) => ({ direction: 'OUT' as const, node: entity(id), relationship: { ...headquartered(company.id, id), id: `${company.id}|MAKES|${id}`, type: 'MAKES' as const, __typename: 'MakesRelationship' as const } })) },
    ];
    const before = sceneOf(focus, lists);
    const after = sceneOf(focus, lists, { expansions: [{ entity: company, groups: groupsOf(theirs) }] });
    const added = after.nodes.filter((n) => n.role === 'expansion');
    // commodity:m0 is drawn already (China produces it): only the magnet is new, but both links are drawn.
    expect(added.map((n) => n.id)).toEqual(['commodity:magnet']);
    expect(after.edges.length - before.edges.length).toBe(2);
    expect(after.nodes.find((n) => n.id === company.id)?.expanded).toBe(true);
    // Beyond the outermost column on the company's side (left), not on top of the boxes.
    const leftmost = Math.min(...before.nodes.map((n) => n.x));
    expect(added[0]!.x).toBeLessThan(leftmost);
  });
});

describe('a path', () => {
  it('is drawn left to right, each hop one edge per relationship type', () => {
    const china = entity('country:CN', 'COUNTRY');
    const magnets = entity('commodity:magnets');
    const scene = pathScene({ nodes: [china, magnets], steps: [{ relationships: [produces(china.id, magnets.id, 2025, 'magnets', 0.9, 'a'), produces(china.id, magnets.id, 2022, 'magnets', 0.9, 'b')] }] });
    expect(scene.nodes.map((n) => [n.id, n.x])).toEqual([
      ['country:CN', 0],
      ['commodity:magnets', CELL_W * 1.3],
    ]);
    expect(scene.edges.map((e) => e.label)).toEqual(['2025: magnets 90% (+2022)']);
  });

  it('names fields as words', () => {
    expect(fieldTitle('headquarteredHere')).toBe('Headquartered here');
    expect(fieldTitle('inputTo')).toBe('Input to');
  });
});

describe('a disruption', () => {
  const china = entity('country:CN', 'COUNTRY');
  const magnets = entity('commodity:magnets');
  const ore = entity('commodity:ore');
  const us = entity('country:US', 'COUNTRY');
  const ford = entity('company:ford', 'COMPANY');
  const gm = entity('company:gm', 'COMPANY');
  const stopped = (producer: Entity, isStopped: boolean) => ({ before: { producer }, stopped: isStopped });

  it('draws who stops, the commodities hit with the supply lost, importers, and each route a column per step', () => {
    const scene = disruptionScene({
      stopped: [china],
      commodities: [
        { commodity: magnets, lostShare: 0.9, shares: [stopped(china, true), stopped(us, false)] },
        // China ranks below the shares listed: the one stopped entity is still its producer.
        { commodity: ore, lostShare: null, shares: [stopped(us, false)] },
      ],
      importers: [{ country: us, commodity: magnets }],
      downstream: [
        { entity: ford, path: { nodes: [magnets, ford] } },
        { entity: gm, path: { nodes: [magnets, ford, gm] } },
        // Met again further along another route: it stays in its nearest column.
        { entity: ford, path: { nodes: [ore, gm, ford] } },
      ],
    });
    const at = Object.fromEntries(scene.nodes.map((n) => [n.id, n.x / (CELL_W * 1.4)]));
    expect(at).toEqual({ 'country:CN': 0, 'commodity:magnets': 1, 'commodity:ore': 1, 'country:US': 2, 'company:ford': 2, 'company:gm': 2 });
    expect(scene.nodes.filter((n) => n.role === 'focus').map((n) => n.id)).toEqual(['country:CN']);
    expect(scene.edges.map((e) => [e.source, e.target, e.type, e.label])).toEqual([
      ['country:CN', 'commodity:magnets', 'PRODUCES', '90% of world supply lost'],
      ['country:CN', 'commodity:ore', 'PRODUCES', 'share unknown'],
      ['country:US', 'commodity:magnets', 'IMPORTS', 'loses a listed source'],
      ['commodity:magnets', 'company:ford', 'ROUTE', ''],
      ['company:ford', 'company:gm', 'ROUTE', ''],
      ['commodity:ore', 'company:gm', 'ROUTE', ''],
      ['company:gm', 'company:ford', 'ROUTE', ''],
    ]);
    // Nodes of a column stand apart, centred on the stopped one.
    const column1 = scene.nodes.filter((n) => at[n.id] === 1).map((n) => n.y);
    expect(column1).toEqual([-CELL_H / 2, CELL_H / 2]);
    expect(scene.legend.types).toEqual([
      { type: 'PRODUCES', count: 2 },
      { type: 'IMPORTS', count: 1 },
      { type: 'ROUTE', count: 4 },
    ]);
  });
});
