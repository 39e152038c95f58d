import type { Interval, Proportion } from "@rapport/stats";
import { expectedMessage, oneOf } from "@rapport/stats";
import { histogramMoments } from "./mean-interval";
import { checkCount, type ScoreOptions } from "./score-options";
import { scoreShare } from "./score-share";

/**
 * The CES agreement scales: `"seven_point"` (CES 2.0, 1-7) and `"five_point"` (1-5).
 *
 * @example
 * ```ts
 * import type { CesScale } from "@rapport/metrics";
 * const scale: CesScale = "seven_point";
 * ```
 */
export type CesScale = "seven_point" | "five_point";

/**
 * Options of {@link ces} and {@link cesFromCounts}.
 *
 * @example
 * ```ts
 * import { ces, type CesOptions } from "@rapport/metrics";
 * const options: CesOptions = { scale: "five_point", level: 0.9 };
 * ces([5, 4, 2], options).value; // 3.66…
 * ```
 */
export interface CesOptions extends ScoreOptions {
  /** Which scale the answers are on. Default `"seven_point"` (CES 2.0). */
  readonly scale?: CesScale;
}

/**
 * A Customer Effort Score: the mean agreement with "The company made it easy for me to handle
 * my issue", and the share who agree. Higher means less effort (better).
 *
 * @example
 * ```ts
 * import { ces, type CesScore } from "@rapport/metrics";
 * const score: CesScore = ces([7, 6, 5, 2]);
 * score.value; // 5
 * ```
 */
export interface CesScore {
  /** The scale. */
  readonly scale: CesScale;
  /** Mean answer (1..7 or 1..5); `null` when `n` is 0. */
  readonly value: number | null;
  /** Number of answers. */
  readonly n: number;
  /** Answers per value: `counts[0]` answered 1, `counts[1]` answered 2, … */
  readonly counts: readonly number[];
  /** Sample standard deviation (n − 1 denominator); `null` when `n` < 2. */
  readonly sd: number | null;
  /** Student-t interval of the mean, clamped to the scale; `null` when `n` < 2. */
  readonly interval: Interval | null;
  /** Share who agree (5-7 of 7, 4-5 of 5), in percent, with its Wilson interval. */
  readonly agree: Proportion;
  /** `true` when `n` is below `minSample` (default 30). */
  readonly smallSample: boolean;
}

/**
 * The Customer Effort Score (CES 2.0): the mean answer on a 1-7 agreement scale ("The company
 * made it easy for me to handle my issue"; also 1-5), with a Student-t interval
 * (mean ± t(1 − α/2, n − 1)·s/√n, clamped to the scale), and the share who agree (5, 6 or 7
 * of 7; 4 or 5 of 5) with a Wilson interval. In CES 2.0 higher is better: it means the
 * customer found it EASY. (The original CES of 2010 asked "how much effort" on 1-5, where
 * lower was better; do not mix the two.)
 *
 * Source: M. Dixon, K. Freeman, N. Toman (2010), "Stop Trying to Delight Your Customers",
 * Harvard Business Review; CES 2.0 wording from CEB/Gartner (2013), "The Effortless
 * Experience". Student-t interval: "Student" (1908), Biometrika 6(1).
 *
 * Answers off the scale or not integers throw a `RangeError`; nothing is coerced.
 *
 * @example
 * ```ts
 * import { ces } from "@rapport/metrics";
 * const score = ces([7, 6, 6, 5, 3, 7, 2, 6]);
 * score.value; // 5.25
 * score.agree.value; // 75 (6 of 8 answered 5-7)
 * ```
 */
export function ces(scores: Iterable<number>, options: CesOptions = {}): CesScore {
  const scale = checkScale("ces", options.scale);
  const top = scale === "seven_point" ? 7 : 5;
  const counts = new Array<number>(top).fill(0);
  let index = 0;
  for (const score of scores as Iterable<unknown>) {
    if (typeof score !== "number" || !Number.isInteger(score) || score < 1 || score > top) {
      throw new RangeError(
        expectedMessage(
          `ces: scores[${index}]`,
          `an integer from 1 to ${top} on the ${scale} scale`,
          score,
        ),
      );
    }
    counts[score - 1]!++;
    index++;
  }
  return cesScore(scale, counts, options);
}

/**
 * The Customer Effort Score from a histogram, in constant time: seven counts (answers 1..7)
 * on the seven-point scale, five on the five-point scale. Same definitions as {@link ces}.
 *
 * @example
 * ```ts
 * import { cesFromCounts } from "@rapport/metrics";
 * cesFromCounts([0, 0, 1, 0, 1, 2, 0]).value; // 5 ((3 + 5 + 6 + 6) / 4)
 * ```
 */
export function cesFromCounts(counts: readonly number[], options: CesOptions = {}): CesScore {
  const scale = checkScale("cesFromCounts", options.scale);
  const size = scale === "seven_point" ? 7 : 5;
  if (!Array.isArray(counts) || counts.length !== size) {
    throw new RangeError(
      expectedMessage(
        "cesFromCounts: counts",
        `an array of ${size} counts (answers 1..${size}) on the ${scale} scale`,
        counts,
      ),
    );
  }
  for (const [i, count] of counts.entries()) checkCount("cesFromCounts", `counts[${i}]`, count);
  return cesScore(scale, [...counts], options);
}

function checkScale(fn: string, scale: unknown): CesScale {
  if (scale === undefined) return "seven_point";
  if (scale !== "seven_point" && scale !== "five_point") {
    throw new RangeError(
      expectedMessage(`${fn}: options.scale`, oneOf(["seven_point", "five_point"]), scale),
    );
  }
  return scale;
}

function cesScore(scale: CesScale, counts: number[], options: ScoreOptions): CesScore {
  let n = 0;
  for (const count of counts) n += count;
  // Agreement: the top three points of seven (somewhat agree, agree, strongly agree), the
  // top two of five.
  const agreeFrom = scale === "seven_point" ? 5 : 4;
  let agreeing = 0;
  for (let answer = agreeFrom; answer <= counts.length; answer++) agreeing += counts[answer - 1]!;
  const agree = scoreShare("ces", agreeing, n, options);
  const moments = histogramMoments(counts, 1, options.level ?? 0.95);
  return {
    scale,
    value: moments.mean,
    n,
    counts,
    sd: moments.sd,
    interval: moments.interval,
    agree,
    smallSample: agree.smallSample,
  };
}
