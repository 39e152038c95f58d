// A proof at scale, in the slow project (`test:slow`, part of `npm test`): see CONTRIBUTING.md.
import { describe, expect, it } from "vitest";
import { expectedPurchasesNewCustomer } from "./expected-purchases";
import { simulateBgNbd } from "./simulate-bg-nbd";

const cdnow = { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 };

describe("expectedPurchasesNewCustomer (at scale)", () => {
  it("matches the mean repeat purchases of 200,000 simulated new customers", () => {
    // Second method: the model's own generative story. E[X(39)] ≈ 1.195; the simulation's
    // standard error is about 0.006, so 3 % is a wide margin.
    const customers = simulateBgNbd(cdnow, { customers: 200_000, seed: 99, T: 39 });
    const mean = customers.reduce((s, c) => s + c.frequency, 0) / customers.length;
    const expected = expectedPurchasesNewCustomer(cdnow, 39);
    expect(expected).toBeCloseTo(1.19505, 4);
    expect(Math.abs(mean / expected - 1)).toBeLessThan(0.03);
  });
});
