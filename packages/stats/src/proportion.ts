import { checkCount } from "./check-count";
import { checkLevel } from "./check-level";
import { expectedMessage } from "./expected-message";
import type { Interval } from "./interval";
import { wilsonInterval } from "./wilson-interval";

/**
 * A share with its sample, in percent: `successes` of `n`, `value` on 0..100 and its Wilson
 * score interval on 0..100 too. The one shape of every share in Rapport (response, reopen
 * and one-touch rates, CSAT, funnel conversions, cohort retention, SLA attainment), made by
 * {@link proportion}.
 *
 * @example
 * ```ts
 * import { proportion, type Proportion } from "@rapport/stats";
 * const rate: Proportion = proportion(50, 200);
 * rate.value; // 25
 * ```
 */
export interface Proportion {
  /** successes / n × 100, on 0..100; `null` when `n` is 0. */
  readonly value: number | null;
  /** How many counted (responses received, cases reopened, customers retained …). */
  readonly successes: number;
  /** Out of how many. */
  readonly n: number;
  /** The Wilson score interval in percent (0..100), method `"wilson"`; `null` when `n` is 0. */
  readonly interval: Interval | null;
  /** `true` when `n` is below `minSample` (default 30): too few to act on. */
  readonly smallSample: boolean;
}

/**
 * Options of {@link proportion}, and of every function that returns a {@link Proportion}.
 *
 * @example
 * ```ts
 * import { proportion, type ProportionOptions } from "@rapport/stats";
 * const options: ProportionOptions = { level: 0.9, minSample: 50 };
 * proportion(9, 40, options).smallSample; // true
 * ```
 */
export interface ProportionOptions {
  /** Confidence level of the interval, strictly between 0 and 1. Default 0.95. */
  readonly level?: number;
  /** Below this many (`n`), the share is flagged `smallSample`. Default 30. */
  readonly minSample?: number;
}

/** The default {@link ProportionOptions.minSample}, a common rule of thumb. */
const DEFAULT_MIN_SAMPLE = 30;

/**
 * The share `successes / n` in percent, with its Wilson score interval in percent (Wilson
 * 1927; see {@link wilsonInterval}). `value` and `interval` are `null` when `n` is 0 (never
 * `NaN`); `smallSample` is `true` when `n < minSample`. Counts must be whole numbers with
 * `successes ≤ n`; a value of the wrong type is a `TypeError`, one outside its domain a
 * `RangeError`.
 *
 * @example
 * ```ts
 * import { proportion } from "@rapport/stats";
 * const share = proportion(92, 400);
 * share.value; // 23
 * share.interval; // { lower: 19.14…, upper: 27.37…, level: 0.95, method: "wilson" }
 * proportion(0, 0).value; // null
 * ```
 */
export function proportion(
  successes: number,
  n: number,
  options: ProportionOptions = {},
): Proportion {
  if (typeof options !== "object" || options === null) {
    throw new TypeError(expectedMessage("proportion: options", "an object", options));
  }
  const level = checkLevel("proportion: options.level", options.level ?? 0.95);
  const minSample = checkCount(
    "proportion: options.minSample",
    options.minSample ?? DEFAULT_MIN_SAMPLE,
  );
  checkCount("proportion: n", n);
  checkCount("proportion: successes", successes);
  if (successes > n) {
    throw new RangeError(
      expectedMessage("proportion: successes", `a whole number from 0 to n (${n})`, successes),
    );
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
