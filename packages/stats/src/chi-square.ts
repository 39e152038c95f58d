import { fail } from "./check-arguments";
import { regularizedGammaP, regularizedGammaQ } from "./regularized-gamma";

function check(where: string, x: number, df: number): void {
  if (typeof df !== "number" || !(df > 0 && df < Number.POSITIVE_INFINITY)) {
    fail(`${where}: df`, "a finite number > 0", df);
  }
  if (typeof x !== "number" || Number.isNaN(x)) fail(`${where}: x`, "a number", x);
}

/**
 * The CDF of the chi-square distribution with `df` degrees of freedom: P(X ≤ x) =
 * P(df/2, x/2). Negative x gives 0.
 *
 * @example
 * ```ts
 * import { chiSquareCdf } from "@rapport/stats";
 * chiSquareCdf(3.841459, 1); // ≈ 0.95
 * ```
 */
export function chiSquareCdf(x: number, df: number): number {
  check("chiSquareCdf", x, df);
  return x <= 0 ? 0 : regularizedGammaP(df / 2, x / 2);
}

/**
 * The upper tail of the chi-square distribution, P(X ≥ x) = Q(df/2, x/2): the p-value of a
 * chi-square statistic (a log-rank, likelihood-ratio, Wald or score test). Accurate in the far
 * tail. Negative x gives 1.
 *
 * @example
 * ```ts
 * import { chiSquareSurvival } from "@rapport/stats";
 * chiSquareSurvival(3.841459, 1); // ≈ 0.05
 * chiSquareSurvival(10, 3); // ≈ 0.01856614
 * ```
 */
export function chiSquareSurvival(x: number, df: number): number {
  check("chiSquareSurvival", x, df);
  return x <= 0 ? 1 : regularizedGammaQ(df / 2, x / 2);
}
