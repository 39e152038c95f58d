import { describe, expect, it } from "vitest";
import { nextOpening } from "./next-opening";
import { defineSchedule } from "./schedule";

const at = (iso: string) => new Date(iso);

describe("nextOpening", () => {
  it("returns the next opening in the schedule's zone across a weekend", () => {
    const schedule = defineSchedule({
      timeZone: "Europe/Berlin",
      weekly: { monday: [{ from: "09:00", to: "17:00" }] },
    });
    // Saturday 2026-03-07 noon → Monday 03-09 09:00 CET (UTC+1) = 08:00Z.
    expect(nextOpening(schedule, { asOf: at("2026-03-07T11:00:00Z") })?.toISOString()).toBe(
      "2026-03-09T08:00:00.000Z",
    );
    // Monday 2026-03-30 is CEST (UTC+2) after the change on 03-29: 09:00 = 07:00Z.
    expect(nextOpening(schedule, { asOf: at("2026-03-28T11:00:00Z") })?.toISOString()).toBe(
      "2026-03-30T07:00:00.000Z",
    );
  });

  it("returns the instant itself when open, and the opening exactly at opening", () => {
    const schedule = defineSchedule({
      timeZone: "UTC",
      weekly: { monday: [{ from: "09:00", to: "17:00" }] },
    });
    expect(nextOpening(schedule, { asOf: at("2026-03-09T10:15:00Z") })?.toISOString()).toBe(
      "2026-03-09T10:15:00.000Z",
    );
    expect(nextOpening(schedule, { asOf: at("2026-03-09T09:00:00Z") })?.toISOString()).toBe(
      "2026-03-09T09:00:00.000Z",
    );
    // At closing it is closed: next Monday.
    expect(nextOpening(schedule, { asOf: at("2026-03-09T17:00:00Z") })?.toISOString()).toBe(
      "2026-03-16T09:00:00.000Z",
    );
  });

  it("skips a partial holiday to the rest of the day and gives null when closed for ten years", () => {
    const schedule = defineSchedule({
      timeZone: "Europe/London",
      weekly: {
        monday: [
          { from: "09:00", to: "12:00" },
          { from: "13:00", to: "17:00" },
        ],
      },
      holidays: [{ date: "2026-06-15", from: "11:00", to: "14:00" }],
    });
    // 11:30 BST = 10:30Z on the holiday → reopens 14:00 BST = 13:00Z.
    expect(nextOpening(schedule, { asOf: at("2026-06-15T10:30:00Z") })?.toISOString()).toBe(
      "2026-06-15T13:00:00.000Z",
    );
    const shut = defineSchedule({
      timeZone: "UTC",
      weekly: { monday: [{ from: "09:00", to: "17:00" }] },
      closures: [{ from: "2026-01-01T00:00", to: "2040-01-01T00:00" }],
    });
    expect(nextOpening(shut, { asOf: at("2026-01-01T00:00:00Z") })).toBeNull();
  });

  it("rejects a missing or invalid options.asOf", () => {
    const schedule = defineSchedule({
      timeZone: "UTC",
      weekly: { monday: [{ from: "09:00", to: "17:00" }] },
    });
    expect(() => nextOpening(schedule, {} as { asOf: Date })).toThrow(
      new TypeError(
        "nextOpening: options.asOf: expected a Date, received nothing (the field is missing)",
      ),
    );
    expect(() => nextOpening(schedule, { asOf: new Date("soon") })).toThrow(RangeError);
  });
});
