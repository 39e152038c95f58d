import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { periodBoundaries, periodStart, SCORE_PERIODS } from "./period-start";

const iso = (ms: number) => new Date(ms).toISOString();

describe("periodStart", () => {
  it("starts periods on the zone's calendar (hand-checked against the zone's offsets)", () => {
    const at = Date.parse("2024-03-31T23:30:00Z"); // April 1st, 01:30 CEST (UTC+2)
    expect(iso(periodStart(at, "day", "Europe/Berlin"))).toBe("2024-03-31T22:00:00.000Z");
    expect(iso(periodStart(at, "month", "Europe/Berlin"))).toBe("2024-03-31T22:00:00.000Z");
    // April 1st 2024 is a Monday: the ISO week starts that day.
    expect(iso(periodStart(at, "week", "Europe/Berlin"))).toBe("2024-03-31T22:00:00.000Z");
    expect(iso(periodStart(at, "quarter", "Europe/Berlin"))).toBe("2024-03-31T22:00:00.000Z");
    // January 1st, 00:00 CET (UTC+1).
    expect(iso(periodStart(at, "year", "Europe/Berlin"))).toBe("2023-12-31T23:00:00.000Z");
    // The same instant is still March 31st in UTC; that ISO week began Monday March 25th.
    expect(iso(periodStart(at, "week", "UTC"))).toBe("2024-03-25T00:00:00.000Z");
  });

  it("gives short and long days across daylight saving (New York, 2024)", () => {
    // March 10th has 23 hours (EST UTC-5 -> EDT UTC-4); November 3rd has 25.
    expect(
      periodBoundaries(
        Date.parse("2024-03-10T12:00:00Z"),
        Date.parse("2024-03-10T12:00:00Z"),
        "day",
        "America/New_York",
      ).map(iso),
    ).toEqual(["2024-03-10T05:00:00.000Z", "2024-03-11T04:00:00.000Z"]);
    const [start, end] = periodBoundaries(
      Date.parse("2024-11-03T12:00:00Z"),
      Date.parse("2024-11-03T12:00:00Z"),
      "day",
      "America/New_York",
    );
    expect((end! - start!) / 3_600_000).toBe(25);
  });

  it("places every instant in exactly the period that starts at its periodStart", () => {
    const lo = Date.parse("2020-01-01T00:00:00Z");
    const hi = Date.parse("2026-01-01T00:00:00Z");
    fc.assert(
      fc.property(
        fc.integer({ min: lo, max: hi }),
        fc.integer({ min: 0, max: 90 * 86_400_000 }),
        fc.constantFrom(...SCORE_PERIODS),
        fc.constantFrom("UTC", "Europe/Berlin", "America/Santiago", "Australia/Lord_Howe"),
        (from, span, period, zone) => {
          const starts = periodBoundaries(from, from + span, period, zone);
          for (let i = 1; i < starts.length; i++) expect(starts[i]! > starts[i - 1]!).toBe(true);
          for (const at of [from, from + Math.floor(span / 2), from + span]) {
            const i = starts.filter((start) => start <= at).length - 1;
            expect(at < starts[i + 1]!).toBe(true);
            expect(periodStart(at, period, zone)).toBe(starts[i]);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
