import { describe, expect, it } from "vitest";
import { conversionCurve } from "./conversion-curve";

describe("conversionCurve", () => {
  it("is one minus the Kaplan-Meier survival, interval flipped (checked against R)", () => {
    // R: t <- c(1, 1, 2, 3, 3, 3, 5, 6, 8, 8, 9, 12); e <- c(1, 0, 1, 1, 1, 0, 0, 1, 1, 0, 0, 1)
    //    s <- summary(survfit(Surv(t, e) ~ 1, conf.type = "log-log", conf.int = 0.9))
    //    cbind(s$time, s$n.risk, s$n.event, 1 - s$surv, 1 - s$upper, 1 - s$lower)
    const t = [1, 1, 2, 3, 3, 3, 5, 6, 8, 8, 9, 12];
    const e = [1, 0, 1, 1, 1, 0, 0, 1, 1, 0, 0, 1].map((x) => x === 1);
    const curve = conversionCurve(t, e, 0.9);
    expect(curve).toMatchObject({ n: 12, conversions: 7, level: 0.9, method: "kaplan-meier" });
    expect(curve.steps.map((s) => [s.timeMs, s.atRisk, s.conversions])).toEqual([
      [1, 12, 1],
      [2, 10, 1],
      [3, 9, 2],
      [6, 5, 1],
      [8, 4, 1],
      [12, 1, 1],
    ]);
    const r = [
      [0.0833333333333334, 0.0166478994494529, 0.362993098396236],
      [0.175, 0.0580238860577136, 0.461571363736602],
      [0.3583333333333334, 0.1754992074127867, 0.639443984492493],
      [0.4866666666666667, 0.2629901792272956, 0.767106126444713],
      [0.615, 0.3661830521073626, 0.864398194073079],
    ];
    r.forEach(([converted, lower, upper], i) => {
      const step = curve.steps[i]!;
      expect(step.converted).toBeCloseTo(converted!, 12);
      expect(step.interval.lower).toBeCloseTo(lower!, 10);
      expect(step.interval.upper).toBeCloseTo(upper!, 10);
      expect(step.interval).toMatchObject({ level: 0.9, method: "log-log" });
    });
    // Everyone left has converted at 12: R gives no interval there (NA); the curve is at 1.
    expect(curve.steps[5]).toMatchObject({ converted: 1, interval: { lower: 1, upper: 1 } });
    // R: print(survfit(...)) median 8.
    expect(curve.medianTimeMs).toBe(8);
  });

  it("is empty, never NaN, with nobody or with no conversion", () => {
    expect(conversionCurve([], [], 0.95)).toEqual({
      n: 0,
      conversions: 0,
      steps: [],
      medianTimeMs: null,
      level: 0.95,
      method: "kaplan-meier",
    });
    expect(conversionCurve([3, 5], [false, false], 0.95)).toMatchObject({
      n: 2,
      conversions: 0,
      steps: [],
      medianTimeMs: null,
    });
  });
});
