import { describe, expect, it } from "vitest";
import { riskTable } from "./risk-table";
import { checkSurvivalData } from "./survival-data";

describe("riskTable", () => {
  it("splits the risk sets by group, at event times only, with late entry", () => {
    // Subject: (entry, exit, event, group): (0, 1, y, 0) (0, 2, n, 1) (1, 3, y, 1) (2, 3, y, 0)
    const data = checkSurvivalData("t", [1, 2, 3, 3], [true, false, true, true], {
      entry: [0, 0, 1, 2],
    });
    const rows = riskTable(data, undefined, [0, 1, 1, 0], 2);
    expect(rows.map((r) => [r.time, [...r.atRisk], [...r.events], r.censored])).toEqual([
      [1, [1, 1], [1, 0], 0], // at 1: the subject entering at 1 is not yet at risk
      [3, [1, 1], [1, 1], 0],
    ]);
  });

  it("gives a group that has left the risk set exactly 0, not a rounding remainder", () => {
    // 0.1 + 0.2 − 0.1 − 0.2 is 5.6e-17 in floating point; b is out of the risk set at 3.
    const data = checkSurvivalData("t", [1, 2, 2, 3], [true, false, false, true], {
      weights: [0.7, 0.1, 0.2, 0.3],
    });
    const rows = riskTable(data, undefined, [0, 1, 1, 0], 2);
    expect(rows[1]!.time).toBe(3);
    expect(rows[1]!.atRisk[1]).toBe(0);
    expect(rows[0]!.atRisk[1]).toBeCloseTo(0.3, 15);
  });
});
