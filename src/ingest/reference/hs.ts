/**
 * The Harmonized System 2022 nomenclature: a Commodity per chapter, heading and subheading
 * (`commodity:hs2022-850511`), `PART_OF` from each code to the code one level up, and the story's
 * curated commodities tied to their codes by the crosswalk file (each mapping cites its source).
 */
import type { EntityItem } from '../../model/records.js';
import { kindOfId } from '../../model/kinds.js';
import { readCsv } from './files.js';
import type { Problems } from '../problems.js';
import type { ReferencePart, RelationshipInput, SeedNodes } from './part.js';
import { HS_SOURCE } from './sources.js';

export const HS_FILE = 'hs/hs2022-nomenclature.csv';
export const HS_SECTIONS_FILE = 'hs/hs2022-sections.csv';
export const HS_CROSSWALK_FILE = 'crosswalk/story-hs2022.csv';

export const hsId = (code: string) => `commodity:hs2022-${code}`;
const LEVEL_NAME: Record<number, string> = { 2: 'chapter', 4: 'heading', 6: 'subheading' };

/** How people write a code: 850511 → "8505.11"; headings and chapters as they are. */
export const dottedHs = (code: string) => (code.length === 6 ? `${code.slice(0, 4)}.${code.slice(4)}` : code);

export function readHs(files: Map<string, Buffer>, problems: Problems, seed: SeedNodes): ReferencePart {
  const part: ReferencePart = { entities: [], relationships: [], report: [] };
  const nomenclature = files.get(HS_FILE);
  const sectionsFile = files.get(HS_SECTIONS_FILE);
  if (!nomenclature || !sectionsFile) return part;
  const sections = new Map<string, string>();
  for (const row of readCsv(HS_SECTIONS_FILE, sectionsFile, ['section', 'name'], problems) ?? []) {
    const { section, name } = row.cells as { section: string; name: string };
    if (!/^[IVXL]+$/.test(section) || name.trim() === '') problems.add(HS_SECTIONS_FILE, row.line, `bad section row: "${section}", "${name}"`);
    else sections.set(section, name.trim());
  }
  const rows = readCsv(HS_FILE, nomenclature, ['hscode', 'level', 'parent', 'chapter', 'heading', 'section', 'description', 'description_truncated'], problems);
  if (!rows) return part;

  const lineOf = new Map<string, number>();
  let truncated = 0;
  for (const { line, cells } of rows) {
    const { hscode: code, level, parent, chapter, section, description } = cells;
    const bad = (message: string) => problems.add(HS_FILE, line, `${code ? `code "${code}": ` : ''}${message}`);
    if (!/^\d{2}(\d{2}(\d{2})?)?$/.test(code!)) { bad('an HS code has 2, 4 or 6 digits'); continue; }
    if (Number(level) !== code!.length) { bad(`level ${level} does not match a ${code!.length}-digit code`); continue; }
    if (code!.length === 2 ? parent !== '' : parent !== code!.slice(0, code!.length - 2)) { bad(`parent "${parent}" is not the code one level up`); continue; }
    if (chapter !== code!.slice(0, 2)) { bad(`chapter "${chapter}" is not the code's first two digits`); continue; }
    if (!sections.has(section!)) { bad(`section "${section}" is not in ${HS_SECTIONS_FILE}`); continue; }
    if (!description || description.trim() === '') { bad('empty description'); continue; }
    if (!['true', 'false'].includes(cells.description_truncated!)) { bad('description_truncated must be true or false'); continue; }
    if (lineOf.has(code!)) { bad(`duplicate code (first on line ${lineOf.get(code!)})`); continue; }
    lineOf.set(code!, line);
    const isTruncated = cells.description_truncated === 'true';
    if (isTruncated) truncated++;
    const levelName = LEVEL_NAME[code!.length]!;
    const aliases = code!.length === 6 ? [`HS ${code}`, dottedHs(code!)] : [`HS ${code}`];
    part.entities.push({
      kind: 'Commodity',
      id: hsId(code!),
      name: isTruncated ? `${description.trim()}…` : description.trim(),
      aliases,
      description: `HS 2022 ${levelName} ${dottedHs(code!)}${code!.length > 2 ? `, in ${code!.length === 6 ? `heading ${code!.slice(0, 4)}, ` : ''}chapter ${code!.slice(0, 2)}` : ''}.${isTruncated ? ' The description is cut at 255 characters in the UN Comtrade list.' : ''}`,
      hsCode: code!,
      hsLevel: code!.length as 2 | 4 | 6,
      hsEdition: 'HS2022',
      hsSection: section!,
      hsSectionName: sections.get(section!)!,
      sources: [HS_SOURCE],
    } satisfies EntityItem);
    if (parent) part.relationships.push({ type: 'PART_OF', from: hsId(code!), to: hsId(parent), sources: [HS_SOURCE] } satisfies RelationshipInput);
  }
  for (const { line, cells } of rows) {
    if (cells.parent && lineOf.has(cells.hscode!) && !lineOf.has(cells.parent)) problems.add(HS_FILE, line, `code "${cells.hscode}": parent ${cells.parent} is not in the file`);
  }
  if (truncated > 0) part.report.push(`HS: ${truncated} descriptions are cut at 255 characters by UN Comtrade; their names end with "…".`);

  // ── The story's commodities and their codes ─────────────────────────────────────────────────
  const crosswalk = files.get(HS_CROSSWALK_FILE);
  if (!crosswalk) return part;
  for (const { line, cells } of readCsv(HS_CROSSWALK_FILE, crosswalk, ['commodity', 'hs_code', 'source', 'note'], problems) ?? []) {
    const { commodity, hs_code: code, source, note } = cells;
    const node = seed.get(commodity!);
    if (!node || node.kind !== 'Commodity') { problems.add(HS_CROSSWALK_FILE, line, `"${commodity}" is not a commodity of the seed`); continue; }
    if (!lineOf.has(code!)) { problems.add(HS_CROSSWALK_FILE, line, `"${code}" is not an HS 2022 code`); continue; }
    if (kindOfId(source!) !== 'Source' || (source !== HS_SOURCE && !seed.has(source!))) { problems.add(HS_CROSSWALK_FILE, line, `"${source}" is not a known source`); continue; }
    if (node.properties.hsCode !== undefined && node.properties.hsCode !== code) {
      problems.add(HS_CROSSWALK_FILE, line, `the seed gives ${commodity} hsCode ${JSON.stringify(node.properties.hsCode)}, the crosswalk ${code}`);
      continue;
    }
    part.relationships.push({ type: 'PART_OF', from: commodity!, to: hsId(code!), sources: [source!], ...(note?.trim() ? { note: note.trim() } : {}) } satisfies RelationshipInput);
  }
  return part;
}
