import { describe, expect, it } from "vitest";
import { serviceCases } from "./__fixtures__/cases.fixture";
import { resolutionTimes } from "./resolution-times";

const MINUTE = 60_000;

describe("resolutionTimes", () => {
  it("measures cases solved now, to solvedAt or else closedAt", () => {
    // c1 120 min, c2 1440 min (closedAt), c5 50 min; c3 is open again and c4 new: missing.
    // sorted 50, 120, 1440: median 120, mean 536.67, p90: h = 1.8 → 120 + 0.8 · 1320 = 1176
    const summary = resolutionTimes(serviceCases);
    expect(summary.n).toBe(3);
    expect(summary.missing).toBe(2);
    expect(summary.median).toBe(120 * MINUTE);
    expect(summary.mean).toBeCloseTo((1610 / 3) * MINUTE, 6);
    expect(summary.p90).toBeCloseTo(1176 * MINUTE, 6);
  });
});
