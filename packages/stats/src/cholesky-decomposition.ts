import { checkSquareMatrix, type Matrix } from "./matrix";

/**
 * The Cholesky factor of a symmetric positive-definite matrix: the lower-triangular L with
 * L·Lᵀ = A. Only the lower triangle of `matrix` is read. Returns `null` when the matrix is not
 * (numerically) positive definite, which is how a caller learns that a Hessian or an
 * information matrix cannot be inverted.
 *
 * Source: the Cholesky–Banachiewicz algorithm (G. H. Golub & C. F. Van Loan, "Matrix
 * Computations", 4th ed., §4.2).
 *
 * @example
 * ```ts
 * import { choleskyDecomposition } from "@rapport/stats";
 * choleskyDecomposition([
 *   [4, 2],
 *   [2, 3],
 * ]); // [[2, 0], [1, 1.414…]]
 * choleskyDecomposition([
 *   [1, 2],
 *   [2, 1],
 * ]); // null (not positive definite)
 * ```
 */
export function choleskyDecomposition(matrix: Matrix): number[][] | null {
  const a = checkSquareMatrix("choleskyDecomposition: matrix", matrix);
  const size = a.length;
  const lower = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  // Relative to the largest diagonal entry, so that the test does not depend on the matrix's scale.
  let scale = 0;
  for (let i = 0; i < size; i++) scale = Math.max(scale, Math.abs(a[i]![i]!));
  const tolerance = scale * size * Number.EPSILON;
  for (let i = 0; i < size; i++) {
    const rowI = lower[i]!;
    for (let j = 0; j <= i; j++) {
      const rowJ = lower[j]!;
      let sum = a[i]![j]!;
      for (let k = 0; k < j; k++) sum -= rowI[k]! * rowJ[k]!;
      if (i === j) {
        if (!(sum > tolerance)) return null;
        rowI[i] = Math.sqrt(sum);
      } else {
        rowI[j] = sum / rowJ[j]!;
      }
    }
  }
  return lower;
}
