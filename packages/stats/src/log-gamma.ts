import { expectedMessage } from "./expected-message";

// Lanczos approximation with g = 7 and nine coefficients (P. Godfrey's set, as tabulated in
// W. H. Press et al., "Numerical Recipes", 3rd ed., §6.1); about 15 significant digits.
/** Lanczos g; internal. */
export const LANCZOS_G = 7;
/** Lanczos coefficients for g = 7; internal. */
export const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
];
// ½ ln(2π) as a literal (0.5 * Math.log(2 * Math.PI) gives the same double), so that bundles
// that do not use ln Γ drop it.
const HALF_LOG_TWO_PI = 0.9189385332046727;

/**
 * The natural logarithm of the gamma function, ln Γ(x), for finite x > 0: the Lanczos
 * approximation (g = 7, nine coefficients, about 15 significant digits), with the reflection
 * formula Γ(x)Γ(1 − x) = π / sin(πx) below 0.5.
 *
 * Contract: defined for finite x > 0 only. x ≤ 0 (0 is a pole), `NaN` and ±`Infinity` are a
 * `RangeError`; a value that is not a number is a `TypeError`. A caller whose argument may
 * underflow to 0 (a fitted parameter) checks for it and decides what the pole means there.
 *
 * Source: C. Lanczos (1964), "A precision approximation of the gamma function", SIAM J.
 * Numer. Anal. B 1; coefficients of P. Godfrey; Press et al., "Numerical Recipes" §6.1.
 *
 * @example
 * ```ts
 * import { logGamma } from "@rapport/stats";
 * logGamma(5); // ≈ 3.1780538 (ln 4! = ln 24)
 * ```
 */
export function logGamma(x: number): number {
  if (typeof x !== "number" || !(x > 0 && x < Number.POSITIVE_INFINITY)) {
    const message = expectedMessage("logGamma: x", "a finite number > 0", x);
    throw typeof x === "number" ? new RangeError(message) : new TypeError(message);
  }
  if (x < 0.5) {
    // Reflection keeps the series in its accurate range.
    return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  }
  const z = x - 1;
  let sum = LANCZOS[0]!;
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i]! / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return HALF_LOG_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}
