import {
  checkLevel,
  chiSquareSurvival,
  criticalZ,
  erfc,
  expectedMessage,
  invertPositiveDefinite,
  oneOf,
} from "@rapport/stats";
import { coxConcordance } from "./cox-concordance";
import { coxNewton, estimableColumns, solveOrNull } from "./cox-newton";
import { coxPartialLikelihood, prepareCoxData } from "./cox-partial-likelihood";
import type { CoxCoefficient, CoxPhFit, CoxTest } from "./cox-ph-fit";
import { type CoxSubject, coxColumns } from "./cox-subjects";

/**
 * Options for {@link fitCoxPh}.
 *
 * @example
 * ```ts
 * import type { FitCoxPhOptions } from "@rapport/churn";
 * const options: FitCoxPhOptions = { covariates: ["reopenedCases"], ties: "breslow", level: 0.9 };
 * ```
 */
export interface FitCoxPhOptions {
  /** The covariates to fit, in order (default: the first subject's keys). */
  readonly covariates?: readonly string[];
  /** How tied event times enter the partial likelihood: `"efron"` (default, as R) or `"breslow"`. */
  readonly ties?: "efron" | "breslow";
  /** Confidence level of the intervals (default 0.95). */
  readonly level?: number;
  /** Newton-Raphson iterations at most (default 20, as R's `coxph.control`). */
  readonly maxIterations?: number;
  /** Convergence: relative change of the log partial likelihood (default 1e-9, as R). */
  readonly tolerance?: number;
}

const noTest = (df: number): CoxTest => ({ statistic: null, df, pValue: null });
const test = (statistic: number, df: number): CoxTest => {
  const s = Math.max(0, statistic);
  return { statistic: s, df, pValue: chiSquareSurvival(s, df) };
};
const quadratic = (m: readonly (readonly number[])[], v: readonly number[]) =>
  v.reduce((s, vi, i) => s + vi * m[i]!.reduce((t, mij, j) => t + mij * v[j]!, 0), 0);
/**
 * Fits a Cox proportional hazards model (Cox 1972), h(t | x) = h₀(t)·e^(βᵀx), by maximising the
 * partial likelihood with Newton-Raphson and step halving from β = 0, as R's
 * `survival::coxph` does (same tie methods, same convergence rule |1 − ℓₖ₋₁/ℓₖ| ≤ 1e-9, same
 * tests; Therneau & Grambsch, "Modeling Survival Data", 2000, ch. 3). Ties: Efron (default) or
 * Breslow. Returns each coefficient with its standard error, Wald z and p-value, hazard ratio
 * e^β with interval e^(β ± z·SE), the likelihood-ratio, Wald and score (log-rank) tests, and
 * Harrell's concordance with R's standard error.
 *
 * Degenerate data give documented results, never `NaN`: without events (or without subjects)
 * every coefficient and test is `null` and `converged` is `false`; a constant covariate, or one
 * that is a linear combination of earlier ones, is `"aliased"` (`null`, like R's `NA`), and a
 * single subject makes every covariate aliased; separation gives an `"infinite"` coefficient
 * (see {@link CoxCoefficient}). Bad input is a `TypeError` or `RangeError` naming the subject
 * and field, e.g. `fitCoxPh: subjects[3].time: expected a finite number ≥ 0, received -1`.
 *
 * @example
 * ```ts
 * import { fitCoxPh } from "@rapport/churn";
 * const fit = fitCoxPh([
 *   { time: 5, event: true, covariates: { transfers: 3 } },
 *   { time: 8, event: true, covariates: { transfers: 1 } },
 *   { time: 9, event: false, covariates: { transfers: 2 } },
 *   { time: 12, event: true, covariates: { transfers: 0 } },
 *   { time: 14, event: false, covariates: { transfers: 1 } },
 * ]);
 * fit.coefficients[0]!.hazardRatio; // > 1: each transfer raises the churn hazard
 * fit.likelihoodRatioTest.pValue;
 * ```
 */
export function fitCoxPh(subjects: readonly CoxSubject[], options: FitCoxPhOptions = {}): CoxPhFit {
  const fn = "fitCoxPh";
  const ties = options.ties ?? "efron";
  if (ties !== "efron" && ties !== "breslow") {
    throw new RangeError(expectedMessage(`${fn}: options.ties`, oneOf(["efron", "breslow"]), ties));
  }
  const level = checkLevel(`${fn}: options.level`, options.level ?? 0.95);
  const maxIterations = options.maxIterations ?? 20;
  if (!(Number.isInteger(maxIterations) && maxIterations >= 1)) {
    throw new RangeError(
      expectedMessage(`${fn}: options.maxIterations`, "an integer ≥ 1", maxIterations),
    );
  }
  const tolerance = options.tolerance ?? 1e-9;
  if (!(typeof tolerance === "number" && tolerance > 0 && tolerance < 1)) {
    throw new RangeError(
      expectedMessage(`${fn}: options.tolerance`, "a number in (0, 1)", tolerance),
    );
  }
  const { names, times, events, rows } = coxColumns(fn, subjects, options.covariates);
  const p = names.length;
  const n = times.length;
  const eventCount = events.filter(Boolean).length;
  const all = Array.from({ length: p }, (_, j) => j);
  const full = prepareCoxData(times, events, rows, all);
  const means = Object.fromEntries(names.map((name, j) => [name, full.means[j]!]));
  const at0 = coxPartialLikelihood(full, new Array(p).fill(0), ties);
  const kept = eventCount > 0 ? estimableColumns(rows, p, at0.information) : [];
  const q = kept.length;
  // Every column kept (the usual case): the sorted data and the likelihood at 0 are reused.
  const data = kept.length === p ? full : prepareCoxData(times, events, rows, kept);
  const fitted = coxNewton(data, ties, maxIterations, tolerance, data === full ? at0 : undefined);
  const { beta, like, iterations, converged } = fitted;
  const initial = fitted.initial.logLik;
  const u0 = fitted.initial.score;
  const i0 = fitted.initial.information;
  let variance: number[][] | null = null;
  if (q > 0) {
    try {
      variance = invertPositiveDefinite(like.information);
    } catch {
      variance = null;
    }
  }
  const z = criticalZ(level);
  const finalStep = variance?.map((row) => row.reduce((s, v, k) => s + v * like.score[k]!, 0));
  const coefficients = names.map((name, j): CoxCoefficient => {
    const k = kept.indexOf(j);
    if (k < 0 || eventCount === 0) {
      return {
        name,
        status: eventCount === 0 ? "no-events" : "aliased",
        value: null,
        standardError: null,
        z: null,
        pValue: null,
        interval: null,
        hazardRatio: null,
        hazardRatioInterval: null,
      };
    }
    const value = beta[k]!;
    const se = variance === null ? null : Math.sqrt(Math.max(0, variance[k]![k]!));
    const moved = finalStep?.[k] ?? 0;
    // R's check after convergence: the next Newton step still moves β noticeably.
    const diverging =
      Math.abs(moved) > tolerance && Math.abs(moved) > Math.sqrt(tolerance) * Math.abs(value);
    const status = variance === null || diverging ? "infinite" : "estimated";
    const interval =
      se === null ? null : { lower: value - z * se, upper: value + z * se, level, method: "wald" };
    const zValue = se !== null && se > 0 ? value / se : null;
    return {
      name,
      status,
      value,
      standardError: se,
      z: zValue,
      pValue: zValue === null ? null : erfc(Math.abs(zValue) / Math.SQRT2),
      interval,
      hazardRatio: Math.exp(value),
      hazardRatioInterval:
        interval === null
          ? null
          : { ...interval, lower: Math.exp(interval.lower), upper: Math.exp(interval.upper) },
    };
  });
  const covariance = names.map((_, a) =>
    names.map((_, b) => {
      const ka = kept.indexOf(a);
      const kb = kept.indexOf(b);
      return variance === null || ka < 0 || kb < 0 ? null : variance[ka]![kb]!;
    }),
  );
  const hasModel = eventCount > 0 && q > 0;
  const scoreStep = hasModel ? solveOrNull(i0, u0) : null;
  const linear = data.order.map(() => 0);
  data.x.forEach((row, r) => {
    linear[data.order[r]!] = row.reduce((s, v, k) => s + v * beta[k]!, 0);
  });
  return {
    n,
    events: eventCount,
    ties,
    level,
    coefficients,
    covariance,
    logLikelihood: { initial, final: like.logLik },
    likelihoodRatioTest: hasModel ? test(2 * (like.logLik - initial), q) : noTest(q),
    waldTest:
      hasModel && variance !== null ? test(quadratic(like.information, beta), q) : noTest(q),
    scoreTest:
      scoreStep !== null
        ? test(
            u0.reduce((s, v, k) => s + v * scoreStep[k]!, 0),
            q,
          )
        : noTest(q),
    concordance: coxConcordance(times, events, linear),
    means,
    iterations,
    converged: hasModel && converged,
  };
}
