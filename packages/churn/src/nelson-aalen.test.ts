import { describe, expect, it } from "vitest";
import { LATE_ENTRY } from "./__fixtures__/late-entry.fixture";
import { SIX_MP } from "./__fixtures__/six-mp.fixture";
import { nelsonAalen } from "./nelson-aalen";

describe("nelsonAalen, as R's survfit(…, stype = 2, ctype = 1) (survival 3.5)", () => {
  it("6-MP: cumhaz, std.chaz, surv and the interval", () => {
    // f <- survfit(Surv(t, e) ~ 1, six, stype = 2, ctype = 1); at the event times:
    // time, f$cumhaz, f$std.chaz, f$surv, f$lower, f$upper
    const r = [
      [6, 0.142857142857, 0.0824786098842, 0.86687789975, 0.73748299569, 1],
      [7, 0.201680672269, 0.1013061138377, 0.817355890676, 0.670161194449, 0.996880537931],
      [10, 0.268347338936, 0.1212739590569, 0.764642144984, 0.60287829752, 0.969810345289],
      [13, 0.351680672269, 0.1471455659875, 0.703504734683, 0.527249882705, 0.938679984492],
      [16, 0.442589763178, 0.1729632342427, 0.642370677147, 0.457677050756, 0.901596630586],
      [22, 0.585446906035, 0.2243311027589, 0.556856943466, 0.358750618433, 0.86435991899],
      [23, 0.752113572702, 0.279467746695, 0.471369226022, 0.272569870821, 0.815163270145],
    ] as const;
    const curve = nelsonAalen(
      SIX_MP.map(([t]) => t),
      SIX_MP.map(([, e]) => e),
    );
    expect(curve.n).toBe(21);
    expect(curve.events).toBe(9);
    curve.steps.forEach((step, i) => {
      const [time, h, se, s, sLower, sUpper] = r[i]!;
      expect(step.time).toBe(time);
      expect(step.cumulativeHazard).toBeCloseTo(h, 11);
      expect(step.standardError).toBeCloseTo(se, 12);
      expect(step.survival).toBeCloseTo(s, 11);
      // R's survival bounds are exp(−upper), min(1, exp(−lower)) of the plain interval of H.
      expect(Math.exp(-step.interval.upper)).toBeCloseTo(sLower, 11);
      expect(Math.min(1, Math.exp(-step.interval.lower))).toBeCloseTo(sUpper, 11);
    });
    // At 6 the plain lower bound is floored at 0: 0.142857 − 1.96·0.0825 < 0.
    expect(curve.steps[0]!.interval.lower).toBe(0);
  });

  it("the log interval, H·exp(±z·σ/H), by hand", () => {
    const curve = nelsonAalen([1, 2, 3, 4], [true, true, false, true], { ci: "log", level: 0.9 });
    // H(2) = 1/4 + 1/3 = 7/12; σ² = 1/16 + 1/9 = 25/144, σ = 5/12; z(0.9) = 1.6448536269514722
    const step = curve.steps[1]!;
    const factor = Math.exp((1.6448536269514722 * (5 / 12)) / (7 / 12));
    expect(step.cumulativeHazard).toBeCloseTo(7 / 12, 15);
    expect(step.interval.lower).toBeCloseTo(7 / 12 / factor, 14);
    expect(step.interval.upper).toBeCloseTo((7 / 12) * factor, 14);
    expect([step.interval.level, step.interval.method]).toEqual([0.9, "log"]);
  });

  it("with late entry and case weights", () => {
    // survfit(Surv(entry, time, status) ~ 1, weights = w, stype = 2, ctype = 1, robust = FALSE)
    const r = [
      [2, 0.190476190476, 0.13468700594],
      [3, 0.333333333333, 0.178174161275],
      [4, 0.433333333333, 0.204318456695],
      [6, 0.814285714286, 0.279333511925],
      [8, 0.957142857143, 0.344736910433],
      [10, 1.457142857143, 0.60732490268],
      [12, 2.457142857143, 1.169975870441],
    ] as const;
    const { entry, durations, observed, weights } = LATE_ENTRY;
    const curve = nelsonAalen(durations, observed, { entry, weights });
    expect(curve.steps.map((s) => s.time)).toEqual(r.map(([t]) => t));
    curve.steps.forEach((step, i) => {
      expect(step.cumulativeHazard).toBeCloseTo(r[i]![1], 11);
      expect(step.standardError).toBeCloseTo(r[i]![2], 11);
    });
  });

  it("degenerate cases: no subjects, everyone censored, a single subject", () => {
    expect(nelsonAalen([], [])).toMatchObject({ n: 0, events: 0, steps: [] });
    expect(nelsonAalen([4, 5], [false, false]).steps).toEqual([]);
    // One subject churning at 3: H = 1/1, σ = 1; log interval e^(±1.96).
    const one = nelsonAalen([3], [true], { ci: "log" }).steps[0]!;
    expect([one.cumulativeHazard, one.standardError]).toEqual([1, 1]);
    expect(one.interval.upper).toBeCloseTo(Math.exp(1.959963984540054), 12);
  });

  it("rejects bad input", () => {
    expect(() => nelsonAalen([1], [true], { ci: "arcsine" as never })).toThrow(
      'nelsonAalen: options.ci: expected one of "plain" | "log", received "arcsine"',
    );
    expect(() => nelsonAalen([1, 2], [true])).toThrow(RangeError);
  });
});
