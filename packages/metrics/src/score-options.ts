import { checkCount as checkStatsCount, checkLevel as checkStatsLevel } from "@rapport/stats";

/**
 * Options every score takes.
 *
 * @example
 * ```ts
 * import { nps, type ScoreOptions } from "@rapport/metrics";
 * const options: ScoreOptions = { level: 0.9, minSample: 50 };
 * nps([9, 10, 6], options).smallSample; // true
 * ```
 */
export interface ScoreOptions {
  /** Confidence level of the interval, strictly between 0 and 1. Default 0.95. */
  readonly level?: number;
  /**
   * Below this many responses the score is flagged `smallSample: true`: the interval is
   * still computed but too wide (or too approximate) to act on. Default 30.
   */
  readonly minSample?: number;
}

/** The default {@link ScoreOptions.minSample}: a common rule of thumb for normal approximations. */
export const DEFAULT_MIN_SAMPLE = 30;

/** Validates a confidence level; internal. */
export function checkLevel(fn: string, level: number): number {
  return checkStatsLevel(`${fn}: options.level`, level);
}

/** Validates minSample; internal. */
export function checkMinSample(fn: string, minSample: number): number {
  return checkStatsCount(`${fn}: options.minSample`, minSample);
}

/** Validates a count (a non-negative safe integer); internal. */
export function checkCount(fn: string, field: string, value: number): number {
  return checkStatsCount(`${fn}: ${field}`, value);
}
