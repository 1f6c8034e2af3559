/**
 * Country names as statistical offices write them (src/ingest/reference/countryNames.ts, built by
 * readGeography from ISO 3166-1, UN M49, the seed and data/reference/countries/aliases.csv): every
 * country name the USGS MCS 2025 files use finds its country, and a bad alias row stops the load
 * with its file and line. Reads the reference files themselves; no database.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { listSeedFiles, locateSeedEntities, validateSeedFiles, type SeedLocator } from '../../src/ingest/seed/validate.js';
import { SEED_DIR } from '../../src/ingest/seed/load.js';
import type { DatasetNode } from '../../src/model/dataset.js';
import { countryNameKey, type CountryIdByName } from '../../src/ingest/reference/countryNames.js';
import { readChecked, REFERENCE_DIR, referenceProblems } from '../../src/ingest/reference/files.js';
import { formatProblem } from '../../src/ingest/problems.js';
import { ALIASES_FILE, readGeography } from '../../src/ingest/reference/geography.js';
import { readReferenceCsv as readRows, usgsTrendsCountryNames } from '../helpers/countryNames.js';

let files: Map<string, Buffer>;
let seed: Map<string, DatasetNode>;
let locate: SeedLocator;
let idByName: CountryIdByName;

beforeAll(async () => {
  const problems = referenceProblems();
  files = await readChecked(REFERENCE_DIR, problems);
  const seedFiles = await listSeedFiles(SEED_DIR);
  seed = new Map((await validateSeedFiles(seedFiles)).nodes.map((n) => [n.id, n]));
  locate = await locateSeedEntities(seedFiles);
  idByName = readGeography(files, problems, seed, locate).countryIdByName;
  expect(problems.list.map(formatProblem)).toEqual([]);
});

/** The problems readGeography finds with one file changed (or the seed's nodes changed). */
const problemsWith = ({ aliases, seedNodes = seed }: { aliases?: (text: string) => string; seedNodes?: Map<string, DatasetNode> }): string[] => {
  const changed = new Map(files);
  if (aliases) changed.set(ALIASES_FILE, Buffer.from(aliases(files.get(ALIASES_FILE)!.toString('utf8'))));
  const problems = referenceProblems();
  readGeography(changed, problems, seedNodes, locate);
  return problems.list.map(formatProblem);
};
const aliasLines = () => files.get(ALIASES_FILE)!.toString('utf8').trimEnd().split('\n').length;

describe('every country name of the USGS MCS 2025 files finds its country', () => {
  it('the world data: each row USGS gives for a country, by its name as written, against the ISO code the tidy file gives it', async () => {
    const rows = await readRows('usgs-mcs/mcs2025_world_tidy.csv');
    const countries = rows.filter((r) => r.iso2 !== '');
    expect(countries.length).toBeGreaterThan(2000);
    const checked = new Map<string, string>();
    for (const r of countries) {
      // "Congo (Kinshasa)" is a name; "Brazil (beneficiated)" is Brazil with a qualifier.
      const id = idByName(r.country!) ?? idByName(r.country_base!);
      expect(id, `${r.country} (line ${r.src_line})`).toBe(`country:${r.iso2}`);
      checked.set(r.country!.trim(), id!);
    }
    expect(checked.get('Congo (Kinshasa)')).toBe('country:CD');
    expect(checked.get('Korea, North')).toBe('country:KP');
    expect(checked.get('Côte d’Ivoire')).toBe('country:CI');
    // What is not a country finds none.
    for (const r of rows.filter((r) => r.iso2 === '')) expect(idByName(r.country!), r.country).toBeUndefined();
  });

  it('the trends files: figure 2 (import sources), figure 3 (countries) and table 5 (primary import source, leading producer)', async () => {
    const names = await usgsTrendsCountryNames();
    expect(names.size).toBeGreaterThan(50);
    const unresolved = [...names].filter((name) => idByName(name) === undefined);
    expect(unresolved).toEqual([]);
    // The names these files write differently from the world data find the same countries.
    expect(idByName('Republic of Korea')).toBe('country:KR');
    expect(idByName('South Korea')).toBe('country:KR');
    expect(idByName('Democratic Republic of the Congo')).toBe('country:CD');
    // And a name both kinds of file use finds one country from either.
    const world = await readRows('usgs-mcs/mcs2025_world_tidy.csv');
    for (const name of names) {
      const row = world.find((r) => r.country!.trim() === name && r.iso2 !== '');
      if (row) expect(idByName(name), name).toBe(`country:${row.iso2}`);
    }
  });
});

describe('countryIdByName', () => {
  it.each([
    ['DRC', 'CD'], ['Congo (Kinshasa)', 'CD'], ['congo kinshasa', 'CD'], ['DR Congo', 'CD'], ['Congo, Dem. Rep.', 'CD'],
    ['Congo (Brazzaville)', 'CG'], ['Congo', 'CG'], ['Republic of the Congo', 'CG'],
    ['Korea, Republic of', 'KR'], ['South Korea', 'KR'], ['Korea, North', 'KP'], ['North Korea', 'KP'], ['DPRK', 'KP'],
    ['Burma', 'MM'], ['Myanmar', 'MM'], ['Laos', 'LA'], ['Lao PDR', 'LA'], ['Russia', 'RU'], ['Russian Federation', 'RU'],
    ['Turkey', 'TR'], ['Türkiye', 'TR'], ['Turkiye', 'TR'],
    ['Côte d’Ivoire', 'CI'], ["Côte d'Ivoire", 'CI'], ["Cote d'Ivoire", 'CI'], ['Ivory Coast', 'CI'],
    ['Vietnam', 'VN'], ['Viet Nam', 'VN'], ['Iran', 'IR'], ['Syria', 'SY'], ['Bolivia', 'BO'], ['Venezuela', 'VE'], ['Tanzania', 'TZ'],
    ['Moldova', 'MD'], ['Czechia', 'CZ'], ['Czech Republic', 'CZ'],
    ['UK', 'GB'], ['UAE', 'AE'], ['USA', 'US'], ['US', 'US'], ['U.S.', 'US'], ['United States of America', 'US'], ['PRC', 'CN'],
    ['Taiwan', 'TW'], ['  united\u00a0states ', 'US'],
  ])('%s → country:%s', (name, iso2) => {
    expect(idByName(name)).toBe(`country:${iso2}`);
  });

  it('finds nothing for what names no single country', () => {
    for (const name of ['Korea', 'Other countries', 'World total', 'United States and Canada', '', ' - ', 'China3']) expect(idByName(name), name).toBeUndefined();
  });

  it('finds every curated alias on its own country', async () => {
    const rows = await readRows(ALIASES_FILE);
    expect(rows.length).toBeGreaterThan(50);
    for (const row of rows) expect(idByName(row.alias!), row.alias).toBe(`country:${row.iso2}`);
  });

  it('compares names without case, accents, punctuation or spacing', () => {
    expect(countryNameKey('Côte d’Ivoire')).toBe(countryNameKey("cote d'ivoire"));
    expect(countryNameKey('Korea, Republic of')).toBe(countryNameKey('KOREA REPUBLIC OF'));
    expect(countryNameKey('U.S.')).not.toBe(countryNameKey('US'));
  });
});

describe('a bad alias row or a seed that disagrees stops the load with file and line', () => {
  const row = (text: string) => (t: string) => `${t.trimEnd()}\n${text}\n`;

  it('an unknown country code', () => {
    expect(problemsWith({ aliases: row('XX,Atlantis,common short form,common usage,') })).toEqual([
      `  data/reference/${ALIASES_FILE}:${aliasLines() + 1}  iso2 "XX" is not an ISO 3166-1 country`,
    ]);
  });

  it('an alias that already names another country: a curated alias, an ISO name', () => {
    expect(problemsWith({ aliases: row('CG,DRC,common short form,common usage,') })).toEqual([
      expect.stringMatching(new RegExp(`^  data/reference/countries/aliases\\.csv:${aliasLines() + 1}  "DRC" \\(for country:CG\\) already names country:CD \\(countries/aliases\\.csv:\\d+\\); an alias names one country$`)),
    ]);
    expect(problemsWith({ aliases: row('CD,Congo,common short form,common usage,') })).toEqual([
      expect.stringMatching(new RegExp(`^  data/reference/countries/aliases\\.csv:${aliasLines() + 1}  "Congo" \\(for country:CD\\) already names country:CG \\(ISO 3166-1's name`)),
    ]);
  });

  it('a repeated row, a kind or code it does not know', () => {
    const n = aliasLines();
    expect(problemsWith({ aliases: (t) => `${t.trimEnd()}\nCD,drc,common short form,common usage,\nCD,Zaire,former name,common usage,\ncd,Zaire,common short form,common usage,\n` })).toEqual([
      expect.stringMatching(new RegExp(`aliases\\.csv:${n + 1}  alias "drc" repeats line \\d+`)),
      expect.stringContaining(`aliases.csv:${n + 2}  kind "former name" is not one of: statistical-office label, common short form`),
      expect.stringContaining(`aliases.csv:${n + 3}  iso2 "cd" is not an ISO 3166-1 alpha-2 code`),
    ]);
  });

  it("an alias of a seed country that the seed's node does not carry", () => {
    const [problem, ...rest] = problemsWith({ aliases: row('JP,Nippon,common short form,common usage,') });
    expect(rest).toEqual([]);
    expect(problem).toBe(`  data/reference/${ALIASES_FILE}:${aliasLines() + 1}  "Nippon" is not among the names of the seed's country:JP (${locate('country:JP', 'aliases')}); add it to its aliases there`);
    expect(locate('country:JP', 'aliases')).toMatch(/^seed\/data\/10-geography\.yaml:\d+$/);
  });

  it("a seed country's region or sub-region that differs from UN M49, a seed region's level", () => {
    const changed = new Map(seed);
    const us = seed.get('country:US')!;
    changed.set('country:US', { ...us, properties: { ...us.properties, region: 'North America' } });
    const europe = seed.get('region:europe')!;
    changed.set('region:europe', { ...europe, properties: { ...europe.properties, level: 'SUB_REGION' } });
    const problems = problemsWith({ seedNodes: changed });
    expect(problems).toHaveLength(2);
    expect(problems).toContainEqual(expect.stringMatching(
      new RegExp(`^  data/reference/regions/un-m49\\.json:\\d+  the seed's country:US \\(seed/data/10-geography\\.yaml:\\d+\\) has region "North America"; UN M49 places it in "Americas"$`),
    ));
    expect(problems).toContainEqual(expect.stringMatching(/the seed's region:europe \(seed\/data\/10-geography\.yaml:\d+\) has level "SUB_REGION"; M49 type 1 is REGION$/));
  });
});
