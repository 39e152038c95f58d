import { describe, expect, it } from "vitest";
import { compareShares } from "./compare-shares";

describe("compareShares", () => {
  it("matches Newcombe's published interval and R's prop.test", () => {
    // Newcombe (1998), Statistics in Medicine 17:873, example (a): 56/70 against 48/80,
    // method 10 (score, no continuity correction): 0.0524 to 0.3339.
    // p: R `prop.test(c(56, 48), c(70, 80), correct = FALSE)$p.value` = 0.008045081.
    const c = compareShares({ successes: 56, n: 70 }, { successes: 48, n: 80 })!;
    expect(c.difference).toBeCloseTo(((56 / 70 - 48 / 80) * 100) as number, 10);
    expect(c.lower).toBeCloseTo(5.24, 2);
    expect(c.upper).toBeCloseTo(33.39, 2);
    expect(c.pValue).toBeCloseTo(0.008045081, 6);
    expect(c.significant).toBe(true);
  });

  it("calls 45 of 50 against 35 of 50 significant, and an empty period no comparison", () => {
    // R: prop.test(c(45, 35), c(50, 50), correct = FALSE)$p.value = 0.01241933
    expect(compareShares({ successes: 45, n: 50 }, { successes: 35, n: 50 })!.pValue).toBeCloseTo(
      0.01241933,
      6,
    );
    expect(compareShares({ successes: 1, n: 2 }, { successes: 0, n: 0 })).toBeNull();
    // All met in both: no variance, no p-value, not significant.
    expect(compareShares({ successes: 5, n: 5 }, { successes: 9, n: 9 })).toMatchObject({
      difference: 0,
      pValue: null,
      significant: false,
    });
  });
});
