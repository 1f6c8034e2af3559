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
