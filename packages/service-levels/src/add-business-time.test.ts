import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addBusinessTime } from "./add-business-time";
import { businessTimeBetween } from "./business-time-between";
import { defineSchedule } from "./schedule";

const H = 3_600_000;
const at = (iso: string) => new Date(iso);
const iso = (date: Date) => date.toISOString();

describe("addBusinessTime", () => {
  const night = defineSchedule({
    timeZone: "America/New_York",
    weekly: { sunday: [{ from: "00:00", to: "06:00" }] },
  });

  it("adds real time across a spring-forward gap, not wall-clock hours", () => {
    // Sunday 2026-03-08 00:00 EST = 05:00Z; + 3 h of open time = 08:00Z = 04:00 EDT
    // (adding 3 h to the wall clock would say 03:00 EDT = 07:00Z).
    expect(iso(addBusinessTime(at("2026-03-08T05:00:00Z"), 3 * H, night))).toBe(
      "2026-03-08T08:00:00.000Z",
    );
  });

  it("adds real time across a fall-back overlap", () => {
    // Sunday 2026-11-01 00:00 EDT = 04:00Z; + 6 h = 10:00Z = 05:00 EST; 7 h fills the day to 06:00 EST.
    expect(iso(addBusinessTime(at("2026-11-01T04:00:00Z"), 6 * H, night))).toBe(
      "2026-11-01T10:00:00.000Z",
    );
    expect(iso(addBusinessTime(at("2026-11-01T04:00:00Z"), 7 * H, night))).toBe(
      "2026-11-01T11:00:00.000Z",
    );
    // One minute more runs to the next Sunday, 2026-11-08 00:00 EST = 05:00Z, + 1 min.
    expect(iso(addBusinessTime(at("2026-11-01T04:00:00Z"), 7 * H + 60_000, night))).toBe(
      "2026-11-08T05:01:00.000Z",
    );
  });

  it("carries over the weekend from an overnight shift", () => {
    const shift = { from: "22:00", to: "06:00" };
    const schedule = defineSchedule({
      timeZone: "Europe/London",
      weekly: { monday: [shift], friday: [shift] },
    });
    // Sat 2026-01-10 05:00 GMT + 2 h: 1 h to 06:00, then Monday 01-12 22:00 + 1 h = 23:00Z.
    expect(iso(addBusinessTime(at("2026-01-10T05:00:00Z"), 2 * H, schedule))).toBe(
      "2026-01-12T23:00:00.000Z",
    );
  });

  it("returns start for a zero duration and skips whole days of a long one", () => {
    const schedule = defineSchedule({
      timeZone: "UTC",
      weekly: { monday: [{ from: "09:00", to: "17:00" }] },
    });
    expect(iso(addBusinessTime(at("2026-01-10T05:00:00Z"), 0, schedule))).toBe(
      "2026-01-10T05:00:00.000Z",
    );
    // 10 Mondays of 8 h from Monday 2026-01-05 09:00: ends Monday 03-09 17:00 (9 weeks later).
    expect(iso(addBusinessTime(at("2026-01-05T09:00:00Z"), 80 * H, schedule))).toBe(
      "2026-03-09T17:00:00.000Z",
    );
  });

  it("rejects a negative duration and a schedule closed for ten years", () => {
    const schedule = defineSchedule({
      timeZone: "UTC",
      weekly: { monday: [{ from: "09:00", to: "17:00" }] },
      closures: [{ from: "2026-01-01T00:00", to: "2040-01-01T00:00" }],
    });
    expect(() => addBusinessTime(at("2026-01-05T09:00:00Z"), -1, schedule)).toThrow(
      "addBusinessTime: duration: expected a non-negative number of milliseconds, received -1",
    );
    // Closed from the start's own day, Monday 2026-01-05 (UTC midnight): the message names
    // that day, not the day 3660 days later where the search stops.
    expect(() => addBusinessTime(at("2026-01-05T09:00:00Z"), H, schedule)).toThrow(
      "addBusinessTime: the schedule does not open for 3660 days after 2026-01-05T00:00:00.000Z",
    );
  });

  it("is the inverse of businessTimeBetween (property)", () => {
    const day = [
      { from: "09:00", to: "12:00" },
      { from: "13:00", to: "17:30" },
    ];
    const schedule = defineSchedule({
      timeZone: "Australia/Lord_Howe",
      weekly: {
        sunday: [{ from: "00:00", to: "06:00" }],
        monday: day,
        wednesday: day,
        friday: [{ from: "20:00", to: "04:00" }],
      },
    });
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 0, 1) }),
        fc.integer({ min: 0, max: 100 * H }),
        (start, duration) => {
          const end = addBusinessTime(start, duration, schedule);
          expect(businessTimeBetween(start, end, schedule)).toBe(duration);
          // The earliest such instant: a minute earlier falls short (when anything was added).
          if (duration > 0)
            expect(businessTimeBetween(start, end.getTime() - 1, schedule)).toBeLessThan(duration);
        },
      ),
      { numRuns: 300, seed: 8 },
    );
  });
});
