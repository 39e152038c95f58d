import type { Interval } from "@rapport/stats";
import { normalCdf } from "@rapport/stats";

/**
 * The difference between two scores (`a − b`), its confidence interval and a two-sided test
 * of "no difference". Fields are `null` when either side has too few answers for the test
 * (or no variation at all), and `significant` is then `false`.
 *
 * @example
 * ```ts
 * import { compareNps, nps, type Comparison } from "@rapport/metrics";
 * const change: Comparison = compareNps(nps([10, 9, 9, 3]), nps([6, 7, 9, 2]));
 * if (change.significant) console.log(`changed by ${change.difference} points`);
 * ```
 */
export interface Comparison {
  /** `a − b` in the scores' units (NPS points, percentage points, scale points). */
  readonly difference: number | null;
  /** Confidence interval of the difference. */
  readonly interval: Interval | null;
  /** The test statistic: `z` for NPS and CSAT, Welch's `t` for CES. */
  readonly statistic: number | null;
  /** Which statistic `statistic` is. */
  readonly statisticName: "z" | "t";
  /** Degrees of freedom of Welch's t (Welch–Satterthwaite); `null` for z. */
  readonly degreesOfFreedom: number | null;
  /** Two-sided p-value of "no difference". */
  readonly pValue: number | null;
  /** `pValue < 1 − level`. */
  readonly significant: boolean;
  /** The confidence level used, e.g. 0.95. */
  readonly level: number;
}

/**
 * Options of the comparisons ({@link compareNps}, {@link compareCsat}, {@link compareCes}).
 *
 * @example
 * ```ts
 * import { compareCes, ces, type CompareOptions } from "@rapport/metrics";
 * const options: CompareOptions = { level: 0.9 };
 * compareCes(ces([7, 6, 5]), ces([3, 4, 5]), options).level; // 0.9
 * ```
 */
export interface CompareOptions {
  /** Confidence level, strictly between 0 and 1. Default 0.95. */
  readonly level?: number;
}

/** A comparison where the data cannot support one; internal. */
export function emptyComparison(
  difference: number | null,
  statisticName: "z" | "t",
  level: number,
): Comparison {
  return {
    difference,
    interval: null,
    statistic: null,
    statisticName,
    degreesOfFreedom: null,
    pValue: null,
    significant: false,
    level,
  };
}

/**
 * A two-sided z test's comparison: p = 2·Φ(−|z|), significant when p < 1 − level; internal,
 * shared by the NPS and CSAT comparisons.
 */
export function zComparison(
  difference: number,
  interval: Interval,
  statistic: number,
  level: number,
): Comparison {
  const pValue = 2 * normalCdf(-Math.abs(statistic));
  return {
    difference,
    interval,
    statistic,
    statisticName: "z",
    degreesOfFreedom: null,
    pValue,
    significant: pValue < 1 - level,
    level,
  };
}
