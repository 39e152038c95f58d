import { kaplanMeier } from "@rapport/churn";
import type { Interval } from "@rapport/stats";

/**
 * One step of a {@link ConversionCurve}, at a time when at least one customer converted.
 *
 * @example
 * ```ts
 * import type { ConversionCurveStep } from "@rapport/journeys";
 * const row = (s: ConversionCurveStep) => `day ${s.timeMs / 86_400_000}: ${(100 * s.converted).toFixed(1)} %`;
 * ```
 */
export interface ConversionCurveStep {
  /** Milliseconds from entering the first step. */
  readonly timeMs: number;
  /** Customers still unconverted and followed just before `timeMs`. */
  readonly atRisk: number;
  /** Customers who converted at `timeMs`. */
  readonly conversions: number;
  /** Customers whose follow-up ended at `timeMs` unconverted (counted at risk at it). */
  readonly censored: number;
  /** The estimated share converted by `timeMs`, on 0..1: 1 − S(t) of the Kaplan-Meier curve. */
  readonly converted: number;
  /**
   * Pointwise interval of `converted` on 0..1: one minus the log-log interval of S(t)
   * (Greenwood's variance), so it stays inside [0, 1].
   */
  readonly interval: Interval;
}

/**
 * The cumulative conversion of a funnel over time since entering its first step, as a
 * Kaplan-Meier estimate: customers who reached the last step are events at the time they did;
 * the others are censored when their follow-up ended (at `asOf`, or at the end of the
 * conversion window when there is one and it came first).
 *
 * @example
 * ```ts
 * import type { ConversionCurve } from "@rapport/journeys";
 * const byDay7 = (c: ConversionCurve) =>
 *   c.steps.filter((s) => s.timeMs <= 7 * 86_400_000).at(-1)?.converted ?? 0;
 * ```
 */
export interface ConversionCurve {
  /** Customers followed (those who entered the funnel and were not excluded). */
  readonly n: number;
  /** How many of them converted (reached the last step in time). */
  readonly conversions: number;
  /** One step per distinct conversion time, in time order. */
  readonly steps: readonly ConversionCurveStep[];
  /**
   * The time by which half the customers have converted (the Kaplan-Meier median, R's
   * `survfit` convention); `null` when the curve never reaches one half.
   */
  readonly medianTimeMs: number | null;
  /** The confidence level of the intervals. */
  readonly level: number;
  /** How the curve was estimated. */
  readonly method: "kaplan-meier";
}

/** The curve of the given follow-up times; internal. */
export function conversionCurve(
  durations: readonly number[],
  converted: readonly boolean[],
  level: number,
): ConversionCurve {
  const curve = kaplanMeier(durations, converted, { level });
  return {
    n: curve.n,
    conversions: curve.events,
    steps: curve.steps.map((step) => ({
      timeMs: step.time,
      atRisk: step.atRisk,
      conversions: step.events,
      censored: step.censored,
      converted: 1 - step.survival,
      interval: {
        lower: 1 - step.interval.upper,
        upper: 1 - step.interval.lower,
        level: step.interval.level,
        method: step.interval.method,
      },
    })),
    medianTimeMs: curve.median,
    level,
    method: "kaplan-meier",
  };
}
