import type { HappinessRating } from "@rapport/core";
import { expectedMessage, type Interval } from "@rapport/stats";
import { type NpsOptions, npsFromCounts } from "./nps";

/**
 * Answers per rating of the three-point happiness scale.
 *
 * @example
 * ```ts
 * import { happinessFromCounts, type HappinessCounts } from "@rapport/metrics";
 * const counts: HappinessCounts = { great: 70, okay: 20, notGood: 10 };
 * happinessFromCounts(counts).value; // 60
 * ```
 */
export interface HappinessCounts {
  /** Answers of `"great"`. */
  readonly great: number;
  /** Answers of `"okay"`. */
  readonly okay: number;
  /** Answers of `"not_good"`. */
  readonly notGood: number;
}

/**
 * Options of {@link happiness} and {@link happinessFromCounts}: the level, `minSample` and
 * the interval method, as for NPS.
 *
 * @example
 * ```ts
 * import { happiness, type HappinessOptions } from "@rapport/metrics";
 * const options: HappinessOptions = { level: 0.9 };
 * happiness(["great", "okay"], options).interval?.level; // 0.9
 * ```
 */
export type HappinessOptions = NpsOptions;

/**
 * A happiness score with its sample and its uncertainty.
 *
 * @example
 * ```ts
 * import { happiness, type HappinessScore } from "@rapport/metrics";
 * const score: HappinessScore = happiness(["great", "great", "not_good", "okay"]);
 * score.value; // 25
 * ```
 */
export interface HappinessScore extends HappinessCounts {
  /** % Great − % Not good, on −100..100; `null` when `n` is 0. */
  readonly value: number | null;
  /** Number of answers. */
  readonly n: number;
  /** Confidence interval on the −100..100 scale; `null` when `n` is 0. */
  readonly interval: Interval | null;
  /** `true` when `n` is below `minSample` (default 30). */
  readonly smallSample: boolean;
}

/**
 * The happiness score of three-point answers (Help Scout's "Great / Okay / Not good"): the
 * percentage of Great minus the percentage of Not good, on −100..100. It has the shape of a
 * Net Promoter Score (a top group minus a bottom group of one sample), so it takes the same
 * interval: adjusted Wald by default (Rocks 2016), see {@link npsFromCounts}. An answer that
 * is not `"great"`, `"okay"` or `"not_good"` throws a `RangeError` naming it and its
 * position. No answers gives `value: null`.
 *
 * @example
 * ```ts
 * import { happiness } from "@rapport/metrics";
 * const score = happiness(["great", "great", "great", "okay", "not_good"]);
 * score.value; // 40  (3 Great − 1 Not good of 5)
 * score.interval?.method; // "adjusted-wald"
 * ```
 */
export function happiness(
  ratings: Iterable<HappinessRating>,
  options: HappinessOptions = {},
): HappinessScore {
  let great = 0;
  let okay = 0;
  let notGood = 0;
  let i = 0;
  for (const rating of ratings) {
    if (rating === "great") great++;
    else if (rating === "okay") okay++;
    else if (rating === "not_good") notGood++;
    else {
      throw new RangeError(
        expectedMessage(`happiness: ratings[${i}]`, '"great", "okay" or "not_good"', rating),
      );
    }
    i++;
  }
  return happinessFromCounts({ great, okay, notGood }, options);
}

/**
 * The happiness score from the counts of each rating, in constant time; the interval is the
 * one of {@link npsFromCounts} with Great as promoters and Not good as detractors.
 *
 * @example
 * ```ts
 * import { happinessFromCounts } from "@rapport/metrics";
 * happinessFromCounts({ great: 50, okay: 30, notGood: 20 }).value; // 30
 * ```
 */
export function happinessFromCounts(
  counts: HappinessCounts,
  options: HappinessOptions = {},
): HappinessScore {
  const score = npsFromCounts(
    { promoters: counts.great, passives: counts.okay, detractors: counts.notGood },
    options,
  );
  const { value, n, interval, smallSample } = score;
  return {
    great: counts.great,
    okay: counts.okay,
    notGood: counts.notGood,
    value,
    n,
    interval,
    smallSample,
  };
}
