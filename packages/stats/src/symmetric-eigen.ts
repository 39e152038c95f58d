import { checkSquareMatrix, type Matrix } from "./matrix";

/**
 * The eigenvalues and eigenvectors of a symmetric matrix, as {@link symmetricEigen} returns them.
 *
 * @example
 * ```ts
 * import { type SymmetricEigen, symmetricEigen } from "@rapport/stats";
 * const { values, vectors }: SymmetricEigen = symmetricEigen([[2, 0], [0, 5]]);
 * // values [5, 2]; vectors [[0, 1], [1, 0]]
 * ```
 */
export interface SymmetricEigen {
  /** The eigenvalues, largest first. */
  readonly values: number[];
  /** `vectors[k]` is the unit eigenvector of `values[k]`. */
  readonly vectors: number[][];
}

const MAX_SWEEPS = 100;

/**
 * The eigen-decomposition of a symmetric matrix by the cyclic Jacobi method: A = V·Λ·Vᵀ. Only
 * the matrix's symmetric part is used. Accurate to rounding for the small matrices of
 * statistics (driver correlations, covariances); O(n³) a sweep.
 *
 * Source: the cyclic Jacobi eigenvalue algorithm (Golub & Van Loan, "Matrix Computations",
 * 4th ed., §8.5).
 *
 * @example
 * ```ts
 * import { symmetricEigen } from "@rapport/stats";
 * symmetricEigen([
 *   [2, 1],
 *   [1, 2],
 * ]); // values [3, 1]; vectors ≈ [[0.707, 0.707], [-0.707, 0.707]] (each up to sign)
 * ```
 */
export function symmetricEigen(matrix: Matrix): SymmetricEigen {
  const input = checkSquareMatrix("symmetricEigen: matrix", matrix);
  const size = input.length;
  const a = input.map((row, i) => row.map((value, j) => (value + input[j]![i]!) / 2));
  const v = Array.from({ length: size }, (_, i) =>
    Array.from({ length: size }, (_, j) => (i === j ? 1 : 0)),
  );
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let offDiagonal = 0;
    let total = 0;
    for (let i = 0; i < size; i++) {
      for (let j = 0; j < size; j++) {
        total += a[i]![j]! ** 2;
        if (i !== j) offDiagonal += a[i]![j]! ** 2;
      }
    }
    if (offDiagonal <= total * Number.EPSILON ** 2) break;
    for (let p = 0; p < size - 1; p++) {
      for (let q = p + 1; q < size; q++) {
        if (a[p]![q] === 0) continue;
        rotate(a, v, p, q);
      }
    }
  }
  const order = Array.from({ length: size }, (_, k) => k).sort((x, y) => a[y]![y]! - a[x]![x]!);
  return {
    values: order.map((k) => a[k]![k]!),
    vectors: order.map((k) => v.map((row) => row[k]!)),
  };
}

/** One Jacobi rotation that zeroes a[p][q]; updates the accumulated rotations v. */
function rotate(a: number[][], v: number[][], p: number, q: number): void {
  const theta = (a[q]![q]! - a[p]![p]!) / (2 * a[p]![q]!);
  const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
  const c = 1 / Math.sqrt(t * t + 1);
  const s = t * c;
  for (let k = 0; k < a.length; k++) {
    const akp = a[k]![p]!;
    const akq = a[k]![q]!;
    a[k]![p] = c * akp - s * akq;
    a[k]![q] = s * akp + c * akq;
  }
  for (let k = 0; k < a.length; k++) {
    const apk = a[p]![k]!;
    const aqk = a[q]![k]!;
    a[p]![k] = c * apk - s * aqk;
    a[q]![k] = s * apk + c * aqk;
  }
  for (let k = 0; k < v.length; k++) {
    const vkp = v[k]![p]!;
    const vkq = v[k]![q]!;
    v[k]![p] = c * vkp - s * vkq;
    v[k]![q] = s * vkp + c * vkq;
  }
}
