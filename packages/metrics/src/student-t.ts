import { incompleteBetaPair, logGamma } from "./incomplete-beta";
import { normalCdf } from "./normal-cdf";
import { normalQuantile } from "./normal-quantile";

function checkDegreesOfFreedom(fn: string, df: number): void {
  if (!(df > 0) || !Number.isFinite(df)) {
    throw new RangeError(`${fn}: expected degrees of freedom df > 0 and finite, received ${df}`);
  }
}

/**
 * The cumulative distribution function of Student's t distribution with `df` degrees of
 * freedom: P(T ≤ t). Uses P(|T| > |t|) = I_x(df/2, 1/2) with x = df / (df + t²); above
 * 100,000 degrees of freedom, where that loses digits, the Cornish–Fisher expansion of t in
 * powers of 1/df (to 1/df⁴), inverted, and the normal CDF.
 *
 * Source: Abramowitz & Stegun (1964), 26.7.1, 26.5.27 and 26.7.5.
 *
 * @example
 * ```ts
 * import { studentTCdf } from "@rapport/metrics";
 * studentTCdf(2.262157, 9); // ≈ 0.975
 * ```
 */
export function studentTCdf(t: number, df: number): number {
  checkDegreesOfFreedom("studentTCdf", df);
  if (Number.isNaN(t)) throw new RangeError("studentTCdf: expected a number for t, received NaN");
  const tail = studentTTail(Math.abs(t), df);
  return t > 0 ? 1 - tail : tail;
}

// Above this many degrees of freedom the incomplete beta function loses digits (both of its
// parameters' continued fractions converge poorly there), while the Cornish–Fisher expansion
// of t in powers of 1/df is accurate to far below double precision.
const LARGE_DF = 1e5;

// t as a function of the normal quantile z: the Cornish–Fisher expansion to 1/df⁴
// (Abramowitz & Stegun 26.7.5; Fisher & Cornish 1960).
function cornishFisher(z: number, df: number): number {
  const z2 = z * z;
  const g1 = (z * (z2 + 1)) / 4;
  const g2 = (z * ((5 * z2 + 16) * z2 + 3)) / 96;
  const g3 = (z * (((3 * z2 + 19) * z2 + 17) * z2 - 15)) / 384;
  const g4 = (z * ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945)) / 92160;
  return z + (g1 + (g2 + (g3 + g4 / df) / df) / df) / df;
}

// P(T > t) for t ≥ 0, computed directly so that small upper tails keep their precision.
function studentTTail(t: number, df: number): number {
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
  const t2 = t * t;
  return 0.5 * incompleteBetaPair(df / (df + t2), t2 / (df + t2), df / 2, 0.5);
}

/**
 * The quantile function (inverse CDF) of Student's t distribution: the `t` with
 * P(T ≤ t) = p for `df` degrees of freedom. Exact closed forms for df = 1 and df = 2;
 * otherwise Newton's method on the upper tail started from the Cornish–Fisher expansion and
 * kept inside a bracket, to about 1e-12; above 100,000 degrees of freedom the expansion
 * alone (to 1/df⁴), which is then exact to double precision.
 *
 * Source: Abramowitz & Stegun (1964) 26.7.5 (Cornish–Fisher expansion); G. W. Hill (1970),
 * "Algorithm 396: Student's t-quantiles", CACM 13(10); closed forms for df = 1, 2 from
 * Abramowitz & Stegun 26.7.
 *
 * @example
 * ```ts
 * import { studentTQuantile } from "@rapport/metrics";
 * studentTQuantile(0.975, 9); // 2.2621571627…
 * ```
 */
export function studentTQuantile(p: number, df: number): number {
  checkDegreesOfFreedom("studentTQuantile", df);
  if (!(p >= 0 && p <= 1)) {
    throw new RangeError(`studentTQuantile: expected p in [0, 1], received ${p}`);
  }
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  if (p === 0.5) return 0;
  if (df === 1) return Math.tan(Math.PI * (p - 0.5));
  if (df === 2) return (2 * p - 1) / Math.sqrt(2 * p * (1 - p));
  // Work in the upper tail, on the tail probability itself (exact: 1 − p for p ≥ 0.5), and
  // mirror.
  const upper = p > 0.5;
  const tail = upper ? 1 - p : p;
  const z = -normalQuantile(tail);
  let t = cornishFisher(z, df);
  if (df > LARGE_DF) return upper ? t : -t;
  // Safeguarded Newton on P(T > t) − tail, kept inside a shrinking bracket [lo, hi].
  let lo = 0;
  let hi = Number.POSITIVE_INFINITY;
  const logNorm = logDensityConstant(df);
  for (let i = 0; i < 200; i++) {
    const f = studentTTail(t, df) - tail;
    if (f === 0) break;
    if (f < 0) hi = Math.min(hi, t);
    else lo = Math.max(lo, t);
    const density = Math.exp(logNorm - ((df + 1) / 2) * Math.log1p((t * t) / df));
    let next = t + f / density;
    if (!(next > lo && next < hi)) next = Number.isFinite(hi) ? (lo + hi) / 2 : 2 * t + 1;
    const done = Math.abs(next - t) <= 1e-14 * Math.max(1, Math.abs(t));
    t = next;
    if (done) break;
  }
  return upper ? t : -t;
}

// ln of Γ((df+1)/2) / (√(df π) Γ(df/2)), the constant of the t density.
function logDensityConstant(df: number): number {
  return logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * Math.log(df * Math.PI);
}
