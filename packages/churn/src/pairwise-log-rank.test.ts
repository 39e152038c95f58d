import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { THREE_PLANS } from "./__fixtures__/aml.fixture";
import { logRankTest } from "./log-rank-test";
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

  it("gives each pair exactly what logRankTest gives on the pair's subjects alone (property)", () => {
    // The second method: the definition of the pairwise test, one logRankTest per pair on
    // copies of the pair's subjects, their weights, entry times and strata.
    const subject = fc.record({
      time: fc.integer({ min: 1, max: 12 }),
      event: fc.boolean(),
      group: fc.constantFrom("a", "b", "c", "d"),
      stratum: fc.constantFrom("x", "y", "z"),
      weight: fc.constantFrom(0.5, 1, 2, 3.25),
      entry: fc.constantFrom(0, 0.5),
    });
    fc.assert(
      fc.property(
        fc.array(subject, { minLength: 2, maxLength: 30 }),
        fc.constantFrom("log-rank", "peto-peto", "fleming-harrington" as const),
        fc.boolean(),
        (subjects, weighting, stratified) => {
          const options = {
            weighting,
            ...(weighting === "fleming-harrington" ? { p: 1, q: 0.5 } : {}),
            weights: subjects.map((s) => s.weight),
            entry: subjects.map((s) => s.entry),
            ...(stratified ? { strata: subjects.map((s) => s.stratum) } : {}),
          } as const;
          const groups = subjects.map((s) => s.group);
          const result = pairwiseLogRank(
            subjects.map((s) => s.time),
            subjects.map((s) => s.event),
            groups,
            { ...options, adjust: "none" },
          );
          for (const comparison of result.comparisons) {
            const keep = subjects.filter((s) => comparison.groups.includes(s.group));
            const pick = <T>(values: readonly T[]) =>
              values.filter((_, i) => comparison.groups.includes(groups[i]!));
            const alone = logRankTest(
              keep.map((s) => s.time),
              keep.map((s) => s.event),
              keep.map((s) => s.group),
              {
                ...options,
                weights: pick(options.weights),
                entry: pick(options.entry),
                ...(options.strata ? { strata: pick(options.strata) } : {}),
              },
            );
            expect(comparison.statistic).toBe(alone.statistic);
            expect(comparison.pValue).toBe(alone.pValue);
            expect(comparison.df).toBe(alone.df);
            expect(comparison.observed).toEqual(alone.groups.map((g) => g.observed));
            expect(comparison.expected).toEqual(alone.groups.map((g) => g.expected));
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
