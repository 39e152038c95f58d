import { describe, expect, it } from "vitest";
import { OVARIAN } from "./__fixtures__/ovarian.fixture";
import { VETERAN } from "./__fixtures__/veteran.fixture";
import { coxZph } from "./cox-schoenfeld";
import type { CoxSubject } from "./cox-subjects";
import { fitCoxPh } from "./fit-cox-ph";

const veteran: CoxSubject[] = VETERAN.map(([time, status, trt, karno, age, diagtime]) => ({
  time,
  event: status === 1,
  covariates: { trt, karno, age, diagtime },
}));
const ovarian: CoxSubject[] = OVARIAN.map(([time, status, age, ecog]) => ({
  time,
  event: status === 1,
  covariates: { age, "ecog.ps": ecog },
}));

const close = (actual: number | null | undefined, expected: number, relative = 1e-6) =>
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(
    relative * Math.max(1, Math.abs(expected)),
  );

describe("coxZph", () => {
  // R, survival 3.5-3, options(digits = 15):
  //   cox.zph(coxph(Surv(time, status) ~ trt + karno + age + diagtime, data = veteran))$table
  it('matches R\'s cox.zph (transform = "km") with Efron ties', () => {
    const zph = coxZph(veteran, fitCoxPh(veteran));
    expect(zph.transform).toBe("km");
    const expected = [
      ["trt", 0.2815317467779676, 0.5956990087937071],
      ["karno", 12.036832058664434, 0.000521595430407302],
      ["age", 2.1026167556340662, 0.1470472925965133],
      ["diagtime", 0.0295900167478578, 0.8634237791909771],
    ] as const;
    zph.covariates.forEach((row, j) => {
      expect(row.name).toBe(expected[j]![0]);
      expect(row.df).toBe(1);
      close(row.statistic, expected[j]![1], 1e-6);
      close(row.pValue, expected[j]![2], 1e-5);
    });
    close(zph.global.statistic, 19.33862582480077, 1e-6);
    close(zph.global.pValue, 0.000674228661973742, 1e-5);
    expect(zph.global.df).toBe(4);
  });

  // The same with ties = "breslow" in coxph.
  it("matches R with Breslow ties", () => {
    const zph = coxZph(veteran, fitCoxPh(veteran, { ties: "breslow" }));
    close(zph.covariates[0]!.statistic, 0.2898647171508205, 1e-6);
    close(zph.covariates[1]!.statistic, 11.829075450735065, 1e-6);
    close(zph.global.statistic, 19.099512245035683, 1e-6);
  });

  // cox.zph(coxph(Surv(time, status) ~ trt, data = veteran))$table: 3.53697278233405
  it("matches R for a single binary covariate", () => {
    const subjects = veteran;
    const zph = coxZph(subjects, fitCoxPh(subjects, { covariates: ["trt"] }));
    close(zph.covariates[0]!.statistic, 3.53697278233405, 1e-6);
    close(zph.global.statistic, 3.53697278233405, 1e-6);
    close(zph.global.pValue, 0.0600149002726887, 1e-5);
  });

  // fit <- coxph(Surv(futime, fustat) ~ age + ecog.ps, data = ovarian)
  // cox.zph(fit)$table; cox.zph(fit, transform = "identity")$table
  it("matches R on the ovarian data, km and identity transforms", () => {
    const fit = fitCoxPh(ovarian);
    const km = coxZph(ovarian, fit);
    close(km.covariates[0]!.statistic, 0.697726829063789, 1e-6);
    close(km.covariates[1]!.statistic, 2.370799822384401, 1e-6);
    close(km.global.statistic, 3.6334909795001, 1e-6);
    close(km.global.pValue, 0.162553924407849, 1e-5);
    const identity = coxZph(ovarian, fit, { transform: "identity" });
    close(identity.covariates[0]!.statistic, 1.1235767911722, 1e-6);
    close(identity.covariates[1]!.statistic, 2.16301697214561, 1e-6);
    close(identity.global.statistic, 3.89906486242876, 1e-6);
  });

  it("leaves aliased covariates out and checks its input", () => {
    const subjects = [1, 2, 3, 4, 5, 6].map((time, i) => ({
      time,
      event: i < 5,
      covariates: { w: i % 2, k: 1 },
    }));
    const zph = coxZph(subjects, fitCoxPh(subjects));
    expect(zph.covariates.map((c) => c.name)).toEqual(["w"]);
    expect(zph.global.df).toBe(1);
    const none = [1, 2].map((time) => ({ time, event: false, covariates: { w: time } }));
    expect(coxZph(none, fitCoxPh(none)).global).toEqual({ statistic: null, df: 0, pValue: null });
    expect(() => coxZph(subjects.slice(1), fitCoxPh(subjects))).toThrow(RangeError);
    expect(() => coxZph(subjects, fitCoxPh(subjects), { transform: "sqrt" as "km" })).toThrow(
      RangeError,
    );
  });
});
