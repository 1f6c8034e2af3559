/** Concentration measures over producer shares (0..1), kept pure for unit tests. */

/** Herfindahl–Hirschman index on the 0–10,000 scale: the sum of squared percentage shares. */
export function hhi(shares: number[]): number {
  return shares.reduce((sum, s) => sum + (s * 100) ** 2, 0);
}

export function topNShare(shares: number[], n: number): number {
  return [...shares].sort((a, b) => b - a).slice(0, n).reduce((sum, s) => sum + s, 0);
}
