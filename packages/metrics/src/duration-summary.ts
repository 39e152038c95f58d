import { percentile } from "@rapport/stats";

/**
 * A summary of durations in milliseconds (calendar time). Percentiles use linear
 * interpolation between order statistics (numpy's default; see `percentile` of @rapport/stats).
 *
 * @example
 * ```ts
 * import { firstReplyTimes, type DurationSummary } from "@rapport/metrics";
 * const summary: DurationSummary = firstReplyTimes([]);
 * summary.median; // null
 * ```
 */
export interface DurationSummary {
  /** Durations measured. */
  readonly n: number;
  /** Cases without the end point (e.g. not replied to or not solved yet): not measured. */
  readonly missing: number;
  /** Median, in milliseconds; `null` when `n` is 0. */
  readonly median: number | null;
  /** Arithmetic mean, in milliseconds; `null` when `n` is 0. */
  readonly mean: number | null;
  /** 90th percentile, in milliseconds; `null` when `n` is 0. */
  readonly p90: number | null;
  /** Shortest, in milliseconds; `null` when `n` is 0. */
  readonly min: number | null;
  /** Longest, in milliseconds; `null` when `n` is 0. */
  readonly max: number | null;
}

/** Summarises durations (not sorted yet; a copy is sorted); internal. */
export function summariseDurations(durations: number[], missing: number): DurationSummary {
  const n = durations.length;
  if (n === 0) return { n, missing, median: null, mean: null, p90: null, min: null, max: null };
  const sorted = Float64Array.from(durations).sort();
  const values = Array.from(sorted);
  let sum = 0;
  for (const value of values) sum += value;
  return {
    n,
    missing,
    median: percentile(values, 0.5),
    mean: sum / n,
    p90: percentile(values, 0.9),
    min: values[0]!,
    max: values[n - 1]!,
  };
}
