import { checkLevel, criticalZ, expectedMessage, oneOf } from "@rapport/stats";
import type { KaplanMeierCurve, KaplanMeierStep } from "./kaplan-meier";

/**
 * How {@link medianSurvival} turns Greenwood's variance into the pointwise band it inverts,
 * R's `conf.type`: `"log"` (R's default: S·exp(±z·σ), capped at 1), `"log-log"`
 * (exp(−exp(ln(−ln S) ∓ z·σ/ln S)), the curve's default interval) or `"plain"`
 * (S ± z·σ·S, clipped to [0, 1]); σ is the step's `logStandardError`.
 *
 * @example
 * ```ts
 * import type { SurvivalBand } from "@rapport/churn";
 * const band: SurvivalBand = "log-log";
 * ```
 */
export type SurvivalBand = "log" | "log-log" | "plain";

const BANDS: readonly SurvivalBand[] = ["log", "log-log", "plain"];

/**
 * Options for {@link medianSurvival}.
 *
 * @example
 * ```ts
 * import type { MedianSurvivalOptions } from "@rapport/churn";
 * const options: MedianSurvivalOptions = { ci: "log-log", level: 0.9 };
 * ```
 */
export interface MedianSurvivalOptions {
  /** The pointwise band to invert (default `"log"`, as R's `survfit`). */
  readonly ci?: SurvivalBand;
  /** Confidence level (default: the curve's `level`). */
  readonly level?: number;
}

/**
 * A confidence interval of a time, whose bounds may not be reached: `null` where the band
 * never falls to ½ within the follow-up (R prints `NA`).
 *
 * @example
 * ```ts
 * import type { TimeInterval } from "@rapport/churn";
 * const show = (i: TimeInterval) => `${i.lower ?? "–"} to ${i.upper ?? "not reached"}`;
 * ```
 */
export interface TimeInterval {
  /** The lower bound, `null` if not reached. */
  readonly lower: number | null;
  /** The upper bound, `null` if not reached. */
  readonly upper: number | null;
  /** The confidence level. */
  readonly level: number;
  /** The band inverted: `"log"`, `"log-log"` or `"plain"` (Brookmeyer-Crowley on it). */
  readonly method: string;
}

/**
 * The median survival time with its confidence interval, from {@link medianSurvival}.
 *
 * @example
 * ```ts
 * import type { MedianSurvival } from "@rapport/churn";
 * const show = (m: MedianSurvival) => `median ${m.value ?? "not reached"}`;
 * ```
 */
export interface MedianSurvival {
  /** The median: the first time S(t) ≤ ½ (a stretch at exactly ½: its midpoint); `null` if S never gets there. */
  readonly value: number | null;
  /** The Brookmeyer-Crowley interval. */
  readonly interval: TimeInterval;
}

// R's tolerance for "exactly ½" in print.survfit (.Machine$double.eps^0.5).
const TOLERANCE = Math.sqrt(Number.EPSILON);

/** R's `minmin`: the first time y ≤ ½, or a midpoint where y is ½ on a stretch; internal. */
function firstAtHalf(times: readonly number[], ys: readonly (number | null)[]): number | null {
  const keep = times
    .map((time, i) => ({ time, y: ys[i]! }))
    .filter((p): p is { time: number; y: number } => p.y !== null && p.y < 0.5 + TOLERANCE);
  const first = keep[0];
  if (first === undefined) return null;
  if (Math.abs(first.y - 0.5) < TOLERANCE) {
    const next = keep.find((p) => p.y < first.y);
    if (next !== undefined) return (first.time + next.time) / 2;
  }
  return first.time;
}

/** The band's bounds at a step, `null` where S = 0 (R's NA); internal. */
function band(step: KaplanMeierStep, ci: SurvivalBand, z: number): [number | null, number | null] {
  const s = step.survival;
  const sigma = step.logStandardError;
  if (sigma === null || s <= 0) return [null, null];
  if (ci === "log") return [s * Math.exp(-z * sigma), Math.min(1, s * Math.exp(z * sigma))];
  if (ci === "plain") return [Math.max(0, s - z * sigma * s), Math.min(1, s + z * sigma * s)];
  if (s >= 1) return [null, null];
  const logS = Math.log(s);
  const theta = Math.log(-logS);
  return [
    Math.exp(-Math.exp(theta - (z * sigma) / logS)),
    Math.exp(-Math.exp(theta + (z * sigma) / logS)),
  ];
}

/**
 * The median survival time of a {@link kaplanMeier} curve with the Brookmeyer-Crowley
 * confidence interval (Brookmeyer & Crowley 1982, Biometrics 38), exactly as R's
 * `print.survfit` reports it: the interval is the set of times whose pointwise band contains ½,
 * i.e. its lower bound is the first time the band's lower curve falls to ½ and its upper bound
 * the first time its upper curve does (with R's midpoint rule where a curve is ½ on a stretch,
 * to within √ε). The band is `options.ci` (default `"log"`, R's `conf.type` default, which
 * differs from the curve's own log-log intervals) at `options.level` (default the curve's).
 * A bound the band never reaches is `null` (R's `NA`); an empty curve or one that never
 * falls to ½ has `value: null`. Steps where S = 0 have no band.
 *
 * @example
 * ```ts
 * import { kaplanMeier, medianSurvival } from "@rapport/churn";
 * const curve = kaplanMeier([5, 5, 8, 8, 12, 16, 23, 27, 30, 33, 43, 45],
 *   [true, true, true, true, true, false, true, true, true, true, true, true]);
 * const median = medianSurvival(curve); // R: median 23, 0.95LCL 8, 0.95UCL NA
 * median.value; // 23
 * median.interval.lower; // 8
 * ```
 */
export function medianSurvival(
  curve: KaplanMeierCurve,
  options: MedianSurvivalOptions = {},
): MedianSurvival {
  const fn = "medianSurvival";
  if (typeof curve !== "object" || curve === null || !Array.isArray(curve.steps)) {
    throw new TypeError(expectedMessage(`${fn}: curve`, "a curve from kaplanMeier", curve));
  }
  const ci = options.ci ?? "log";
  if (!BANDS.includes(ci))
    throw new RangeError(expectedMessage(`${fn}: options.ci`, oneOf(BANDS), ci));
  const level = checkLevel(`${fn}: options.level`, options.level ?? curve.level);
  const z = criticalZ(level);
  const times = curve.steps.map((s) => s.time);
  const bands = curve.steps.map((s) => band(s, ci, z));
  return {
    value: firstAtHalf(
      times,
      curve.steps.map((s) => s.survival),
    ),
    interval: {
      lower: firstAtHalf(
        times,
        bands.map(([lower]) => lower),
      ),
      upper: firstAtHalf(
        times,
        bands.map(([, upper]) => upper),
      ),
      level,
      method: ci,
    },
  };
}
