import { describe, expect, it } from "vitest";
import { checkDate } from "./check-date";

describe("checkDate", () => {
  it("returns a valid Date as it is", () => {
    const date = new Date("2026-01-01T00:00:00Z");
    expect(checkDate("f: at", date)).toBe(date);
  });

  it("refuses a non-Date with a TypeError and an invalid one with a RangeError", () => {
    expect(() => checkDate("f: options.asOf", "2026-01-01")).toThrow(
      new TypeError('f: options.asOf: expected a Date, received "2026-01-01"'),
    );
    expect(() => checkDate("f: options.asOf", undefined)).toThrow(TypeError);
    expect(() => checkDate("f: options.asOf", Date.parse("2026-01-01"))).toThrow(TypeError);
    expect(() => checkDate("f: options.asOf", new Date("nope"))).toThrow(
      new RangeError("f: options.asOf: expected a valid Date, received an invalid Date"),
    );
  });
});
