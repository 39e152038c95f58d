import { describe, expect, it } from "vitest";
import { DAY, LIFECYCLE_AS_OF, lifecycleEvents } from "./__fixtures__/journeys.fixture";
import { defaultLifecycle } from "./default-lifecycle";
import { journeyTimelines } from "./journey-timelines";
import { stageDurations } from "./stage-durations";

const timelines = journeyTimelines(defaultLifecycle, lifecycleEvents(), { asOf: LIFECYCLE_AS_OF });
const inDays = (rows: ReturnType<typeof stageDurations>) =>
  Object.fromEntries(
    rows.map((r) => [
      r.stage,
      [r.n, r.medianMs === null ? null : r.medianMs / DAY, r.p90Ms === null ? null : r.p90Ms / DAY],
    ]),
  );

describe("stageDurations", () => {
  it("gives the median and p90 of finished stays across customers", () => {
    // Finished stays (days): awareness c1 2, c2 3, c3 1 -> sorted [1, 2, 3]: median 2,
    // p90 at position 1.8 = 2 + 0.8 · 1 = 2.8. Consideration c1 7, c3 2 (c2 still there):
    // median 4.5, p90 = 2 + 0.9 · 5 = 6.5. Purchase 0.5 and 1: 0.75 and 0.95.
    // Onboarding 9.5 and 10: 9.75 and 9.95. Adoption and churned: only current stays.
    const rows = inDays(stageDurations(defaultLifecycle, timelines));
    expect(rows["awareness"]).toEqual([3, 2, expect.closeTo(2.8, 12)]);
    expect(rows["consideration"]).toEqual([2, 4.5, expect.closeTo(6.5, 12)]);
    expect(rows["purchase"]).toEqual([2, 0.75, expect.closeTo(0.95, 12)]);
    expect(rows["onboarding"]).toEqual([2, 9.75, expect.closeTo(9.95, 12)]);
    expect(rows["adoption"]).toEqual([0, null, null]);
    expect(rows["churned"]).toEqual([0, null, null]);
    expect(Object.keys(rows)).toEqual([...defaultLifecycle.stages]);
  });

  it("counts current stays when asked", () => {
    // Consideration with c2's 56 days so far: [2, 7, 56] -> median 7, p90 = 7 + 0.8 · 49 = 46.2.
    const rows = inDays(stageDurations(defaultLifecycle, timelines, { includeCurrent: true }));
    expect(rows["consideration"]).toEqual([3, 7, expect.closeTo(46.2, 12)]);
    expect(rows["adoption"]).toEqual([1, 41, 41]);
  });

  it("is honest about no data", () => {
    expect(stageDurations(defaultLifecycle, [])[0]).toEqual({
      stage: "awareness",
      n: 0,
      medianMs: null,
      p90Ms: null,
    });
  });
});
