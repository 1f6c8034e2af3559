/**
 * USGS Mineral Commodity Summaries 2025, world production: a Commodity per USGS mineral
 * (`commodity:mineral-lithium`) and a `PRODUCES` per country, measure, stage and year with the
 * quantity, unit, estimate flag and share of the world total; the world total itself is
 * `region:world`'s PRODUCES. Capacity and reserves rows become HAS_CAPACITY and HAS_RESERVES. Rows come from the derived tidy file, each checked against the cell
 * of the USGS original it came from; the original's known errors are corrected or skipped here and
 * listed in the load report, never loaded silently.
 */
import { WORLD_ID } from '../../model/kinds.js';
import type { EntityItem } from '../../model/records.js';
import { readCsv, slugify, type CsvRow } from './files.js';
import type { Problems } from '../problems.js';
import type { ReferencePart, RelationshipInput } from './part.js';
import { USGS_SOURCE } from './sources.js';

export const USGS_ORIGINAL_FILE = 'usgs-mcs/MCS2025_World_Data.csv';
export const USGS_TIDY_FILE = 'usgs-mcs/mcs2025_world_tidy.csv';

/** Misspelled commodity names in the USGS file and what they are. */
export const USGS_NAME_FIXES: Record<string, string> = { Gemanium: 'Germanium' };
export const mineralId = (name: string) => `commodity:mineral-${slugify(name)}`;

/** A world total below this fraction of the listed countries' sum contradicts them (kaolin 2024). */
const CONTRADICTION = 1 / 1.5;

const ORIGINAL_COLUMNS = ['SOURCE', 'COMMODITY', 'COUNTRY', 'TYPE', 'UNIT_MEAS', 'PROD_2023', 'PROD_EST_ 2024', 'CAP_2023', 'CAP_EST_ 2024', 'RESERVES_2024'] as const;
const TIDY_COLUMNS = [
  'source', 'src_line', 'src_column', 'commodity', 'type', 'group_commodity', 'group_type', 'country', 'country_base', 'country_qualifier',
  'iso2', 'iso3', 'is_aggregate', 'stage', 'measure', 'year', 'estimated', 'value', 'value_qualifier', 'unit', 'world_total', 'share_of_world', 'note',
] as const;

const STAGE_WORDS: Record<string, string> = {
  mining: 'mining (mine production of ore and concentrate)',
  refining: 'refining (refinery, smelter and plant production)',
  other: 'other production',
};

/** A number as USGS writes it: "1,270,000", ">90000000" (the qualifier is read separately). */
const toNumber = (text: string) => Number(text.replace(/^>/, '').replace(/,/g, ''));

export function readUsgs(files: Map<string, Buffer>, problems: Problems, countryIds: ReadonlySet<string>): ReferencePart {
  const part: ReferencePart = { entities: [], relationships: [], report: [] };
  const originalBytes = files.get(USGS_ORIGINAL_FILE);
  const tidyBytes = files.get(USGS_TIDY_FILE);
  if (!originalBytes || !tidyBytes) return part;
  const original = readCsv(USGS_ORIGINAL_FILE, originalBytes, ORIGINAL_COLUMNS, problems);
  const tidy = readCsv(USGS_TIDY_FILE, tidyBytes, TIDY_COLUMNS, problems);
  if (!original || !tidy) return part;
  const originalByLine = new Map(original.map((row) => [row.line, row]));

  // ── Every tidy row must say what its original cell says ─────────────────────────────────────
  const rows: CsvRow[] = [];
  for (const row of tidy) {
    const c = row.cells;
    const bad = (message: string) => problems.add(USGS_TIDY_FILE, row.line, message);
    const source = originalByLine.get(Number(c.src_line));
    if (!source) { bad(`src_line ${c.src_line} is not a data line of ${USGS_ORIGINAL_FILE}`); continue; }
    if (!(ORIGINAL_COLUMNS as readonly string[]).includes(c.src_column!)) { bad(`src_column "${c.src_column}" is not a value column`); continue; }
    const cell = source.cells[c.src_column!]!.trim();
    if (c.value !== '' && (cell === '' || toNumber(cell) !== Number(c.value))) {
      bad(`value ${c.value} differs from ${USGS_ORIGINAL_FILE} line ${source.line}, ${c.src_column} = "${cell}"`);
      continue;
    }
    if (source.cells.COMMODITY!.trim() !== c.commodity) { bad(`commodity "${c.commodity}" differs from the original's "${source.cells.COMMODITY!.trim()}"`); continue; }
    if (!['production', 'capacity', 'reserves'].includes(c.measure!)) { bad(`unknown measure "${c.measure}"`); continue; }
    if (c.measure !== 'reserves' && !['mining', 'refining', 'other'].includes(c.stage!)) { bad(`unknown stage "${c.stage}"`); continue; }
    if (!['2023', '2024'].includes(c.year!)) { bad(`year "${c.year}" is not 2023 or 2024`); continue; }
    if (c.value !== '' && !(Number(c.value) >= 0)) { bad(`value "${c.value}" is not a non-negative number`); continue; }
    if (c.iso2 !== '' && !countryIds.has(`country:${c.iso2}`)) { bad(`iso2 "${c.iso2}" is not an ISO 3166-1 country`); continue; }
    if (c.share_of_world !== '') {
      const share = Number(c.share_of_world);
      const exact = Number(c.value) / Number(c.world_total);
      // Rounded to 4 decimals (either way at a tie).
      if (!(share >= 0 && share <= 1) || !(Math.abs(share - exact) <= 0.0000501)) {
        bad(`share_of_world ${c.share_of_world} is not ${c.value} / ${c.world_total} (${exact.toFixed(4)})`);
        continue;
      }
    }
    rows.push(row);
  }

  // ── Minerals: every commodity name of the original, with its misspellings fixed ─────────────
  const groupOf = new Map<string, string>();
  for (const { cells } of tidy) groupOf.set(cells.commodity!, cells.group_commodity!);
  const minerals = new Map<string, { raw: Set<string>; types: Set<string>; stages: Set<string> }>();
  for (const { cells } of original) {
    const raw = cells.COMMODITY!.trim();
    const name = groupOf.get(raw) ?? USGS_NAME_FIXES[raw] ?? raw;
    if (!minerals.has(name)) minerals.set(name, { raw: new Set(), types: new Set(), stages: new Set() });
    minerals.get(name)!.raw.add(raw);
  }
  const rawNames = new Set(original.map((r) => r.cells.COMMODITY!.trim()));
  for (const [raw, fixed] of Object.entries(USGS_NAME_FIXES)) {
    if (rawNames.has(raw)) part.report.push(`USGS: commodity "${raw}" is loaded as "${fixed}" (misspelt in the file).`);
  }
  for (const [raw, group] of groupOf) {
    if (raw !== group) part.report.push(`USGS: the US row labelled "${raw}" is loaded with the "${group}" table it belongs to.`);
  }
  for (const { cells } of rows) {
    const m = minerals.get(cells.group_commodity!)!;
    if (cells.measure === 'production') {
      m.types.add(cells.group_type!);
      m.stages.add(cells.stage!);
    }
  }

  // ── World totals that contradict their own countries ───────────────────────────────────────
  const groupKey = (c: Record<string, string>) => `${c.group_commodity}|${c.group_type}|${c.measure}|${c.year}`;
  const countrySum = new Map<string, number>();
  for (const { cells } of rows) {
    if (cells.is_aggregate === 'false' && cells.value !== '') countrySum.set(groupKey(cells), (countrySum.get(groupKey(cells)) ?? 0) + Number(cells.value));
  }
  const contradicted = new Set<string>();
  for (const { line, cells } of rows) {
    if (!cells.country!.startsWith('World total') || cells.value === '') continue;
    const sum = countrySum.get(groupKey(cells)) ?? 0;
    if (Number(cells.value) < sum * CONTRADICTION) {
      contradicted.add(groupKey(cells));
      part.report.push(
        `USGS: ${cells.group_commodity}, "${cells.group_type}", ${cells.measure} ${cells.year}: the world total ${cells.value} (${USGS_TIDY_FILE}:${line}) is far below the listed countries' sum ${sum}; it is not loaded and no shares are given.`,
      );
    }
  }

  // ── Units: the one row without a unit takes its table's unit ───────────────────────────────
  const unitsOf = new Map<string, Set<string>>();
  for (const { cells } of rows) {
    const key = `${cells.group_commodity}|${cells.group_type}|${cells.measure}`;
    if (cells.unit !== '') (unitsOf.get(key) ?? unitsOf.set(key, new Set()).get(key)!).add(cells.unit!);
  }

  // ── Production, capacity and reserves rows → PRODUCES, HAS_CAPACITY, HAS_RESERVES ───────────
  const TYPE_OF = { production: 'PRODUCES', capacity: 'HAS_CAPACITY', reserves: 'HAS_RESERVES' } as const;
  const loaded = { production: 0, capacity: 0, reserves: 0, world: 0 };
  const skipped = { other: 0, joint: 0, empty: 0 };
  const edgeLines = new Map<string, number>();
  let filledUnits = 0;
  for (const { line, cells } of rows) {
    const measure = cells.measure as keyof typeof TYPE_OF;
    if (cells.value === '') { skipped.empty++; continue; }
    const isWorld = cells.country!.startsWith('World total');
    if (cells.is_aggregate === 'true' && !isWorld) { skipped.other++; continue; }
    if (cells.is_aggregate === 'false' && cells.iso2 === '') { skipped.joint++; continue; }
    if (isWorld && contradicted.has(groupKey(cells))) continue;
    let unit = cells.unit!;
    if (unit === '') {
      const known = unitsOf.get(`${cells.group_commodity}|${cells.group_type}|${cells.measure}`);
      if (!known || known.size !== 1) { problems.add(USGS_TIDY_FILE, line, 'no unit, and its table has no single unit to take'); continue; }
      unit = [...known][0]!;
      filledUnits++;
      part.report.push(`USGS: ${cells.country}, ${cells.group_commodity} "${cells.group_type}" ${cells.measure} ${cells.year} has no unit in the file (${USGS_TIDY_FILE}:${line}); it takes its table's unit, ${unit}.`);
    }
    const qualifier = isWorld ? slugify(cells.country!) : slugify(cells.country_qualifier!);
    const prefix = measure === 'production' ? `mcs2025-${cells.stage}` : measure === 'capacity' ? `mcs2025-capacity-${cells.stage}` : 'mcs2025-reserves';
    const key = `${prefix}-${slugify(cells.group_type!)}-${cells.year}${qualifier ? `-${qualifier}` : ''}`;
    const type = TYPE_OF[measure];
    const from = isWorld ? WORLD_ID : `country:${cells.iso2}`;
    const to = mineralId(cells.group_commodity!);
    const edgeId = `${from}|${type}|${to}|${key}`;
    if (edgeLines.has(edgeId)) { problems.add(USGS_TIDY_FILE, line, `a second row for ${edgeId} (first on line ${edgeLines.get(edgeId)})`); continue; }
    edgeLines.set(edgeId, line);
    const notes = [
      isWorld || cells.country_qualifier ? `USGS row: ${cells.country}.` : '',
      cells.type !== cells.group_type ? `USGS labels this row "${cells.type}".` : '',
      cells.note ? `USGS note: ${cells.note}` : '',
    ].filter(Boolean);
    const share = !isWorld && cells.share_of_world !== '' && !contradicted.has(groupKey(cells)) ? { share: Number(cells.share_of_world) } : {};
    const common = {
      from,
      to,
      key,
      year: Number(cells.year),
      quantity: Number(cells.value),
      unit,
      usgsType: cells.group_type!,
      ...share,
      ...(notes.length > 0 ? { note: notes.join(' ') } : {}),
      sources: [USGS_SOURCE],
    };
    if (measure === 'reserves') part.relationships.push({ type, ...common, ...(cells.value_qualifier === '>' ? { atLeast: true } : {}) } satisfies RelationshipInput);
    else part.relationships.push({ type, ...common, stage: cells.stage!, estimate: cells.estimated === 'true' } satisfies RelationshipInput);
    loaded[measure]++;
    if (isWorld) loaded.world++;
  }

  for (const [name, m] of minerals) {
    const stages = [...m.stages].sort().map((s) => STAGE_WORDS[s] ?? s);
    // How people ask for a stage ("rare earths mining", "lithium refining") finds the mineral.
    const aliases = [...[...m.raw].filter((r) => r !== name), ...[...m.stages].filter((s) => s !== 'other').sort().map((s) => `${name} ${s}`)];
    part.entities.push({
      kind: 'Commodity',
      id: mineralId(name),
      name,
      ...(aliases.length > 0 ? { aliases } : {}),
      description:
        m.types.size > 0
          ? `${name}: world production by country in 2023 and 2024 (estimated), from the USGS Mineral Commodity Summaries 2025. Stages: ${stages.join('; ')}. Measured as: ${[...m.types].sort().join('; ')}.`
          : `${name}: listed in the USGS Mineral Commodity Summaries 2025 world table with no production figures (withheld).`,
      sources: [USGS_SOURCE],
    } satisfies EntityItem);
  }
  part.report.push(
    `USGS: loaded ${loaded.production} production, ${loaded.capacity} capacity and ${loaded.reserves} reserves rows (${loaded.world} of them world totals); skipped ${skipped.other} "other countries" rows, ${skipped.joint} joint-country rows and ${skipped.empty} empty cells; ${filledUnits} units filled in.`,
  );

  return part;
}
