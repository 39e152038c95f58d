import { expectedMessage } from "./expected-message";

/**
 * A dense matrix, row by row: `matrix[i][j]` is row i, column j. Functions that take one never
 * mutate it.
 *
 * @example
 * ```ts
 * import type { Matrix } from "@rapport/stats";
 * const identity: Matrix = [
 *   [1, 0],
 *   [0, 1],
 * ];
 * ```
 */
export type Matrix = readonly (readonly number[])[];

/** Checks that `matrix` is a non-empty square matrix of finite numbers; internal. */
export function checkSquareMatrix(where: string, matrix: unknown): Matrix {
  if (!Array.isArray(matrix) || matrix.length === 0) {
    throw new TypeError(expectedMessage(where, "a non-empty array of rows", matrix));
  }
  const size = matrix.length;
  matrix.forEach((row: unknown, i) => {
    if (!Array.isArray(row)) {
      throw new TypeError(expectedMessage(`${where}[${i}]`, "an array of numbers", row));
    }
    if (row.length !== size) {
      throw new RangeError(
        expectedMessage(`${where}[${i}]`, `a row of ${size} numbers (a square matrix)`, row),
      );
    }
    row.forEach((value: unknown, j) => {
      if (typeof value !== "number" || !Number.isFinite(value)) {
        const message = expectedMessage(`${where}[${i}][${j}]`, "a finite number", value);
        throw typeof value === "number" ? new RangeError(message) : new TypeError(message);
      }
    });
  });
  return matrix as Matrix;
}

/** Checks that `rhs` is a vector of `size` finite numbers; internal. */
export function checkVector(where: string, rhs: unknown, size: number): readonly number[] {
  if (!Array.isArray(rhs)) throw new TypeError(expectedMessage(where, "an array of numbers", rhs));
  if (rhs.length !== size) {
    throw new RangeError(expectedMessage(where, `${size} numbers, one per matrix row`, rhs));
  }
  rhs.forEach((value: unknown, i) => {
    if (typeof value !== "number" || !Number.isFinite(value)) {
      const message = expectedMessage(`${where}[${i}]`, "a finite number", value);
      throw typeof value === "number" ? new RangeError(message) : new TypeError(message);
    }
  });
  return rhs as readonly number[];
}
