/**
 * disruption's rules (src/model/disruption.ts) as pure functions over hand-made rows: the measure
 * chosen, the supply lost, the renormalised shares, HHI before and after, unknown shares, the
 * importers' ranked sources and the input lost along a route. docs/API.md prints the rule table.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { disruptionTableMarkdown } from '../../src/model/disruption.js';
import type { EntityRecord } from '../../src/modules/entity/entity.model.js';
import { disruptCommodity, disruptImporters, inputLostAlong, pickMeasure } from '../../src/modules/research/disruption.js';
import type { PathRecord } from '../../src/modules/research/research.repository.js';
import { toRelationship } from '../../src/modules/relationship/relationship.model.js';

// Both a record and a row as a statement returns it (with its labels), for the code that parses rows.
const kindOf = (id: string) => (id.startsWith('country:') ? 'Country' : id.startsWith('company:') ? 'Company' : 'Commodity');
const entity = (id: string, name = id): EntityRecord => ({ id, name, label: kindOf(id), labels: ['Entity', kindOf(id)], kind: id.startsWith('country:') ? 'COUNTRY' : id.startsWith('company:') ? 'COMPANY' : 'COMMODITY', sourceIds: [] }) as unknown as EntityRecord;
const share = (producer: string, value: number, year = 2024, more: Record<string, unknown> = {}) => ({
  producer: entity(producer),
  properties: { id: `${producer}|PRODUCES|x|${year}`, share: value, year, stage: 'refining', usgsType: null, sources: [`source:${producer}`], ...more },
});

const gallium = entity('commodity:gallium', 'Gallium');
const hit = (lines: string[], shares: ReturnType<typeof share>[], extra: Partial<{ suppliers: string[]; worldTotals: Record<string, unknown>[] }> = {}) => ({
  commodity: gallium,
  lines: lines.map((supplier) => ({ supplier, type: 'PRODUCES', properties: {} })),
  shares,
  suppliers: extra.suppliers ?? shares.map((s) => s.producer.id),
  worldTotals: extra.worldTotals ?? [],
  importers: [],
});
const byId = (ids: string[]) => new Map(ids.map((id) => [id, entity(id)]));

describe('the rule table', () => {
  it('docs/API.md prints it exactly (paste disruptionTableMarkdown() between its markers)', () => {
    const doc = readFileSync(new URL('../../docs/API.md', import.meta.url), 'utf8');
    expect(/<!-- disruption rules -->\n([\s\S]*?)\n<!-- \/disruption rules -->/.exec(doc)?.[1]?.trim()).toBe(disruptionTableMarkdown());
  });
});

describe('pickMeasure', () => {
  it('takes the latest year up to the scenario year, then the measure with the most producers', () => {
    const shares = [share('country:CN', 0.9, 2023), share('country:CN', 0.98, 2024), share('country:JP', 0.01, 2024), share('country:CN', 0.5, 2030)];
    expect(pickMeasure(shares, 2025)).toEqual({ stage: 'refining', year: 2024, usgsType: null });
    expect(pickMeasure(shares, 2023)).toEqual({ stage: 'refining', year: 2023, usgsType: null });
    // Only later years: the earliest of them.
    expect(pickMeasure(shares, 2000)).toEqual({ stage: 'refining', year: 2023, usgsType: null });
    expect(pickMeasure([], 2025)).toBeNull();
  });
});

describe('disruptCommodity', () => {
  const shares = [share('country:CN', 0.98), share('country:JP', 0.01), share('country:RU', 0.01)];

  it('China halved: half of its share lost, the rest renormalised, HHI before and after', () => {
    const c = disruptCommodity(hit(['country:CN'], shares, { worldTotals: [{ year: 2024, stage: 'refining', usgsType: null, quantity: 760, unit: 'metric tons', sources: ['source:world'] }] }), 0.5, 2025, byId(['country:CN']));
    expect(c.lostShare).toBe(0.49);
    expect(c.lostQuantity).toBe(372.4);
    expect(c.lostCanonicalQuantity).toBe(372.4);
    expect(c.canonicalUnit).toBe('t');
    const after = Object.fromEntries(c.shares.map((s) => [s.before.producer.id, s.after]));
    expect(after['country:CN']).toBeCloseTo(0.49 / 0.51, 6);
    expect(after['country:JP']).toBeCloseTo(0.01 / 0.51, 6);
    expect(c.shares.reduce((sum, s) => sum + s.after, 0)).toBeCloseTo(1, 5);
    expect(c.hhiBefore).toBeCloseTo(9604 + 1 + 1, 6);
    expect(c.hhiAfter).toBeCloseTo((49 / 0.51) ** 2 + 2 * (1 / 0.51) ** 2, 3);
    expect(c.alternatives).toBe(2);
    expect(c.alternativeIds).toEqual(['country:JP', 'country:RU']);
    expect(c.missingShares).toBe(false);
    expect(c.sourceIds).toEqual(['source:country:CN', 'source:country:JP', 'source:country:RU', 'source:world']);
  });

  it('a full stop leaves the stopped producer at 0', () => {
    const c = disruptCommodity(hit(['country:CN'], shares), 1, 2025, byId(['country:CN']));
    expect(c.lostShare).toBe(0.98);
    expect(c.shares.find((s) => s.stopped)?.after).toBe(0);
    expect(c.hhiAfter).toBeCloseTo(5000, 3);
    expect(c.lostQuantity).toBeNull();
  });

  it('a stopped supplier without a share: the loss is unknown, never guessed', () => {
    const c = disruptCommodity(hit(['company:maker'], shares, { suppliers: ['company:maker', 'company:other', 'country:CN'] }), 1, 2025, byId(['company:maker']));
    expect(c.missingShares).toBe(true);
    expect(c.lostShare).toBeNull();
    expect(c.hhiAfter).toBeNull();
    expect(c.hhiBefore).toBeCloseTo(9606, 6);
    expect(c.alternatives).toBe(2);
    // Producers with a share first (China's), then suppliers without one.
    expect(c.alternativeIds).toEqual(['country:CN', 'company:other']);
    expect(c.stoppedSuppliers.map((e) => e.id)).toEqual(['company:maker']);
  });
});

describe('disruptImporters', () => {
  it('keeps the stated rank order, marks the stopped sources and picks the latest reliance up to the year', () => {
    const us = entity('country:US', 'United States');
    const source = (id: string, rank: number) => ({ country: entity(id), properties: { id: `country:US|IMPORTS_FROM|${id}|gallium`, commodity: 'commodity:gallium', rank, sources: ['source:usgs'] } });
    const row = {
      ...hit(['country:CN'], []),
      importers: [
        {
          country: us,
          sources: [source('country:JP', 2), source('country:CN', 1), source('country:DE', 3)],
          reliance: [
            { id: 'a', year: 2023, reliance: 100, relianceStatus: 'REPORTED', sources: [] },
            { id: 'b', year: 2024, reliance: 100, relianceStatus: 'REPORTED', sources: [] },
            { id: 'c', year: 2030, reliance: 50, relianceStatus: 'REPORTED', sources: [] },
          ],
        },
      ],
    };
    const [importer] = disruptImporters(row, 2025, 7);
    expect(importer!.importSources.map((r) => r.to.id)).toEqual(['country:CN', 'country:JP', 'country:DE']);
    expect(importer!.stoppedSources.map((r) => r.to.id)).toEqual(['country:CN']);
    expect(importer!.topSourceStopped).toBe(true);
    expect(importer!.sourcesLeft).toBe(2);
    expect(importer!.producersLeft).toBe(7);
    expect(importer!.reliance?.id).toBe('b');
  });
});

describe('inputLostAlong', () => {
  const step = (type: 'INPUT_TO' | 'USES', shareValue?: number) => ({
    from: entity('commodity:a'),
    to: entity('commodity:b'),
    relationships: [toRelationship(type, { id: `r-${type}`, ...(shareValue === undefined ? {} : { share: shareValue }) }, entity('commodity:a'), entity('commodity:b'))],
  });
  const path = (steps: ReturnType<typeof step>[]): PathRecord => ({ length: steps.length, nodes: [], steps, sourceIds: [] });

  it('multiplies the lost share by the INPUT_TO shares; a step without one counts as 1 and as missing', () => {
    expect(inputLostAlong(path([step('INPUT_TO', 0.5), step('USES')]), 0.4, 1)).toEqual({ inputLost: 0.2, missingShares: 0 });
    expect(inputLostAlong(path([step('INPUT_TO'), step('USES')]), 0.4, 1)).toEqual({ inputLost: 0.4, missingShares: 1 });
    // An unknown lost share counts as cut.
    expect(inputLostAlong(path([step('USES')]), null, 0.5)).toEqual({ inputLost: 0.5, missingShares: 1 });
  });
});
