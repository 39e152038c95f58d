// The worked example of "Comparing survival curves" in docs/churn.md, against R survival 3.5.
import { describe, expect, it } from "vitest";
import { PLANS } from "./__fixtures__/plans.fixture";
import { conditionalSurvival } from "./conditional-survival";
import { kaplanMeier } from "./kaplan-meier";
import { logRankTest } from "./log-rank-test";
import { medianSurvival } from "./median-survival";
import { restrictedMeanDifference } from "./restricted-mean-difference";
import { restrictedMeanSurvival } from "./restricted-mean-survival";

const { durations, observed, plan } = PLANS;
const curve = (name: string) => {
  const at = plan.flatMap((p, i) => (p === name ? [i] : []));
  return kaplanMeier(
    at.map((i) => durations[i]!),
    at.map((i) => observed[i]!),
  );
};

describe("the guide's monthly and annual plans", () => {
  it("log-rank: survdiff(Surv(d, e) ~ plan): obs 5 9, exp 9.767929305 4.232070695, Chisq 8.86199195", () => {
    const test = logRankTest(durations, observed, plan);
    expect(test.groups.map((g) => [g.group, g.observed])).toEqual([
      ["monthly", 9],
      ["annual", 5],
    ]);
    expect(test.groups[0]!.expected).toBeCloseTo(4.232070695, 8);
    expect(test.statistic!).toBeCloseTo(8.86199195, 7);
    expect(test.pValue!).toBeCloseTo(0.0029, 4);
    // survdiff(…, rho = 1)$chisq 8.161310713
    const peto = logRankTest(durations, observed, plan, {
      weighting: "fleming-harrington",
      p: 1,
      q: 0,
    });
    expect(peto.statistic!).toBeCloseTo(8.161310713, 8);
  });

  it("medians and RMST: summary(survfit(Surv(d, e) ~ plan), rmean = 365)$table", () => {
    // annual: rmean 283.4722222, se 32.51978696, median NA [250, NA];
    // monthly: rmean 122.0208333, se 35.69458512, median 75 [45, NA]
    const monthly = curve("monthly");
    const annual = curve("annual");
    expect(medianSurvival(monthly)).toMatchObject({
      value: 75,
      interval: { lower: 45, upper: null },
    });
    expect(medianSurvival(annual)).toMatchObject({
      value: null,
      interval: { lower: 250, upper: null },
    });
    expect(restrictedMeanSurvival(annual, 365).value!).toBeCloseTo(283.4722222, 6);
    const gain = restrictedMeanDifference(annual, monthly, 365);
    expect(gain.difference!).toBeCloseTo(283.4722222 - 122.0208333, 6);
    expect(gain.standardError!).toBeCloseTo(Math.hypot(32.51978696, 35.69458512), 7);
    expect(gain.pValue!).toBeCloseTo(0.00083, 5);
  });

  it("a monthly customer who stayed 90 days: R's rmean of the survivors shifted by 90, at 275", () => {
    // summary(survfit(Surv(d[m & d > 90] - 90, e[m & d > 90]) ~ 1), rmean = 275): 144.375, 59.13190367
    const after = conditionalSurvival(curve("monthly"), 90, { tau: 365 });
    expect(after.survivalAtStayed).toBeCloseTo(0.388888888889, 11);
    expect(after.remainingTenure!.value!).toBeCloseTo(144.375, 9);
    expect(after.remainingTenure!.standardError!).toBeCloseTo(59.13190367, 7);
  });
});
