import { checkLevel, criticalZ, expectedMessage, type Interval, oneOf } from "@rapport/stats";
import { riskTable } from "./risk-table";
import { checkSurvivalData, type SurvivalDataOptions } from "./survival-data";

/**
 * Options for {@link nelsonAalen}.
 *
 * @example
 * ```ts
 * import type { NelsonAalenOptions } from "@rapport/churn";
 * const options: NelsonAalenOptions = { ci: "log", level: 0.9 };
 * ```
 */
export interface NelsonAalenOptions extends SurvivalDataOptions {
  /** Confidence level of the pointwise intervals (default 0.95). */
  readonly level?: number;
  /**
   * The interval of H(t): `"plain"` (default; H ± z·σ, floored at 0: R's `survfit(…,
   * stype = 2, ctype = 1)` interval, whose survival bounds are exp(−upper), exp(−lower)) or
   * `"log"` (H·exp(±z·σ/H), Klein & Moeschberger §4.3; always positive, better in small samples).
   */
  readonly ci?: "plain" | "log";
}

/**
 * One step of the {@link nelsonAalen} cumulative hazard, at a time with at least one event.
 *
 * @example
 * ```ts
 * import type { NelsonAalenStep } from "@rapport/churn";
 * const row = (s: NelsonAalenStep) => `${s.time}: H = ${s.cumulativeHazard.toFixed(3)}`;
 * ```
 */
export interface NelsonAalenStep {
  /** The event time. */
  readonly time: number;
  /** Subjects at risk just before `time` (weighted). */
  readonly atRisk: number;
  /** Events at `time` (weighted). */
  readonly events: number;
  /** H(t) = Σ_{tᵢ ≤ t} dᵢ/Yᵢ. */
  readonly cumulativeHazard: number;
  /** Aalen's variance Σ_{tᵢ ≤ t} dᵢ/Yᵢ² (R's `std.chaz` squared). */
  readonly variance: number;
  /** √variance. */
  readonly standardError: number;
  /** The Fleming-Harrington (Breslow) survival estimate exp(−H(t)). */
  readonly survival: number;
  /** Pointwise interval of H(t), on its own scale (≥ 0). */
  readonly interval: Interval;
}

/**
 * A Nelson-Aalen cumulative hazard curve.
 *
 * @example
 * ```ts
 * import { nelsonAalen, type NelsonAalenCurve } from "@rapport/churn";
 * const curve: NelsonAalenCurve = nelsonAalen([2, 3], [true, true]);
 * curve.steps[1]!.cumulativeHazard; // 1/2 + 1/1 = 1.5
 * ```
 */
export interface NelsonAalenCurve {
  /** Subjects (records). */
  readonly n: number;
  /** Events observed (weighted). */
  readonly events: number;
  /** One step per distinct event time, in time order. */
  readonly steps: NelsonAalenStep[];
  /** The confidence level of the intervals. */
  readonly level: number;
  /** How the intervals were formed. */
  readonly ci: "plain" | "log";
}

/**
 * The Nelson-Aalen estimate of the cumulative hazard (Nelson 1972, Aalen 1978):
 * H(t) = Σ_{tᵢ ≤ t} dᵢ/Yᵢ, with Aalen's variance Σ dᵢ/Yᵢ² (Klein & Moeschberger, "Survival
 * Analysis", 2nd ed., §4.2, eq. 4.2.4), exactly R's `survfit(…, stype = 2, ctype = 1)`
 * (`cumhaz`, `std.chaz`; its survival exp(−H) is `surv`). Ties count as in R's ctype 1
 * (dᵢ events at once, not Fleming-Harrington's tie correction). Accepts case weights and late
 * entry as {@link kaplanMeier} does. H rises by the share of the risk set lost at each event
 * time: a hazard of 0.2 a month for 3 months is H = 0.6, whatever the curve's shape, which
 * makes H(t) the natural scale to compare churn rates over time. No subjects or no events
 * give no steps.
 *
 * @example
 * ```ts
 * import { nelsonAalen } from "@rapport/churn";
 * const curve = nelsonAalen([6, 6, 6, 7, 10], [true, true, false, true, false]);
 * curve.steps[0]!.cumulativeHazard; // 2/5 = 0.4
 * curve.steps[1]!.cumulativeHazard; // 0.4 + 1/2 = 0.9
 * ```
 */
export function nelsonAalen(
  durations: readonly number[],
  observed: readonly boolean[],
  options: NelsonAalenOptions = {},
): NelsonAalenCurve {
  const fn = "nelsonAalen";
  const data = checkSurvivalData(fn, durations, observed, options);
  const level = checkLevel(`${fn}: options.level`, options.level ?? 0.95);
  const ci = options.ci ?? "plain";
  if (ci !== "plain" && ci !== "log") {
    throw new RangeError(expectedMessage(`${fn}: options.ci`, oneOf(["plain", "log"]), ci));
  }
  const z = criticalZ(level);
  let hazard = 0;
  let variance = 0;
  let total = 0;
  const steps = riskTable(data).map(({ time, totalAtRisk: atRisk, totalEvents: events }) => {
    hazard += events / atRisk;
    variance += events / (atRisk * atRisk);
    total += events;
    const standardError = Math.sqrt(variance);
    const spread = ci === "plain" ? z * standardError : Math.exp((z * standardError) / hazard);
    const interval = {
      lower: ci === "plain" ? Math.max(0, hazard - spread) : hazard / spread,
      upper: ci === "plain" ? hazard + spread : hazard * spread,
      level,
      method: ci,
    };
    const survival = Math.exp(-hazard);
    return {
      time,
      atRisk,
      events,
      cumulativeHazard: hazard,
      variance,
      standardError,
      survival,
      interval,
    };
  });
  return { n: data.durations.length, events: total, steps, level, ci };
}
