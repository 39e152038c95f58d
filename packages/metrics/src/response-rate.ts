import { type ProportionScore, proportionScore } from "./proportion-score";
import type { ScoreOptions } from "./score-options";

/**
 * The survey response rate: responses received ÷ surveys sent, in percent, with its Wilson
 * score interval (Wilson 1927). `value: null` when nothing was sent; a `RangeError` when
 * `received` exceeds `sent` or either is not a whole count.
 *
 * @example
 * ```ts
 * import { responseRate } from "@rapport/metrics";
 * const rate = responseRate(400, 92);
 * rate.value; // 23
 * rate.interval; // { lower: 19.14…, upper: 27.37…, level: 0.95, method: "wilson" }
 * ```
 */
export function responseRate(
  sent: number,
  received: number,
  options: ScoreOptions = {},
): ProportionScore {
  if (!(Number.isSafeInteger(sent) && sent >= 0)) {
    throw new RangeError(`responseRate: expected sent to be an integer ≥ 0, received ${sent}`);
  }
  if (!(Number.isSafeInteger(received) && received >= 0 && received <= sent)) {
    throw new RangeError(
      `responseRate: expected received to be an integer from 0 to sent (${sent}), received ${received}`,
    );
  }
  return proportionScore("responseRate", received, sent, options);
}
