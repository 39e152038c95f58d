import { describe, expect, it } from "vitest";
import { AML } from "./__fixtures__/aml.fixture";
import { LATE_ENTRY } from "./__fixtures__/late-entry.fixture";
import { SIX_MP } from "./__fixtures__/six-mp.fixture";
import { kaplanMeier } from "./kaplan-meier";
import { medianSurvival } from "./median-survival";

const six = kaplanMeier(
  SIX_MP.map(([t]) => t),
  SIX_MP.map(([, e]) => e),
);
const amlCurve = (group: string) => {
  const at = AML.groups.flatMap((g, i) => (g === group ? [i] : []));
  return kaplanMeier(
    at.map((i) => AML.durations[i]!),
    at.map((i) => AML.observed[i]!),
  );
};
const four = kaplanMeier([1, 2, 3, 4], [true, true, true, true]);
const triple = (m: ReturnType<typeof medianSurvival>) => [
  m.value,
  m.interval.lower,
  m.interval.upper,
];

// R survival 3.5: summary(survfit(Surv(t, e) ~ 1, conf.type = ct))$table[c("median", "0.95LCL", "0.95UCL")]
// (NA written as null), for the 6-MP data (six), aml by group and Surv(c(1, 2, 3, 4), c(1, 1, 1, 1)).
describe("medianSurvival, Brookmeyer-Crowley as R's print.survfit", () => {
  it.each([
    ["log", "6-MP", six, [23, 16, null]],
    ["log-log", "6-MP", six, [23, 13, null]],
    ["plain", "6-MP", six, [23, 13, null]],
    ["log", "aml Maintained", amlCurve("Maintained"), [31, 18, null]],
    ["log", "aml Nonmaintained", amlCurve("Nonmaintained"), [23, 8, null]],
    ["log-log", "aml Maintained", amlCurve("Maintained"), [31, 13, null]],
    ["log-log", "aml Nonmaintained", amlCurve("Nonmaintained"), [23, 5, 33]],
    ["plain", "aml Maintained", amlCurve("Maintained"), [31, 18, 48]],
    ["plain", "aml Nonmaintained", amlCurve("Nonmaintained"), [23, 8, 33]],
    // S = ½ exactly from 2 to 3: median 2.5; every band has no bound where S = 0.
    ["log", "four events", four, [2.5, 1, null]],
    ["log-log", "four events", four, [2.5, 1, null]],
    ["plain", "four events", four, [2.5, 1, null]],
  ] as const)("conf.type %s, %s", (ci, _name, curve, expected) => {
    const median = medianSurvival(curve, { ci });
    expect(triple(median)).toEqual(expected);
    expect([median.interval.level, median.interval.method]).toEqual([0.95, ci]);
  });

  it("defaults to R's log band at the curve's level, and takes another level", () => {
    expect(triple(medianSurvival(six))).toEqual([23, 16, null]);
    // survfit(…, conf.type = "log-log", conf.int = 0.9): Maintained 31 [18, 48], Nonmaintained 23 [8, 33]
    expect(triple(medianSurvival(amlCurve("Maintained"), { ci: "log-log", level: 0.9 }))).toEqual([
      31, 18, 48,
    ]);
    expect(
      triple(medianSurvival(amlCurve("Nonmaintained"), { ci: "log-log", level: 0.9 })),
    ).toEqual([23, 8, 33]);
  });

  it("works on a weighted, left-truncated curve", () => {
    // survfit(Surv(entry, time, status) ~ 1, weights = w, robust = FALSE): median 6 [3, NA]
    const { entry, durations, observed, weights } = LATE_ENTRY;
    const curve = kaplanMeier(durations, observed, { entry, weights });
    expect(triple(medianSurvival(curve))).toEqual([6, 3, null]);
  });

  it("gives the pointwise log band R gives (four events, no censoring)", () => {
    // f$lower at S = ½ (t = 2): 0.187658928707 = ½·exp(−1.959964·0.5): the lower curve
    // crosses ½ at t = 1 already (0.4259), so the interval's lower bound is 1.
    expect(0.5 * Math.exp(-1.959963984540054 * 0.5)).toBeCloseTo(0.187658928707, 11);
    expect(four.steps[1]!.logStandardError).toBeCloseTo(0.5, 14);
  });

  it("has no median for no subjects, everyone censored, or a curve staying above ½", () => {
    const none = [null, null, null];
    expect(triple(medianSurvival(kaplanMeier([], [])))).toEqual(none);
    expect(triple(medianSurvival(kaplanMeier([3, 5], [false, false])))).toEqual(none);
    // A single subject with the event: S drops to 0 at once; the band is undefined there.
    expect(triple(medianSurvival(kaplanMeier([4], [true])))).toEqual([4, null, null]);
  });

  it("rejects a bad curve or option", () => {
    expect(() => medianSurvival(null as never)).toThrow(TypeError);
    expect(() => medianSurvival(six, { ci: "arcsine" as never })).toThrow(
      'medianSurvival: options.ci: expected one of "log" | "log-log" | "plain", received "arcsine"',
    );
    expect(() => medianSurvival(six, { level: 2 })).toThrow(RangeError);
  });
});
