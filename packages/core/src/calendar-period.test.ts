import { describe, expect, it } from "vitest";
import { periodBounds, periodLabel, periodStart, periodStarts } from "./calendar-period";

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
    const bounds = periodBounds(new Date(at), period, { timeZone: zone });
    expect(periodStart(new Date(at), period, { timeZone: zone }).toISOString()).toBe(
      new Date(start).toISOString(),
    );
    expect(bounds.start.toISOString()).toBe(new Date(start).toISOString());
    expect(bounds.end.toISOString()).toBe(new Date(end).toISOString());
  });

  it("returns plain Dates", () => {
    const { start } = periodBounds(new Date("2025-01-01T12:00:00Z"), "day", {
      timeZone: "Asia/Tokyo",
    });
    expect(Object.getPrototypeOf(start)).toBe(Date.prototype);
  });

  it.each([
    [
      () => periodBounds(new Date(), "fortnight" as never, { timeZone: "UTC" }),
      RangeError,
      /periodBounds: period: expected one of "day" \| "week"/,
    ],
    [
      () => periodBounds(new Date("nope"), "day", { timeZone: "UTC" }),
      RangeError,
      /instant: expected a valid Date, received an invalid Date/,
    ],
    [
      () => periodBounds(new Date(), "day", { timeZone: "Mars/Olympus" }),
      RangeError,
      /options.timeZone: expected an IANA time-zone name.*"Mars\/Olympus"/,
    ],
    [
      () => periodBounds(new Date(), "day", { timeZone: "" }),
      RangeError,
      /timeZone: expected an IANA/,
    ],
    [
      () => periodBounds(new Date(), "week", { timeZone: "UTC", weekStartsOn: 7 as never }),
      RangeError,
      /weekStartsOn: expected an integer from 0 \(Sunday\) to 6 \(Saturday\), received 7/,
    ],
    [
      () => periodBounds("2025-01-01" as never, "day", { timeZone: "UTC" }),
      TypeError,
      /instant: expected a Date/,
    ],
    [
      () => periodBounds(new Date(), "day", "UTC" as never),
      TypeError,
      /options: expected an object/,
    ],
  ])("rejects bad arguments %#", (call, type, message) => {
    expect(call).toThrow(type);
    expect(call).toThrow(message);
  });

  it("starts weeks on the day asked for", () => {
    // Wednesday 12 March 2025 in New York. A Sunday week starts on Sunday 9 March at 00:00,
    // before that day's 02:00 change to EDT, so at EST (UTC-5).
    const bounds = periodBounds(new Date("2025-03-12T15:00:00Z"), "week", {
      timeZone: "America/New_York",
      weekStartsOn: 0,
    });
    expect(bounds.start.toISOString()).toBe("2025-03-09T05:00:00.000Z");
    // Sunday 16 March 00:00 EDT (UTC-4).
    expect(bounds.end.toISOString()).toBe("2025-03-16T04:00:00.000Z");
  });
});

describe("periodLabel", () => {
  it.each([
    ["day", "2026-03-09T23:30:00Z", "Europe/Berlin", "2026-03-10"],
    ["week", "2026-03-12T10:00:00Z", "UTC", "2026-03-09"],
    ["month", "2026-03-31T22:30:00Z", "Europe/Berlin", "2026-04"],
    ["quarter", "2026-03-31T23:30:00Z", "Europe/Berlin", "2026-Q2"],
    ["quarter", "2026-03-31T23:30:00Z", "UTC", "2026-Q1"],
    ["year", "2026-01-01T01:00:00Z", "America/New_York", "2025"],
  ] as const)("%s of %s in %s is %s", (period, at, zone, label) => {
    expect(periodLabel(new Date(at), period, { timeZone: zone })).toBe(label);
  });
});

describe("periodStarts", () => {
  it("covers the range with consecutive starts", () => {
    const starts = periodStarts(
      new Date("2024-01-15T00:00:00Z"),
      new Date("2024-02-03T00:00:00Z"),
      "month",
      { timeZone: "UTC" },
    ).map((d) => d.toISOString().slice(0, 10));
    expect(starts).toEqual(["2024-01-01", "2024-02-01", "2024-03-01"]);
  });

  it("keeps local midnight across a daylight-saving change", () => {
    // Berlin: 30 March 2025 has 23 hours; each day starts at local midnight.
    const starts = periodStarts(
      new Date("2025-03-29T12:00:00Z"),
      new Date("2025-03-30T12:00:00Z"),
      "day",
      { timeZone: "Europe/Berlin" },
    ).map((d) => d.toISOString());
    expect(starts).toEqual([
      "2025-03-28T23:00:00.000Z",
      "2025-03-29T23:00:00.000Z",
      "2025-03-30T22:00:00.000Z",
    ]);
  });
});
