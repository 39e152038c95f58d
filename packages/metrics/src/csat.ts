import { expectedMessage, type Interval, oneOf, type Proportion } from "@rapport/stats";
import { histogramMoments } from "./mean-interval";
import { checkCount, type ScoreOptions } from "./score-options";
import { scoreShare } from "./score-share";

/**
 * The CSAT scales: `"binary"` (good/bad, as Zendesk asks) and `"five_point"` (1-5).
 *
 * @example
 * ```ts
 * import type { CsatScale } from "@rapport/metrics";
 * const scale: CsatScale = "five_point";
 * ```
 */
export type CsatScale = "binary" | "five_point";

/**
 * Options of {@link csat} and {@link csatFromCounts}.
 *
 * @example
 * ```ts
 * import { csat, type CsatOptions } from "@rapport/metrics";
 * const options: CsatOptions<"five_point"> = { scale: "five_point", level: 0.9 };
 * csat([5, 4, 2], options).value; // 66.66…
 * ```
 */
export interface CsatOptions<Scale extends CsatScale = CsatScale> extends ScoreOptions {
  /** Which scale the answers are on. */
  readonly scale: Scale;
}

/**
 * Counts of binary CSAT answers.
 *
 * @example
 * ```ts
 * import { csatFromCounts, type BinaryCsatCounts } from "@rapport/metrics";
 * const counts: BinaryCsatCounts = { good: 45, bad: 5 };
 * csatFromCounts(counts, { scale: "binary" }).value; // 90
 * ```
 */
export interface BinaryCsatCounts {
  /** Answers "good". */
  readonly good: number;
  /** Answers "bad". */
  readonly bad: number;
}

/**
 * What a CSAT score of either scale holds: the share satisfied as a `Proportion` of
 * @rapport/stats (`value` and `interval` in percent, `successes` the satisfied answers: "good",
 * or 4 and 5 on the five-point scale; `n` the answers).
 */
type CsatScoreBase = Proportion;

/**
 * CSAT on the binary scale: good ÷ (good + bad), in percent.
 *
 * @example
 * ```ts
 * import { csat, type BinaryCsatScore } from "@rapport/metrics";
 * const score: BinaryCsatScore = csat(["good", "bad", "good"], { scale: "binary" });
 * score.counts; // { good: 2, bad: 1 }
 * ```
 */
export interface BinaryCsatScore extends CsatScoreBase {
  /** The scale. */
  readonly scale: "binary";
  /** Answers per value. */
  readonly counts: BinaryCsatCounts;
}

/**
 * CSAT on the five-point scale: the share of 4 and 5 ("top-2-box") in percent, and the mean.
 *
 * @example
 * ```ts
 * import { csat, type FivePointCsatScore } from "@rapport/metrics";
 * const score: FivePointCsatScore = csat([5, 4, 3, 1], { scale: "five_point" });
 * score.mean; // 3.25
 * ```
 */
export interface FivePointCsatScore extends CsatScoreBase {
  /** The scale. */
  readonly scale: "five_point";
  /** Answers per value: `counts[0]` answered 1, …, `counts[4]` answered 5. */
  readonly counts: readonly number[];
  /** Mean answer (1..5); `null` when `n` is 0. */
  readonly mean: number | null;
  /** Student-t interval of the mean, clamped to 1..5; `null` when `n` < 2. */
  readonly meanInterval: Interval | null;
}

/**
 * A CSAT score of either scale; `scale` tells which.
 *
 * @example
 * ```ts
 * import type { CsatScore } from "@rapport/metrics";
 * const label = (s: CsatScore) => (s.value === null ? "no answers" : `${s.value.toFixed(0)} %`);
 * ```
 */
export type CsatScore = BinaryCsatScore | FivePointCsatScore;

/**
 * The score type of a CSAT scale.
 *
 * @example
 * ```ts
 * import type { CsatScoreOf } from "@rapport/metrics";
 * type Binary = CsatScoreOf<"binary">; // BinaryCsatScore
 * ```
 */
export type CsatScoreOf<Scale extends CsatScale> = Scale extends "binary"
  ? BinaryCsatScore
  : FivePointCsatScore;

/**
 * The answers a CSAT scale takes: `"good" | "bad"` or 1..5.
 *
 * @example
 * ```ts
 * import type { CsatAnswer } from "@rapport/metrics";
 * const answer: CsatAnswer<"binary"> = "good";
 * ```
 */
export type CsatAnswer<Scale extends CsatScale> = Scale extends "binary" ? "good" | "bad" : number;

/**
 * Customer satisfaction with a Wilson score interval.
 *
 * - `binary`: good ÷ (good + bad), as Zendesk computes its satisfaction score (Zendesk help
 *   centre, "Understanding customer satisfaction ratings").
 * - `five_point`: the share answering 4 or 5 ("top-2-box", ACSI/industry convention), plus
 *   the mean answer with a Student-t interval.
 *
 * Answers off the scale (e.g. `"offered"`, `0`, `4.5`) throw a `RangeError` naming the value
 * and its position; nothing is coerced.
 *
 * @example
 * ```ts
 * import { csat } from "@rapport/metrics";
 * csat(["good", "good", "bad", "good"], { scale: "binary" }).value; // 75
 * csat([5, 4, 4, 2, 1], { scale: "five_point" }).value; // 60
 * ```
 */
export function csat<Scale extends CsatScale>(
  scores: Iterable<CsatAnswer<Scale>>,
  options: CsatOptions<Scale>,
): CsatScoreOf<Scale> {
  const scale = checkScale("csat", options);
  let index = 0;
  if (scale === "binary") {
    let good = 0;
    let bad = 0;
    for (const score of scores as Iterable<unknown>) {
      if (score === "good") good++;
      else if (score === "bad") bad++;
      else throw csatScoreError(scale, score, index);
      index++;
    }
    return binaryScore({ good, bad }, options) as CsatScoreOf<Scale>;
  }
  const counts = [0, 0, 0, 0, 0];
  for (const score of scores as Iterable<unknown>) {
    if (typeof score !== "number" || !Number.isInteger(score) || score < 1 || score > 5) {
      throw csatScoreError(scale, score, index);
    }
    counts[score - 1]!++;
    index++;
  }
  return fivePointScore(counts, options) as CsatScoreOf<Scale>;
}

/**
 * CSAT from counts, in constant time: `{ good, bad }` on the binary scale, or five counts
 * (answers 1..5) on the five-point scale. Same definitions as {@link csat}.
 *
 * @example
 * ```ts
 * import { csatFromCounts } from "@rapport/metrics";
 * csatFromCounts({ good: 180, bad: 20 }, { scale: "binary" }).value; // 90
 * csatFromCounts([1, 1, 2, 10, 6], { scale: "five_point" }).value; // 80
 * ```
 */
export function csatFromCounts<Scale extends CsatScale>(
  counts: Scale extends "binary" ? BinaryCsatCounts : readonly number[],
  options: CsatOptions<Scale>,
): CsatScoreOf<Scale> {
  const scale = checkScale("csatFromCounts", options);
  if (scale === "binary") {
    const { good, bad } = counts as BinaryCsatCounts;
    checkCount("csatFromCounts", "good", good);
    checkCount("csatFromCounts", "bad", bad);
    return binaryScore({ good, bad }, options) as CsatScoreOf<Scale>;
  }
  const histogram = counts as readonly number[];
  if (!Array.isArray(histogram) || histogram.length !== 5) {
    throw new RangeError(
      expectedMessage(
        "csatFromCounts: counts",
        "an array of five counts (answers 1..5) on the five_point scale",
        counts,
      ),
    );
  }
  for (const [i, count] of histogram.entries()) checkCount("csatFromCounts", `counts[${i}]`, count);
  return fivePointScore([...histogram], options) as CsatScoreOf<Scale>;
}

function checkScale(fn: string, options: { readonly scale?: unknown } | undefined): CsatScale {
  const scale = options?.scale;
  if (scale !== "binary" && scale !== "five_point") {
    const message = expectedMessage(`${fn}: options.scale`, oneOf(["binary", "five_point"]), scale);
    throw typeof scale === "string" ? new RangeError(message) : new TypeError(message);
  }
  return scale;
}

function csatScoreError(scale: CsatScale, score: unknown, index: number): RangeError {
  const expected = scale === "binary" ? oneOf(["good", "bad"]) : "an integer from 1 to 5";
  return new RangeError(
    expectedMessage(`csat: scores[${index}]`, `${expected} on the ${scale} scale`, score),
  );
}

function binaryScore(counts: BinaryCsatCounts, options: ScoreOptions): BinaryCsatScore {
  const share = scoreShare("csat", counts.good, counts.good + counts.bad, options);
  return {
    scale: "binary",
    ...share,
    counts: { good: counts.good, bad: counts.bad },
  };
}

function fivePointScore(counts: number[], options: ScoreOptions): FivePointCsatScore {
  const n = counts[0]! + counts[1]! + counts[2]! + counts[3]! + counts[4]!;
  const satisfied = counts[3]! + counts[4]!;
  const share = scoreShare("csat", satisfied, n, options);
  const moments = histogramMoments(counts, 1, options.level ?? 0.95);
  return {
    scale: "five_point",
    ...share,
    counts,
    mean: moments.mean,
    meanInterval: moments.interval,
  };
}
