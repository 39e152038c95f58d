import { describe, expect, it } from "vitest";
import { periodBounds } from "./period";

describe("periodBounds", () => {
  // Expected instants worked out by hand from the zone's offsets:
  // Berlin is UTC+1 in winter (CET) and UTC+2 in summer (CEST, from the last Sunday of March
  // 01:00 UTC to the last Sunday of October 01:00 UTC). New York is UTC−5 (EST) / UTC−4 (EDT).
  it.each([
    // 23:30 UTC on 31 Jan is 00:30 on 1 Feb in Berlin: February.
    [
      "month",
      "2025-01-31T23:30:00Z",
      "Europe/Berlin",
      "2025-01-31T23:00:00Z",
      "2025-02-28T23:00:00Z",
    ],
    // The same instant in UTC is still January.
    ["month", "2025-01-31T23:30:00Z", "UTC", "2025-01-01T00:00:00Z", "2025-02-01T00:00:00Z"],
    // March in Berlin starts in CET and ends in CEST: 1 Mar 00:00 CET .. 1 Apr 00:00 CEST.
    [
      "month",
      "2025-03-15T12:00:00Z",
      "Europe/Berlin",
      "2025-02-28T23:00:00Z",
      "2025-03-31T22:00:00Z",
    ],
    // Spring-forward day in Berlin (30 Mar 2025) has 23 hours.
    [
      "day",
      "2025-03-30T12:00:00Z",
      "Europe/Berlin",
      "2025-03-29T23:00:00Z",
      "2025-03-30T22:00:00Z",
    ],
    // Fall-back day in New York (2 Nov 2025) has 25 hours.
    [
      "day",
      "2025-11-02T12:00:00Z",
      "America/New_York",
      "2025-11-02T04:00:00Z",
      "2025-11-03T05:00:00Z",
    ],
    // Santiago skips its midnight on Sunday 6 Sep 2026: 00:00 (UTC−4) becomes 01:00 (UTC−3).
    // The day starts at 01:00 −03 = 04:00Z and ends at 7 Sep 00:00 −03 = 03:00Z (23 hours),
    // not at 7 Sep 01:00 −03 = 04:00Z.
    [
      "day",
      "2026-09-06T12:00:00Z",
      "America/Santiago",
      "2026-09-06T04:00:00Z",
      "2026-09-07T03:00:00Z",
    ],
    // The next day then starts where that one ended: 7 Sep 00:00 −03 = 03:00Z .. 8 Sep 03:00Z.
    [
      "day",
      "2026-09-07T03:30:00Z",
      "America/Santiago",
      "2026-09-07T03:00:00Z",
      "2026-09-08T03:00:00Z",
    ],
    // ISO week: Wednesday 12 Mar 2025 → Monday 10 Mar .. Monday 17 Mar, Berlin midnight.
    [
      "week",
      "2025-03-12T10:00:00Z",
      "Europe/Berlin",
      "2025-03-09T23:00:00Z",
      "2025-03-16T23:00:00Z",
    ],
    // Sunday 23:30 local is still the week that began on Monday.
    [
      "week",
      "2025-03-16T22:30:00Z",
      "Europe/Berlin",
      "2025-03-09T23:00:00Z",
      "2025-03-16T23:00:00Z",
    ],
    // Q2 in New York: 1 Apr 00:00 EDT .. 1 Jul 00:00 EDT.
    [
      "quarter",
      "2025-05-20T12:00:00Z",
      "America/New_York",
      "2025-04-01T04:00:00Z",
      "2025-07-01T04:00:00Z",
    ],
    // New year's eve 20:00 in New York is 01:00 UTC on 1 Jan: still the old year there.
    [
      "year",
      "2025-01-01T01:00:00Z",
      "America/New_York",
      "2024-01-01T05:00:00Z",
      "2025-01-01T05:00:00Z",
    ],
  ] as const)("%s containing %s in %s", (period, at, zone, start, end) => {
    const bounds = periodBounds(period, new Date(at), zone);
    expect(bounds.start.toISOString()).toBe(new Date(start).toISOString());
    expect(bounds.end.toISOString()).toBe(new Date(end).toISOString());
  });

  it("returns plain Dates", () => {
    const { start } = periodBounds("day", new Date("2025-01-01T12:00:00Z"), "Asia/Tokyo");
    expect(Object.getPrototypeOf(start)).toBe(Date.prototype);
  });

  it.each([
    [() => periodBounds("fortnight" as never, new Date(), "UTC"), /period: expected one of "day"/],
    [() => periodBounds("day", new Date("nope"), "UTC"), /at: expected a valid Date/],
    [
      () => periodBounds("day", new Date(), "Mars/Olympus"),
      /timeZone: expected an IANA time-zone name.*"Mars\/Olympus"/,
    ],
    [() => periodBounds("day", new Date(), ""), /timeZone: expected an IANA/],
  ])("rejects bad arguments %#", (call, message) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });
});
