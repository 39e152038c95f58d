import type { Interval } from "@rapport/stats";
import { medianInterval } from "./median-interval";

/**
 * One service duration figure, in minutes (as Zendesk reports its duration metrics), with the
 * sample it comes from. Percentiles interpolate linearly between order statistics (numpy's
 * default, R's type 7). The interval is for the median, distribution-free, from order
 * statistics (`method: "order-statistics"`): [x₍ₖ₎, x₍ₙ₊₁₋ₖ₎] with the largest k whose
 * binomial coverage 1 − 2·P(Bin(n, ½) ≤ k − 1) is at least the level (Conover 1999, §3.2).
 *
 * @example
 * ```ts
 * import { serviceDurations, type DurationFigure } from "@rapport/metrics";
 * const figure: DurationFigure = serviceDurations([]).firstReply;
 * figure.median; // null
 * ```
 */
export interface DurationFigure {
  /** Durations measured. */
  readonly n: number;
  /**
   * Cases (for next reply: customer messages) whose clock started but not yet stopped: not
   * replied to, not solved, no status change yet. Not in the figures.
   */
  readonly missing: number;
  /** Median, in minutes; `null` when `n` is 0. */
  readonly median: number | null;
  /** Arithmetic mean, in minutes; `null` when `n` is 0. */
  readonly mean: number | null;
  /** 90th percentile, in minutes; `null` when `n` is 0. */
  readonly p90: number | null;
  /** Shortest, in minutes; `null` when `n` is 0. */
  readonly min: number | null;
  /** Longest, in minutes; `null` when `n` is 0. */
  readonly max: number | null;
  /**
   * Confidence interval for the median, in minutes; `null` when `n` is too small for any
   * interval of order statistics to reach the level (n ≤ 5 at 95 %).
   */
  readonly interval: Interval | null;
  /** The unit of every figure above. */
  readonly unit: "minutes";
}

const MINUTE = 60_000;

/** Summarises durations given in milliseconds (not sorted yet) as minutes; internal. */
export function durationFigure(
  durations: readonly number[],
  missing: number,
  level: number,
): DurationFigure {
  const n = durations.length;
  if (n === 0) {
    return {
      n,
      missing,
      median: null,
      mean: null,
      p90: null,
      min: null,
      max: null,
      interval: null,
      unit: "minutes",
    };
  }
  const sorted = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const minutes = durations[i]! / MINUTE;
    sorted[i] = minutes;
    sum += minutes;
  }
  sorted.sort();
  return {
    n,
    missing,
    median: quantile(sorted, 0.5),
    mean: sum / n,
    p90: quantile(sorted, 0.9),
    min: sorted[0]!,
    max: sorted[n - 1]!,
    interval: medianInterval(sorted, level),
    unit: "minutes",
  };
}

/**
 * Hyndman & Fan's definition 7 on sorted values (what `percentile` of @rapport/stats computes,
 * without its checks, for a typed array this module sorted itself).
 */
function quantile(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const lower = Math.floor(h);
  const below = sorted[lower]!;
  if (lower === sorted.length - 1) return below;
  return below + (h - lower) * (sorted[lower + 1]! - below);
}
