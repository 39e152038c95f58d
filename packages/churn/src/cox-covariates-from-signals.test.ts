import { describe, expect, it } from "vitest";
import type { ChurnSignals } from "./churn-signals";
import { coxCovariatesFromSignals } from "./cox-covariates-from-signals";
import { coxZph } from "./cox-schoenfeld";
import { fitCoxPh } from "./fit-cox-ph";

const signals = (values: Partial<ChurnSignals["values"]>) =>
  ({ values }) as Pick<ChurnSignals, "values">;

// 12 customers: tenure in days, churned?, reopened cases and negative interactions at the start.
const TIME = [12, 30, 45, 45, 60, 75, 90, 120, 150, 180, 200, 240];
const EVENT = [1, 1, 1, 0, 1, 1, 0, 1, 0, 1, 0, 0];
const REOPENED = [3, 2, 4, 1, 0, 2, 1, 1, 0, 0, 0, 1];
const NEGATIVE = [5, 2, 3, 4, 1, 0, 2, 0, 1, 3, 0, 0];
const rows = TIME.map((time, i) => ({
  signals: signals({ reopenedCases: REOPENED[i]!, negativeInteractions: NEGATIVE[i]! }),
  time,
  event: EVENT[i] === 1,
}));

describe("coxCovariatesFromSignals", () => {
  // R: d <- data.frame(time = c(12,30,45,45,60,75,90,120,150,180,200,240),
  //   event = c(1,1,1,0,1,1,0,1,0,1,0,0), reopened = c(3,2,4,1,0,2,1,1,0,0,0,1),
  //   neg = c(5,2,3,4,1,0,2,0,1,3,0,0))
  // summary(coxph(Surv(time, event) ~ reopened + neg, data = d))$conf.int
  it("answers which care signals shorten tenure, with R's hazard ratios", () => {
    const { subjects, covariates, skipped } = coxCovariatesFromSignals(rows, {
      signals: ["reopenedCases", "negativeInteractions"],
    });
    expect(covariates).toEqual(["reopenedCases", "negativeInteractions"]);
    expect(skipped).toEqual([]);
    expect(subjects[0]).toEqual({
      time: 12,
      event: true,
      covariates: { reopenedCases: 3, negativeInteractions: 5 },
    });
    const fit = fitCoxPh(subjects, { covariates });
    const [reopened, negative] = fit.coefficients;
    expect(reopened!.hazardRatio).toBeCloseTo(2.30981789607738, 6);
    expect(reopened!.hazardRatioInterval!.lower).toBeCloseTo(1.058840340928698, 6);
    expect(reopened!.hazardRatioInterval!.upper).toBeCloseTo(5.03877544782607, 5);
    expect(negative!.hazardRatio).toBeCloseTo(1.53531661005609, 6);
    expect(negative!.hazardRatioInterval!.lower).toBeCloseTo(0.831791323396503, 6);
    expect(fit.likelihoodRatioTest.pValue).toBeCloseTo(0.0194104062142251, 8);
    // f$concordance: concordant 38, discordant 9, tied.x 2, concordance 0.7959183673469388,
    // std 0.0976025675074042; cox.zph(f)$table: GLOBAL 0.6825583164089957 (p 0.710860437981887)
    expect(fit.concordance).toMatchObject({ concordant: 38, discordant: 9, tiedRisk: 2 });
    expect(fit.concordance.value).toBeCloseTo(0.7959183673469388, 12);
    expect(fit.concordance.standardError).toBeCloseTo(0.0976025675074042, 9);
    const zph = coxZph(subjects, fit);
    expect(zph.covariates[0]!.statistic).toBeCloseTo(0.6781562742406991, 6);
    expect(zph.global.statistic).toBeCloseTo(0.6825583164089957, 6);
    expect(zph.global.pValue).toBeCloseTo(0.710860437981887, 6);
  });

  it("prepares a scorecard's terms as the scorecard does", () => {
    const model = {
      terms: [
        { signal: "daysSinceLastPurchase", weight: 0.3, cap: 730, transform: "log1p", center: 3 },
        { signal: "latestNps", weight: -0.15, transform: "identity", center: 7 },
      ] as const,
    };
    const out = coxCovariatesFromSignals(
      [
        { signals: signals({ daysSinceLastPurchase: 1000, latestNps: 4 }), time: 5, event: true },
        { signals: signals({ daysSinceLastPurchase: 10, latestNps: null }), time: 9, event: false },
      ],
      { model },
    );
    // ln(1 + 730) − 3 = 3.594… (capped at 730); NPS 4 − 7 = −3. The second row has no NPS: skipped.
    expect(out.subjects).toHaveLength(1);
    expect(out.subjects[0]!.covariates.daysSinceLastPurchase).toBeCloseTo(Math.log(731) - 3, 12);
    expect(out.subjects[0]!.covariates.latestNps).toBe(-3);
    expect(out.skipped).toEqual([1]);
    const zero = coxCovariatesFromSignals(
      [{ signals: signals({ daysSinceLastPurchase: 10, latestNps: null }), time: 9, event: false }],
      { model, missing: "zero" },
    );
    expect(zero.subjects[0]!.covariates.latestNps).toBe(0);
  });

  it("uses the default scorecard's sixteen terms without options, and checks rows", () => {
    expect(coxCovariatesFromSignals([]).covariates).toHaveLength(16);
    expect(() =>
      coxCovariatesFromSignals([{ signals: signals({}), time: -2, event: true }], {
        signals: ["transfers"],
      }),
    ).toThrow(
      new RangeError(
        "coxCovariatesFromSignals: rows[0].time: expected a finite number ≥ 0, received -2",
      ),
    );
    expect(() => coxCovariatesFromSignals(rows, { signals: ["mood" as "transfers"] })).toThrow(
      RangeError,
    );
    expect(() => coxCovariatesFromSignals(rows, { missing: "drop" as "skip" })).toThrow(RangeError);
    expect(() =>
      coxCovariatesFromSignals(
        [{ signals: signals({ transfers: Number.NaN }), time: 1, event: true }],
        {
          signals: ["transfers"],
        },
      ),
    ).toThrow(/rows\[0\]\.signals\.transfers/);
  });
});
