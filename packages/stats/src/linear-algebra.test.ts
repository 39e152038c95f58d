import { describe, expect, it } from "vitest";
import { choleskyDecomposition } from "./cholesky-decomposition";
import { invertMatrix } from "./invert-matrix";
import { invertPositiveDefinite } from "./invert-positive-definite";
import { solveLinearSystem } from "./solve-linear-system";
import { solvePositiveDefinite } from "./solve-positive-definite";
import { symmetricEigen } from "./symmetric-eigen";

// Reference values from numpy 2 (a second method):
//   A = np.array([[4,1,2],[1,5,3],[2,3,6.]]); B = np.array([[0,2,1],[1,-1,4],[3,0.5,2.]])
//   np.linalg.cholesky(A); np.linalg.inv(A); np.linalg.solve(A,[1,2,3]); np.linalg.eigh(A)
//   np.linalg.inv(B); np.linalg.solve(B,[1,0,-2])
const A = [
  [4, 1, 2],
  [1, 5, 3],
  [2, 3, 6],
];
const B = [
  [0, 2, 1],
  [1, -1, 4],
  [3, 0.5, 2],
];

function expectVectorClose(actual: number[], expected: number[], digits: number): void {
  expect(actual).toHaveLength(expected.length);
  for (const [i, value] of actual.entries()) expect(value).toBeCloseTo(expected[i]!, digits);
}

function expectMatrixClose(actual: number[][], expected: number[][], digits = 12): void {
  expect(actual).toHaveLength(expected.length);
  for (const [i, row] of actual.entries()) expectVectorClose(row, expected[i]!, digits);
}

describe("choleskyDecomposition", () => {
  it("matches numpy's factor", () => {
    expectMatrixClose(
      choleskyDecomposition(A)!,
      [
        [2, 0, 0],
        [0.5, 2.179449471770337, 0],
        [1, 1.1470786693528088, 1.9194297398747862],
      ],
      10,
    );
  });
  it("returns null for an indefinite or singular matrix", () => {
    expect(
      choleskyDecomposition([
        [1, 2],
        [2, 1],
      ]),
    ).toBeNull();
    expect(
      choleskyDecomposition([
        [1, 1],
        [1, 1],
      ]),
    ).toBeNull();
    expect(choleskyDecomposition([[0]])).toBeNull();
  });
  it("names the bad entry", () => {
    expect(() =>
      choleskyDecomposition([
        [1, 0],
        [0, Number.NaN],
      ]),
    ).toThrow(/choleskyDecomposition: matrix\[1\]\[1\]: expected a finite number, received NaN/);
    expect(() => choleskyDecomposition([[1, 0], [0]])).toThrow(RangeError);
    expect(() => choleskyDecomposition([] as number[][])).toThrow(TypeError);
  });
});

describe("solvePositiveDefinite and invertPositiveDefinite", () => {
  it("match numpy", () => {
    const x = solvePositiveDefinite(A, [1, 2, 3]);
    expectVectorClose(x, [0, 1 / 7, 3 / 7], 14);
    expectMatrixClose(
      invertPositiveDefinite(A),
      [
        [0.3, 0, -0.1],
        [0, 2 / 7, -1 / 7],
        [-0.1, -1 / 7, 19 / 70],
      ],
      14,
    );
  });
  it("gives an exactly symmetric inverse", () => {
    const inverse = invertPositiveDefinite(A);
    expect(inverse[0]![2]).toBe(inverse[2]![0]);
    expect(inverse[1]![2]).toBe(inverse[2]![1]);
  });
  it("refuses a matrix that is not positive definite", () => {
    expect(() =>
      invertPositiveDefinite([
        [1, 2],
        [2, 1],
      ]),
    ).toThrow(/invertPositiveDefinite: matrix: expected a symmetric positive-definite matrix/);
    expect(() => solvePositiveDefinite(A, [1, 2])).toThrow(
      /solvePositiveDefinite: rhs: expected 3 numbers, one per matrix row/,
    );
  });
});

describe("solveLinearSystem and invertMatrix", () => {
  it("match numpy on a matrix that needs pivoting", () => {
    const x = solveLinearSystem(B, [1, 0, -2]);
    expectVectorClose(x, [-0.9361702127659575, 0.3404255319148936, 0.3191489361702128], 13);
    expectMatrixClose(
      invertMatrix(B),
      [
        [-0.1702127659574468, -0.14893617021276595, 0.3829787234042553],
        [0.425531914893617, -0.1276595744680851, 0.0425531914893617],
        [0.14893617021276595, 0.2553191489361702, -0.0851063829787234],
      ],
      13,
    );
  });
  it("refuses a singular matrix", () => {
    expect(() =>
      invertMatrix([
        [1, 2],
        [2, 4],
      ]),
    ).toThrow(/invertMatrix: matrix: expected a non-singular matrix/);
    expect(() =>
      solveLinearSystem(
        [
          [0, 0],
          [0, 0],
        ],
        [1, 1],
      ),
    ).toThrow(RangeError);
  });
  it("does not mutate its input", () => {
    const copy = B.map((row) => [...row]);
    invertMatrix(B);
    expect(B).toEqual(copy);
  });
});

describe("symmetricEigen", () => {
  it("matches numpy's eigh, largest first, vectors up to sign", () => {
    const { values, vectors } = symmetricEigen(A);
    expectVectorClose(values, [9.41883268, 3.38677016, 2.19439717], 7);
    const expected = [
      [-0.37435872, -0.57735027, -0.7256185],
      [-0.81558342, 0.57735027, -0.03860509],
      [-0.4412247, -0.57735027, 0.68701342],
    ];
    for (const [k, vector] of vectors.entries()) {
      const sign = Math.sign(vector[0]!) * Math.sign(expected[k]![0]!);
      expectVectorClose(
        vector.map((value) => sign * value),
        expected[k]!,
        7,
      );
    }
  });
  it("reconstructs the matrix as V Λ Vᵀ", () => {
    const { values, vectors } = symmetricEigen(A);
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        const sum = values.reduce(
          (acc, value, k) => acc + value * vectors[k]![i]! * vectors[k]![j]!,
          0,
        );
        expect(sum).toBeCloseTo(A[i]![j]!, 12);
      }
    }
  });
  it("handles a diagonal matrix and a 1×1 matrix", () => {
    expect(
      symmetricEigen([
        [2, 0],
        [0, 5],
      ]).values,
    ).toEqual([5, 2]);
    expect(symmetricEigen([[7]])).toEqual({ values: [7], vectors: [[1]] });
  });
});
