import { describe, expect, it } from "vitest";
import { THREE_PLANS } from "./__fixtures__/aml.fixture";
import { pairwiseLogRank } from "./pairwise-log-rank";

// R survival 3.5, for each pair pr of c("a", "b", "c"): k <- g %in% pr;
// survdiff(Surv(t[k], e[k]) ~ g[k] [+ strata(s[k])], rho = ρ); then p.adjust(p, "holm" | "BH").
describe("pairwiseLogRank on three plans", () => {
  const { durations, observed, groups, strata } = THREE_PLANS;

  it("log-rank, Holm and Benjamini-Hochberg", () => {
    const holm = pairwiseLogRank(durations, observed, groups);
    expect(holm.adjust).toBe("holm");
    expect(holm.comparisons.map((c) => c.groups)).toEqual([
      ["a", "b"],
      ["a", "c"],
      ["b", "c"],
    ]);
    const r = {
      statistic: [6.804812179936, 5.981909886425, 0.477222521464],
      p: [0.00909125163038, 0.01445334246409, 0.48968310107362],
      holm: [0.0272737548911, 0.0289066849282, 0.4896831010736],
      bh: [0.0216800136961, 0.0216800136961, 0.4896831010736],
    };
    holm.comparisons.forEach((c, i) => {
      expect(c.statistic!).toBeCloseTo(r.statistic[i]!, 10);
      expect(c.df).toBe(1);
      expect(c.pValue!).toBeCloseTo(r.p[i]!, 12);
      expect(c.adjustedPValue!).toBeCloseTo(r.holm[i]!, 12);
    });
    const bh = pairwiseLogRank(durations, observed, groups, { adjust: "benjamini-hochberg" });
    bh.comparisons.forEach((c, i) => {
      expect(c.adjustedPValue!).toBeCloseTo(r.bh[i]!, 12);
    });
    expect(holm.comparisons[0]!.observed).toEqual([10, 4]);
  });

  it("stratified, rho = 1 (Fleming-Harrington (1, 0))", () => {
    const result = pairwiseLogRank(durations, observed, groups, {
      strata,
      weighting: "fleming-harrington",
      p: 1,
      q: 0,
      adjust: "benjamini-hochberg",
    });
    const statistic = [4.533062974774, 4.463820926601, 0.181041378558];
    const bh = [0.0519299627676, 0.0519299627676, 0.6704798195608];
    result.comparisons.forEach((c, i) => {
      expect(c.statistic!).toBeCloseTo(statistic[i]!, 10);
      expect(c.adjustedPValue!).toBeCloseTo(bh[i]!, 12);
    });
  });

  it("leaves a pair without a test out of the adjustment", () => {
    // c and d are all censored: the c–d pair has no events; the a–c and a–d pairs do.
    const result = pairwiseLogRank(
      [1, 2, 3, 5, 6, 7, 8],
      [true, true, true, false, false, false, false],
      ["a", "a", "a", "c", "c", "d", "d"],
    );
    const [ac, ad, cd] = result.comparisons;
    expect(cd).toMatchObject({
      groups: ["c", "d"],
      statistic: null,
      pValue: null,
      adjustedPValue: null,
    });
    // Two tests in the Holm family: the smaller p doubled.
    const smaller = Math.min(ac!.pValue!, ad!.pValue!);
    expect(Math.min(ac!.adjustedPValue!, ad!.adjustedPValue!)).toBeCloseTo(2 * smaller, 14);
  });

  it("passes each pair its subjects' weights and entry times", () => {
    // The replicated-data survdiff of logRankTest's weight test, with a third group "z"
    // that the a–b pair must leave out: Chisq 9.65055387714.
    const result = pairwiseLogRank(
      [3, 5, 5, 8, 2, 6, 4, 9],
      [true, true, false, true, true, true, true, false],
      ["a", "a", "b", "b", "a", "b", "z", "z"],
      { weights: [2, 1, 3, 1, 2, 1, 5, 5], entry: [0, 0, 0, 0, 0, 0, 1, 2] },
    );
    expect(result.comparisons[0]!.groups).toEqual(["a", "b"]);
    expect(result.comparisons[0]!.statistic!).toBeCloseTo(9.65055387714, 9);
    expect(result.comparisons[0]!.observed).toEqual([5, 2]);
  });

  it("rejects an unknown adjustment, and bad data as logRankTest does", () => {
    expect(() => pairwiseLogRank([1], [true], ["a"], { adjust: "BH" as never })).toThrow(
      /pairwiseLogRank: options.adjust: expected one of "holm" \| "benjamini-hochberg"/,
    );
    expect(() => pairwiseLogRank([1, 2], [true], ["a", "b"])).toThrow(
      /^pairwiseLogRank: observed: expected an array of 2/,
    );
    expect(pairwiseLogRank([1], [true], ["a"]).comparisons).toEqual([]);
  });
});
