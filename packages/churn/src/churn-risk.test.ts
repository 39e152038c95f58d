import { customerId } from "@rapport/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AS_OF, HISTORY } from "./__fixtures__/care-history.fixture";
import { churnRisk } from "./churn-risk";
import {
  CHURN_SIGNALS,
  type ChurnSignalName,
  type ChurnSignals,
  churnSignals,
} from "./churn-signals";
import { defaultChurnModel } from "./default-churn-model";
import { defineChurnModel } from "./define-churn-model";

const signalsOf = (values: Partial<Record<ChurnSignalName, number | null>>): ChurnSignals => ({
  customerId: customerId("c"),
  asOf: AS_OF,
  values: Object.fromEntries(
    CHURN_SIGNALS.map((s) => [s, values[s] ?? null]),
  ) as ChurnSignals["values"],
});

describe("churnRisk", () => {
  it("scores a small model worked by hand", () => {
    const model = defineChurnModel({
      name: "hand",
      intercept: -2,
      terms: [
        { signal: "reopenedCases", weight: 0.5 },
        { signal: "latestNps", weight: -0.2, center: 7 },
      ],
      bands: { medium: 0.3, high: 0.6 },
    });
    // logit = −2 + 0.5·3 + (−0.2)(4 − 7) = −2 + 1.5 + 0.6 = 0.1; score = 1/(1 + e^−0.1) = 0.524979.
    const risk = churnRisk(signalsOf({ reopenedCases: 3, latestNps: 4 }), model);
    expect(risk.logit).toBeCloseTo(0.1, 12);
    expect(risk.score).toBeCloseTo(0.524979, 6);
    expect(risk.band).toBe("medium");
    expect(risk.contributions[0]).toEqual({
      signal: "reopenedCases",
      value: 3,
      input: 3,
      weight: 0.5,
      points: 1.5,
      reason: "3 cases reopened in the last 30 days",
    });
    expect(risk.contributions[1]!.reason).toBe("latest NPS answer 4 of 10");
  });

  it("explains the fixture customer with the default model: high risk, reasons first", () => {
    const risk = churnRisk(churnSignals(customerId("cus_1"), HISTORY, { asOf: AS_OF }));
    expect(risk.model).toBe("rapport-default-v1");
    expect(risk.band).toBe("high");
    expect(risk.contributions).toHaveLength(defaultChurnModel.terms.length);
    expect(risk.contributions[0]!.reason).toBe("5 negative interactions in the last 90 days");
    const reasons = risk.contributions.map((c) => c.reason);
    expect(reasons).toContain("2 cases unresolved");
    expect(reasons).toContain("no data for cesTrend");
    expect(reasons).toContain("last purchase 90 days ago");
  });

  it("is low for a customer without data (intercept only)", () => {
    const risk = churnRisk(signalsOf({}));
    expect(risk.logit).toBe(defaultChurnModel.intercept);
    expect(risk.band).toBe("low");
    expect(risk.contributions.every((c) => c.points === 0)).toBe(true);
  });

  it("has contributions that sum to the logit, and a score that is its logistic (property)", () => {
    const value = fc.option(fc.double({ min: -1000, max: 1000, noNaN: true }), { nil: null });
    const signals = fc.record(
      Object.fromEntries(CHURN_SIGNALS.map((s) => [s, value])) as Record<
        ChurnSignalName,
        fc.Arbitrary<number | null>
      >,
    );
    const weights = fc.array(fc.double({ min: -5, max: 5, noNaN: true }), {
      minLength: CHURN_SIGNALS.length,
      maxLength: CHURN_SIGNALS.length,
    });
    fc.assert(
      fc.property(signals, weights, fc.double({ min: -5, max: 5, noNaN: true }), (values, w, b) => {
        const model = defineChurnModel({
          ...defaultChurnModel,
          intercept: b,
          terms: defaultChurnModel.terms.map((t, i) => ({ ...t, weight: w[i]! })),
        });
        const risk = churnRisk(signalsOf(values), model);
        const sum = risk.contributions.reduce((s, c) => s + c.points, risk.intercept);
        expect(Math.abs(sum - risk.logit)).toBeLessThan(1e-9 * Math.max(1, Math.abs(risk.logit)));
        expect(risk.score).toBeCloseTo(1 / (1 + Math.exp(-risk.logit)), 12);
        for (const c of risk.contributions) expect(c.points).toBeCloseTo(c.weight * c.input, 12);
        const band = risk.score >= 0.6 ? "high" : risk.score >= 0.3 ? "medium" : "low";
        expect(risk.band).toBe(band);
      }),
    );
  });

  it("writes a reason for every signal", () => {
    const values = Object.fromEntries(CHURN_SIGNALS.map((s) => [s, 1])) as Record<
      ChurnSignalName,
      number
    >;
    const risk = churnRisk(
      signalsOf({ ...values, contactTrend: -0.5, csatTrend: -0.25, cesTrend: 1 / 6 }),
    );
    const bySignal = Object.fromEntries(risk.contributions.map((c) => [c.signal, c.reason]));
    expect(bySignal).toMatchObject({
      daysSinceLastPurchase: "last purchase 1 day ago",
      daysSinceLastContact: "last contact 1 day ago",
      contactTrend: "contacts steady or falling (×0.61 in the last 30 days vs the 90 before)",
      unresolvedCases: "1 case unresolved",
      latestCsat: "latest CSAT rating the highest (good, or 5 of 5)",
      // −0.25 on the 0..1 scale: one step of a 1–5 answer.
      csatTrend: "CSAT rating down by 25 % of the scale vs earlier answers",
      npsTrend: "NPS answer up 1 point (of 10) vs earlier answers",
      latestCes: "latest effort answer the easiest on its scale",
      // 1/6 of the 0..1 scale: one step of a 1–7 answer.
      cesTrend: "effort answer easier by 17 % of the scale vs earlier answers",
      positiveInteractions: "1 positive interaction in the last 90 days",
      transfers: "1 transfer in the last 90 days",
      repeatContacts: "1 repeat contact on the same case in the last 90 days",
      careGestures: "1 care gesture received in the last 90 days",
    });
    expect(
      churnRisk(signalsOf({ contactTrend: 1 })).contributions.find(
        (c) => c.signal === "contactTrend",
      )!.reason,
    ).toBe("contacts rising (×2.72 in the last 30 days vs the 90 before)");
    const reason = (signal: ChurnSignalName, value: number) =>
      churnRisk(signalsOf({ [signal]: value })).contributions.find((c) => c.signal === signal)!
        .reason;
    // A bad rating is 0 of the 0..1 scale; 3 of 5 is (3 − 1)/4 = 0.5.
    expect(reason("latestCsat", 0)).toBe("latest CSAT rating the lowest (bad, or 1 of 5)");
    expect(reason("latestCsat", 0.5)).toBe("latest CSAT rating 3 of 5");
    expect(reason("latestCes", 0)).toBe("latest effort answer the hardest on its scale");
    expect(reason("latestCes", 0.5)).toBe(
      "latest effort answer 50 % of the way from hardest to easiest",
    );
    expect(reason("npsTrend", -2.5)).toBe("NPS answer down 2.5 points (of 10) vs earlier answers");
  });
});
