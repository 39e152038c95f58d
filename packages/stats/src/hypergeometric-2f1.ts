import { expectedMessage } from "./expected-message";

/**
 * The Gauss hypergeometric function ₂F₁(a, b; c; z) for 0 ≤ z < 1, by its power series
 * Σₖ (a)ₖ(b)ₖ / ((c)ₖ k!) zᵏ (Abramowitz & Stegun 15.1.1). The ratio of consecutive terms tends
 * to z, so the series converges geometrically for z < 1; it stops when a term changes the sum
 * by less than `tolerance` relative (default 1e-14) or after `maxTerms` (default 100,000)
 * terms, and throws a `RangeError` if it has not converged by then, never returning a silent
 * approximation. Large upper parameters with z near 1 need many terms: callers here first
 * apply Euler's transformation so that the series they sum has small upper parameters.
 * z outside [0, 1) and c = 0, −1, −2, … (where the series is undefined) are a `RangeError`.
 *
 * @example
 * ```ts
 * import { hypergeometric2F1 } from "@rapport/stats";
 * hypergeometric2F1(1, 1, 2, 0.5); // −ln(1 − z)/z = 2 ln 2 ≈ 1.3862944
 * ```
 */
export function hypergeometric2F1(
  a: number,
  b: number,
  c: number,
  z: number,
  options: { readonly tolerance?: number; readonly maxTerms?: number } = {},
): number {
  if (!(z >= 0 && z < 1)) {
    throw new RangeError(expectedMessage("hypergeometric2F1: z", "a number in [0, 1)", z));
  }
  // c = 0, −1, −2, … makes a denominator (c + k) vanish: the series is not defined.
  if (!Number.isFinite(c) || (c <= 0 && Number.isInteger(c))) {
    throw new RangeError(
      expectedMessage("hypergeometric2F1: c", "a finite number other than 0, −1, −2, …", c),
    );
  }
  const tolerance = options.tolerance ?? 1e-14;
  const maxTerms = options.maxTerms ?? 100_000;
  let term = 1;
  let sum = 1;
  for (let k = 0; k < maxTerms; k++) {
    term *= (((a + k) * (b + k)) / ((c + k) * (k + 1))) * z;
    sum += term;
    // Once the ratio of terms has settled below 1, a small term means the tail is small too.
    if (Math.abs(term) <= tolerance * Math.abs(sum) && (a + k) * (b + k) * z < (c + k) * (k + 1)) {
      return sum;
    }
    if (term === 0) return sum;
  }
  throw new RangeError(
    expectedMessage(
      `hypergeometric2F1(${a}, ${b}; ${c}; z)`,
      `a z for which the series converges in ${maxTerms} terms`,
      z,
    ),
  );
}
