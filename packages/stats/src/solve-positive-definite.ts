import { choleskyDecomposition } from "./cholesky-decomposition";
import { expectedMessage } from "./expected-message";
import { checkVector, type Matrix } from "./matrix";

/** Solves L·Lᵀ·x = b given the Cholesky factor L; internal. */
export function solveWithCholesky(lower: number[][], rhs: readonly number[]): number[] {
  const size = lower.length;
  const y = new Array<number>(size);
  for (let i = 0; i < size; i++) {
    let sum = rhs[i]!;
    for (let k = 0; k < i; k++) sum -= lower[i]![k]! * y[k]!;
    y[i] = sum / lower[i]![i]!;
  }
  const x = new Array<number>(size);
  for (let i = size - 1; i >= 0; i--) {
    let sum = y[i]!;
    for (let k = i + 1; k < size; k++) sum -= lower[k]![i]! * x[k]!;
    x[i] = sum / lower[i]![i]!;
  }
  return x;
}

/** The Cholesky factor of `matrix`, or a RangeError naming `where`; internal. */
export function requireCholesky(where: string, matrix: Matrix): number[][] {
  const lower = choleskyDecomposition(matrix);
  if (lower === null) {
    throw new RangeError(
      expectedMessage(`${where}: matrix`, "a symmetric positive-definite matrix", matrix),
    );
  }
  return lower;
}

/**
 * Solves A·x = b for a symmetric positive-definite A by its Cholesky factor (twice as fast as
 * a general solve, and the natural test of positive definiteness). A matrix that is not
 * positive definite is a `RangeError`.
 *
 * @example
 * ```ts
 * import { solvePositiveDefinite } from "@rapport/stats";
 * solvePositiveDefinite(
 *   [
 *     [4, 2],
 *     [2, 3],
 *   ],
 *   [2, 1],
 * ); // [0.5, 0]
 * ```
 */
export function solvePositiveDefinite(matrix: Matrix, rhs: readonly number[]): number[] {
  const lower = requireCholesky("solvePositiveDefinite", matrix);
  return solveWithCholesky(lower, checkVector("solvePositiveDefinite: rhs", rhs, lower.length));
}
