import { chiSquareSurvival, expectedMessage, oneOf, solveLinearSystem } from "@rapport/stats";
import { coxPartialLikelihood, prepareCoxData } from "./cox-partial-likelihood";
import type { CoxPhFit, CoxTest } from "./cox-ph-fit";
import { type CoxSubject, coxColumns } from "./cox-subjects";
import { kaplanMeier } from "./kaplan-meier";

/**
 * Options for {@link coxZph}.
 *
 * @example
 * ```ts
 * import type { CoxZphOptions } from "@rapport/churn";
 * const options: CoxZphOptions = { transform: "identity" };
 * ```
 */
export interface CoxZphOptions {
  /**
   * The function of time g(t) the residuals are tested against: `"km"` (default, as R: one
   * minus the left-continuous Kaplan-Meier curve of all subjects), `"identity"`, `"rank"` or
   * `"log"`.
   */
  readonly transform?: "km" | "identity" | "rank" | "log";
}

/**
 * The test of proportional hazards for each covariate and for the model as a whole.
 *
 * @example
 * ```ts
 * import type { CoxZph } from "@rapport/churn";
 * const violated = (z: CoxZph) =>
 *   z.covariates.filter((c) => c.pValue !== null && c.pValue < 0.05).map((c) => c.name);
 * ```
 */
export interface CoxZph {
  /** The time transform used. */
  readonly transform: "km" | "identity" | "rank" | "log";
  /** One test (1 df) per estimated covariate; aliased ones are left out, as in R. */
  readonly covariates: (CoxTest & { readonly name: string })[];
  /** The global test (df = the number of estimated covariates). */
  readonly global: CoxTest;
}

const TRANSFORMS = ["km", "identity", "rank", "log"] as const;

function transformTimes(
  times: readonly number[],
  events: readonly boolean[],
  transform: CoxZph["transform"],
): number[] {
  if (transform === "identity") return [...times];
  if (transform === "log") return times.map((t) => Math.log(t));
  if (transform === "rank") {
    const sorted = [...times].sort((a, b) => a - b);
    return times.map((t) => {
      let lo = sorted.indexOf(t);
      let hi = lo;
      while (hi + 1 < sorted.length && sorted[hi + 1] === t) hi++;
      lo += 1;
      return (lo + hi + 1) / 2;
    });
  }
  const steps = kaplanMeier(times, events).steps;
  return times.map((t) => {
    let s = 1;
    for (const step of steps) {
      if (step.time >= t) break;
      s = step.survival;
    }
    return 1 - s;
  });
}

/**
 * Tests the proportional-hazards assumption of a Cox fit from its Schoenfeld residuals, as R's
 * `survival::cox.zph(fit)` (survival ≥ 3.0): for each covariate, the score test that adding
 * x·g(t) (g centred on its mean over the events) leaves the fit unchanged, at (β̂, 0), with the
 * full information matrix of the enlarged model; and the global test of all of them at once
 * (Grambsch & Therneau 1994, Biometrika 81; Therneau & Grambsch 2000, §6.2). A small p-value
 * says the covariate's hazard ratio drifts with time (e.g. a bad experience that matters early
 * and fades). Pass the same subjects the fit was made from.
 *
 * @example
 * ```ts
 * import { coxZph, fitCoxPh } from "@rapport/churn";
 * const subjects = [
 *   { time: 2, event: true, covariates: { x: 1 } },
 *   { time: 3, event: true, covariates: { x: 0 } },
 *   { time: 5, event: false, covariates: { x: 1 } },
 *   { time: 6, event: true, covariates: { x: 0 } },
 *   { time: 8, event: true, covariates: { x: 1 } },
 *   { time: 9, event: false, covariates: { x: 0 } },
 * ];
 * const zph = coxZph(subjects, fitCoxPh(subjects));
 * zph.global.pValue;
 * ```
 */
export function coxZph(
  subjects: readonly CoxSubject[],
  fit: CoxPhFit,
  options: CoxZphOptions = {},
): CoxZph {
  const fn = "coxZph";
  const transform = options.transform ?? "km";
  if (!TRANSFORMS.includes(transform)) {
    throw new RangeError(expectedMessage(`${fn}: options.transform`, oneOf(TRANSFORMS), transform));
  }
  const estimated = fit.coefficients.filter((c) => c.value !== null);
  const names = fit.coefficients.map((c) => c.name);
  const { times, events, rows } = coxColumns(fn, subjects, names);
  if (times.length !== fit.n) {
    throw new RangeError(
      expectedMessage(`${fn}: subjects`, `the ${fit.n} subjects of the fit`, subjects),
    );
  }
  const q = estimated.length;
  if (q === 0)
    return { transform, covariates: [], global: { statistic: null, df: 0, pValue: null } };
  const columns = estimated.map((c) => names.indexOf(c.name));
  const data = prepareCoxData(times, events, rows, columns);
  const g = transformTimes(times, events, transform);
  let sum = 0;
  let count = 0;
  events.forEach((e, i) => {
    if (e) {
      sum += g[i]!;
      count++;
    }
  });
  const centre = sum / count;
  const like = coxPartialLikelihood(
    data,
    estimated.map((c) => c.value!),
    fit.ties,
    (r) => g[data.order[r]!]! - centre,
  );
  const I = like.information;
  const IG = like.informationG!;
  const IGG = like.informationGG!;
  const full = (a: number, b: number): number => {
    if (a < q && b < q) return I[a]![b]!;
    if (a >= q && b >= q) return IGG[a - q]![b - q]!;
    return a < q ? IG[a]![b - q]! : IG[a - q]![b]!;
  };
  const chi = (index: number[], df: number): CoxTest => {
    const u = index.map((a) => (a < q ? 0 : like.scoreG![a - q]!));
    try {
      const x = solveLinearSystem(
        index.map((a) => index.map((b) => full(a, b))),
        u,
      );
      const statistic = Math.max(
        0,
        x.reduce((s, v, k) => s + v * u[k]!, 0),
      );
      return { statistic, df, pValue: chiSquareSurvival(statistic, df) };
    } catch {
      return { statistic: null, df, pValue: null };
    }
  };
  const base = Array.from({ length: q }, (_, k) => k);
  return {
    transform,
    covariates: estimated.map((c, j) => ({ name: c.name, ...chi([...base, q + j], 1) })),
    global: chi([...base, ...base.map((k) => q + k)], q),
  };
}
