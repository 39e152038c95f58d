import { minimizeBfgs } from "@rapport/stats";
import { describe, expect, it } from "vitest";
import { fitBgNbd } from "./bg-nbd";
import { groupCustomers, subsampleRows } from "./bg-nbd-data";
import { bgNbdLikelihood } from "./bg-nbd-likelihood";
import { bgNbdWarmStart, fromWarm, toWarmGradient } from "./bg-nbd-warm-start";
import { simulateBgNbd } from "./simulate-bg-nbd";

const customers = simulateBgNbd(
  { r: 0.25, alpha: 4, a: 0.8, b: 2.5 },
  { customers: 3000, seed: 31, T: [30, 40], resolution: 1 / 7 },
);

describe("the BG/NBD warm start", () => {
  it("takes every step-th row, each weighing step times as much", () => {
    const data = groupCustomers(customers, "test");
    const sample = subsampleRows(data, 3);
    expect(sample.weight.length).toBe(Math.ceil(data.weight.length / 3));
    expect(sample.xIndex[2]).toBe(data.xIndex[6]);
    expect(sample.tIndex[2]).toBe(data.tIndex[6]);
    expect(sample.weight[2]).toBe(3 * data.weight[6]!);
    let n = 0;
    for (const w of sample.weight) n += w;
    expect(sample.n).toBe(n);
  });

  it("maps z to x and the gradient back consistently: Lᵀ (x − x₀) = z", () => {
    const lower = [
      [2, 0, 0, 0],
      [0.5, 1, 0, 0],
      [-1, 0.25, 3, 0],
      [0.1, 0.2, 0.3, 0.5],
    ];
    const x0 = [0.1, -0.2, 0.3, 1];
    const z = [1, -2, 0.5, 4];
    const x = fromWarm(x0, lower, z);
    // Lᵀ (x − x₀), by hand from the columns of L.
    const d = x.map((e, i) => e - x0[i]!);
    const back = [0, 1, 2, 3].map((j) =>
      [0, 1, 2, 3].reduce((s, i) => s + lower[i]![j]! * d[i]!, 0),
    );
    for (const [i, e] of back.entries()) expect(e).toBeCloseTo(z[i]!, 12);
    // L (L⁻¹ g) = g.
    const g = [3, -1, 2, 0.5];
    const out = [0, 0, 0, 0];
    toWarmGradient(lower, g, out);
    const again = [0, 1, 2, 3].map((i) =>
      [0, 1, 2, 3].reduce((s, k) => s + lower[i]![k]! * out[k]!, 0),
    );
    for (const [i, e] of again.entries()) expect(e).toBeCloseTo(g[i]!, 12);
  });

  it("reaches fitBgNbd's optimum from the warm start, in few evaluations", () => {
    const data = groupCustomers(customers, "test");
    const warm = bgNbdWarmStart(data, [0, 0, 0, 0], 500)!;
    expect(warm.lower).not.toBeNull();
    const likelihood = bgNbdLikelihood(data);
    const gx = [0, 0, 0, 0];
    const result = minimizeBfgs(
      (z, g) => {
        const ll = likelihood(fromWarm(warm.x, warm.lower!, z), gx);
        for (let i = 0; i < 4; i++) gx[i] = -gx[i]! / data.n;
        toWarmGradient(warm.lower!, gx, g);
        return -ll / data.n;
      },
      [0, 0, 0, 0],
    );
    const fit = fitBgNbd(customers)!;
    const x = fromWarm(warm.x, warm.lower!, result.x);
    expect(likelihood(x, [0, 0, 0, 0])).toBeCloseTo(fit.logLikelihood, 6);
    expect(Math.exp(x[0]!)).toBeCloseTo(fit.r, 5);
    expect(Math.exp(x[3]!)).toBeCloseTo(fit.b, 4);
    // Starting at the optimum of the same data, with its curvature: a handful of passes.
    expect(result.evaluations).toBeLessThanOrEqual(4);
  });
});
