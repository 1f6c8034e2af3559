/**
 * Units of quantity as sources state them, and their canonical form. Every quantity keeps the unit
 * its source states ("thousand metric tons", "kilograms", "t REO"); where the unit has a dimension
 * we can convert within, the API also gives the quantity in that dimension's canonical unit, so
 * that figures from two sources compare and add up right: mass in metric tons ("t"), gemstones in
 * carats, gas in cubic meters. A qualifier the unit carries ("gross weight", "K2O equivalent",
 * "REO", "dry") stays with the canonical unit, because 1 t of K2O equivalent is not 1 t of ore.
 * Money, percentages, counts and prices have no canonical unit here.
 */

export interface CanonicalUnit {
  /** Multiply the stated quantity by this to get the canonical quantity. */
  factor: number;
  /** The canonical unit: "t", "carat" or "m3", with the stated qualifier in parentheses ("t (REO)"). */
  unit: string;
}

const MULTIPLIERS: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

/** Base units by how they are written, longest first so "metric tons" wins over "tons". */
const BASES: [RegExp, number, string, string?][] = [
  [/^metric dry tons?\b/, 1, 't', 'dry'],
  [/^dry metric tons?\b/, 1, 't', 'dry'],
  [/^metric tons?\b/, 1, 't'],
  [/^tonnes?\b/, 1, 't'],
  [/^t\b/, 1, 't'],
  [/^kilograms?\b/, 1e-3, 't'],
  [/^kg\b/, 1e-3, 't'],
  [/^grams?\b/, 1e-6, 't'],
  [/^g\b/, 1e-6, 't'],
  [/^carats?\b/, 1, 'carat'],
  [/^cubic met(?:er|re)s?\b/, 1, 'm3'],
  [/^m3\b/, 1, 'm3'],
];

/** The canonical unit of a stated unit, or null when it has none (money, percent, counts, unknown words). */
export function canonicalUnit(stated: string | null | undefined): CanonicalUnit | null {
  if (!stated) return null;
  const written = stated.trim().replace(/\s+/g, ' ');
  const lower = written.toLowerCase();
  let at = 0;
  let factor = 1;
  const multiplier = /^(thousand|million|billion) /.exec(lower);
  if (multiplier) {
    factor = MULTIPLIERS[multiplier[1]!]!;
    at = multiplier[0].length;
  }
  for (const [pattern, scale, unit, implied] of BASES) {
    const match = pattern.exec(lower.slice(at));
    if (!match) continue;
    // What follows the base qualifies what is weighed: ", gross weight", "of K2O equivalent", " REO".
    const rest = written
      .slice(at + match[0].length)
      .replace(/^[\s,]+/, '')
      .replace(/^(?:of|contained)\s+/i, '');
    const qualifiers = [implied, rest].filter((q): q is string => !!q);
    return { factor: factor * scale, unit: qualifiers.length > 0 ? `${unit} (${qualifiers.join(', ')})` : unit };
  }
  return null;
}

/** A quantity in its canonical unit, rounded beyond any source's precision; null without one. */
export function toCanonical(quantity: number | null | undefined, stated: string | null | undefined): { quantity: number; unit: string } | null {
  if (typeof quantity !== 'number' || !Number.isFinite(quantity)) return null;
  const canonical = canonicalUnit(stated);
  if (!canonical) return null;
  return { quantity: Number((quantity * canonical.factor).toPrecision(12)), unit: canonical.unit };
}
