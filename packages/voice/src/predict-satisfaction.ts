import { fitScorecard } from "@rapport/churn";
import { type AucResult, expectedMessage, type Proportion, proportion } from "@rapport/stats";
import type { SatisfactionCase } from "./satisfaction-signals";

/**
 * One of the four inputs of {@link predictSatisfaction}.
 *
 * @example
 * ```ts
 * import type { SatisfactionInput } from "@rapport/voice";
 * const input: SatisfactionInput = "waitHours";
 * ```
 */
export type SatisfactionInput = "effort" | "waitHours" | "reopenings" | "sentiment";

const INPUTS: readonly SatisfactionInput[] = ["effort", "waitHours", "reopenings", "sentiment"];

/**
 * Options of {@link predictSatisfaction}.
 *
 * @example
 * ```ts
 * import type { PredictSatisfactionOptions } from "@rapport/voice";
 * const options: PredictSatisfactionOptions = { holdout: 0.3, seed: 2, bins: 5 };
 * ```
 */
export interface PredictSatisfactionOptions {
  /** Share of the rated cases held out to measure the fit (default 0.3). */
  readonly holdout?: number;
  /** Seed of the split (default 1). */
  readonly seed?: number;
  /** L2 penalty on the weights (default 1). */
  readonly l2?: number;
  /** Bins of the reliability table, equal widths of probability (default 5). */
  readonly bins?: number;
}

/**
 * The fitted model of bad ratings, how well it does on held-out cases, and the probability of
 * a bad rating for every case without one.
 *
 * @example
 * ```ts
 * import type { SatisfactionPrediction } from "@rapport/voice";
 * const riskiest = (p: SatisfactionPrediction) => p.predictions[0]?.caseId;
 * ```
 */
export interface SatisfactionPrediction {
  /** Unrated cases, most likely to be rated badly first. */
  readonly predictions: readonly { readonly caseId: string; readonly probabilityBad: number }[];
  /** Log-odds weights per unit of each (centred; wait on log1p hours) input, and the intercept; 0 for an input that does not vary. */
  readonly coefficients: { readonly intercept: number } & Readonly<
    Record<SatisfactionInput, number>
  >;
  /** Rated cases the model was fitted on. */
  readonly trainN: number;
  /** Held-out fit: AUC, Brier score (mean squared error of the probability; lower is better) and the reliability table. */
  readonly holdout: {
    readonly auc: AucResult;
    readonly brier: number | null;
    /** Per probability bin: cases, their mean predicted probability, and the observed share of bad ratings. */
    readonly reliability: readonly {
      readonly lower: number;
      readonly upper: number;
      readonly meanPredicted: number | null;
      readonly observed: Proportion;
    }[];
  };
}

/**
 * Predicts, for each solved case without a rating, the probability that it would have been
 * rated badly, from the customer's effort, the wait for the first reply (as log1p hours),
 * the reopenings and the sentiment of the customer's messages. The model is the logistic
 * scorecard of `@rapport/churn` (`fitScorecard`: L2-penalised Newton fit on a seeded split),
 * fitted on the rated cases with inputs centred on their means (a missing input counts as
 * the mean). The held-out rated cases measure it: AUC, Brier score and a reliability table
 * (calibration: predicted against observed, per bin). Fewer than 10 rated cases, or only one
 * kind of rating, gives `null`.
 *
 * @example
 * ```ts
 * import { predictSatisfaction } from "@rapport/voice";
 * const rated = Array.from({ length: 40 }, (_, i) => ({
 *   caseId: `c${i}`, waitHours: i % 10, reopenings: i % 3, rating: i % 10 > 6 ? "bad" : "good",
 * } as const));
 * const result = predictSatisfaction([...rated, { caseId: "new", waitHours: 9, reopenings: 2 }]);
 * result?.predictions[0]?.caseId; // "new"
 * ```
 */
export function predictSatisfaction(
  cases: Iterable<SatisfactionCase>,
  options: PredictSatisfactionOptions = {},
): SatisfactionPrediction | null {
  const fn = "predictSatisfaction";
  const bins = options.bins ?? 5;
  if (!Number.isInteger(bins) || bins < 1) {
    throw new RangeError(expectedMessage(`${fn}: options.bins`, "a whole number ≥ 1", bins));
  }
  const all = [...cases];
  const rows = all.map((c, i) =>
    INPUTS.map((input) => {
      const value = c[input];
      if (value === null || value === undefined) return null;
      if (typeof value !== "number" || !Number.isFinite(value)) {
        throw new RangeError(
          expectedMessage(`${fn}: cases[${i}].${input}`, "a finite number or null", value),
        );
      }
      return input === "waitHours" ? Math.log1p(Math.max(0, value)) : value;
    }),
  );
  const rated = all
    .map((_, i) => i)
    .filter((i) => all[i]!.rating === "bad" || all[i]!.rating === "good");
  const bad = rated.map((i) => all[i]!.rating === "bad");
  if (rated.length < 10 || bad.every((b) => b) || bad.every((b) => !b)) return null;
  const means = INPUTS.map((_, j) => {
    let sum = 0;
    let n = 0;
    for (const i of rated) {
      const v = rows[i]![j];
      if (v !== null && v !== undefined) {
        sum += v;
        n++;
      }
    }
    return n > 0 ? sum / n : 0;
  });
  // Inputs that do not vary among the rated cases carry no information (and would make an
  // unpenalised fit singular): they keep weight 0.
  const active = INPUTS.map((_, j) => j).filter((j) =>
    rated.some((i) => rows[i]![j] !== null && Math.abs(rows[i]![j]! - means[j]!) > 1e-12),
  );
  const centred = (i: number) =>
    active.map((j) => (rows[i]![j] === null ? 0 : rows[i]![j]! - means[j]!));
  const fit = fitScorecard(
    rated.map(centred),
    bad,
    { holdout: options.holdout ?? 0.3, seed: options.seed ?? 1, l2: options.l2 ?? 1 },
    fn,
  )!;
  const probability = (x: readonly number[]) =>
    1 / (1 + Math.exp(-(fit.intercept + x.reduce((s, v, a) => s + v * fit.weights[a]!, 0))));
  const weightOf = (j: number) => {
    const a = active.indexOf(j);
    return a < 0 ? 0 : fit.weights[a]!;
  };
  const held = fit.test.map((k) => ({ p: probability(centred(rated[k]!)), bad: bad[k]! }));
  const brier =
    held.length === 0
      ? null
      : held.reduce((s, h) => s + (h.p - (h.bad ? 1 : 0)) ** 2, 0) / held.length;
  const reliability = Array.from({ length: bins }, (_, b) => {
    const lower = b / bins;
    const upper = (b + 1) / bins;
    const inBin = held.filter((h) => h.p >= lower && (h.p < upper || (b === bins - 1 && h.p <= 1)));
    return {
      lower,
      upper,
      meanPredicted: inBin.length === 0 ? null : inBin.reduce((s, h) => s + h.p, 0) / inBin.length,
      observed: proportion(inBin.filter((h) => h.bad).length, inBin.length),
    };
  });
  const predictions = all
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => c.rating !== "bad" && c.rating !== "good")
    .map(({ c, i }) => ({ caseId: c.caseId, probabilityBad: probability(centred(i)) }))
    .sort((a, b) => b.probabilityBad - a.probabilityBad);
  const coefficients = {
    intercept: fit.intercept,
    effort: weightOf(0),
    waitHours: weightOf(1),
    reopenings: weightOf(2),
    sentiment: weightOf(3),
  };
  return {
    predictions,
    coefficients,
    trainN: fit.train.length,
    holdout: { auc: fit.auc, brier, reliability },
  };
}
