/**
 * The `p`-quantile of values sorted ascending, by linear interpolation between the order
 * statistics around position `(n - 1) · p` (Hyndman & Fan 1996, definition 7; numpy's
 * default `"linear"` method). `null` for no values.
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const h = (n - 1) * p;
  const lower = Math.floor(h);
  const below = sorted[lower]!;
  if (lower + 1 >= n) return below;
  return below + (h - lower) * (sorted[lower + 1]! - below);
}

/** The median and the 90th percentile of some values (either `null` when there are none). */
export function medianAndP90(values: readonly number[]): {
  medianMs: number | null;
  p90Ms: number | null;
} {
  const sorted = Float64Array.from(values).sort();
  return { medianMs: quantileSorted(sorted, 0.5), p90Ms: quantileSorted(sorted, 0.9) };
}
