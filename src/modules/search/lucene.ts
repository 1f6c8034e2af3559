/**
 * Turns what a person typed into a Lucene query that cannot be malformed: the text is split into
 * words (letters and digits only, so no Lucene operator survives), and each word matches exactly,
 * as a prefix, or within one typo. Every word must match somewhere.
 */
export const MAX_SEARCH_TEXT = 200;
const MAX_WORDS = 12;

export function words(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_WORDS);
}

export function toLuceneQuery(text: string): string | undefined {
  const terms = words(text).map((w) => {
    const variants = [`${w}^3`, `${w}*`];
    // Fuzzy matching on very short words matches almost anything; keep it for 4+ letters.
    if (w.length >= 4) variants.push(`${w}~1`);
    return `(${variants.join(' OR ')})`;
  });
  return terms.length > 0 ? terms.join(' AND ') : undefined;
}

/**
 * The code a search text names, if it is one: an HS code ("HS 850511", "8505.11", "2846") or an
 * ISO 3166-1 country code ("CN", "CHN").
 */
export function codesIn(text: string): { hsCode: string | null; isoCode: string | null } {
  const hs = /^\s*(?:hs\s*(?:2022\s*)?:?\s*)?(\d{2}(?:\.?\d{2}){0,2})\s*$/i.exec(text);
  const iso = /^\s*([a-z]{2,3})\s*$/i.exec(text);
  return { hsCode: hs ? hs[1]!.replace(/\./g, '') : null, isoCode: iso ? iso[1]!.toUpperCase() : null };
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
