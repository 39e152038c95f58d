import { checkCount, checkLevel, criticalZ, expectedMessage, type Interval } from "@rapport/stats";
import { DEFAULT_MIN_SAMPLE, type ScoreOptions } from "./score-options";

/**
 * Respondents per NPS group: promoters answered 9-10, passives 7-8, detractors 0-6.
 *
 * @example
 * ```ts
 * import { npsFromCounts, type NpsCounts } from "@rapport/metrics";
 * const counts: NpsCounts = { promoters: 120, passives: 50, detractors: 30 };
 * npsFromCounts(counts).value; // 45
 * ```
 */
export interface NpsCounts {
  /** Answers of 9 or 10. */
  readonly promoters: number;
  /** Answers of 7 or 8. */
  readonly passives: number;
  /** Answers of 0 to 6. */
  readonly detractors: number;
}

/**
 * Options of {@link nps} and {@link npsFromCounts}.
 *
 * @example
 * ```ts
 * import { nps, type NpsOptions } from "@rapport/metrics";
 * const options: NpsOptions = { level: 0.9, interval: "wald" };
 * nps([10, 9, 3, 8], options).interval?.method; // "wald"
 * ```
 */
export interface NpsOptions extends ScoreOptions {
  /**
   * `"adjusted-wald"` (default): Rocks (2016), recommended by MeasuringU; `"wald"`: the plain
   * Wald interval on the observed proportions (poor coverage for small n or extreme scores).
   */
  readonly interval?: "adjusted-wald" | "wald";
}

/**
 * A Net Promoter Score with its sample and its uncertainty.
 *
 * @example
 * ```ts
 * import { nps, type NpsScore } from "@rapport/metrics";
 * const score: NpsScore = nps([10, 9, 8, 3]);
 * score.value; // 25
 * ```
 */
export interface NpsScore extends NpsCounts {
  /** %promoters − %detractors, on −100..100; `null` when `n` is 0. */
  readonly value: number | null;
  /** Number of responses. */
  readonly n: number;
  /** Confidence interval on the −100..100 scale; `null` when `n` is 0. */
  readonly interval: Interval | null;
  /** `true` when `n` is below `minSample` (default 30). */
  readonly smallSample: boolean;
}

/**
 * The Net Promoter Score of 0-10 answers: the percentage of promoters (9-10) minus the
 * percentage of detractors (0-6), on −100..100, with a confidence interval (adjusted Wald by
 * default, see {@link npsFromCounts}). Every score must be an integer from 0 to 10; anything
 * else throws a `RangeError` naming the value and its position. No scores gives
 * `value: null`.
 *
 * Source: F. F. Reichheld (2003), "The One Number You Need to Grow", Harvard Business Review.
 *
 * @example
 * ```ts
 * import { nps } from "@rapport/metrics";
 * const score = nps([10, 9, 9, 8, 7, 6, 3, 10]);
 * score.value; // 25  (4 promoters − 2 detractors of 8)
 * score.interval; // { lower: …, upper: …, level: 0.95, method: "adjusted-wald" }
 * ```
 */
export function nps(scores: Iterable<number>, options: NpsOptions = {}): NpsScore {
  return npsFromCounts(tally(Array.isArray(scores) ? scores : [...scores]), options);
}

// An indexed loop over an array: V8 runs it several times faster than the iterator protocol,
// and keeping it in its own function (apart from the spread above) keeps it that fast.
//
// The groups are counted without branches: for an integer u from 0 to 10, (u + 7) >> 4 is 1
// exactly when u ≥ 9 and (u + 9) >> 4 is 1 exactly when u ≥ 7. Answers arrive in no order, so
// the two comparisons of a counting loop are mispredicted on a good share of them; this way
// the only branch is the validity check, which is always taken the same way on valid data.
function tally(scores: readonly number[]): NpsCounts {
  let promoters = 0;
  let sevenOrMore = 0;
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i]!;
    // `>>> 0` keeps non-negative integers below 2^32 unchanged and alters everything else.
    if (score >>> 0 !== score || score > 10) throw npsScoreError(score, i);
    promoters += (score + 7) >> 4;
    sevenOrMore += (score + 9) >> 4;
  }
  return { promoters, passives: sevenOrMore - promoters, detractors: scores.length - sevenOrMore };
}

function npsScoreError(score: unknown, index: number): RangeError {
  return new RangeError(expectedMessage(`nps: scores[${index}]`, "an integer from 0 to 10", score));
}

const NPS_GROUPS = ["promoters", "passives", "detractors"] as const;

/**
 * The Net Promoter Score from the counts of promoters, passives and detractors, in constant
 * time.
 *
 * Interval (default `"adjusted-wald"`, Rocks 2016, The American Statistician 70(4), as
 * recommended by MeasuringU): with n′ = n + 3, p′₊ = (promoters + ¾) / n′ and
 * p′₋ = (detractors + ¾) / n′, NPS′ = p′₊ − p′₋ and Var = (p′₊ + p′₋ − NPS′²) / n′; the
 * interval is NPS′ ± z·√Var, ×100, clamped to −100..100. The `"wald"` option uses the
 * observed proportions and n instead. `value` is always the plain NPS of the data.
 *
 * Note: the adjusted interval is centred on NPS′, which is pulled towards 0; for n = 1 (and
 * for very small all-promoter or all-detractor samples at levels below 95 %) it does not
 * contain the observed score. Such samples are flagged `smallSample`.
 *
 * @example
 * ```ts
 * import { npsFromCounts } from "@rapport/metrics";
 * npsFromCounts({ promoters: 50, passives: 30, detractors: 20 }).value; // 30
 * ```
 */
export function npsFromCounts(counts: NpsCounts, options: NpsOptions = {}): NpsScore {
  const fn = "npsFromCounts";
  // The checks of @rapport/stats called directly, not through ./score-options: nps stays
  // within its 1 kB budget.
  for (const key of NPS_GROUPS) checkCount(`${fn}: ${key}`, counts[key]);
  const { promoters, passives, detractors } = counts;
  const level = checkLevel(`${fn}: options.level`, options.level ?? 0.95);
  const minSample = checkCount(`${fn}: options.minSample`, options.minSample ?? DEFAULT_MIN_SAMPLE);
  const method = options.interval ?? "adjusted-wald";
  if (method !== "adjusted-wald" && method !== "wald") {
    throw new RangeError(
      // oneOf(["adjusted-wald", "wald"]), written out: nps stays within its 1 kB budget.
      expectedMessage(`${fn}: options.interval`, 'one of "adjusted-wald" | "wald"', method),
    );
  }
  const n = promoters + passives + detractors;
  const sample = { n, promoters, passives, detractors, smallSample: n < minSample };
  if (n === 0) return { value: null, ...sample, interval: null };
  // Work on 0..1 and scale once, so that e.g. 45 comes out as 45, not 45.00000000000001.
  const value = ((promoters - detractors) * 100) / n;
  const extra = method === "wald" ? 0 : 3;
  const nAdjusted = n + extra;
  const pro = (promoters + extra / 4) / nAdjusted;
  const det = (detractors + extra / 4) / nAdjusted;
  const centre = pro - det;
  const half = criticalZ(level) * Math.sqrt((pro + det - centre * centre) / nAdjusted);
  const interval: Interval = {
    lower: Math.max(-100, (centre - half) * 100),
    upper: Math.min(100, (centre + half) * 100),
    level,
    method,
  };
  return { value, ...sample, interval };
}
