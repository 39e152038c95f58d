import { checkNotNaN } from "./check-arguments";
import { checkDegreesOfFreedom, studentTTail } from "./student-t-tail";

/**
 * The cumulative distribution function of Student's t distribution with `df` degrees of
 * freedom: P(T ≤ t). Uses P(|T| > |t|) = I_x(df/2, 1/2) with x = df / (df + t²); above
 * 100,000 degrees of freedom, where that loses digits, the Cornish–Fisher expansion of t in
 * powers of 1/df (to 1/df⁴), inverted, and the normal CDF. `df` is any finite number > 0.
 *
 * Source: Abramowitz & Stegun (1964), 26.7.1, 26.5.27 and 26.7.5.
 *
 * @example
 * ```ts
 * import { studentTCdf } from "@rapport/stats";
 * studentTCdf(2.262157, 9); // ≈ 0.975
 * ```
 */
export function studentTCdf(t: number, df: number): number {
  checkDegreesOfFreedom("studentTCdf", df);
  checkNotNaN("studentTCdf: t", t);
  const tail = studentTTail(Math.abs(t), df);
  return t > 0 ? 1 - tail : tail;
}
