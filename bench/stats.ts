/** Percentiles, ratios and trends of the bench's measurements. */

export interface Distribution {
  n: number;
  median: number;
  p95: number;
  p99: number;
  mean: number;
}

/** Nearest-rank percentiles, in milliseconds rounded to 0.01. */
export function distribution(samples: number[]): Distribution {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
  const r = (x: number) => Math.round(x * 100) / 100;
  return { n: sorted.length, median: r(at(0.5)), p95: r(at(0.95)), p99: r(at(0.99)), mean: r(sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length)) };
}
export const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

/** Least-squares slope of y over x. */
export function slope(xs: number[], ys: number[]): number {
  const n = xs.length;
  if (n < 2) return 0;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    num += (xs[i]! - mx) * (ys[i]! - my);
    den += (xs[i]! - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}
