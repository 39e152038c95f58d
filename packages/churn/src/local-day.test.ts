import { describe, expect, it } from "vitest";
import { localDayNumber } from "./local-day";

describe("localDayNumber", () => {
  it("counts calendar days since 1970-01-01 in the zone", () => {
    expect(localDayNumber(new Date("1970-01-01T00:00:00Z"), "UTC")).toBe(0);
    // 1997-01-01: 27 years incl. 7 leap days → 27·365 + 7 = 9862.
    expect(localDayNumber(new Date("1997-01-01T12:00:00Z"), "UTC")).toBe(9862);
    // 2024-01-01T23:30Z is Jan 2 in Tokyo (+9) and still Jan 1 in New York (−5).
    const at = new Date("2024-01-01T23:30:00Z");
    expect(localDayNumber(at, "Asia/Tokyo") - localDayNumber(at, "America/New_York")).toBe(1);
  });
  it("names an unknown zone", () => {
    expect(() => localDayNumber(new Date(0), "Nowhere/Land")).toThrow(/received "Nowhere\/Land"/);
    // An invalid date is named as such, not blamed on a valid zone.
    expect(() => localDayNumber(new Date("x"), "Europe/Berlin")).toThrow(
      new RangeError("periodLabel: instant: expected a valid Date, received an invalid Date"),
    );
  });
  it("gives the Monday of the week for weeks", () => {
    // 2024-01-03 (a Wednesday) is in the week from Monday 2024-01-01 = day 19723.
    expect(localDayNumber(new Date("2024-01-03T10:00:00Z"), "UTC", "week")).toBe(19723);
  });
});
