import type { AucResult } from "@rapport/stats";
import type { ChurnModel, ChurnTerm } from "./churn-model";
import type { ChurnSignalName, ChurnSignals } from "./churn-signals";
import { defaultChurnModel } from "./default-churn-model";
import { fitScorecard } from "./fit-scorecard";
import { termInput } from "./term-input";

/**
 * One labelled example: a customer's signals at a moment, and whether they churned after.
 *
 * @example
 * ```ts
 * import type { LabelledSignals } from "@rapport/churn";
 * const toExample = (signals: LabelledSignals["signals"], churned: boolean): LabelledSignals => ({
 *   signals,
 *   churned,
 * });
 * ```
 */
export interface LabelledSignals {
  /** The signals as of the moment of prediction. */
  readonly signals: Pick<ChurnSignals, "values">;
  /** Whether the customer churned in the outcome window. */
  readonly churned: boolean;
}

/**
 * Options for {@link fitChurnModel}.
 *
 * @example
 * ```ts
 * import type { FitChurnModelOptions } from "@rapport/churn";
 * const options: FitChurnModelOptions = { l2: 0.5, holdout: 0.3, seed: 42, name: "calibrated-2024" };
 * ```
 */
export interface FitChurnModelOptions {
  /** Terms to fit (their weights are replaced); default: the default model's terms. */
  readonly terms?: readonly ChurnTerm[];
  /** L2 penalty λ on the weights; default 1. The intercept only carries a 1e-6 ridge, which keeps one-class data finite. */
  readonly l2?: number;
  /** Share of examples held out to measure the AUC (default 0.25). */
  readonly holdout?: number;
  /** Seed of the deterministic split (default 1). */
  readonly seed?: number;
  /** Name of the fitted model (default "fitted"). */
  readonly name?: string;
  /** Bands of the fitted model (default the default model's). */
  readonly bands?: ChurnModel["bands"];
}

/**
 * A fitted churn model and how well it ranks held-out customers.
 *
 * @example
 * ```ts
 * import type { ChurnModelFit } from "@rapport/churn";
 * const summary = (fit: ChurnModelFit) => `AUC ${fit.auc.value?.toFixed(3) ?? "n/a"} on ${fit.testN}`;
 * ```
 */
export interface ChurnModelFit {
  /** The model, ready for {@link churnRisk}. */
  readonly model: ChurnModel;
  /** The fitted intercept and each signal's weight. */
  readonly coefficients: { readonly intercept: number } & Partial<Record<ChurnSignalName, number>>;
  /** AUC on the held-out examples. */
  readonly auc: AucResult;
  /** Examples used to fit. */
  readonly trainN: number;
  /** Examples held out. */
  readonly testN: number;
  /** Newton iterations. */
  readonly iterations: number;
  /** Whether the Newton steps became negligible. */
  readonly converged: boolean;
}

/**
 * Fits a churn scorecard's weights by L2-regularised logistic regression (maximum penalised
 * likelihood, Newton-Raphson / IRLS; Hastie, Tibshirani & Friedman, "The Elements of
 * Statistical Learning", §4.4), on the same term inputs {@link churnRisk} uses, so the fitted
 * weights plug straight into a model. The examples are split deterministically (a Fisher-Yates
 * shuffle driven by `seed`) into a fitting set and a held-out share on which the AUC is
 * reported. Returns `null` when there are no examples.
 *
 * @example
 * ```ts
 * import { CHURN_SIGNALS, fitChurnModel, type ChurnSignals } from "@rapport/churn";
 * const example = (reopened: number, churned: boolean) => {
 *   const values = Object.fromEntries(CHURN_SIGNALS.map((s) => [s, null]));
 *   return { signals: { values: { ...values, reopenedCases: reopened } as ChurnSignals["values"] }, churned };
 * };
 * const fit = fitChurnModel(
 *   [example(0, false), example(3, true), example(1, false), example(4, true)],
 *   { terms: [{ signal: "reopenedCases", weight: 0, transform: "identity", center: 0 }], holdout: 0 },
 * );
 * fit?.coefficients.reopenedCases; // ≈ 1.007 > 0: reopened cases raise the risk
 * ```
 */
export function fitChurnModel(
  labelled: readonly LabelledSignals[],
  options: FitChurnModelOptions = {},
): ChurnModelFit | null {
  const terms = options.terms ?? defaultChurnModel.terms;
  const rows = labelled.map((example) =>
    terms.map((term) => termInput(term, example.signals.values[term.signal] ?? null)),
  );
  const fit = fitScorecard(
    rows,
    labelled.map((example) => example.churned),
    options,
    "fitChurnModel",
  );
  if (terms.length === 0) throw new RangeError("fitChurnModel: expected at least one term");
  if (fit === null) return null;
  const beta = [fit.intercept, ...fit.weights];
  const fittedTerms = terms.map((term, j) => ({ ...term, weight: beta[j + 1]! }));
  const model: ChurnModel = {
    name: options.name ?? "fitted",
    intercept: beta[0]!,
    terms: fittedTerms,
    bands: options.bands ?? defaultChurnModel.bands,
  };
  const coefficients: { intercept: number } & Partial<Record<ChurnSignalName, number>> = {
    intercept: beta[0]!,
  };
  for (const term of fittedTerms) coefficients[term.signal] = term.weight;
  return {
    model,
    coefficients,
    auc: fit.auc,
    trainN: fit.train.length,
    testN: fit.test.length,
    iterations: fit.iterations,
    converged: fit.converged,
  };
}
