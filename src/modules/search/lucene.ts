/**
 * Turns what a person typed into a Lucene query that cannot be malformed: the text is split into
 * words (letters and digits, and an apostrophe inside a word, so no Lucene operator survives), and
 * each word matches exactly, as a prefix, or within one typo. Every word must match.
 */
export const MAX_SEARCH_TEXT = 200;
const MAX_WORDS = 12;

/** An apostrophe, plain or typographic: the index keeps it inside a word ("d’ivoire"), so a query must too. */
const APOSTROPHE = /['\u2019]/g;

export function words(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*/gu) ?? []).slice(0, MAX_WORDS);
}

export function toLuceneQuery(text: string): string | undefined {
  const terms = words(text).map((w) => {
    // "d'ivoire" is written with either apostrophe, and the index holds whichever the name used.
    const spellings = w.match(APOSTROPHE) ? [w.replace(APOSTROPHE, "'"), w.replace(APOSTROPHE, '\u2019')] : [w];
    const variants = spellings.flatMap((s) => [`${s}^3`, `${s}*`]);
    // Fuzzy matching on very short words matches almost anything; keep it for 4+ letters.
    if (w.length >= 4) variants.push(...spellings.map((s) => `${s}~1`));
    return `(${variants.join(' OR ')})`;
  });
  return terms.length > 0 ? terms.join(' AND ') : undefined;
}

/** Java regular expressions (Cypher's `=~`): case-insensitive in every script, `.` across lines. */
const FLAGS = '(?isu)';
const SEPARATOR = '[^\\p{L}\\p{N}]';
const LETTER_OR_DIGIT = '[\\p{L}\\p{N}]';

/**
 * Patterns for how a name or alias matches the text (search.queries.ts): `exact` when it is the
 * same words in the same order, ignoring case and punctuation ("Congo Kinshasa" is "Congo
 * (Kinshasa)", "rare earth magnets" is "Rare-earth magnets", "Cote d'Ivoire" is "Cote d’Ivoire");
 * `phrase` when those words stand together in it as whole words ("permanent magnets" in "Magnets;
 * permanent magnets and articles …"). Each word is a literal (letters and digits only). Null for
 * text without a letter or digit.
 */
export function namePatterns(text: string): { exact: string; phrase: string } | null {
  const parts = (text.match(/[\p{L}\p{N}]+/gu) ?? []).map((word) => `\\Q${word}\\E`);
  if (parts.length === 0) return null;
  const joined = parts.join(`${SEPARATOR}+`);
  return {
    exact: `${FLAGS}${SEPARATOR}*${joined}${SEPARATOR}*`,
    phrase: `${FLAGS}.*(?<!${LETTER_OR_DIGIT})${joined}(?!${LETTER_OR_DIGIT}).*`,
  };
}

/**
 * The code a search text names, if it is one: an HS code, with or without dots, spaces or an "HS"
 * in front ("HS 850511", "8505.11", "HS 8505.11", "28.46", "2846"); a national tariff line of 8 or
 * 10 digits ("8505.11.00", "8505.11.0070"), which names the HS 2022 subheading it extends (its
 * first six digits; not exactly, so `hsExact` is false); or an ISO 3166-1 country code ("CN", "CHN").
 */
export function codesIn(text: string): { hsCode: string | null; hsExact: boolean; isoCode: string | null } {
  const hs = /^\s*(?:hs\s*(?:2022\s*)?(?:code\s*)?:?\s*)?(\d{2}(?:[.\s]?\d{2}){0,4})\s*$/i.exec(text);
  const digits = hs ? hs[1]!.replace(/\D/g, '') : '';
  const iso = /^\s*([a-z]{2,3})\s*$/i.exec(text);
  return { hsCode: digits === '' ? null : digits.slice(0, 6), hsExact: digits.length <= 6, isoCode: iso ? iso[1]!.toUpperCase() : null };
}

/** Lower case, hyphens and runs of spaces as one space: "Rare-earth  magnets" → "rare earth magnets". */
export function normalizeName(text: string): string {
  return text.toLowerCase().replace(/-/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Words that name a stage of production rather than what is produced: "rare earth mining",
 * "lithium ore", "copper refining" ask for the mineral (its mine or refinery production).
 */
const STAGE_WORDS = new Set(['mining', 'mine', 'mines', 'mined', 'ore', 'ores', 'concentrate', 'concentrates', 'refining', 'refined', 'refinery', 'smelting', 'production']);

/**
 * For a text that names a commodity and a stage ("rare earth mining"), the commodity's name as it
 * may be written: "rare earth", "rare earths". Empty when the text has no stage word, or nothing else.
 */
export function subjectNames(text: string): string[] {
  const all = normalizeName(text).split(' ').filter(Boolean);
  const rest = all.filter((w) => !STAGE_WORDS.has(w));
  if (rest.length === 0 || rest.length === all.length) return [];
  const subject = rest.join(' ');
  const variants = new Set([subject]);
  if (subject.endsWith('s')) variants.add(subject.slice(0, -1));
  else variants.add(`${subject}s`);
  return [...variants];
}
