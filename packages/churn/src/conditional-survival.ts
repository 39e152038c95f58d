import { checkLevel, criticalZ, expectedMessage, type Interval } from "@rapport/stats";
import type { KaplanMeierCurve } from "./kaplan-meier";
import {
  areaUnder,
  checkCurve,
  checkTau,
  type RestrictedMeanSurvival,
} from "./restricted-mean-survival";

/**
 * Options for {@link conditionalSurvival}.
 *
 * @example
 * ```ts
 * import type { ConditionalSurvivalOptions } from "@rapport/churn";
 * const options: ConditionalSurvivalOptions = { tau: 365 };
 * ```
 */
export interface ConditionalSurvivalOptions {
  /** The horizon of the expected remaining tenure; without it, `remainingTenure` is `null`. */
  readonly tau?: number;
  /** Confidence level (default: the curve's `level`). */
  readonly level?: number;
}

/**
 * One step of a conditional survival curve S(t | s), for t > s.
 *
 * @example
 * ```ts
 * import type { ConditionalSurvivalStep } from "@rapport/churn";
 * const row = (p: ConditionalSurvivalStep) => `${p.time}: ${(100 * p.survival).toFixed(0)} %`;
 * ```
 */
export interface ConditionalSurvivalStep {
  /** The event time. */
  readonly time: number;
  /** S(t | s) = S(t)/S(s). */
  readonly survival: number;
  /** Greenwood standard error, S(t | s)·√Σ_{s < tᵢ ≤ t} dᵢ/(nᵢ(nᵢ − dᵢ)); `null` once S is 0. */
  readonly standardError: number | null;
  /** Pointwise interval on 0..1, formed as the curve's own (`"log-log"` or `"linear"`). */
  readonly interval: Interval;
}

/**
 * The result of {@link conditionalSurvival}.
 *
 * @example
 * ```ts
 * import type { ConditionalSurvival } from "@rapport/churn";
 * const show = (c: ConditionalSurvival) =>
 *   `after ${c.stayed}: ${c.remainingTenure?.value?.toFixed(0)} more days expected`;
 * ```
 */
export interface ConditionalSurvival {
  /** s, the time the customer has already stayed. */
  readonly stayed: number;
  /** S(s), the share of customers who stay that long; 0 means no one did. */
  readonly survivalAtStayed: number;
  /** S(t | s) at each event time after s; empty when S(s) = 0. */
  readonly steps: ConditionalSurvivalStep[];
  /**
   * The expected remaining tenure up to τ, ∫ₛ^τ S(t | s) dt, with its standard error and
   * interval (as {@link restrictedMeanSurvival}, here of the curve conditional on s; its `tau`
   * is the τ passed, its `n` the curve's); `value: null` when S(s) = 0, and `null` altogether
   * without `options.tau`.
   */
  readonly remainingTenure: RestrictedMeanSurvival | null;
}

/**
 * Conditional survival: for a customer who has already stayed s, the chance of staying to
 * t > s, S(t | s) = S(t)/S(s), and the expected remaining tenure up to a horizon τ,
 * ∫ₛ^τ S(t | s) dt (Klein & Moeschberger, "Survival Analysis", 2nd ed., §4.2 on conditional
 * survival; the restricted mean as in {@link restrictedMeanSurvival}). S(s) is the curve just
 * after s, so a churn at exactly s counts as not having stayed. The result equals the
 * Kaplan-Meier of the customers still there after s, times shifted by s: Greenwood's sum then
 * runs over the event times after s only, and so it does here. With S(s) = 0 (no one stayed
 * that long) there are no steps and the remaining tenure is `null`, never NaN.
 *
 * @example
 * ```ts
 * import { conditionalSurvival, kaplanMeier } from "@rapport/churn";
 * const curve = kaplanMeier([1, 2, 3, 4], [true, true, true, true]);
 * const after2 = conditionalSurvival(curve, 2, { tau: 4 });
 * after2.steps[0]!.survival; // S(3)/S(2) = 0.25/0.5 = 0.5
 * after2.remainingTenure!.value; // 1·1 + 1·0.5 = 1.5
 * ```
 */
export function conditionalSurvival(
  curve: KaplanMeierCurve,
  stayed: number,
  options: ConditionalSurvivalOptions = {},
): ConditionalSurvival {
  const fn = "conditionalSurvival";
  checkCurve(`${fn}: curve`, curve);
  if (typeof stayed !== "number") {
    throw new TypeError(expectedMessage(`${fn}: stayed`, "a finite number ≥ 0", stayed));
  }
  if (!(Number.isFinite(stayed) && stayed >= 0)) {
    throw new RangeError(expectedMessage(`${fn}: stayed`, "a finite number ≥ 0", stayed));
  }
  const tau = options.tau === undefined ? null : checkTau(`${fn}: options.tau`, options.tau);
  if (tau !== null && tau <= stayed) {
    throw new RangeError(expectedMessage(`${fn}: options.tau`, `a number above ${stayed}`, tau));
  }
  const level = checkLevel(`${fn}: options.level`, options.level ?? curve.level ?? 0.95);
  const z = criticalZ(level);
  const before = curve.steps.filter((s) => s.time <= stayed);
  const start = before.length === 0 ? 1 : before[before.length - 1]!.survival;
  if (start <= 0) {
    const remainingTenure =
      tau === null ? null : { value: null, standardError: null, interval: null, tau, n: curve.n };
    return { stayed, survivalAtStayed: 0, steps: [], remainingTenure };
  }
  let greenwood = 0;
  const steps = curve.steps
    .filter((s) => s.time > stayed)
    .map((step) => {
      const left = step.atRisk - step.events;
      greenwood += left > 1e-12 * step.atRisk ? step.events / (step.atRisk * left) : 0;
      const survival = step.survival / start;
      const standardError = survival > 0 ? survival * Math.sqrt(greenwood) : null;
      let lower = 0;
      let upper = 0;
      if (survival > 0 && curve.ci === "linear") {
        lower = Math.max(0, survival - z * standardError!);
        upper = Math.min(1, survival + z * standardError!);
      } else if (survival >= 1) {
        lower = 1;
        upper = 1;
      } else if (survival > 0) {
        const logS = Math.log(survival);
        const spread = (z * Math.sqrt(greenwood)) / Math.abs(logS);
        lower = Math.exp(-Math.exp(Math.log(-logS) + spread));
        upper = Math.exp(-Math.exp(Math.log(-logS) - spread));
      }
      return {
        time: step.time,
        survival,
        standardError,
        interval: { lower, upper, level, method: curve.ci },
      };
    });
  let remainingTenure: RestrictedMeanSurvival | null = null;
  if (tau !== null) {
    const { area, variance } = areaUnder(curve, stayed, tau, start);
    const standardError = Math.sqrt(variance);
    const interval = {
      lower: Math.max(0, area - z * standardError),
      upper: Math.min(tau - stayed, area + z * standardError),
      level,
      method: "normal",
    };
    remainingTenure = { value: area, standardError, interval, tau, n: curve.n };
  }
  return { stayed, survivalAtStayed: start, steps, remainingTenure };
}
