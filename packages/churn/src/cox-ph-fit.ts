import type { Interval } from "@rapport/stats";
import type { CoxConcordance } from "./cox-concordance";

/**
 * One fitted coefficient of a Cox model.
 *
 * - `"estimated"`: a finite maximum-likelihood estimate.
 * - `"aliased"`: the covariate is constant or a linear combination of earlier ones, so it has
 *   no estimate (R reports `NA`); `value` and everything after it are `null`.
 * - `"infinite"`: the likelihood keeps rising as the coefficient grows (separation: e.g. every
 *   subject with the covariate had the event before anyone without it); `value` is where the
 *   iterations stopped and only its sign means something (R warns "coefficient may be
 *   infinite"). Its Wald interval and p-value are not to be trusted; use the likelihood-ratio test.
 * - `"no-events"`: no event was observed, so nothing can be estimated; `value` and the rest are `null`.
 *
 * @example
 * ```ts
 * import type { CoxCoefficient } from "@rapport/churn";
 * const line = (c: CoxCoefficient) =>
 *   `${c.name}: HR ${c.hazardRatio?.toFixed(2)} [${c.hazardRatioInterval?.lower.toFixed(2)}, ${c.hazardRatioInterval?.upper.toFixed(2)}]`;
 * ```
 */
export interface CoxCoefficient {
  /** The covariate. */
  readonly name: string;
  /** How far the estimate can be read (see above). */
  readonly status: "estimated" | "aliased" | "infinite" | "no-events";
  /** β, the log hazard ratio per unit of the covariate; `null` when aliased or without events. */
  readonly value: number | null;
  /** Its standard error, √ of the inverse information's diagonal. */
  readonly standardError: number | null;
  /** The Wald z = β / SE. */
  readonly z: number | null;
  /** Two-sided p-value of the Wald z. */
  readonly pValue: number | null;
  /** Wald interval of β, β ± z·SE (method `"wald"`). */
  readonly interval: Interval | null;
  /** e^β: how many times the hazard (the instantaneous churn rate) per unit of the covariate. */
  readonly hazardRatio: number | null;
  /** The interval of e^β, e^(β ± z·SE) (method `"wald"`). */
  readonly hazardRatioInterval: Interval | null;
}

/**
 * A chi-square test of a Cox model: statistic, degrees of freedom and p-value; `statistic` and
 * `pValue` are `null` when there is nothing to test (no events, no estimable coefficient).
 *
 * @example
 * ```ts
 * import type { CoxTest } from "@rapport/churn";
 * const significant = (t: CoxTest) => t.pValue !== null && t.pValue < 0.05;
 * ```
 */
export interface CoxTest {
  /** The chi-square statistic. */
  readonly statistic: number | null;
  /** Degrees of freedom. */
  readonly df: number;
  /** P(χ²_df ≥ statistic). */
  readonly pValue: number | null;
}

/**
 * A fitted Cox proportional hazards model.
 *
 * @example
 * ```ts
 * import type { CoxPhFit } from "@rapport/churn";
 * const summary = (fit: CoxPhFit) =>
 *   `${fit.events} events, LR p = ${fit.likelihoodRatioTest.pValue}, C = ${fit.concordance.value}`;
 * ```
 */
export interface CoxPhFit {
  /** Subjects. */
  readonly n: number;
  /** Events observed. */
  readonly events: number;
  /** The tie method used. */
  readonly ties: "efron" | "breslow";
  /** The confidence level of the intervals. */
  readonly level: number;
  /** One entry per covariate, in order. */
  readonly coefficients: CoxCoefficient[];
  /** Covariance matrix of the coefficients (inverse information); `null` rows/columns where aliased. */
  readonly covariance: (number | null)[][];
  /** The log partial likelihood at β = 0 and at the estimate. */
  readonly logLikelihood: { readonly initial: number; readonly final: number };
  /** Likelihood-ratio test of all coefficients: 2(ℓ(β̂) − ℓ(0)). */
  readonly likelihoodRatioTest: CoxTest;
  /** Wald test: β̂ᵀ I(β̂) β̂. */
  readonly waldTest: CoxTest;
  /** Score (log-rank) test at β = 0: U(0)ᵀ I(0)⁻¹ U(0). */
  readonly scoreTest: CoxTest;
  /** Harrell's concordance of the linear predictor, as R's `coxph` reports it. */
  readonly concordance: CoxConcordance;
  /** Each covariate's mean (the linear predictor is centred on it, as in R). */
  readonly means: Readonly<Record<string, number>>;
  /** Newton-Raphson iterations used. */
  readonly iterations: number;
  /** Whether the log-likelihood converged (false without events, or if the iterations ran out). */
  readonly converged: boolean;
}
