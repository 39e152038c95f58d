import { RapportValidationError } from "@rapport/core";
import { describe, expect, it } from "vitest";
import { defineSchedule, type ScheduleInput } from "./schedule";

const errorOf = (input: unknown): RapportValidationError => {
  try {
    defineSchedule(input as ScheduleInput);
  } catch (error) {
    if (error instanceof RapportValidationError) return error;
    throw error;
  }
  throw new Error("expected a RapportValidationError");
};

describe("defineSchedule", () => {
  it("splits an overnight shift at midnight into the next weekday", () => {
    const schedule = defineSchedule({
      timeZone: "Europe/London",
      weekly: { saturday: [{ from: "22:00", to: "06:00" }] },
    });
    // Saturday 22:00-24:00 = minutes 1320-1440; Sunday (index 0) 00:00-06:00 = 0-360.
    expect(schedule.weekly[6]).toEqual([{ from: 1320, to: 1440 }]);
    expect(schedule.weekly[0]).toEqual([{ from: 0, to: 360 }]);
  });

  it("merges overlapping and touching intervals, and a shift ending at 00:00 stays on its day", () => {
    const schedule = defineSchedule({
      timeZone: "UTC",
      weekly: {
        monday: [
          { from: "13:00", to: "17:00" },
          { from: "09:00", to: "13:00" },
          { from: "16:00", to: "18:00" },
          { from: "20:00", to: "00:00" },
        ],
      },
    });
    expect(schedule.weekly[1]).toEqual([
      { from: 540, to: 1080 },
      { from: 1200, to: 1440 },
    ]);
    expect(schedule.weekly[2]).toEqual([]);
  });

  it("keeps holidays by local date and closures as UTC instants", () => {
    const schedule = defineSchedule({
      timeZone: "America/New_York",
      weekly: { monday: [{ from: "09:00", to: "17:00" }] },
      holidays: [
        { date: "2026-12-25", name: "Christmas Day" },
        { date: "2026-12-24", from: "13:00", to: "24:00" },
      ],
      closures: [
        { from: "2026-06-11T12:00", to: "2026-06-12T12:00", reason: "Offsite" },
        { from: new Date("2026-01-01T00:00:00Z"), to: new Date("2026-01-01T01:00:00Z") },
      ],
    });
    expect(schedule.holidays.get("2026-12-25")).toEqual([{ from: 0, to: 1440 }]);
    expect(schedule.holidays.get("2026-12-24")).toEqual([{ from: 780, to: 1440 }]);
    // 2026-06-11 12:00 EDT (UTC-4) = 16:00Z.
    expect(schedule.closures).toEqual([
      { from: Date.UTC(2026, 0, 1, 0), to: Date.UTC(2026, 0, 1, 1) },
      { from: Date.UTC(2026, 5, 11, 16), to: Date.UTC(2026, 5, 12, 16) },
    ]);
  });

  it("names every bad field with the value and what was expected", () => {
    const error = errorOf({
      timeZone: "Mars/Olympus",
      weekly: {
        funday: [],
        monday: [{ from: "9:00", to: "17:00" }],
        tuesday: [{ from: "10:00", to: "10:00" }],
      },
      holidays: [
        { date: "2026-02-30" },
        { date: "2026-01-01", from: "12:00" },
        { date: "2026-01-02", from: "12:00", to: "11:00" },
      ],
      // A bad closure is still named when the zone is bad too.
      closures: [{ from: "soon", to: "2026-01-03T10:00" }],
    });
    expect(error.message).toContain(
      'timeZone: expected an IANA time-zone name such as "Europe/Berlin", received "Mars/Olympus"',
    );
    expect(error.message).toContain("weekly.funday: expected a weekday");
    expect(error.message).toContain(
      'weekly.monday[0].from: expected "HH:mm" (00:00-23:59), received "9:00"',
    );
    expect(error.message).toContain(
      "weekly.tuesday[0].to: expected a closing time other than the opening time 10:00",
    );
    expect(error.message).toContain(
      'holidays[0].date: expected a local date "YYYY-MM-DD", received "2026-02-30"',
    );
    expect(error.message).toContain("holidays[1].to: expected");
    expect(error.message).toContain(
      'holidays[2].to: expected a time after from (12:00), received "11:00"',
    );
    expect(error.message).toContain(
      'closures[0].from: expected a local date-time "YYYY-MM-DDTHH:mm" or a valid Date, received "soon"',
    );
    expect(error.issues).toHaveLength(8);
  });

  it("rejects a schedule that never opens, bad closures and non-objects", () => {
    expect(errorOf({ timeZone: "UTC", weekly: {} }).message).toContain(
      "weekly: expected at least one opening interval",
    );
    expect(errorOf({ timeZone: "UTC", weekly: null }).message).toContain(
      "weekly: expected an object",
    );
    expect(errorOf({ timeZone: "UTC", weekly: { monday: "9-5" } }).message).toContain(
      "weekly.monday: expected an array",
    );
    const closures = errorOf({
      timeZone: "UTC",
      weekly: { monday: [{ from: "09:00", to: "17:00" }] },
      closures: [
        { from: "2026-01-01 09:00", to: "2026-01-01T10:00" },
        { from: "2026-01-02T10:00", to: "2026-01-02T09:00" },
      ],
    });
    expect(closures.message).toContain(
      'closures[0].from: expected a local date-time "YYYY-MM-DDTHH:mm" or a valid Date, received "2026-01-01 09:00"',
    );
    expect(closures.message).toContain("closures[1].to: expected a moment after from");
    expect(errorOf(null).message).toContain("(root): expected an object, received null");
  });
});
