import { describe, expect, it } from "vitest";
import type { ObjectiveWithGradient } from "./minimize-bfgs";
import { numericalHessian } from "./numerical-hessian";

describe("numericalHessian", () => {
  it("matches the Hessian worked out by hand", () => {
    // f = a²b + b³ + e^(ab): ∂²f/∂a² = 2b + b²e^(ab), ∂²f/∂a∂b = 2a + e^(ab)(1 + ab),
    // ∂²f/∂b² = 6b + a²e^(ab). At (1, 2): e² = 7.38905610, so
    // [[4 + 4e², 2 + 3e²], [2 + 3e², 12 + e²]] = [[33.5562244, 24.1671683], [24.1671683, 19.3890561]].
    const f: ObjectiveWithGradient = ([a, b], g) => {
      const e = Math.exp(a! * b!);
      g[0] = 2 * a! * b! + b! * e;
      g[1] = a! * a! + 3 * b! * b! + a! * e;
      return a! * a! * b! + b! ** 3 + e;
    };
    const h = numericalHessian(f, [1, 2]);
    expect(h[0]![0]).toBeCloseTo(33.5562244, 6);
    expect(h[0]![1]).toBeCloseTo(24.1671683, 6);
    expect(h[1]![0]).toBe(h[0]![1]);
    expect(h[1]![1]).toBeCloseTo(19.3890561, 6);
  });

  it("scales the step to the coordinate's size", () => {
    // f = ln x at x = 1e6: f'' = −1/x² = −1e-12; an absolute step of 6e-6 would be lost in rounding.
    const h = numericalHessian(
      ([x], g) => {
        g[0] = 1 / x!;
        return Math.log(x!);
      },
      [1e6],
    );
    expect(h[0]![0]! / -1e-12).toBeCloseTo(1, 6);
  });

  it("rejects a step outside the objective's domain and bad arguments", () => {
    const log: ObjectiveWithGradient = ([x], g) => {
      g[0] = x! > 0 ? 1 / x! : Number.NaN;
      return Math.log(x!);
    };
    expect(() => numericalHessian(log, [1e-7])).toThrow(RangeError);
    expect(() => numericalHessian(log, [Number.POSITIVE_INFINITY])).toThrow(
      "numericalHessian: at[0]: expected a finite number, received Infinity",
    );
    expect(() => numericalHessian(log, [1], { relativeStep: -1 })).toThrow(RangeError);
  });
});
