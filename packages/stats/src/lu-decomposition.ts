import { expectedMessage } from "./expected-message";
import { checkSquareMatrix, type Matrix } from "./matrix";

/** An LU factorisation with row pivots: P·A = L·U, packed in one matrix; internal. */
export interface LuDecomposition {
  /** L below the diagonal (unit diagonal implied), U on and above it. */
  readonly packed: number[][];
  /** `pivots[i]` is the row of A that became row i. */
  readonly pivots: number[];
}

/**
 * Doolittle's LU factorisation with partial pivoting (Golub & Van Loan, "Matrix Computations",
 * §3.4); a singular matrix is a RangeError naming `where`. Internal.
 */
export function luDecomposition(where: string, matrix: Matrix): LuDecomposition {
  const a = checkSquareMatrix(`${where}: matrix`, matrix);
  const size = a.length;
  const packed = a.map((row) => [...row]);
  const pivots = Array.from({ length: size }, (_, i) => i);
  let scale = 0;
  for (const row of a) for (const value of row) scale = Math.max(scale, Math.abs(value));
  const tolerance = scale * size * Number.EPSILON;
  for (let column = 0; column < size; column++) {
    let best = column;
    for (let row = column + 1; row < size; row++) {
      if (Math.abs(packed[row]![column]!) > Math.abs(packed[best]![column]!)) best = row;
    }
    if (!(Math.abs(packed[best]![column]!) > tolerance)) {
      throw new RangeError(expectedMessage(`${where}: matrix`, "a non-singular matrix", matrix));
    }
    if (best !== column) {
      [packed[best], packed[column]] = [packed[column]!, packed[best]!];
      [pivots[best], pivots[column]] = [pivots[column]!, pivots[best]!];
    }
    const pivotRow = packed[column]!;
    for (let row = column + 1; row < size; row++) {
      const target = packed[row]!;
      const factor = target[column]! / pivotRow[column]!;
      target[column] = factor;
      for (let k = column + 1; k < size; k++) target[k]! -= factor * pivotRow[k]!;
    }
  }
  return { packed, pivots };
}

/** Solves A·x = b from A's LU factorisation; internal. */
export function solveWithLu({ packed, pivots }: LuDecomposition, rhs: readonly number[]): number[] {
  const size = packed.length;
  const x = pivots.map((row) => rhs[row]!);
  for (let i = 0; i < size; i++) {
    for (let k = 0; k < i; k++) x[i]! -= packed[i]![k]! * x[k]!;
  }
  for (let i = size - 1; i >= 0; i--) {
    for (let k = i + 1; k < size; k++) x[i]! -= packed[i]![k]! * x[k]!;
    x[i] = x[i]! / packed[i]![i]!;
  }
  return x;
}
