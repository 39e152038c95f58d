import { describe, expect, it } from "vitest";
import { restartedNelderMead } from "./restarted-nelder-mead";

describe("restartedNelderMead", () => {
  it("finds the minimum of Rosenbrock's function at (1, 1)", () => {
    const rosenbrock = ([x, y]: readonly number[]) => 100 * (y! - x! ** 2) ** 2 + (1 - x!) ** 2;
    const result = restartedNelderMead(rosenbrock, [-1.2, 1], {
      firstStep: 0.5,
      restartStep: 0.1,
      maxRuns: 10,
    });
    expect(result.x[0]).toBeCloseTo(1, 5);
    expect(result.x[1]).toBeCloseTo(1, 5);
    expect(result.converged).toBe(true);
    expect(result.iterations).toBeGreaterThan(0);
  });

  it("rejects a run count below 1", () => {
    expect(() =>
      restartedNelderMead(([x]) => x! ** 2, [1], { firstStep: 1, restartStep: 1, maxRuns: 0 }),
    ).toThrow(
      new RangeError(
        "restartedNelderMead: options.maxRuns: expected a whole number ≥ 1, received 0",
      ),
    );
  });
});
