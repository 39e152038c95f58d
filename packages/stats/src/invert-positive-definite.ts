import type { Matrix } from "./matrix";
import { requireCholesky, solveWithCholesky } from "./solve-positive-definite";

/**
 * The inverse of a symmetric positive-definite matrix, by its Cholesky factor: for example the
 * covariance of estimates from the observed information. The result is exactly symmetric. A
 * matrix that is not positive definite is a `RangeError`.
 *
 * @example
 * ```ts
 * import { invertPositiveDefinite } from "@rapport/stats";
 * invertPositiveDefinite([
 *   [4, 2],
 *   [2, 3],
 * ]); // [[0.375, -0.25], [-0.25, 0.5]]
 * ```
 */
export function invertPositiveDefinite(matrix: Matrix): number[][] {
  const lower = requireCholesky("invertPositiveDefinite", matrix);
  const size = lower.length;
  const columns = Array.from({ length: size }, (_, j) => {
    const unit = new Array<number>(size).fill(0);
    unit[j] = 1;
    return solveWithCholesky(lower, unit);
  });
  // Average the two triangles so that rounding leaves no asymmetry.
  return Array.from({ length: size }, (_, i) =>
    Array.from({ length: size }, (_, j) => (columns[j]![i]! + columns[i]![j]!) / 2),
  );
}
