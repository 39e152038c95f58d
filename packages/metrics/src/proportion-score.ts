import {
  checkCount,
  checkLevel,
  checkMinSample,
  DEFAULT_MIN_SAMPLE,
  type ScoreOptions,
} from "./score-options";
import { type Interval, wilsonInterval } from "./wilson-interval";

/**
 * A share in percent, with its counts and its Wilson score interval.
 *
 * @example
 * ```ts
 * import { responseRate, type ProportionScore } from "@rapport/metrics";
 * const rate: ProportionScore = responseRate(200, 50);
 * rate.value; // 25
 * ```
 */
export interface ProportionScore {
  /** successes / n × 100; `null` when `n` is 0. */
  readonly value: number | null;
  /** How many counted (e.g. responses received, top-2-box answers, reopened cases). */
  readonly successes: number;
  /** Out of how many. */
  readonly n: number;
  /** Wilson score interval in percent (0..100); `null` when `n` is 0. */
  readonly interval: Interval | null;
  /** `true` when `n` is below `minSample` (default 30). */
  readonly smallSample: boolean;
}

/** A share with its Wilson interval, both in percent; internal. */
export function proportionScore(
  fn: string,
  successes: number,
  n: number,
  options: ScoreOptions,
): ProportionScore {
  const level = checkLevel(fn, options.level ?? 0.95);
  const minSample = checkMinSample(fn, options.minSample ?? DEFAULT_MIN_SAMPLE);
  checkCount(fn, "n", n);
  checkCount(fn, "successes", successes);
  if (successes > n) {
    throw new RangeError(`${fn}: expected successes ≤ n, received successes ${successes}, n ${n}`);
  }
  const wilson = wilsonInterval(successes, n, { level });
  return {
    value: n === 0 ? null : (successes * 100) / n,
    successes,
    n,
    interval: wilson && { ...wilson, lower: wilson.lower * 100, upper: wilson.upper * 100 },
    smallSample: n < minSample,
  };
}
