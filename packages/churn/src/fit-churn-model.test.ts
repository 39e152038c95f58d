import { seededRandom } from "@rapport/stats";
import { describe, expect, it } from "vitest";
import type { ChurnTerm } from "./churn-model";
import { churnRisk } from "./churn-risk";
import { CHURN_SIGNALS, type ChurnSignals } from "./churn-signals";
import { fitChurnModel, type LabelledSignals } from "./fit-churn-model";

const terms: ChurnTerm[] = [
  { signal: "reopenedCases", weight: 0, transform: "identity", center: 0 },
  { signal: "latestNps", weight: 0, transform: "identity", center: 7 },
];

const values = (reopened: number, nps: number | null): ChurnSignals["values"] =>
  ({
    ...Object.fromEntries(CHURN_SIGNALS.map((s) => [s, null])),
    reopenedCases: reopened,
    latestNps: nps,
  }) as ChurnSignals["values"];

// Labelled history drawn from a known logistic model: logit = −1 + 0.8·reopened − 0.3·(nps − 7).
function synthetic(n: number, seed: number): LabelledSignals[] {
  const next = seededRandom(seed);
  return Array.from({ length: n }, () => {
    const reopened = Math.floor(next() * 5);
    const nps = Math.floor(next() * 11);
    const p = 1 / (1 + Math.exp(-(-1 + 0.8 * reopened - 0.3 * (nps - 7))));
    return { signals: { values: values(reopened, nps) }, churned: next() < p };
  });
}

describe("fitChurnModel", () => {
  it("recovers known coefficients with a negligible penalty and reports a held-out AUC", () => {
    const fit = fitChurnModel(synthetic(20_000, 1), { terms, l2: 1e-6, seed: 2 })!;
    expect(fit.converged).toBe(true);
    expect(fit.trainN).toBe(15_000);
    expect(fit.testN).toBe(5_000);
    // Standard errors at n = 15,000 are ≈ 0.02–0.03 for these coefficients.
    expect(fit.coefficients.intercept).toBeCloseTo(-1, 0);
    expect(Math.abs(fit.coefficients.reopenedCases! - 0.8)).toBeLessThan(0.08);
    expect(Math.abs(fit.coefficients.latestNps! + 0.3)).toBeLessThan(0.05);
    expect(fit.auc.value!).toBeGreaterThan(0.75);
    expect(fit.auc.n).toBe(5_000);
    // The model plugs into churnRisk: its score is the fitted probability.
    const risk = churnRisk(
      { customerId: "c" as never, asOf: new Date(0), values: values(3, 2) },
      fit.model,
    );
    const logit =
      fit.coefficients.intercept +
      3 * fit.coefficients.reopenedCases! -
      5 * fit.coefficients.latestNps!;
    expect(risk.logit).toBeCloseTo(logit, 10);
  });

  it("shrinks weights towards 0 as the penalty grows", () => {
    const data = synthetic(2_000, 3);
    const loose = fitChurnModel(data, { terms, l2: 0.01 })!;
    const tight = fitChurnModel(data, { terms, l2: 1000 })!;
    expect(Math.abs(tight.coefficients.reopenedCases!)).toBeLessThan(
      Math.abs(loose.coefficients.reopenedCases!),
    );
  });

  it("is deterministic for a seed; the split depends on it", () => {
    const data = synthetic(1_000, 4);
    expect(fitChurnModel(data, { terms, seed: 9 })).toEqual(
      fitChurnModel(data, { terms, seed: 9 }),
    );
    expect(fitChurnModel(data, { terms, seed: 9 })!.auc).not.toEqual(
      fitChurnModel(data, { terms, seed: 10 })!.auc,
    );
  });

  it("uses the default terms, and handles one-class and empty input", () => {
    const data = synthetic(200, 5);
    const fit = fitChurnModel(data, { name: "calibrated", holdout: 0 })!;
    expect(fit.model.name).toBe("calibrated");
    expect(fit.model.terms).toHaveLength(16);
    expect(fit.auc.value).toBeNull();
    const allStay = data.map((d) => ({ ...d, churned: false }));
    const oneClass = fitChurnModel(allStay, { terms })!;
    expect(Number.isFinite(oneClass.coefficients.intercept)).toBe(true);
    expect(fitChurnModel([], { terms })).toBeNull();
  });

  it("solves the penalised score equations (the documented four-example fit)", () => {
    // With λ = 1 and no holdout the optimum satisfies, independently of how it was found:
    //   Σ (yᵢ − pᵢ) − 10⁻⁶·b = 0 (the intercept's tiny ridge) and Σ (yᵢ − pᵢ)·xᵢ − λ·w = 0.
    const reopened = [0, 3, 1, 4];
    const churned = [false, true, false, true];
    const data = reopened.map((r, i) => ({
      signals: { values: values(r, null) },
      churned: churned[i]!,
    }));
    const fit = fitChurnModel(data, { terms: [terms[0]!], holdout: 0 })!;
    const b = fit.coefficients.intercept;
    const w = fit.coefficients.reopenedCases!;
    const residuals = reopened.map(
      (x, i) => (churned[i] ? 1 : 0) - 1 / (1 + Math.exp(-(b + w * x))),
    );
    expect(residuals.reduce((s, r) => s + r, 0) - 1e-6 * b).toBeCloseTo(0, 8);
    expect(residuals.reduce((s, r, i) => s + r * reopened[i]!, 0) - w).toBeCloseTo(0, 8);
    expect(w).toBeCloseTo(1.0066, 3);
  });

  it("rejects bad options", () => {
    expect(() => fitChurnModel([], { l2: -1 })).toThrow(
      "fitChurnModel: options.l2: expected a number ≥ 0, received -1",
    );
    expect(() => fitChurnModel([], { holdout: 1 })).toThrow(
      /options.holdout: expected a number in \[0, 1\), received 1/,
    );
    expect(() => fitChurnModel([], { terms: [] })).toThrow(/at least one term/);
  });
});
