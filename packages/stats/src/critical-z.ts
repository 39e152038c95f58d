import { checkLevel } from "./check-level";

// The two-sided critical value z of a confidence level, without tables: small enough that
// `import { nps }` from @rapport/metrics stays under its 1 kB budget (normalQuantile's rational
// approximations and erfc's Chebyshev table alone weigh more). Agrees with normalQuantile to
// about 1e-15.

/**
 * P(Z > x) for x ≥ 0. Below 1.5: Q(x) = ½ − φ(x)·(x + x³/3 + x⁵/(3·5) + …), a series of
 * positive terms (G. Marsaglia 2004, "Evaluating the Normal Distribution", J. Stat. Softw.
 * 11(4)); above: Laplace's continued fraction Q(x) = φ(x) / (x + 1/(x + 2/(x + 3/(x + …)))),
 * 300 terms evaluated from the tail (Abramowitz & Stegun 26.2.14). Internal.
 */
export function upperNormalTail(x: number): number {
  // √(2π) is worked out where it is used: a call at the top of the module would stay in every
  // bundle that imports anything from the package.
  const density = Math.exp((-x * x) / 2) / Math.sqrt(2 * Math.PI);
  if (x < 1.5) {
    let term = x;
    let sum = x;
    for (let k = 1; term > 1e-17 * sum; k++) {
      term *= (x * x) / (2 * k + 1);
      sum += term;
    }
    return 0.5 - density * sum;
  }
  let fraction = x;
  for (let k = 300; k > 0; k--) fraction = x + k / fraction;
  return density / fraction;
}

/**
 * The two-sided critical value of the standard normal distribution for a confidence level:
 * the z with P(−z < Z < z) = level, e.g. 1.959963984540054 for 0.95 (R: `qnorm(0.975)`). The
 * one way Rapport turns a level into a z. `level` must be strictly between 0 and 1 (a
 * `RangeError` otherwise, a `TypeError` for a non-number).
 *
 * Method: Newton's method on the upper tail Q(z) = P(Z > z) started at 0; Q is convex on
 * z ≥ 0 and the start lies left of the root, so the iterates rise monotonically to it
 * (quadratically near it): 4 to 10 steps for levels up to 0.99, about 30 at 1 − 1e-12, a
 * microsecond or so. Q below 1.5
 * by Marsaglia's series (G. Marsaglia 2004, "Evaluating the Normal Distribution", J. Stat.
 * Softw. 11(4)), above by Laplace's continued fraction (Abramowitz & Stegun 26.2.14).
 *
 * @example
 * ```ts
 * import { criticalZ } from "@rapport/stats";
 * criticalZ(0.95); // 1.959963984540054
 * criticalZ(0.9); // 1.6448536269514722
 * ```
 */
export function criticalZ(level: number): number {
  checkLevel("criticalZ: level", level);
  const tail = (1 - level) / 2;
  let z = 0;
  for (let i = 0; i < 100; i++) {
    const step = ((upperNormalTail(z) - tail) * Math.sqrt(2 * Math.PI)) / Math.exp((-z * z) / 2);
    z += step;
    if (step <= 1e-15 * z) break;
  }
  return z;
}
