import { type AucResult, expectedMessage, rocAuc, seededRandom } from "@rapport/stats";
import type { ChurnModel, ChurnTerm } from "./churn-model";
import type { ChurnSignalName, ChurnSignals } from "./churn-signals";
import { defaultChurnModel } from "./default-churn-model";
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

// Solves A·x = y for a symmetric positive-definite A by Gaussian elimination with partial pivots.
function solve(A: number[][], y: number[]): number[] {
  const n = y.length;
  const M = A.map((row, i) => [...row, y[i]!]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[pivot]![c]!)) pivot = r;
    [M[c], M[pivot]] = [M[pivot]!, M[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = M[r]![c]! / M[c]![c]!;
      for (let k = c; k <= n; k++) M[r]![k]! -= f * M[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= M[r]![k]! * x[k]!;
    x[r] = s / M[r]![r]!;
  }
  return x;
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
  const l2 = options.l2 ?? 1;
  const holdout = options.holdout ?? 0.25;
  if (!(Number.isFinite(l2) && l2 >= 0)) {
    throw new RangeError(expectedMessage("fitChurnModel: options.l2", "a number ≥ 0", l2));
  }
  if (!(holdout >= 0 && holdout < 1)) {
    throw new RangeError(
      expectedMessage("fitChurnModel: options.holdout", "a number in [0, 1)", holdout),
    );
  }
  if (terms.length === 0) throw new RangeError("fitChurnModel: expected at least one term");
  if (labelled.length === 0) return null;
  const rows = labelled.map((example) =>
    terms.map((term) => termInput(term, example.signals.values[term.signal] ?? null)),
  );
  const order = labelled.map((_, i) => i);
  const next = seededRandom(options.seed ?? 1);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const testN = Math.floor(labelled.length * holdout);
  const test = order.slice(0, testN);
  const train = order.slice(testN);

  // β = (intercept, w₁…w_k); maximise Σ [y ln p + (1−y) ln(1−p)] − λ/2 Σ wⱼ².
  const k = terms.length + 1;
  let beta = new Array<number>(k).fill(0);
  const features = (i: number) => [1, ...rows[i]!];
  let iterations = 0;
  let converged = false;
  while (iterations < 100) {
    iterations++;
    const gradient = new Array<number>(k).fill(0);
    const hessian = Array.from({ length: k }, () => new Array<number>(k).fill(0));
    for (const i of train) {
      const x = features(i);
      let eta = 0;
      for (let j = 0; j < k; j++) eta += beta[j]! * x[j]!;
      const p = 1 / (1 + Math.exp(-eta));
      const y = labelled[i]!.churned ? 1 : 0;
      const w = p * (1 - p);
      for (let j = 0; j < k; j++) {
        gradient[j]! += (y - p) * x[j]!;
        for (let m = 0; m < k; m++) hessian[j]![m]! += w * x[j]! * x[m]!;
      }
    }
    // Penalise weights; a tiny ridge on the intercept keeps one-class data finite.
    for (let j = 0; j < k; j++) {
      const lambda = j === 0 ? 1e-6 : l2;
      gradient[j]! -= lambda * beta[j]!;
      hessian[j]![j]! += lambda;
    }
    const step = solve(hessian, gradient);
    beta = beta.map((b, j) => b + step[j]!);
    if (Math.max(...step.map(Math.abs)) < 1e-10) {
      converged = true;
      break;
    }
  }
  const fittedTerms = terms.map((term, j) => ({ ...term, weight: beta[j + 1]! }));
  const model: ChurnModel = {
    name: options.name ?? "fitted",
    intercept: beta[0]!,
    terms: fittedTerms,
    bands: options.bands ?? defaultChurnModel.bands,
  };
  const score = (i: number) => features(i).reduce((s, x, j) => s + beta[j]! * x, 0);
  const coefficients: { intercept: number } & Partial<Record<ChurnSignalName, number>> = {
    intercept: beta[0]!,
  };
  for (const term of fittedTerms) coefficients[term.signal] = term.weight;
  return {
    model,
    coefficients,
    auc: rocAuc(
      test.map(score),
      test.map((i) => labelled[i]!.churned),
    ),
    trainN: train.length,
    testN,
    iterations,
    converged,
  };
}
