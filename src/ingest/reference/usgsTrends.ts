/**
 * USGS Mineral Commodity Summaries 2025, "Mineral Industry Trends and Salient Statistics": what the
 * United States depends on, from whom, and how much of it it makes, imports and uses.
 *
 * - Net import reliance (the share of apparent consumption met by net imports), per commodity and
 *   form and per year 2020–2024, from the salient-statistics files and figure 2 (2024) and table 5
 *   (critical minerals, 2024): `(country:US)-[:IMPORTS {year, reliance, relianceBound,
 *   relianceStatus, published, …}]->(mineral)`. USGS's bounds (">95", "<25") stay bounds; E (net
 *   exporter), W (withheld) and NA (not available) are statuses, never numbers. Where the files
 *   agree on a year's figure it is one relationship citing every file and line; where they differ,
 *   each figure is its own relationship, side by side, and the load report says so.
 * - The major import sources 2020–23 in descending order of import share (figure 2; table 5's
 *   primary source where figure 2 has none): `(country:US)-[:IMPORTS_FROM {commodity, rank, …}]->
 *   (country)`. USGS gives the order, not the shares; so do we.
 * - The salient statistics (production, imports, exports, consumption) per column and year:
 *   `(country:US)-[:HAS_STATISTIC {measure, column, definition, quantity, unit, …}]->(mineral)`,
 *   each column's definition and unit read from the release's own metadata (`*_meta.xml`).
 *
 * Which series of the files is which mineral and form is the curated crosswalk
 * `crosswalk/usgs-trends-series.csv`; commodities the trends name that the world table lacks are
 * `crosswalk/usgs-trends-minerals.csv`. A row of the files that no series names is listed in the
 * load report (nothing is dropped silently); a cell that is not a figure, a country name that is
 * not a country, or a series naming a row that does not exist stops the load with file, line and
 * column.
 */
import type { EntityItem } from '../../model/records.js';
import { readCsv, readCsvRecords, slugify } from './files.js';
import type { Problems } from '../problems.js';
import type { ReferencePart, RelationshipInput } from './part.js';
import { USGS_TRENDS_SOURCE } from './sources.js';

export const TRENDS_DIR = 'usgs-mcs/trends';
export const FIG2_FILE = `${TRENDS_DIR}/MCS2025_Fig2_Net_Import_Reliance.csv`;
export const T5_FILE = `${TRENDS_DIR}/MCS2025_T5_Critical_Minerals_Salient.csv`;
export const SALIENT_DIR = `${TRENDS_DIR}/salient`;
export const SERIES_FILE = 'crosswalk/usgs-trends-series.csv';
export const TRENDS_MINERALS_FILE = 'crosswalk/usgs-trends-minerals.csv';

/** Every figure of these files is about the United States. */
export const IMPORTER_ID = 'country:US';
/** The years of the salient statistics; the latest is an estimate. */
const YEARS = [2020, 2021, 2022, 2023, 2024];
const ESTIMATED_YEAR = 2024;
/** The period figure 2 and table 5 rank import sources over. */
const SOURCES_PERIOD = '2020-2023';

/** USGS named one metadata file differently from its data file. */
const META_FILE_OF: Record<string, string> = { 'mcs2025-lithium_salient.csv': 'mcs2025-lithi_meta.xml' };
const metaFileOf = (salient: string) => META_FILE_OF[salient] ?? salient.replace(/_salient\.csv$/, '_meta.xml');

export type FigureBound = 'EXACT' | 'MORE_THAN' | 'LESS_THAN';
export type FigureStatus = 'REPORTED' | 'NET_EXPORTER' | 'WITHHELD' | 'NOT_AVAILABLE';

/** A cell read as USGS writes figures: a number, a bound, or a status; `unit` when the cell names its own. */
export interface Figure {
  status: FigureStatus;
  value?: number;
  bound: FigureBound;
  unit?: string;
}

const NUMBER = String.raw`[−-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const toNumber = (text: string) => Number(text.replace(/,/g, '').replace('−', '-'));

/**
 * A cell of the trends files as a figure; `undefined` for an empty cell, `null` for text that is
 * not a figure (the caller reports it with its file, line and column).
 */
export function readFigure(cell: string): Figure | undefined | null {
  const text = cell.replace(/\u00a0/g, ' ').trim();
  if (text === '') return undefined;
  if (text === 'E') return { status: 'NET_EXPORTER', bound: 'EXACT' };
  if (text === 'W') return { status: 'WITHHELD', bound: 'EXACT' };
  if (text === 'NA') return { status: 'NOT_AVAILABLE', bound: 'EXACT' };
  let match = new RegExp(`^${NUMBER}$`).exec(text);
  if (match) return { status: 'REPORTED', value: toNumber(text), bound: 'EXACT' };
  match = new RegExp(`^([<>])\\s*(${NUMBER})$`).exec(text);
  if (match) return { status: 'REPORTED', value: toNumber(match[2]!), bound: match[1] === '>' ? 'MORE_THAN' : 'LESS_THAN' };
  // "Less than 1/2 unit." (or ½): USGS's way of writing a figure that rounds to zero.
  if (/^less than (?:1\/2|½) unit\.?$/i.test(text)) return { status: 'REPORTED', value: 0.5, bound: 'LESS_THAN' };
  match = new RegExp(`^less than (${NUMBER}) (metric tons|tons)\\.?$`, 'i').exec(text);
  if (match) return { status: 'REPORTED', value: toNumber(match[1]!), bound: 'LESS_THAN', unit: match[2]! };
  return null;
}

/** A country name as the trends files write it: footnote digits ("China3") and stray spaces dropped. */
export function cleanCountryName(name: string): { name: string; footnote?: string } {
  const text = name.replace(/\u00a0/g, ' ').trim();
  const match = /^(.*?\D)(\d+)$/.exec(text);
  return match ? { name: match[1]!.trim(), footnote: match[2]! } : { name: text };
}

/** A column's definition and unit from an FGDC metadata file (`<attr>` entries in order). */
interface ColumnMeta {
  label: string;
  definition: string | null;
  unit: string | null;
}

const xmlText = (text: string) =>
  text
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

export function readColumnMeta(xml: string): ColumnMeta[] {
  const columns: ColumnMeta[] = [];
  for (const [, body] of xml.matchAll(/<attr>([\s\S]*?)<\/attr>/g)) {
    const label = /<attrlabl>([\s\S]*?)<\/attrlabl>/.exec(body!)?.[1];
    if (!label) continue;
    const definition = /<attrdef>([\s\S]*?)<\/attrdef>/.exec(body!)?.[1];
    const unit = /<attrunit>([\s\S]*?)<\/attrunit>/.exec(body!)?.[1];
    columns.push({ label: xmlText(label), definition: definition ? xmlText(definition) : null, unit: unit ? xmlText(unit) : null });
  }
  return columns;
}

/** Units by the suffix USGS gives its column names, where the metadata names none. */
const UNIT_SUFFIXES: Record<string, string> = {
  t: 'metric tons', kt: 'thousand metric tons', mmt: 'million metric tons', kg: 'kilograms', g: 'grams',
  mct: 'million carats', mcm: 'million cubic meters', mdol: 'million dollars', pct: 'percent',
};

type Measure = 'PRODUCTION' | 'IMPORTS' | 'EXPORTS' | 'CONSUMPTION';
/**
 * Which salient columns are loaded, by their name: production, imports, exports and consumption.
 * Prices, employment, stocks, shipments and sales are not (the report counts them).
 */
const MEASURES: [RegExp, Measure][] = [
  [/(?:^|_|HPQ|Crystal)(?:USprod|Usprod|Prod|Production)(?:_|$)|^Bauxite_Mine_|^Alumina_Refinery_/i, 'PRODUCTION'],
  [/(?:^|_|HPQ|Crystal)Imports(?:_|,|$)/, 'IMPORTS'],
  [/(?:^|_|HPQ|Crystal)Exports(?:_|,|$)/, 'EXPORTS'],
  [/(?:^|_)(?:Consump|Consumption)(?:_|$)|^Alumina_Apparent_/, 'CONSUMPTION'],
];
export function measureOf(column: string): Measure | null {
  if (/Price|NIR/i.test(column)) return null;
  return MEASURES.find(([pattern]) => pattern.test(column))?.[1] ?? null;
}

interface Series {
  line: number;
  series: string;
  mineral: string;
  form: string;
  fig2: string;
  salient: string;
  nirColumn: string;
  t5: string;
  note: string;
}

/** One year's reliance figure of a series, as one file gives it. */
interface RelianceFigure {
  figure: Figure;
  published: string;
  citation: string;
  usgsCommodity: string;
}

export interface TrendsInput {
  /** The mineral ids the world table made (src/ingest/reference/usgs.ts). */
  mineralIds: ReadonlySet<string>;
  /** A country's id from a name as USGS writes it, or undefined. */
  countryIdByName: (name: string) => string | undefined;
}

export function readUsgsTrends(files: Map<string, Buffer>, problems: Problems, { mineralIds, countryIdByName }: TrendsInput): ReferencePart {
  const part: ReferencePart = { entities: [], relationships: [], report: [] };

  // ── The commodities the trends name that the world table lacks ─────────────────────────────
  const minerals = new Set(mineralIds);
  const newMinerals = files.get(TRENDS_MINERALS_FILE);
  for (const { line, cells } of (newMinerals && readCsv(TRENDS_MINERALS_FILE, newMinerals, ['mineral', 'name', 'note'], problems)) || []) {
    const { mineral, name, note } = cells as { mineral: string; name: string; note: string };
    if (!/^commodity:mineral-[a-z0-9-]+$/.test(mineral)) { problems.add(TRENDS_MINERALS_FILE, line, `"${mineral}" is not a mineral id (commodity:mineral-<slug>)`, 'mineral'); continue; }
    if (minerals.has(mineral)) { problems.add(TRENDS_MINERALS_FILE, line, `${mineral} exists already (the world table or an earlier line makes it)`, 'mineral'); continue; }
    minerals.add(mineral);
    part.entities.push({
      kind: 'Commodity',
      id: mineral,
      name: name.trim(),
      description: `${name.trim()}: a USGS Mineral Commodity Summaries 2025 commodity. ${note.trim()}`,
      sources: [USGS_TRENDS_SOURCE],
    } satisfies EntityItem);
  }

  // ── The series crosswalk ────────────────────────────────────────────────────────────────────
  const seriesBytes = files.get(SERIES_FILE);
  const series: Series[] = [];
  const seriesIds = new Set<string>();
  for (const { line, cells } of (seriesBytes && readCsv(SERIES_FILE, seriesBytes, ['series', 'mineral', 'form', 'fig2', 'salient', 'nir_column', 't5', 'note'], problems)) || []) {
    const s: Series = { line, series: cells.series!, mineral: cells.mineral!, form: cells.form!.trim(), fig2: cells.fig2!.trim(), salient: cells.salient!.trim(), nirColumn: cells.nir_column!.trim(), t5: cells.t5!.trim(), note: cells.note!.trim() };
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(s.series)) { problems.add(SERIES_FILE, line, `series "${s.series}" is not a lowercase slug`, 'series'); continue; }
    if (seriesIds.has(s.series)) { problems.add(SERIES_FILE, line, `duplicate series "${s.series}"`, 'series'); continue; }
    if (!minerals.has(s.mineral)) { problems.add(SERIES_FILE, line, `"${s.mineral}" is not a USGS mineral (of the world table or ${TRENDS_MINERALS_FILE})`, 'mineral'); continue; }
    if (!s.fig2 && !s.salient && !s.t5) { problems.add(SERIES_FILE, line, 'names no row of figure 2, table 5 or a salient file'); continue; }
    if (!!s.salient !== !!s.nirColumn) { problems.add(SERIES_FILE, line, 'salient and nir_column go together', s.salient ? 'nir_column' : 'salient'); continue; }
    seriesIds.add(s.series);
    series.push(s);
  }
  const claimed = (key: 'fig2' | 't5', label: string) => series.filter((s) => s[key] === label);

  /** Reliance figures per series and year, from every file that gives one. */
  const reliance = new Map<string, Map<number, RelianceFigure[]>>();
  const addReliance = (s: Series, year: number, figure: RelianceFigure) => {
    const byYear = reliance.get(s.series) ?? reliance.set(s.series, new Map()).get(s.series)!;
    (byYear.get(year) ?? byYear.set(year, []).get(year)!).push(figure);
  };
  const unmapped: string[] = [];
  /** Import sources per series: [country id, citation, note], in rank order. */
  const sources = new Map<string, { ids: string[]; citation: string; note: string; usgsCommodity: string }>();

  /** A country name of these files as an id; a name that is no country is a problem. */
  const country = (raw: string, file: string, line: number, column: string): string | undefined => {
    const { name, footnote } = cleanCountryName(raw);
    const id = countryIdByName(name);
    if (!id) problems.add(file, line, `"${name}" is not a country name the graph knows (add it as an alias of its country)`, column);
    else if (footnote) part.report.push(`USGS trends: "${raw.trim()}" (${file}:${line}) is read as ${name} (${id}): the trailing ${footnote} is a footnote mark.`);
    return id;
  };

  // ── Figure 2: reliance 2024 and the ordered import sources 2020–23 ──────────────────────────
  const fig2 = files.get(FIG2_FILE);
  for (const { line, cells } of (fig2 && readCsv(FIG2_FILE, fig2, ['Import_Share_Order', 'Commodity', 'Net_Import_Reliance_pct_2024', 'Major_Import_Sources_2020_2023', 'Notes'], problems)) || []) {
    const label = cells.Commodity!.trim();
    const owners = claimed('fig2', label);
    if (owners.length === 0) { unmapped.push(`${FIG2_FILE}:${line} "${label}": no series of ${SERIES_FILE} names it`); continue; }
    const published = cells.Net_Import_Reliance_pct_2024!.trim();
    const figure = readFigure(published);
    if (!figure) { problems.add(FIG2_FILE, line, `"${published}" is not a net import reliance (a number, >n, <n, E, W or NA)`, 'Net_Import_Reliance_pct_2024'); continue; }
    const ids: string[] = [];
    for (const name of cells.Major_Import_Sources_2020_2023!.split(',').filter((n) => n.trim() !== '')) {
      const id = country(name, FIG2_FILE, line, 'Major_Import_Sources_2020_2023');
      if (id && !ids.includes(id)) ids.push(id);
    }
    for (const s of owners) {
      addReliance(s, ESTIMATED_YEAR, { figure, published, citation: `${FIG2_FILE}:${line}`, usgsCommodity: label });
      sources.set(s.series, { ids, citation: `${FIG2_FILE}:${line}`, note: cells.Notes!.trim(), usgsCommodity: label });
    }
  }

  // ── Table 5: critical minerals, reliance 2024 and the primary import source ─────────────────
  const t5 = files.get(T5_FILE);
  for (const { line, cells } of (t5 && readCsv(T5_FILE, t5, ['Critical_mineral', 'Net_Import_Reliance', 'Primary_import_source', 'Import_source_notes'], problems)) || []) {
    const label = cells.Critical_mineral!.trim();
    const owners = claimed('t5', label);
    if (owners.length === 0) { unmapped.push(`${T5_FILE}:${line} "${label}": no series of ${SERIES_FILE} names it`); continue; }
    const published = cells.Net_Import_Reliance!.trim();
    const figure = readFigure(published);
    if (!figure) { problems.add(T5_FILE, line, `"${published}" is not a net import reliance`, 'Net_Import_Reliance'); continue; }
    const primary = country(cells.Primary_import_source!, T5_FILE, line, 'Primary_import_source');
    for (const s of owners) {
      addReliance(s, ESTIMATED_YEAR, { figure, published, citation: `${T5_FILE}:${line}`, usgsCommodity: label });
      const listed = sources.get(s.series);
      if (!primary) continue;
      if (!listed) sources.set(s.series, { ids: [primary], citation: `${T5_FILE}:${line}`, note: cells.Import_source_notes!.trim(), usgsCommodity: label });
      else if (listed.ids[0] !== primary) {
        part.report.push(`USGS trends: ${T5_FILE}:${line} names ${primary} the primary import source of ${label}; ${listed.citation} ranks ${listed.ids[0] ?? 'nobody'} first. Figure 2's order is loaded.`);
      }
    }
  }

  // ── Salient statistics: reliance per year, and production, imports, exports, consumption ───
  const salientFiles = [...files.keys()].filter((f) => f.startsWith(`${SALIENT_DIR}/`) && f.endsWith('_salient.csv')).sort();
  const notLoaded = new Map<string, number>();
  let emptyCells = 0;
  let withoutMeta = 0;
  for (const file of salientFiles) {
    const name = file.slice(SALIENT_DIR.length + 1);
    const owners = series.filter((s) => s.salient === name);
    const records = readCsvRecords(file, files.get(file)!, problems);
    if (!records) continue;
    const header = records.header.map((h) => h.trim());
    const metaName = `${SALIENT_DIR}/${metaFileOf(name)}`;
    const metaBytes = files.get(metaName);
    if (!metaBytes) { problems.add(metaName, undefined, `missing: the metadata of ${file} (its columns' definitions and units)`); continue; }
    if (META_FILE_OF[name]) part.report.push(`USGS trends: ${file}'s metadata is ${metaName} (USGS named the two files differently).`);
    const meta = readColumnMeta(metaBytes.toString('utf8'));
    const yearColumn = header.indexOf('Year');
    if (yearColumn < 0) { problems.add(file, 1, 'missing column "Year"'); continue; }
    if (owners.length === 0) { unmapped.push(`${file}: no series of ${SERIES_FILE} names this file`); continue; }
    for (const s of owners) if (!header.includes(s.nirColumn)) problems.add(SERIES_FILE, s.line, `${file} has no column "${s.nirColumn}"`, 'nir_column');
    // Columns by position: some files repeat a column name; the n-th such column is the metadata's
    // n-th entry, and its key says which one it is.
    const total = new Map<string, number>();
    for (const label of header) total.set(label, (total.get(label) ?? 0) + 1);
    const seen = new Map<string, number>();
    const columns = header.map((label, j) => {
      const nth = seen.get(label) ?? 0;
      seen.set(label, nth + 1);
      const owner = owners.find((o) => o.nirColumn === label);
      const measure = owner ? null : measureOf(label);
      return { label, j, owner, measure, key: total.get(label)! > 1 ? `${label}-${nth + 1}` : label, meta: meta.filter((m) => m.label === label)[nth] };
    });
    for (const c of columns) {
      if (c.j <= yearColumn || c.label === '' || c.owner) continue;
      if (/NIR/.test(c.label)) unmapped.push(`${file} column ${c.label}: a net import reliance no series of ${SERIES_FILE} names`);
      else if (!c.measure) notLoaded.set(c.label.split('_')[0]!, (notLoaded.get(c.label.split('_')[0]!) ?? 0) + 1);
    }
    for (const row of records.rows) {
      if (row.values.every((v) => v.trim() === '')) continue;
      const yearText = row.values[yearColumn]!.trim();
      const year = Number(yearText);
      if (!YEARS.includes(year)) { problems.add(file, row.line, `"${yearText}" is not a year of the release (${YEARS[0]}–${YEARS.at(-1)})`, 'Year'); continue; }
      for (const { label, j, owner, measure, key, meta: m } of columns) {
        if (!owner && !measure) continue;
        const cell = (row.values[j] ?? '').trim();
        const figure = readFigure(cell);
        if (figure === undefined) { emptyCells++; continue; }
        if (owner) {
          if (figure === null || (figure.value !== undefined && !(figure.value >= 0 && figure.value <= 100))) {
            problems.add(file, row.line, `"${cell}" is not a net import reliance (a percentage, >n, <n, E, W or NA)`, label);
            continue;
          }
          // The form as the metadata words it ("Compounds and metals"), where figure 2 and table 5 give no label.
          const wording = m?.definition?.replace(/^.*?net import reliance as a percentage of [a-z ]*consumption[^:.]*[:.]?\s*/i, '').split('.')[0]?.trim();
          addReliance(owner, year, { figure, published: cell, citation: `${file}:${row.line} (${label})`, usgsCommodity: wording || label });
          continue;
        }
        if (figure === null || figure.status === 'NET_EXPORTER') {
          problems.add(file, row.line, `"${cell}" is not a quantity (a number, >n, <n, W or NA)`, label);
          continue;
        }
        if (figure.value !== undefined && figure.value < 0) {
          part.report.push(`USGS trends: ${file}:${row.line}, column ${label}: "${cell}" is negative and not loaded (a quantity cannot be negative).`);
          continue;
        }
        const unit = figure.unit ?? m?.unit ?? UNIT_SUFFIXES[label.split('_').at(-1)!];
        if (!unit) { problems.add(file, row.line, `no unit for column ${label}: neither the metadata nor the column name gives one`, label); continue; }
        if (!m) withoutMeta++;
        // A column of a file that reports two minerals (feldspar and nepheline syenite) belongs to the series whose name it carries.
        const target = new Set(owners.map((o) => o.mineral)).size === 1
          ? owners[0]!
          : owners.find((o) => label.includes(o.nirColumn.replace(/^NIR_|_(?:pct|t|ct)$/g, ''))) ?? owners[0]!;
        part.relationships.push({
          type: 'HAS_STATISTIC',
          from: IMPORTER_ID,
          to: target.mineral,
          key: `mcs2025-${slugify(name.replace(/_salient\.csv$/, ''))}-${slugify(key)}-${year}`,
          year,
          measure: measure!,
          column: label,
          ...(m?.definition ? { definition: m.definition } : {}),
          ...(figure.value !== undefined ? { quantity: figure.value } : {}),
          unit,
          ...(figure.bound !== 'EXACT' ? { qualifier: figure.bound === 'MORE_THAN' ? '>' : '<' } : {}),
          status: figure.status,
          estimate: year === ESTIMATED_YEAR,
          citation: `${file}:${row.line} (${label})`,
          sources: [USGS_TRENDS_SOURCE],
        } satisfies RelationshipInput);
      }
    }
  }

  // ── Every series' rows must exist ───────────────────────────────────────────────────────────
  for (const s of series) {
    if (s.fig2 && !reliance.get(s.series)?.get(ESTIMATED_YEAR)?.some((f) => f.citation.startsWith(FIG2_FILE))) problems.add(SERIES_FILE, s.line, `figure 2 has no row "${s.fig2}"`, 'fig2');
    if (s.t5 && !reliance.get(s.series)?.get(ESTIMATED_YEAR)?.some((f) => f.citation.startsWith(T5_FILE))) problems.add(SERIES_FILE, s.line, `table 5 has no row "${s.t5}"`, 't5');
    if (s.salient && !salientFiles.includes(`${SALIENT_DIR}/${s.salient}`)) problems.add(SERIES_FILE, s.line, `no salient file ${s.salient} (listed in SHA256SUMS)`, 'salient');
  }

  // ── IMPORTS: one per series and year; files that disagree give one each, side by side ───────
  let disagreements = 0;
  for (const s of series) {
    for (const [year, figures] of [...(reliance.get(s.series) ?? new Map<number, RelianceFigure[]>())].sort(([a], [b]) => a - b)) {
      const byText = new Map<string, RelianceFigure[]>();
      for (const f of figures) (byText.get(f.published) ?? byText.set(f.published, []).get(f.published)!).push(f);
      const groups = [...byText.values()];
      if (groups.length > 1) {
        disagreements++;
        part.report.push(`USGS trends: ${s.series} ${year}: the files give different net import reliance figures, loaded side by side: ${groups.map((g) => `${g[0]!.published} (${g.map((f) => f.citation).join('; ')})`).join(' and ')}.`);
      }
      for (const group of groups) {
        const { figure, published } = group[0]!;
        // The label as figure 2 (or table 5) prints it, else the salient metadata's wording.
        const usgsCommodity = (group.find((f) => f.citation.startsWith(FIG2_FILE)) ?? group.find((f) => f.citation.startsWith(T5_FILE)) ?? group[0]!).usgsCommodity;
        part.relationships.push({
          type: 'IMPORTS',
          from: IMPORTER_ID,
          to: s.mineral,
          key: `mcs2025-${s.series}-${year}${groups.length > 1 ? `-${slugify(group[0]!.citation.split('/').at(-1)!.split(':')[0]!.replace(/\.csv$/, ''))}` : ''}`,
          year,
          ...(figure.value !== undefined ? { reliance: figure.value } : {}),
          relianceBound: figure.bound,
          relianceStatus: figure.status,
          published,
          ...(s.form ? { form: s.form } : {}),
          usgsCommodity,
          estimate: year === ESTIMATED_YEAR,
          citation: group.map((f) => f.citation).join('; '),
          ...(s.note ? { note: s.note } : {}),
          sources: [USGS_TRENDS_SOURCE],
        } satisfies RelationshipInput);
      }
    }
    const listed = sources.get(s.series);
    listed?.ids.forEach((id, i) => {
      if (id === IMPORTER_ID) return;
      part.relationships.push({
        type: 'IMPORTS_FROM',
        from: IMPORTER_ID,
        to: id,
        key: `mcs2025-${s.series}`,
        commodity: s.mineral,
        ...(s.form ? { form: s.form } : {}),
        usgsCommodity: listed.usgsCommodity,
        rank: i + 1,
        period: SOURCES_PERIOD,
        citation: listed.citation,
        ...(listed.note ? { note: listed.note } : {}),
        sources: [USGS_TRENDS_SOURCE],
      } satisfies RelationshipInput);
    });
  }

  const count = (type: string) => part.relationships.filter((r) => r.type === type).length;
  part.report.push(
    `USGS trends: loaded ${count('IMPORTS')} net import reliance figures (${series.length} series, ${YEARS[0]}–${YEARS.at(-1)}), ${count('IMPORTS_FROM')} ranked import sources and ${count('HAS_STATISTIC')} salient statistics; ${part.entities.length} commodities the world table lacks; files disagreeing on ${disagreements} figure(s); ${emptyCells} empty cells; ${withoutMeta} statistics whose column has no metadata entry (unit from the column name). Not loaded: ${[...notLoaded].sort().map(([k, n]) => `${k} (${n} column${n === 1 ? '' : 's'})`).join(', ')}.`,
    ...unmapped.map((u) => `USGS trends: not mapped: ${u}.`),
  );
  return part;
}
