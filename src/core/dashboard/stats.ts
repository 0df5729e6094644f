/** Order statistics for the dashboard: nearest-rank, so every figure is one of the observed values. */

/** [DB3] The p-th percentile (0 < p <= 1) by nearest rank; undefined for no values. */
export function percentile(values: number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
}

export const median = (values: number[]) => percentile(values, 0.5);

/** A share in [0, 1], undefined when nothing was counted: never NaN. */
export const share = (part: number, whole: number): number | undefined =>
  whole > 0 ? part / whole : undefined;
