import { expectedMessage } from "./expected-message";

/**
 * The digamma function ψ(x) = d ln Γ(x)/dx for finite x > 0: the recurrence
 * ψ(x) = ψ(x + 1) − 1/x up to x ≥ 10, then the asymptotic series
 * ψ(x) ≈ ln x − 1/2x − Σ B₂ₖ/(2k x²ᵏ) to the x⁻¹² term (Abramowitz & Stegun 6.3.5 and 6.3.18),
 * about 15 significant digits. The derivative of {@link logGamma}: the gradients of the
 * customer-value likelihoods use it. x ≤ 0, `NaN` and ±`Infinity` are a `RangeError`; a value
 * that is not a number is a `TypeError`.
 *
 * @example
 * ```ts
 * import { digamma } from "@rapport/stats";
 * digamma(1); // ≈ −0.5772156649 (minus the Euler–Mascheroni constant)
 * ```
 */
export function digamma(x: number): number {
  if (typeof x !== "number" || !(x > 0 && x < Number.POSITIVE_INFINITY)) {
    const message = expectedMessage("digamma: x", "a finite number > 0", x);
    throw typeof x === "number" ? new RangeError(message) : new TypeError(message);
  }
  let shift = 0;
  let v = x;
  while (v < 10) {
    shift -= 1 / v;
    v += 1;
  }
  const inverse = 1 / (v * v);
  // B₂/2 = 1/12, B₄/4 = −1/120, B₆/6 = 1/252, B₈/8 = −1/240, B₁₀/10 = 1/132, B₁₂/12 = −691/32760.
  const series =
    inverse *
    (1 / 12 -
      inverse *
        (1 / 120 -
          inverse *
            (1 / 252 - inverse * (1 / 240 - inverse * (1 / 132 - (inverse * 691) / 32760)))));
  return shift + Math.log(v) - 0.5 / v - series;
}
