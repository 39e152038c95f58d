import { describe, expect, it } from "vitest";
import { isOpen } from "./is-open";
import { defineSchedule } from "./schedule";

const at = (iso: string) => new Date(iso);

describe("isOpen", () => {
  const schedule = defineSchedule({
    timeZone: "Europe/London",
    weekly: {
      monday: [
        { from: "09:00", to: "12:00" },
        { from: "13:00", to: "17:00" },
      ],
      friday: [{ from: "22:00", to: "06:00" }],
    },
    holidays: [{ date: "2026-06-15", from: "11:00", to: "14:00" }],
  });

  it("is open from the opening instant up to, not at, the closing instant (BST)", () => {
    // Monday 2026-06-08, BST (UTC+1): 09:00 = 08:00Z, 12:00 = 11:00Z.
    expect(isOpen(schedule, { asOf: at("2026-06-08T07:59:59Z") })).toBe(false);
    expect(isOpen(schedule, { asOf: at("2026-06-08T08:00:00Z") })).toBe(true);
    expect(isOpen(schedule, { asOf: at("2026-06-08T10:59:59Z") })).toBe(true);
    expect(isOpen(schedule, { asOf: at("2026-06-08T11:00:00Z") })).toBe(false);
  });

  it("is closed in the part of a split shift a holiday covers", () => {
    // Monday 2026-06-15: holiday 11:00-14:00 BST = 10:00-13:00Z.
    expect(isOpen(schedule, { asOf: at("2026-06-15T09:30:00Z") })).toBe(true);
    expect(isOpen(schedule, { asOf: at("2026-06-15T10:30:00Z") })).toBe(false);
    expect(isOpen(schedule, { asOf: at("2026-06-15T12:30:00Z") })).toBe(false);
    expect(isOpen(schedule, { asOf: at("2026-06-15T13:00:00Z") })).toBe(true);
  });

  it("stays open through midnight in an overnight shift", () => {
    // Friday 2026-01-09 22:00 GMT to Saturday 06:00 GMT.
    expect(isOpen(schedule, { asOf: at("2026-01-09T23:59:59Z") })).toBe(true);
    expect(isOpen(schedule, { asOf: at("2026-01-10T00:00:00Z") })).toBe(true);
    expect(isOpen(schedule, { asOf: new Date(Date.UTC(2026, 0, 10, 6)) })).toBe(false);
  });

  it("takes the moment from options.asOf: a TypeError for a non-Date, a RangeError for an invalid one", () => {
    // A number was accepted positionally before; the moment is now a Date in the options.
    expect(() => isOpen(schedule, { asOf: 1_780_000_000_000 as unknown as Date })).toThrow(
      new TypeError("isOpen: options.asOf: expected a Date, received 1780000000000"),
    );
    expect(() => isOpen(schedule, undefined as unknown as { asOf: Date })).toThrow(TypeError);
    expect(() => isOpen(schedule, { asOf: new Date(Number.NaN) })).toThrow(
      new RangeError("isOpen: options.asOf: expected a valid Date, received an invalid Date"),
    );
  });
});
