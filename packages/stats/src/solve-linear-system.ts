import { luDecomposition, solveWithLu } from "./lu-decomposition";
import { checkVector, type Matrix } from "./matrix";

/**
 * Solves A·x = b for a square, non-singular A by LU factorisation with partial pivoting. A
 * singular matrix is a `RangeError`. For a symmetric positive-definite A,
 * {@link solvePositiveDefinite} is faster and also tests definiteness.
 *
 * @example
 * ```ts
 * import { solveLinearSystem } from "@rapport/stats";
 * solveLinearSystem(
 *   [
 *     [0, 1],
 *     [2, 0],
 *   ],
 *   [3, 4],
 * ); // [2, 3]
 * ```
 */
export function solveLinearSystem(matrix: Matrix, rhs: readonly number[]): number[] {
  const lu = luDecomposition("solveLinearSystem", matrix);
  return solveWithLu(lu, checkVector("solveLinearSystem: rhs", rhs, lu.packed.length));
}
