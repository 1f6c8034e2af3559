/**
 * The pure parts of import dependence and supply risk, without a database: how USGS figures are
 * read (numbers, bounds, E/W/NA, footnote marks), which salient columns are loaded, units and their
 * canonical form, the supply-risk score and order, and concentration's refusals.
 */
import { describe, expect, it } from 'vitest';
import { BadUserInputError } from '../../src/errors.js';
import { KIND_ENUM } from '../../src/model/kinds.js';
import { canonicalUnit, toCanonical } from '../../src/model/units.js';
import type { EntityRecord } from '../../src/modules/entity/entity.model.js';
import { concentrationOf } from '../../src/modules/research/concentration.js';
import { rankSupplyRisk, relianceValue, worldConcentration } from '../../src/modules/research/supplyRisk.js';
import { cleanCountryName, measureOf, readColumnMeta, readFigure } from '../../src/ingest/reference/usgsTrends.js';

// Both a record and a row as a statement returns it (with its labels), for the code that parses rows.
const entity = (id: string, label: EntityRecord['label'] = 'Country'): EntityRecord => ({ id, label, labels: ['Entity', label], kind: KIND_ENUM[label], name: id.split(':')[1]!, aliases: [], description: null });

describe('USGS figures as published', () => {
  it.each([
    ['100', { status: 'REPORTED', value: 100, bound: 'EXACT' }],
    ['1,270,000', { status: 'REPORTED', value: 1270000, bound: 'EXACT' }],
    ['>95', { status: 'REPORTED', value: 95, bound: 'MORE_THAN' }],
    ['<25', { status: 'REPORTED', value: 25, bound: 'LESS_THAN' }],
    ['<100,000', { status: 'REPORTED', value: 100000, bound: 'LESS_THAN' }],
    ['Less than 1/2 unit.', { status: 'REPORTED', value: 0.5, bound: 'LESS_THAN' }],
    ['Less than ½ unit.', { status: 'REPORTED', value: 0.5, bound: 'LESS_THAN' }],
    ['Less than 50,000\u00a0tons', { status: 'REPORTED', value: 50000, bound: 'LESS_THAN', unit: 'tons' }],
    ['E', { status: 'NET_EXPORTER', bound: 'EXACT' }],
    ['W', { status: 'WITHHELD', bound: 'EXACT' }],
    ['NA', { status: 'NOT_AVAILABLE', bound: 'EXACT' }],
    ['−88', { status: 'REPORTED', value: -88, bound: 'EXACT' }],
  ] as const)('%s', (cell, figure) => {
    expect(readFigure(cell)).toEqual(figure);
  });

  it('an empty cell is no figure; text is not one', () => {
    expect(readFigure('  ')).toBeUndefined();
    for (const text of ['Small', '50–300', 'lots', '1 2', '>>5', 'e']) expect(readFigure(text), text).toBeNull();
  });

  it('drops a footnote mark glued to a country name, and keeps names that end in a letter', () => {
    expect(cleanCountryName('China3 ')).toEqual({ name: 'China', footnote: '3' });
    expect(cleanCountryName(' Republic of Korea')).toEqual({ name: 'Republic of Korea' });
  });

  it('loads production, imports, exports and consumption columns, never prices or reliance', () => {
    expect(measureOf('USprod_Primary_kg')).toBe('PRODUCTION');
    expect(measureOf('Bauxite_Mine_kt')).toBe('PRODUCTION');
    expect(measureOf('HPQProduction_t')).toBe('PRODUCTION');
    expect(measureOf('Imports_GaAs_kg')).toBe('IMPORTS');
    expect(measureOf('Granite_Imports_mdol')).toBe('IMPORTS');
    expect(measureOf('CrystalExports, piezoelectric_t')).toBe('EXPORTS');
    expect(measureOf('Consump_Apparent_kt')).toBe('CONSUMPTION');
    expect(measureOf('Alumina_Apparent_kt')).toBe('CONSUMPTION');
    for (const column of ['Prod_Price_index', 'Price_dt', 'NIR_pct', 'Employment_num', 'Stocks_kt', 'Shipments_Gov_t']) expect(measureOf(column), column).toBeNull();
  });

  it('reads column definitions and units from FGDC metadata, in order', () => {
    const xml = `<eainfo><attr><attrlabl>Year</attrlabl><attrdef>Year.</attrdef></attr>
      <attr><attrlabl>Imports_kg</attrlabl><attrdef>Imports for consumption &amp; more.</attrdef><attrdomv><rdom><attrunit>kilograms</attrunit></rdom></attrdomv></attr></eainfo>`;
    expect(readColumnMeta(xml)).toEqual([
      { label: 'Year', definition: 'Year.', unit: null },
      { label: 'Imports_kg', definition: 'Imports for consumption & more.', unit: 'kilograms' },
    ]);
  });
});

describe('units', () => {
  it.each([
    ['metric tons', 1, 't'],
    ['thousand metric tons', 1000, 't'],
    ['thousand metric dry tons', 1000, 't (dry)'],
    ['million metric tons', 1e6, 't'],
    ['kilograms', 0.001, 't'],
    ['t REO', 1, 't (REO)'],
    ['thousand metric tons of K2O equivalent', 1000, 't (K2O equivalent)'],
    ['metric tons, gross weight', 1, 't (gross weight)'],
    ['thousand carats', 1000, 'carat'],
    ['Million carats', 1e6, 'carat'],
    ['million cubic meters', 1e6, 'm3'],
  ])('%s → ×%d %s', (stated, factor, unit) => {
    expect(canonicalUnit(stated)).toEqual({ factor, unit });
  });

  it('money, percentages, counts and unknown words have none', () => {
    for (const stated of ['million dollars', 'percent', 'dollars per metric ton', 'number', 'tons', '']) expect(canonicalUnit(stated), stated).toBeNull();
  });

  it('converts quantities: 180,000 kg is 180 t; 1.5 thousand carats is 1,500 carats', () => {
    expect(toCanonical(180000, 'kilograms')).toEqual({ quantity: 180, unit: 't' });
    expect(toCanonical(1.5, 'thousand carats')).toEqual({ quantity: 1500, unit: 'carat' });
    expect(toCanonical(null, 'kilograms')).toBeNull();
  });
});

describe('supply risk', () => {
  const share = (producer: string, value: number, stage: string, year: number, usgsType: string) => ({
    producer: entity(producer),
    properties: { share: value, stage, year, usgsType, sources: ['source:usgs-mcs2025-world-data'] },
  });

  it('a reliance figure ranks at its value; a bound at its bound; a net exporter at 0; W and NA not at all', () => {
    expect(relianceValue({ relianceStatus: 'REPORTED', reliance: 80, relianceBound: 'EXACT' })).toBe(80);
    expect(relianceValue({ relianceStatus: 'REPORTED', reliance: 95, relianceBound: 'MORE_THAN' })).toBe(95);
    expect(relianceValue({ relianceStatus: 'NET_EXPORTER' })).toBe(0);
    expect(relianceValue({ relianceStatus: 'WITHHELD' })).toBeNull();
  });

  it('weighs the most concentrated measure of the year, or of the nearest year with shares', () => {
    const shares = [
      share('country:CL', 0.3, 'mining', 2024, 'Mine production'), share('country:PE', 0.2, 'mining', 2024, 'Mine production'),
      share('country:CN', 0.45, 'refining', 2024, 'Refinery production'), share('country:CL', 0.1, 'refining', 2024, 'Refinery production'),
      share('country:CN', 0.9, 'refining', 2023, 'Refinery production'),
    ];
    const c = worldConcentration(shares, 2024)!;
    expect([c.stage, c.year, c.hhi, c.topProducer.id, c.producers]).toEqual(['refining', 2024, 45 ** 2 + 10 ** 2, 'country:CN', 2]);
    expect(worldConcentration(shares, 2022)!.year).toBe(2023);
    expect(worldConcentration([], 2024)).toBeNull();
  });

  it('scores reliance × HHI, orders by score, and puts what has no score last', () => {
    const item = (id: string, figure: Record<string, unknown>, topShare: number | null) => ({
      commodity: { id, labels: ['Entity', 'Commodity'], name: id.split('-').pop() },
      figures: [{ id: `country:US|IMPORTS|${id}`, year: 2024, ...figure }],
      shares: topShare === null ? [] : [share('country:CN', topShare, 'mining', 2024, 'Mine production')],
      sources: [],
    });
    const row = {
      country: { id: 'country:US', labels: ['Entity', 'Country'], name: 'United States' },
      years: [2024],
      year: 2024,
      items: [
        item('commodity:mineral-a', { relianceStatus: 'REPORTED', reliance: 50, relianceBound: 'EXACT' }, 1),
        item('commodity:mineral-b', { relianceStatus: 'REPORTED', reliance: 100, relianceBound: 'EXACT' }, 0.5),
        item('commodity:mineral-c', { relianceStatus: 'WITHHELD' }, 1),
        item('commodity:mineral-d', { relianceStatus: 'NET_EXPORTER' }, 1),
      ],
    };
    const ranked = rankSupplyRisk(row, 2024, { orderBy: 'SCORE', first: 10 });
    expect(ranked.items.map((i) => [i.commodity.id, i.score])).toEqual([
      ['commodity:mineral-a', 0.5],
      ['commodity:mineral-b', 0.25],
      ['commodity:mineral-d', 0],
      ['commodity:mineral-c', null],
    ]);
    expect(rankSupplyRisk(row, 2024, { orderBy: 'RELIANCE', first: 2 }).items.map((i) => i.commodity.id)).toEqual(['commodity:mineral-b', 'commodity:mineral-a']);
    expect(rankSupplyRisk({ ...row, items: [] }, 2024, { orderBy: 'SCORE', first: 10 }).reason).toMatch(/^No net import reliance figures for United States/);
  });
});

describe('concentration refuses what it has no shares for', () => {
  const gallium = entity('commodity:mineral-gallium', 'Commodity');
  const found = {
    commodity: { ...gallium, name: 'Gallium' },
    shares: [2023, 2024].map((year) => ({ producer: entity('country:CN'), properties: { share: 0.98, stage: 'refining', year, usgsType: 'Primary production' } })),
    worldTotals: [],
  };
  const ask = (over: Partial<{ stage: string; year: number; usgsType: string }>) =>
    concentrationOf(found, { stage: null, year: null, usgsType: null, topN: 3, threshold: 0.5, ...over }, 2026);

  it('names the stages, years and measures there are', () => {
    expect(() => ask({ stage: 'primary' })).toThrow(new BadUserInputError('"stage" "primary" is not a stage of Gallium\'s producer shares; stages with shares: refining.', 'stage'));
    expect(() => ask({ year: 2019 })).toThrow(/"year" 2019 has no producer shares of Gallium; years with shares: 2023, 2024\./);
    expect(() => ask({ usgsType: 'Mine production' })).toThrow(/measures: Primary production\./);
  });

  it('takes a stage in any case, and answers null with a reason when there are no shares at all', () => {
    expect(ask({ stage: 'REFINING', year: 2023 }).year).toBe(2023);
    const none = concentrationOf({ ...found, shares: [] }, { stage: null, year: null, usgsType: null, topN: 3, threshold: 0.5 }, 2026);
    expect([none.hhi, none.coverage, none.reason]).toEqual([null, null, 'No producer shares are recorded for Gallium.']);
  });
});
