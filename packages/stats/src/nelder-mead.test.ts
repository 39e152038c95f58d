import { describe, expect, it } from "vitest";
import { nelderMead } from "./nelder-mead";

// Rosenbrock (1960): minimum 0 at (1, 1), in a long curved valley that defeats naive search.
const rosenbrock = ([x, y]: readonly number[]) => 100 * (y! - x! ** 2) ** 2 + (1 - x!) ** 2;

describe("nelderMead", () => {
  it("finds the Rosenbrock minimum from the classic start (−1.2, 1)", () => {
    const result = nelderMead(rosenbrock, [-1.2, 1], { xTolerance: 1e-10, fTolerance: 1e-14 });
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 6);
    expect(result.x[1]).toBeCloseTo(1, 6);
    expect(result.value).toBeLessThan(1e-12);
  });

  it("is deterministic", () => {
    const a = nelderMead(rosenbrock, [-1.2, 1]);
    const b = nelderMead(rosenbrock, [-1.2, 1]);
    expect(a).toEqual(b);
  });

  it("minimises a 4-D quadratic exactly where it should", () => {
    const centre = [3, -1, 0.5, 2];
    const f = (x: readonly number[]) =>
      x.reduce((s, v, i) => s + (i + 1) * (v - centre[i]!) ** 2, 0);
    const { x } = nelderMead(f, [0, 0, 0, 0]);
    for (const [i, v] of x.entries()) expect(v).toBeCloseTo(centre[i]!, 6);
  });

  it("steps back from regions where f is not finite", () => {
    // ln is undefined below 0: the search must stay in x > 0. Minimum of x − ln x is at x = 1.
    const { x } = nelderMead(([v]) => v! - Math.log(v!), [0.3], { step: 1 });
    expect(x[0]).toBeCloseTo(1, 6);
  });

  it("rejects a start point that is not finite and a step that is not positive", () => {
    expect(() => nelderMead(rosenbrock, [Number.NaN, 1])).toThrow(
      "nelderMead: start[0]: expected a finite number, received NaN",
    );
    // With step 0 the simplex is one point: it would report convergence at (−1.2, 1).
    expect(() => nelderMead(rosenbrock, [-1.2, 1], { step: 0 })).toThrow(
      "nelderMead: options.step: expected a finite number > 0, received 0",
    );
    expect(() => nelderMead(rosenbrock, [-1.2, 1], { maxIterations: -1 })).toThrow(/received -1/);
  });

  it("reports non-convergence when the iteration cap is hit", () => {
    const result = nelderMead(rosenbrock, [-1.2, 1], { maxIterations: 5 });
    expect(result.converged).toBe(false);
    expect(result.iterations).toBe(5);
  });
});
