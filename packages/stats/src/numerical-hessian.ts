import { expectedMessage } from "./expected-message";
import type { ObjectiveWithGradient } from "./minimize-bfgs";

/**
 * Options for {@link numericalHessian}.
 *
 * @example
 * ```ts
 * import type { NumericalHessianOptions } from "@rapport/stats";
 * const options: NumericalHessianOptions = { relativeStep: 1e-5 };
 * ```
 */
export interface NumericalHessianOptions {
  /**
   * Step per coordinate, relative to max(1, |xᵢ|): default 6e-6 (≈ ε^⅓, the optimum for a
   * central difference of an exact gradient).
   */
  readonly relativeStep?: number;
}

/**
 * The Hessian of f at `at` by central differences of its gradient: column j is
 * (∇f(x + hⱼeⱼ) − ∇f(x − hⱼeⱼ)) / 2hⱼ, and the result is symmetrised, (H + Hᵀ)/2. With an exact
 * gradient the error is O(h²) plus rounding O(ε/h), about 10⁻¹⁰ relative at the default step
 * (Nocedal & Wright 2006, "Numerical Optimization", §8.1). 2n gradient evaluations. `objective`
 * is the same function {@link minimizeBfgs} takes; a non-finite entry (a step outside f's
 * domain) is a `RangeError`, as is a point that is not finite.
 *
 * @example
 * ```ts
 * import { numericalHessian } from "@rapport/stats";
 * numericalHessian(([a, b], g) => {
 *   g[0] = 2 * a! * b!;
 *   g[1] = a! * a! + 3 * b! * b!;
 *   return a! * a! * b! + b! ** 3;
 * }, [1, 2]);
 * // ≈ [[4, 2], [2, 12]]
 * ```
 */
export function numericalHessian(
  objective: ObjectiveWithGradient,
  at: readonly number[],
  options: NumericalHessianOptions = {},
): number[][] {
  if (typeof objective !== "function") {
    throw new TypeError(expectedMessage("numericalHessian: objective", "a function", objective));
  }
  const relative = options.relativeStep ?? 6e-6;
  if (!(Number.isFinite(relative) && relative > 0)) {
    throw new RangeError(
      expectedMessage("numericalHessian: options.relativeStep", "a finite number > 0", relative),
    );
  }
  const n = at.length;
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(at[i])) {
      throw new RangeError(expectedMessage(`numericalHessian: at[${i}]`, "a finite number", at[i]));
    }
  }
  const columns: number[][] = [];
  for (let j = 0; j < n; j++) {
    const h = relative * Math.max(1, Math.abs(at[j]!));
    const up = [...at];
    const down = [...at];
    up[j] = at[j]! + h;
    down[j] = at[j]! - h;
    // The actual step, as rounded in floating point.
    const width = up[j]! - down[j]!;
    const gUp = new Array<number>(n).fill(0);
    const gDown = new Array<number>(n).fill(0);
    objective(up, gUp);
    objective(down, gDown);
    columns.push(gUp.map((e, i) => (e - gDown[i]!) / width));
  }
  const hessian = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (columns[j]![i]! + columns[i]![j]!) / 2),
  );
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (!Number.isFinite(hessian[i]![j])) {
        throw new RangeError(
          expectedMessage(
            `numericalHessian: entry [${i}][${j}]`,
            "a finite number (a step left the objective's domain)",
            hessian[i]![j],
          ),
        );
      }
    }
  }
  return hessian;
}
