import { checkNumber } from "./check-arguments";
import { expectedMessage } from "./expected-message";

/**
 * The complementary error function, erfc(x) = 1 − erf(x), to near machine precision
 * (W. J. Cody's rational Chebyshev approximations, 1969, via the Numerical Recipes
 * `erfccheb` form). `NaN` is a `RangeError`, a value that is not a number a `TypeError`.
 *
 * @example
 * ```ts
 * import { erfc } from "@rapport/stats";
 * erfc(0); // 1
 * ```
 */
export function erfc(x: number): number {
  // Exact at 0 (the approximation gives 1 − 1e-16), so that Φ(0) is exactly ½.
  if (x === 0) return 1;
  if (Number.isNaN(checkNumber("erfc: x", x))) {
    throw new RangeError(expectedMessage("erfc: x", "a number", x));
  }
  const z = Math.abs(x);
  const t = 2 / (2 + z);
  const ty = 4 * t - 2;
  const coefficients = [
    -1.3026537197817094, 0.6419697923564902, 1.9476473204185836e-2, -9.561514786808631e-3,
    -9.46595344482036e-4, 3.66839497852761e-4, 4.2523324806907e-5, -2.0278578112534e-5,
    -1.624290004647e-6, 1.30365583558e-6, 1.5626441722e-8, -8.5238095915e-8, 6.529054439e-9,
    5.059343495e-9, -9.91364156e-10, -2.27365122e-10, 9.6467911e-11, 2.394038e-12, -6.886027e-12,
    8.94487e-13, 3.13092e-13, -1.12708e-13, 3.81e-16, 7.106e-15, -1.523e-15, -9.4e-17, 1.21e-16,
    -2.8e-17,
  ];
  let d = 0;
  let dd = 0;
  for (let j = coefficients.length - 1; j > 0; j--) {
    const previous = d;
    d = ty * d - dd + coefficients[j]!;
    dd = previous;
  }
  const result = t * Math.exp(-z * z + 0.5 * (coefficients[0]! + ty * d) - dd);
  return x >= 0 ? result : 2 - result;
}
