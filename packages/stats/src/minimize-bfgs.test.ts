import { describe, expect, it } from "vitest";
import { minimizeBfgs, type ObjectiveWithGradient } from "./minimize-bfgs";

// Rosenbrock (1960): minimum 0 at (1, 1), in a long curved valley.
const rosenbrock: ObjectiveWithGradient = ([a, b], g) => {
  g[0] = -2 * (1 - a!) - 400 * a! * (b! - a! * a!);
  g[1] = 200 * (b! - a! * a!);
  return (1 - a!) ** 2 + 100 * (b! - a! * a!) ** 2;
};

describe("minimizeBfgs", () => {
  it("finds the Rosenbrock minimum from the classic start (−1.2, 1)", () => {
    const result = minimizeBfgs(rosenbrock, [-1.2, 1]);
    expect(result.converged).toBe(true);
    expect(result.reason).toBe("gradient");
    expect(result.x[0]).toBeCloseTo(1, 8);
    expect(result.x[1]).toBeCloseTo(1, 8);
    expect(result.value).toBeLessThan(1e-16);
    // A quasi-Newton method needs far fewer evaluations than a simplex (hundreds) here.
    expect(result.evaluations).toBeLessThan(100);
  });

  it("minimises a 4-D quadratic with cross terms exactly where it should", () => {
    // f = ½ xᵀAx − bᵀx with A = [[4,1,0,0],[1,3,1,0],[0,1,2,0.5],[0,0,0.5,1]], b = [1,2,3,4];
    // minimum at A⁻¹b = numpy.linalg.solve(A, b) = [0.1147541, 0.54098361, 0.26229508, 3.86885246]
    const A = [
      [4, 1, 0, 0],
      [1, 3, 1, 0],
      [0, 1, 2, 0.5],
      [0, 0, 0.5, 1],
    ];
    const b = [1, 2, 3, 4];
    const f: ObjectiveWithGradient = (x, g) => {
      let value = 0;
      for (let i = 0; i < 4; i++) {
        let ax = 0;
        for (let j = 0; j < 4; j++) ax += A[i]![j]! * x[j]!;
        g[i] = ax - b[i]!;
        value += 0.5 * x[i]! * ax - b[i]! * x[i]!;
      }
      return value;
    };
    const { x, converged } = minimizeBfgs(f, [0, 0, 0, 0]);
    expect(converged).toBe(true);
    const expected = [0.1147541, 0.54098361, 0.26229508, 3.86885246];
    for (const [i, v] of x.entries()) expect(v).toBeCloseTo(expected[i]!, 7);
  });

  it("steps back from regions where f is not finite", () => {
    // x − ln x is undefined at x ≤ 0, minimum at 1; a unit step from 0.3 along −f' = 2.33 lands outside.
    const { x, converged } = minimizeBfgs(
      ([v], g) => {
        g[0] = 1 - 1 / v!;
        return v! > 0 ? v! - Math.log(v!) : Number.NaN;
      },
      [3],
    );
    expect(converged).toBe(true);
    expect(x[0]).toBeCloseTo(1, 8);
  });

  it("says when it stopped at the iteration cap", () => {
    const result = minimizeBfgs(rosenbrock, [-1.2, 1], { maxIterations: 3 });
    expect(result.converged).toBe(false);
    expect(result.reason).toBe("max-iterations");
    expect(result.iterations).toBe(3);
    expect(Number.isFinite(result.value)).toBe(true);
  });

  it("reports a start where f is not finite instead of iterating", () => {
    const result = minimizeBfgs(
      (_, g) => {
        g[0] = 0;
        return Number.NaN;
      },
      [1],
    );
    expect(result.converged).toBe(false);
    expect(result.reason).toBe("not-finite");
  });

  it("is deterministic", () => {
    expect(minimizeBfgs(rosenbrock, [-1.2, 1])).toEqual(minimizeBfgs(rosenbrock, [-1.2, 1]));
  });

  it("rejects bad arguments", () => {
    expect(() => minimizeBfgs(rosenbrock, [Number.NaN, 1])).toThrow(
      "minimizeBfgs: start[0]: expected a finite number, received NaN",
    );
    expect(() => minimizeBfgs(rosenbrock, [0, 0], { gradientTolerance: 0 })).toThrow(RangeError);
    expect(() => minimizeBfgs(rosenbrock, [0, 0], { maxIterations: 1.5 })).toThrow(RangeError);
    expect(() => minimizeBfgs("f" as never, [0])).toThrow(TypeError);
  });
});
