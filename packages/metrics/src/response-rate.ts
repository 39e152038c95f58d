import { expectedMessage, type Proportion } from "@rapport/stats";
import { checkCount, type ScoreOptions } from "./score-options";
import { scoreShare } from "./score-share";

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
): Proportion {
  checkCount("responseRate", "sent", sent);
  checkCount("responseRate", "received", received);
  if (received > sent) {
    throw new RangeError(
      expectedMessage(
        "responseRate: received",
        `a whole number from 0 to sent (${sent})`,
        received,
      ),
    );
  }
  return scoreShare("responseRate", received, sent, options);
}
