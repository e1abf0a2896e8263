// Small statistics for the benchmarks: nearest-rank percentiles, so a figure is always a measured one.
export function percentile(xs: readonly number[], p: number): number {
  if (!xs.length) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export const median = (xs: readonly number[]) => percentile(xs, 50);
export const p95 = (xs: readonly number[]) => percentile(xs, 95);
export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
