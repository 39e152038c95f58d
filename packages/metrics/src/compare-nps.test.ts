import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareNps } from "./compare-nps";
import { nps } from "./nps";

describe("compareNps", () => {
  it("matches a hand calculation of the adjusted-Wald difference", () => {
    // a: 120/50/30 (n 200, NPS 45), b: 90/60/50 (n 200, NPS 20).
    // a: n′ = 203, p′₊ = 120.75/203, p′₋ = 30.75/203, NPS′ = 90/203 = 0.443350,
    //    Var = (151.5/203 − 0.443350²)/203 = 0.0027082
    // b: NPS′ = 40/203 = 0.197044, Var = (141.5/203 − 0.197044²)/203 = 0.0032423
    // d = 0.246305, se = √(0.0027082 + 0.0032423) = 0.077140, z = 3.19297, p = 0.0014082
    // interval = d ± 1.959964·se = (9.5114, 39.7497)
    const change = compareNps(
      { promoters: 120, passives: 50, detractors: 30 },
      { promoters: 90, passives: 60, detractors: 50 },
    );
    expect(change.difference).toBe(25);
    expect(change.statistic).toBeCloseTo(3.1929707444341977, 10);
    expect(change.pValue).toBeCloseTo(0.0014081721242404602, 12);
    expect(change.interval!.lower).toBeCloseTo(9.511400842263637, 9);
    expect(change.interval!.upper).toBeCloseTo(39.74968290157873, 9);
    expect(change).toMatchObject({ significant: true, statisticName: "z", degreesOfFreedom: null });
  });

  it("is not significant for a small change in small samples, and takes NpsScores", () => {
    // 25 (2 − 1 of 4) against −25 (1 − 2 of 4)
    const change = compareNps(nps([10, 9, 6, 8]), nps([10, 6, 6, 8]));
    expect(change.difference).toBe(50);
    expect(change.significant).toBe(false);
    expect(change.pValue!).toBeGreaterThan(0.05);
  });

  it("returns nulls when a side has no answers", () => {
    const empty = { promoters: 0, passives: 0, detractors: 0 };
    expect(compareNps(empty, { promoters: 1, passives: 0, detractors: 0 })).toMatchObject({
      difference: null,
      interval: null,
      pValue: null,
      significant: false,
    });
  });

  it("Wald: no variation on either side gives no test", () => {
    const all = { promoters: 10, passives: 0, detractors: 0 };
    expect(compareNps(all, all, { interval: "wald" })).toMatchObject({
      difference: 0,
      statistic: null,
      significant: false,
    });
  });

  it("is antisymmetric, and significant exactly when the interval excludes 0 (property)", () => {
    const counts = fc.record({
      promoters: fc.nat(300),
      passives: fc.nat(300),
      detractors: fc.nat(300),
    });
    fc.assert(
      fc.property(counts, counts, (a, b) => {
        const ab = compareNps(a, b);
        const ba = compareNps(b, a);
        if (ab.difference === null) return;
        expect(ba.difference).toBeCloseTo(-ab.difference, 9);
        expect(ba.pValue).toBeCloseTo(ab.pValue!, 12);
        const excludesZero = ab.interval!.lower > 0 || ab.interval!.upper < 0;
        // Equivalent up to rounding at the boundary.
        if (Math.abs(ab.pValue! - 0.05) > 1e-9) expect(ab.significant).toBe(excludesZero);
      }),
    );
  });

  it("rejects bad counts and options", () => {
    const ok = { promoters: 1, passives: 0, detractors: 0 };
    expect(() => compareNps({ ...ok, passives: -1 }, ok)).toThrow(
      "compareNps: a.passives: expected a whole number ≥ 0, received -1",
    );
    expect(() => compareNps(ok, ok, { level: 2 })).toThrow(/received 2/);
    expect(() => compareNps(ok, ok, { interval: "x" as "wald" })).toThrow(/received "x"/);
  });
});
