import { describe, expect, it } from "vitest";
import { logGamma } from "./log-gamma";
import { logGammaRatio } from "./log-gamma-ratio";

describe("logGammaRatio", () => {
  it("logGammaRatio equals the difference of logGamma without its cancellation", () => {
    expect(logGammaRatio(3.5, 0.5)).toBeCloseTo(logGamma(4) - logGamma(3.5), 13);
    expect(logGammaRatio(0.2, 0.5)).toBeCloseTo(logGamma(0.7) - logGamma(0.2), 13);
    // ln Γ(a + ½) − ln Γ(a) ≈ ½ ln a − 1/(8a) for large a (Stirling)
    const a = 5e5;
    expect(logGammaRatio(a, 0.5)).toBeCloseTo(0.5 * Math.log(a) - 1 / (8 * a), 12);
  });
});
