/**
 * The curated links between the reference layers, so that every walk crosses them: each USGS
 * mineral to the HS 2022 headings and subheadings its traded forms are classified under
 * (`crosswalk/mineral-hs2022.csv`), and each story commodity to the USGS mineral it is a form or
 * stage of (`crosswalk/story-usgs.csv`). Both become `PART_OF {curated: true}` — the classification
 * link the walks already expand from a group to its members (HS 2846 → the rare-earth mineral →
 * its producers; the rare-earth mineral → the story's oxides → magnets → their users) — with the
 * form the code covers and a note quoting the nomenclature. A story commodity that is the *same
 * measure* as its mineral (the story's rare-earth ore and USGS rare-earth mine production) says so
 * (`sameMeasure`), so that the two sources' figures are shown side by side, never merged.
 *
 * The story → HS codes links stay with the HS nomenclature (hs.ts): they also check the seed's hsCode.
 */
import { kindOfId } from '../../model/kinds.js';
import { readCsv } from './files.js';
import type { Problems } from '../problems.js';
import { hsId } from './hs.js';
import type { ReferencePart, RelationshipInput, SeedNodes } from './part.js';
import { HS_SOURCE } from './sources.js';

export const MINERAL_HS_FILE = 'crosswalk/mineral-hs2022.csv';
export const STORY_MINERAL_FILE = 'crosswalk/story-usgs.csv';

export interface CrosswalkInput {
  /** The USGS minerals and the source each cites (the world table's or the trends'). */
  minerals: ReadonlyMap<string, string>;
  /** The HS 2022 codes of the nomenclature. */
  hsCodes: ReadonlySet<string>;
  seed: SeedNodes;
}

export function readCrosswalks(files: Map<string, Buffer>, problems: Problems, { minerals, hsCodes, seed }: CrosswalkInput): ReferencePart {
  const part: ReferencePart = { entities: [], relationships: [], report: [] };

  const mineralHs = files.get(MINERAL_HS_FILE);
  const linked = new Set<string>();
  const pairs = new Map<string, number>();
  for (const { line, cells } of (mineralHs && readCsv(MINERAL_HS_FILE, mineralHs, ['mineral', 'hs_code', 'form', 'note'], problems)) || []) {
    const { mineral, hs_code: code, form, note } = cells as Record<'mineral' | 'hs_code' | 'form' | 'note', string>;
    if (!minerals.has(mineral)) { problems.add(MINERAL_HS_FILE, line, `"${mineral}" is not a USGS mineral`, 'mineral'); continue; }
    if (!/^\d{4}(\d{2})?$/.test(code) || !hsCodes.has(code)) { problems.add(MINERAL_HS_FILE, line, `"${code}" is not an HS 2022 heading or subheading`, 'hs_code'); continue; }
    if (form.trim() === '' || note.trim() === '') { problems.add(MINERAL_HS_FILE, line, 'every link says which form the code covers and why', form.trim() === '' ? 'form' : 'note'); continue; }
    const pair = `${mineral} ${code}`;
    if (pairs.has(pair)) { problems.add(MINERAL_HS_FILE, line, `${mineral} → ${code} again (first on line ${pairs.get(pair)})`); continue; }
    pairs.set(pair, line);
    linked.add(mineral);
    part.relationships.push({
      type: 'PART_OF',
      from: mineral,
      to: hsId(code),
      form: form.trim(),
      curated: true,
      note: note.trim(),
      sources: [HS_SOURCE, minerals.get(mineral)!],
    } satisfies RelationshipInput);
  }
  const without = [...minerals.keys()].filter((m) => !linked.has(m)).sort();
  if (mineralHs && without.length > 0) part.report.push(`Crosswalk: ${without.length} USGS minerals have no HS 2022 code in ${MINERAL_HS_FILE}: ${without.join(', ')}.`);

  const storyMineral = files.get(STORY_MINERAL_FILE);
  for (const { line, cells } of (storyMineral && readCsv(STORY_MINERAL_FILE, storyMineral, ['commodity', 'mineral', 'same_measure', 'source', 'note'], problems)) || []) {
    const { commodity, mineral, same_measure: same, source, note } = cells as Record<'commodity' | 'mineral' | 'same_measure' | 'source' | 'note', string>;
    const node = seed.get(commodity);
    if (!node || node.kind !== 'Commodity') { problems.add(STORY_MINERAL_FILE, line, `"${commodity}" is not a commodity of the seed`, 'commodity'); continue; }
    if (!minerals.has(mineral)) { problems.add(STORY_MINERAL_FILE, line, `"${mineral}" is not a USGS mineral`, 'mineral'); continue; }
    if (same !== 'true' && same !== 'false') { problems.add(STORY_MINERAL_FILE, line, `same_measure must be true or false, not "${same}"`, 'same_measure'); continue; }
    if (kindOfId(source) !== 'Source' || (![...minerals.values(), HS_SOURCE].includes(source) && !seed.has(source))) { problems.add(STORY_MINERAL_FILE, line, `"${source}" is not a known source`, 'source'); continue; }
    if (note.trim() === '') { problems.add(STORY_MINERAL_FILE, line, 'every link says why', 'note'); continue; }
    part.relationships.push({
      type: 'PART_OF',
      from: commodity,
      to: mineral,
      curated: true,
      ...(same === 'true' ? { sameMeasure: true } : {}),
      note: note.trim(),
      sources: [source],
    } satisfies RelationshipInput);
  }
  part.report.push(`Crosswalk: ${part.relationships.filter((r) => r.from.startsWith('commodity:mineral-')).length} links from ${linked.size} USGS minerals to HS 2022 codes; ${part.relationships.filter((r) => !r.from.startsWith('commodity:mineral-')).length} story commodities tied to their USGS mineral.`);
  return part;
}
