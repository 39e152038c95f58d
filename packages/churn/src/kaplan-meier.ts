import { checkLevel, criticalZ, expectedMessage, type Interval, oneOf } from "@rapport/stats";
import { riskTable } from "./risk-table";
import { checkSurvivalData, type SurvivalDataOptions } from "./survival-data";

/**
 * Options for {@link kaplanMeier}.
 *
 * @example
 * ```ts
 * import type { KaplanMeierOptions } from "@rapport/churn";
 * const options: KaplanMeierOptions = { level: 0.9, ci: "linear" };
 * ```
 */
export interface KaplanMeierOptions extends SurvivalDataOptions {
  /** Confidence level of the pointwise intervals (default 0.95). */
  readonly level?: number;
  /**
   * How the Greenwood variance becomes an interval: `"log-log"` (default, as `lifelines` and
   * Kalbfleisch & Prentice; always inside [0, 1]) or `"linear"` (S ± z·SE, clipped to [0, 1]).
   */
  readonly ci?: "log-log" | "linear";
}

/**
 * One step of the Kaplan-Meier curve, at a time when at least one event happened.
 *
 * @example
 * ```ts
 * import type { KaplanMeierStep } from "@rapport/churn";
 * const row = (s: KaplanMeierStep) =>
 *   `${s.time}: ${s.survival.toFixed(3)} [${s.interval.lower.toFixed(3)}, ${s.interval.upper.toFixed(3)}]`;
 * ```
 */
export interface KaplanMeierStep {
  /** The event time. */
  readonly time: number;
  /** Subjects at risk just before `time` (the sum of their weights when weighted). */
  readonly atRisk: number;
  /** Events (e.g. cancellations) at `time` (weighted). */
  readonly events: number;
  /** Subjects censored at `time` (weighted; counted at risk at `time`, as is conventional). */
  readonly censored: number;
  /** Estimated survival S(t) just after `time`. */
  readonly survival: number;
  /** Greenwood standard error of S(t); `null` once S(t) is 0. */
  readonly standardError: number | null;
  /**
   * Greenwood standard error of −ln S(t), √Σ dᵢ/(nᵢ(nᵢ − dᵢ)) (what R's `survfit` reports as
   * `std.err`); `null` once S(t) is 0. The intervals of {@link medianSurvival} are built on it.
   */
  readonly logStandardError: number | null;
  /**
   * Pointwise confidence interval of S(t), on 0..1 like the survival itself; `method` is the
   * curve's `ci` (`"log-log"` or `"linear"`), `level` its confidence level.
   */
  readonly interval: Interval;
}

/**
 * A Kaplan-Meier survival curve.
 *
 * @example
 * ```ts
 * import { kaplanMeier, type KaplanMeierCurve } from "@rapport/churn";
 * const curve: KaplanMeierCurve = kaplanMeier([3, 5, 8], [true, false, true]);
 * curve.median; // 8
 * ```
 */
export interface KaplanMeierCurve {
  /** Subjects (records, whatever their weights). */
  readonly n: number;
  /** Events observed (weighted). */
  readonly events: number;
  /** The curve's steps, one per distinct event time, in time order. */
  readonly steps: KaplanMeierStep[];
  /**
   * Median survival: the first time S(t) ≤ 0.5, or, where S(t) is exactly 0.5 on a stretch,
   * the midpoint of that stretch (R's survfit convention); `null` if the curve never gets there.
   */
  readonly median: number | null;
  /** The confidence level of the intervals. */
  readonly level: number;
  /** How the intervals were formed. */
  readonly ci: "log-log" | "linear";
}

// A running product of (1 − d/n) that is ½ in exact arithmetic can come out a few units in
// the last place either side of it (e.g. 3/4 · 2/3).
const HALF_TOLERANCE = 1e-12;

/**
 * The Kaplan-Meier product-limit estimate of a survival (retention) curve (Kaplan & Meier
 * 1958): S(t) = Π_{tᵢ ≤ t} (1 − dᵢ/nᵢ), with Greenwood's variance
 * Var S(t) = S(t)² Σ dᵢ / (nᵢ(nᵢ − dᵢ)) (Greenwood 1926; Klein & Moeschberger, "Survival
 * Analysis", 2nd ed., §4.2). `durations[i]` is how long subject i was followed and
 * `observed[i]` whether the event (e.g. churn) happened then (`false` = still active, censored).
 * Subjects censored at an event time count as at risk at it. The log-log interval is
 * exp(−exp(ln(−ln S) ± z·√Σ / |ln S|)). Median = the first time S(t) ≤ 0.5; where S(t) is
 * exactly 0.5 (to rounding: |S − ½| ≤ 1e-12) from one event time to the next, the midpoint of
 * the two, and the event time itself when no event follows (as R's `survfit` reports it:
 * `survfit(Surv(c(1, 2, 3, 4), c(1, 1, 1, 1)) ~ 1)` has median 2.5). No subjects gives an
 * empty curve with a `null` median.
 *
 * Weights and late entry (`options.weights`, `options.entry`): nᵢ and dᵢ become sums of
 * weights, and subject i is at risk only on (entry[i], durations[i]]. Both match R's
 * `survfit(Surv(entry, time, status) ~ 1, weights = w)`; R's default variance for
 * non-integer weights is a robust (infinitesimal jackknife) one, so compare standard errors
 * there with `robust = FALSE` (this function's Greenwood variance treats weights as
 * frequency weights). Under late entry the risk set can be empty before the first entry; the
 * curve still starts at 1.
 *
 * @example
 * ```ts
 * import { kaplanMeier } from "@rapport/churn";
 * const curve = kaplanMeier([6, 6, 6, 7, 10], [true, true, false, true, false]);
 * curve.steps[0]!.survival; // 1 − 2/5 = 0.6
 * ```
 */
export function kaplanMeier(
  durations: readonly number[],
  observed: readonly boolean[],
  options: KaplanMeierOptions = {},
): KaplanMeierCurve {
  const fn = "kaplanMeier";
  const data = checkSurvivalData(fn, durations, observed, options);
  const level = checkLevel(`${fn}: options.level`, options.level ?? 0.95);
  const ci = options.ci ?? "log-log";
  if (ci !== "log-log" && ci !== "linear") {
    throw new RangeError(expectedMessage(`${fn}: options.ci`, oneOf(["log-log", "linear"]), ci));
  }
  const z = criticalZ(level);
  let survival = 1;
  let greenwood = 0;
  // The step where S(t) first reached ½, and whether it is exactly ½ (to rounding).
  let medianStep = -1;
  let exactlyHalf = false;
  let totalEvents = 0;
  const steps: KaplanMeierStep[] = [];
  for (const row of riskTable(data)) {
    const { time, totalAtRisk: atRisk, totalEvents: events, censored } = row;
    // Sums of fractional weights: a remainder within rounding of 0 is 0.
    const left = atRisk - events > 1e-12 * atRisk ? atRisk - events : 0;
    survival = left > 0 ? survival * (left / atRisk) : 0;
    greenwood += left > 0 ? events / (atRisk * left) : 0;
    totalEvents += events;
    const logStandardError = survival > 0 ? Math.sqrt(greenwood) : null;
    const standardError = survival > 0 ? survival * Math.sqrt(greenwood) : null;
    let lower = 0;
    let upper = 0;
    if (survival >= 1) {
      lower = 1;
      upper = 1;
    } else if (survival > 0) {
      if (ci === "linear") {
        lower = Math.max(0, survival - z * standardError!);
        upper = Math.min(1, survival + z * standardError!);
      } else {
        const logS = Math.log(survival);
        const spread = (z * Math.sqrt(greenwood)) / Math.abs(logS);
        const theta = Math.log(-logS);
        lower = Math.exp(-Math.exp(theta + spread));
        upper = Math.exp(-Math.exp(theta - spread));
      }
    }
    const interval = { lower, upper, level, method: ci };
    steps.push({
      time,
      atRisk,
      events,
      censored,
      survival,
      standardError,
      logStandardError,
      interval,
    });
    if (medianStep < 0 && survival <= 0.5 + HALF_TOLERANCE) {
      medianStep = steps.length - 1;
      exactlyHalf = Math.abs(survival - 0.5) <= HALF_TOLERANCE;
    }
  }
  let median: number | null = null;
  if (medianStep >= 0) {
    const at = steps[medianStep]!.time;
    const next = steps[medianStep + 1];
    median = exactlyHalf && next !== undefined ? (at + next.time) / 2 : at;
  }
  return { n: durations.length, events: totalEvents, steps, median, level, ci };
}
