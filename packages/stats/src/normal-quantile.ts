import { checkNumber } from "./check-arguments";
import { erfc } from "./erfc";
import { expectedMessage } from "./expected-message";

/**
 * The quantile function (inverse CDF) of the standard normal distribution: the `z` with
 * `P(Z ≤ z) = p`. Acklam's rational approximation refined by one Halley step, accurate to
 * about 1e-15 over (0, 1).
 *
 * Source: P. J. Acklam, "An algorithm for computing the inverse normal cumulative
 * distribution function" (2003); the refinement uses `erfc` from W. J. Cody (1969).
 *
 * @example
 * ```ts
 * import { normalQuantile } from "@rapport/stats";
 * normalQuantile(0.975); // 1.959963984540054
 * ```
 */
export function normalQuantile(p: number): number {
  if (typeof p !== "number" || !(p > 0 && p < 1)) {
    if (p === 0) return Number.NEGATIVE_INFINITY;
    if (p === 1) return Number.POSITIVE_INFINITY;
    checkNumber("normalQuantile: p", p);
    throw new RangeError(expectedMessage("normalQuantile: p", "a probability from 0 to 1", p));
  }
  // Symmetry: 1 − p is exact for p ≥ 0.5, and refining in the lower tail keeps the residual
  // Φ(x) − p free of cancellation (near p = 1 it would lose about half the digits).
  if (p > 0.5) return -normalQuantile(1 - p);
  if (p === 0.5) return 0;
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
    2.506628277459239,
  ];
  const b = [
    -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972,
    -13.28068155288572,
  ];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734,
    4.374664141464968, 2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  let x: number;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    x =
      (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) /
      ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  } else {
    const q = p - 0.5;
    const r = q * q;
    x =
      ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) /
      (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
  }
  // One step of Halley's method on Φ(x) - p.
  const e = 0.5 * erfc(-x / Math.SQRT2) - p;
  const u = e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
  // Far in the tail (p below about 1e-308) exp overflows; the first guess is then kept.
  if (!Number.isFinite(u)) return x;
  return x - u / (1 + (x * u) / 2);
}
