import { parseCase } from "@rapport/core";
import { describe, expect, it } from "vitest";
import { mergeImports } from "../merge-imports";
import { buildReport } from "./build-report";
import { headlineCards } from "./headline-figures";
import { serviceDurationPeriods } from "./service-duration-periods";

const asOf = new Date("2026-10-30T12:00:00Z");
const options = { asOf, timeZone: "UTC", period: "month" as const };
const MINUTE = 60_000;

/** A case created at `created`, first replied to `replyMinutes` later, solved `solveMinutes` after creation. */
const kase = (id: string, created: string, replyMinutes: number, solveMinutes?: number) => {
  const start = Date.parse(created);
  return parseCase({
    id,
    customerId: "cus_1",
    channel: "email",
    status: solveMinutes === undefined ? "open" : "solved",
    createdAt: created,
    firstReplyAt: new Date(start + replyMinutes * MINUTE).toISOString(),
    ...(solveMinutes === undefined
      ? {}
      : { solvedAt: new Date(start + solveMinutes * MINUTE).toISOString() }),
  });
};

// September's first replies: 60, 120, 180 min (median 120). October's: 30, 40, 50, 70, and
// 120 for a case opened on 30 September and answered on 1 October (it counts where the reply
// fell): median 50. Out of both: a reply in August, and one after the report's moment.
const cases = [
  kase("s1", "2026-09-03T09:00:00Z", 60, 600),
  kase("s2", "2026-09-10T09:00:00Z", 120),
  kase("s3", "2026-09-17T09:00:00Z", 180),
  kase("o1", "2026-10-05T09:00:00Z", 30, 300),
  kase("o2", "2026-10-06T09:00:00Z", 40),
  kase("o3", "2026-10-07T09:00:00Z", 50),
  kase("o4", "2026-10-08T09:00:00Z", 70),
  kase("edge", "2026-09-30T23:00:00Z", 120),
  kase("aug", "2026-08-20T09:00:00Z", 30),
  kase("late", "2026-10-30T11:00:00Z", 120),
];

describe("serviceDurationPeriods", () => {
  it("compares this period's median with the last one's, by where each clock stopped", () => {
    const [reply, resolution] = serviceDurationPeriods(
      { cases, interactions: [], agents: [] },
      options,
    );
    expect(reply).toMatchObject({
      name: "firstReply",
      current: { period: "2026-10", n: 5, median: 50 },
      previous: { period: "2026-09", n: 3, median: 120 },
      difference: -70,
    });
    // scipy.stats.mannwhitneyu([30, 40, 50, 70, 120], [60, 120, 180],
    //   use_continuity=True, alternative="two-sided", method="asymptotic") → U 2.5, p 0.17711262976673237
    expect(reply!.pValue).toBeCloseTo(0.17711262976673237, 12);
    // One solve in each period: no comparison.
    expect(resolution).toMatchObject({
      name: "fullResolution",
      current: { n: 1, median: 300 },
      previous: { n: 1, median: 600 },
      difference: null,
      pValue: null,
    });
  });
});

describe("the duration cards", () => {
  it("show this period's median with the trend against the last, in minutes or hours", () => {
    const data = buildReport(mergeImports([]), [], { ...options, title: "x" });
    const report = {
      ...data,
      service: {
        ...data.service,
        durations: {
          ...data.service.durations,
          ...buildReport({ ...mergeImports([]), cases }, [], { ...options, title: "x" }).service
            .durations,
        },
      },
    };
    const [reply, resolution] = headlineCards(report);
    expect(reply).toMatchObject({
      title: "First reply (median)",
      basis: "Oct 2026, calendar time",
      value: "50",
      unit: " min",
      n: 5,
      counted: "cases",
      trend: {
        direction: "down",
        tone: "neutral",
        text: "▼ 70 min vs Sept 2026",
        verdict: "not significant (p = 0.18)",
      },
      // All ten cases: 30, 30, 40, 50, 60, 70, 120, 120, 120, 180 → median 65.
      context: "All cases: 65 min (n = 10)",
      small: true,
    });
    // Fewer than 2 in a period: the period's figure, and no arrow.
    expect(resolution).toMatchObject({ value: "5.0", unit: " h", n: 1, trend: null });
  });
});
