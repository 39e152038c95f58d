import { describe, expect, it } from "vitest";
import { fitScorecard } from "./fit-scorecard";

describe("fitScorecard", () => {
  it("without penalty or holdout, matches R's glm", () => {
    // Rscript -e 'x1<-c(0,1,2,3,4,5,6,7,1,6);x2<-c(1,0,1,0,1,0,1,0,1,0);
    //   y<-c(0,0,1,0,0,1,1,1,1,0);print(coef(glm(y~x1+x2,family=binomial)),digits=12)'
    //   → -2.605019489798 0.471412474966 1.910151654834
    const x1 = [0, 1, 2, 3, 4, 5, 6, 7, 1, 6];
    const x2 = [1, 0, 1, 0, 1, 0, 1, 0, 1, 0];
    const y = [0, 0, 1, 0, 0, 1, 1, 1, 1, 0].map((v) => v === 1);
    const fit = fitScorecard(
      x1.map((v, i) => [v, x2[i]!]),
      y,
      { l2: 0, holdout: 0 },
    );
    // Within 1e-4: the intercept keeps its 1e-6 ridge (about 1e-5 away from the plain MLE).
    expect(fit?.intercept).toBeCloseTo(-2.605019489798, 4);
    expect(fit?.weights[0]).toBeCloseTo(0.471412474966, 4);
    expect(fit?.weights[1]).toBeCloseTo(1.910151654834, 4);
    expect(fit?.converged).toBe(true);
    expect(fit?.test).toEqual([]);
  });

  it("holds out a seeded share, returns null without rows, and checks its options", () => {
    const rows = Array.from({ length: 20 }, (_, i) => [i]);
    const outcomes = rows.map(([v]) => v! % 3 === 0 || v! > 12);
    const a = fitScorecard(rows, outcomes, { holdout: 0.25, seed: 4 });
    const b = fitScorecard(rows, outcomes, { holdout: 0.25, seed: 4 });
    expect(a?.test.length).toBe(5);
    expect(a?.train.length).toBe(15);
    expect(a?.test).toEqual(b?.test);
    expect(fitScorecard([], [])).toBeNull();
    expect(() => fitScorecard(rows, outcomes, { l2: -1 })).toThrow(
      "fitScorecard: options.l2: expected a number ≥ 0, received -1",
    );
    expect(() => fitScorecard(rows, [true])).toThrow(RangeError);
  });
});
