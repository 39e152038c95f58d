import { checkNumber } from "./check-arguments";
import { expectedMessage } from "./expected-message";
import { logGamma } from "./log-gamma";
import { normalCdf } from "./normal-cdf";
import { incompleteBetaPair } from "./regularized-incomplete-beta";

// The pieces the Student-t CDF and quantile share; internal.

/** Throws unless df is a finite number > 0; internal. */
export function checkDegreesOfFreedom(fn: string, df: number): void {
  if (!(checkNumber(`${fn}: df`, df) > 0 && df < Number.POSITIVE_INFINITY)) {
    throw new RangeError(
      expectedMessage(`${fn}: df`, "degrees of freedom, a finite number > 0", df),
    );
  }
}

/**
 * Above this many degrees of freedom the incomplete beta function loses digits (both of its
 * parameters' continued fractions converge poorly there), while the Cornish–Fisher expansion
 * of t in powers of 1/df is accurate to far below double precision. Internal.
 */
export const LARGE_DF = 1e5;

/**
 * t as a function of the normal quantile z: the Cornish–Fisher expansion to 1/df⁴
 * (Abramowitz & Stegun 26.7.5; Fisher & Cornish 1960). Internal.
 */
export function cornishFisher(z: number, df: number): number {
  const z2 = z * z;
  const g1 = (z * (z2 + 1)) / 4;
  const g2 = (z * ((5 * z2 + 16) * z2 + 3)) / 96;
  const g3 = (z * (((3 * z2 + 19) * z2 + 17) * z2 - 15)) / 384;
  const g4 = (z * ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945)) / 92160;
  return z + (g1 + (g2 + (g3 + g4 / df) / df) / df) / df;
}

/** P(T > t) for t ≥ 0, computed directly so that small upper tails keep their precision; internal. */
export function studentTTail(t: number, df: number): number {
  if (t === Number.POSITIVE_INFINITY) return 0;
  if (df > LARGE_DF) {
    // Solve cornishFisher(z) = t for z by Newton (the derivative is 1 + O(1/df)).
    let z = t;
    for (let i = 0; i < 20; i++) {
      const h = 1e-6 * Math.max(1, Math.abs(z));
      const f = cornishFisher(z, df) - t;
      const slope = (cornishFisher(z + h, df) - cornishFisher(z - h, df)) / (2 * h);
      const step = f / slope;
      z -= step;
      if (Math.abs(step) <= 1e-16 * Math.max(1, Math.abs(z))) break;
    }
    return normalCdf(-z);
  }
  // x = df / (df + t²) and 1 − x = t² / (df + t²), each to full relative precision; far out
  // (t beyond 1e100, reachable below one degree of freedom) t² would overflow.
  if (t > 1e100) return 0.5 * incompleteBetaPair(df / t / t, 1, df / 2, 0.5);
  const t2 = t * t;
  return 0.5 * incompleteBetaPair(df / (df + t2), t2 / (df + t2), df / 2, 0.5);
}

/** ln of Γ((df+1)/2) / (√(df π) Γ(df/2)), the constant of the t density; internal. */
export function logDensityConstant(df: number): number {
  return logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * Math.log(df * Math.PI);
}
