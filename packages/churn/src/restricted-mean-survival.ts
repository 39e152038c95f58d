import { checkLevel, criticalZ, expectedMessage, type Interval } from "@rapport/stats";
import type { KaplanMeierCurve } from "./kaplan-meier";

/**
 * Options for {@link restrictedMeanSurvival} and {@link restrictedMeanDifference}.
 *
 * @example
 * ```ts
 * import type { RestrictedMeanOptions } from "@rapport/churn";
 * const options: RestrictedMeanOptions = { level: 0.9 };
 * ```
 */
export interface RestrictedMeanOptions {
  /** Confidence level of the interval (default: the curve's `level`). */
  readonly level?: number;
}

/**
 * The restricted mean survival time of a curve up to τ, from {@link restrictedMeanSurvival}.
 *
 * @example
 * ```ts
 * import type { RestrictedMeanSurvival } from "@rapport/churn";
 * const show = (r: RestrictedMeanSurvival) =>
 *   `${r.value?.toFixed(1)} of the first ${r.tau} days (± ${r.standardError?.toFixed(1)})`;
 * ```
 */
export interface RestrictedMeanSurvival {
  /** ∫₀^τ S(t) dt: the expected time survived within [0, τ]; `null` for an empty curve. */
  readonly value: number | null;
  /** Its standard error; `null` for an empty curve. */
  readonly standardError: number | null;
  /** value ± z·SE, clipped to [0, τ] (`method: "normal"`); `null` for an empty curve. */
  readonly interval: Interval | null;
  /** The horizon τ. */
  readonly tau: number;
  /** Subjects of the curve. */
  readonly n: number;
}

/** Checks τ; internal. */
export function checkTau(fn: string, tau: unknown): number {
  if (typeof tau !== "number") {
    throw new TypeError(expectedMessage(`${fn}: tau`, "a finite number > 0", tau));
  }
  if (!(Number.isFinite(tau) && tau > 0)) {
    throw new RangeError(expectedMessage(`${fn}: tau`, "a finite number > 0", tau));
  }
  return tau;
}

/** Checks a curve; internal. */
export function checkCurve(where: string, curve: unknown): KaplanMeierCurve {
  if (
    typeof curve !== "object" ||
    curve === null ||
    !Array.isArray((curve as KaplanMeierCurve).steps)
  ) {
    throw new TypeError(expectedMessage(where, "a curve from kaplanMeier", curve));
  }
  return curve as KaplanMeierCurve;
}

/**
 * ∫ₐ^τ S(t) dt and its Greenwood-type variance Σ_{a < tᵢ ≤ τ} Aᵢ² dᵢ/(nᵢ(nᵢ − dᵢ)), with
 * Aᵢ = ∫_{tᵢ}^τ S(t) dt, for a curve whose value just after `from` is `start`; internal.
 */
export function areaUnder(
  curve: KaplanMeierCurve,
  from: number,
  tau: number,
  start = 1,
): { area: number; variance: number } {
  const steps = curve.steps.filter((s) => s.time > from && s.time <= tau);
  let area = 0;
  let variance = 0;
  // From τ back to `from`: the area after each step, then the step's share of the variance.
  let after = 0;
  let right = tau;
  for (let i = steps.length - 1; i >= 0; i--) {
    const step = steps[i]!;
    after += (right - step.time) * (step.survival / start);
    right = step.time;
    const left = step.atRisk - step.events;
    if (left > 1e-12 * step.atRisk)
      variance += (after * after * step.events) / (step.atRisk * left);
  }
  area = after + (right - from);
  return { area, variance };
}

/**
 * The restricted mean survival time (RMST) up to τ: μ(τ) = ∫₀^τ S(t) dt, the expected
 * tenure within the first τ units (Irwin 1949; Royston & Parmar 2013, BMC Med Res Methodol
 * 13:152), with the standard error R's `print(survfit(…), rmean = τ)` reports:
 * Var μ = Σ_{tᵢ ≤ τ} Aᵢ² dᵢ / (nᵢ (nᵢ − dᵢ)), Aᵢ = ∫_{tᵢ}^τ S(t) dt (0 where nᵢ = dᵢ), from
 * the curve's weighted risk sets. Past the curve's last step S is carried forward to τ (as R
 * does); a τ before the first event gives μ = τ with standard error 0 (R refuses such a τ).
 * Unlike the median, it exists whatever the censoring, and it adds up: the difference of two
 * RMSTs is days of tenure gained ({@link restrictedMeanDifference}). An empty curve gives
 * `value: null`.
 *
 * @example
 * ```ts
 * import { kaplanMeier, restrictedMeanSurvival } from "@rapport/churn";
 * const curve = kaplanMeier([2, 4, 4, 6], [true, true, false, true]);
 * // ∫₀⁵ S = 2·1 + 2·0.75 + 1·0.5 = 4
 * restrictedMeanSurvival(curve, 5).value; // 4
 * ```
 */
export function restrictedMeanSurvival(
  curve: KaplanMeierCurve,
  tau: number,
  options: RestrictedMeanOptions = {},
): RestrictedMeanSurvival {
  const fn = "restrictedMeanSurvival";
  checkCurve(`${fn}: curve`, curve);
  checkTau(fn, tau);
  const level = checkLevel(`${fn}: options.level`, options.level ?? curve.level ?? 0.95);
  if (curve.n === 0) return { value: null, standardError: null, interval: null, tau, n: 0 };
  const { area, variance } = areaUnder(curve, 0, tau);
  const standardError = Math.sqrt(variance);
  const z = criticalZ(level);
  const interval = {
    lower: Math.max(0, area - z * standardError),
    upper: Math.min(tau, area + z * standardError),
    level,
    method: "normal",
  };
  return { value: area, standardError, interval, tau, n: curve.n };
}
