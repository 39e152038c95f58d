import { luDecomposition, solveWithLu } from "./lu-decomposition";
import type { Matrix } from "./matrix";

/**
 * The inverse of a square, non-singular matrix, by LU factorisation with partial pivoting. A
 * singular matrix is a `RangeError`. For a symmetric positive-definite matrix (a covariance,
 * an information matrix), {@link invertPositiveDefinite} is faster and exactly symmetric.
 *
 * @example
 * ```ts
 * import { invertMatrix } from "@rapport/stats";
 * invertMatrix([
 *   [1, 2],
 *   [3, 4],
 * ]); // [[-2, 1], [1.5, -0.5]]
 * ```
 */
export function invertMatrix(matrix: Matrix): number[][] {
  const lu = luDecomposition("invertMatrix", matrix);
  const size = lu.packed.length;
  const columns = Array.from({ length: size }, (_, j) => {
    const unit = new Array<number>(size).fill(0);
    unit[j] = 1;
    return solveWithLu(lu, unit);
  });
  return Array.from({ length: size }, (_, i) => columns.map((column) => column[i]!));
}
