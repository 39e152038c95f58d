import { describe, expect, it } from "vitest";
import { OVARIAN } from "./__fixtures__/ovarian.fixture";
import { VETERAN } from "./__fixtures__/veteran.fixture";
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

describe("fitCoxPh on the veteran lung cancer data (tied times)", () => {
  // R 4 / survival 3.5-3, options(digits = 15):
  //   fit <- coxph(Surv(time, status) ~ trt + karno + age + diagtime, data = veteran, ties = "efron")
  //   fit$coefficients; sqrt(diag(fit$var)); fit$loglik; summary(fit)$logtest; fit$wald.test;
  //   summary(fit)$sctest; fit$concordance; summary(fit)$conf.int
  it("matches R's coxph with Efron ties", () => {
    const fit = fitCoxPh(veteran);
    expect(fit.ties).toBe("efron");
    expect(fit.n).toBe(137);
    expect(fit.events).toBe(128);
    expect(fit.converged).toBe(true);
    expect(fit.iterations).toBe(4);
    const beta = [
      0.18905186398070065, -0.03441075012100338, -0.00381568241533927, 0.00043506836222814,
    ];
    const se = [0.18577862936490586, 0.0052721090186057, 0.00923792869062498, 0.00832600482807026];
    fit.coefficients.forEach((c, j) => {
      expect(c.status).toBe("estimated");
      close(c.value, beta[j]!, 1e-7);
      close(c.standardError, se[j]!, 1e-7);
    });
    expect(fit.coefficients.map((c) => c.name)).toEqual(["trt", "karno", "age", "diagtime"]);
    close(fit.logLikelihood.initial, -505.449054918058, 1e-12);
    close(fit.logLikelihood.final, -483.876623825701, 1e-12);
    close(fit.likelihoodRatioTest.statistic, 43.1448621847147, 1e-9);
    close(fit.likelihoodRatioTest.pValue, 9.65585090539769e-9, 1e-6);
    expect(fit.likelihoodRatioTest.df).toBe(4);
    close(fit.waldTest.statistic, 44.5189085610394, 1e-7);
    close(fit.scoreTest.statistic, 46.8359157847543, 1e-9);
    close(fit.scoreTest.pValue, 1.64975498898838e-9, 1e-6);
    // exp(coef), lower .95, upper .95 of trt and karno
    close(fit.coefficients[0]!.hazardRatio, 1.208103607920313, 1e-7);
    close(fit.coefficients[0]!.hazardRatioInterval!.lower, 0.839400310083581, 1e-7);
    close(fit.coefficients[0]!.hazardRatioInterval!.upper, 1.738758384929297, 1e-7);
    close(fit.coefficients[1]!.hazardRatioInterval!.lower, 0.956242349955393, 1e-7);
    close(fit.coefficients[1]!.hazardRatioInterval!.upper, 0.976209946754668, 1e-7);
    // concordant 6268, discordant 2536, tied.x 0, tied.y 39, concordance 0.711949114039073,
    // std 0.022303832593517
    expect(fit.concordance).toMatchObject({
      concordant: 6268,
      discordant: 2536,
      tiedRisk: 0,
      tiedTime: 39,
    });
    close(fit.concordance.value, 0.711949114039073, 1e-12);
    close(fit.concordance.standardError, 0.022303832593517, 1e-9);
  });

  // Same call with ties = "breslow".
  it("matches R's coxph with Breslow ties", () => {
    const fit = fitCoxPh(veteran, { ties: "breslow" });
    const beta = [
      0.18520011753734605, -0.03421285602619845, -0.003736993240412624, 0.000224755918821062,
    ];
    const se = [0.18571211278992675, 0.00526984941789123, 0.00924221266821822, 0.00832071053691732];
    fit.coefficients.forEach((c, j) => {
      close(c.value, beta[j]!, 1e-7);
      close(c.standardError, se[j]!, 1e-7);
    });
    close(fit.logLikelihood.initial, -505.883956283116, 1e-12);
    close(fit.logLikelihood.final, -484.538831158975, 1e-12);
    close(fit.likelihoodRatioTest.statistic, 42.6902502482814, 1e-9);
    close(fit.waldTest.statistic, 44.0309296776416, 1e-7);
    close(fit.scoreTest.statistic, 46.3082874935406, 1e-9);
    expect(fit.concordance).toMatchObject({ concordant: 6270, discordant: 2534 });
    close(fit.concordance.standardError, 0.022358587206511, 1e-9);
  });

  // fit <- coxph(Surv(time, status) ~ trt, data = veteran); fit$coefficients; fit$score;
  // fit$concordance  (a binary covariate: many pairs tied on the risk score)
  it("counts pairs tied on the risk score as R does", () => {
    const fit = fitCoxPh(veteran, { covariates: ["trt"] });
    close(fit.coefficients[0]!.value, 0.0177425695187363, 1e-7);
    close(fit.coefficients[0]!.standardError, 0.18066101228769, 1e-7);
    close(fit.scoreTest.statistic, 0.00964528282457524, 1e-9);
    // concordant 2442, discordant 1995, tied.x 4367, tied.y 18, tied.xy 21
    expect(fit.concordance).toMatchObject({
      concordant: 2442,
      discordant: 1995,
      tiedRisk: 4367,
      tiedTime: 39,
    });
    close(fit.concordance.value, 0.52538618809632, 1e-12);
    close(fit.concordance.standardError, 0.0260112495433415, 1e-9);
    const breslow = fitCoxPh(veteran, { covariates: ["trt"], ties: "breslow" });
    close(breslow.coefficients[0]!.value, 0.0163278716523011, 1e-7);
  });
});

describe("fitCoxPh on the ovarian data (no ties)", () => {
  // fit <- coxph(Surv(futime, fustat) ~ age + ecog.ps, data = ovarian); same prints as above
  it("matches R", () => {
    const fit = fitCoxPh(ovarian);
    close(fit.coefficients[0]!.value, 0.161501220364668, 1e-7);
    close(fit.coefficients[1]!.value, 0.018661860233282, 1e-6);
    close(fit.coefficients[0]!.standardError, 0.0499225872610138, 1e-7);
    close(fit.coefficients[1]!.standardError, 0.5990845877624359, 1e-7);
    close(fit.logLikelihood.final, -27.8376616960132, 1e-12);
    close(fit.likelihoodRatioTest.pValue, 7.87002860276079e-4, 1e-6);
    close(fit.waldTest.statistic, 10.5423353817512, 1e-7);
    close(fit.scoreTest.pValue, 0.00217597387191779, 1e-6);
    expect(fit.concordance).toMatchObject({
      concordant: 171,
      discordant: 47,
      tiedRisk: 0,
      tiedTime: 0,
    });
    close(fit.concordance.standardError, 0.0845206923240708, 1e-9);
    // Without ties Efron and Breslow are the same likelihood.
    close(fitCoxPh(ovarian, { ties: "breslow" }).coefficients[0]!.value, 0.161501220364668, 1e-7);
    // lower .95 of exp(coef) for age at level 0.95; a 90 % interval is narrower.
    close(fit.coefficients[0]!.hazardRatioInterval!.lower, 1.065724391033081, 1e-7);
    const ninety = fitCoxPh(ovarian, { level: 0.9 }).coefficients[0]!.hazardRatioInterval!;
    expect(ninety.lower).toBeGreaterThan(1.065724391033081);
    expect(ninety.level).toBe(0.9);
  });
});

describe("fitCoxPh degenerate cases", () => {
  const tiny = (x: number[], w: number[], k: number[] = [1, 1, 1, 1, 1, 1]): CoxSubject[] =>
    [1, 2, 3, 4, 5, 6].map((time, i) => ({
      time,
      event: i < 5,
      covariates: { x: x[i]!, w: w[i]!, k: k[i]! },
    }));

  // d <- data.frame(time = 1:6, status = c(1,1,1,1,1,0), x = c(1,1,1,0,0,0), w = c(0,1,0,1,0,1))
  // coxph(Surv(time, status) ~ x + w, data = d): warning "coefficient may be infinite" for x,
  // loglik -6.57925121201010 -3.58351894007738, logtest 5.99146454386544 (p 0.0500000000810635)
  it("flags an infinite coefficient under separation", () => {
    const fit = fitCoxPh(tiny([1, 1, 1, 0, 0, 0], [0, 1, 0, 1, 0, 1]), { covariates: ["x", "w"] });
    expect(fit.coefficients[0]!.status).toBe("infinite");
    expect(fit.coefficients[0]!.value!).toBeGreaterThan(10);
    expect(fit.coefficients[1]!.status).toBe("estimated");
    expect(Math.abs(fit.coefficients[1]!.value!)).toBeLessThan(1e-6);
    close(fit.logLikelihood.initial, -6.5792512120101, 1e-12);
    close(fit.logLikelihood.final, -3.58351894007738, 1e-7);
    close(fit.likelihoodRatioTest.statistic, 5.99146454386544, 1e-6);
    for (const c of fit.coefficients) {
      for (const v of [c.value, c.standardError, c.z, c.pValue])
        expect(Number.isNaN(v)).toBe(false);
    }
  });

  // coxph(Surv(time, status) ~ w + k, data = d): w -0.632051696154372, k NA
  // d$w2 <- 2 * d$w; coxph(Surv(time, status) ~ w + w2, data = d): w2 NA
  it("reports constant and collinear covariates as aliased, like R's NA", () => {
    const constant = fitCoxPh(tiny([0, 0, 0, 0, 0, 0], [0, 1, 0, 1, 0, 1]), {
      covariates: ["w", "k"],
    });
    close(constant.coefficients[0]!.value, -0.632051696154372, 1e-7);
    expect(constant.coefficients[1]).toMatchObject({
      status: "aliased",
      value: null,
      hazardRatio: null,
    });
    expect(constant.likelihoodRatioTest.df).toBe(1);
    expect(constant.covariance[1]).toEqual([null, null]);
    const collinear = fitCoxPh(tiny([0, 2, 0, 2, 0, 2], [0, 1, 0, 1, 0, 1]), {
      covariates: ["w", "x"],
    });
    close(collinear.coefficients[0]!.value, -0.632051696154372, 1e-7);
    expect(collinear.coefficients[1]!.status).toBe("aliased");
  });

  it("returns nulls, not NaN, without events, without subjects, and for one subject", () => {
    const censored = fitCoxPh(
      [1, 2, 3].map((time) => ({ time, event: false, covariates: { x: time } })),
    );
    expect(censored.events).toBe(0);
    expect(censored.converged).toBe(false);
    expect(censored.coefficients[0]).toMatchObject({ status: "no-events", value: null });
    expect(censored.likelihoodRatioTest).toEqual({ statistic: null, df: 0, pValue: null });
    expect(censored.concordance.value).toBeNull();
    const none = fitCoxPh([], { covariates: ["x"] });
    expect(none.n).toBe(0);
    expect(none.coefficients[0]!.value).toBeNull();
    const one = fitCoxPh([{ time: 4, event: true, covariates: { x: 2 } }]);
    expect(one.coefficients[0]!.status).toBe("aliased");
    expect(one.logLikelihood).toEqual({ initial: 0, final: 0 });
    expect(one.scoreTest.statistic).toBeNull();
  });

  it("names the subject and field of bad input", () => {
    const ok = { time: 1, event: true, covariates: { x: 1 } };
    expect(() => fitCoxPh([ok, { ...ok, time: -1 }])).toThrow(
      new RangeError("fitCoxPh: subjects[1].time: expected a finite number ≥ 0, received -1"),
    );
    expect(() => fitCoxPh([ok, { ...ok, covariates: { x: Number.NaN } }])).toThrow(RangeError);
    expect(() => fitCoxPh([ok, { ...ok, covariates: {} }])).toThrow(
      /subjects\[1\]\.covariates\.x: expected a finite number, received nothing/,
    );
    expect(() => fitCoxPh([ok, { ...ok, event: 1 as unknown as boolean }])).toThrow(TypeError);
    expect(() => fitCoxPh("no" as unknown as CoxSubject[])).toThrow(TypeError);
    expect(() => fitCoxPh([ok], { ties: "exact" as "efron" })).toThrow(RangeError);
    expect(() => fitCoxPh([ok], { level: 95 })).toThrow(RangeError);
  });

  it("does not mutate its input", () => {
    const copy = JSON.parse(JSON.stringify(ovarian));
    fitCoxPh(ovarian);
    expect(ovarian).toEqual(copy);
  });
});
