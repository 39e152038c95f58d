import { describe, expect, it } from "vitest";
import { requireAsOf } from "./require-as-of";

describe("requireAsOf", () => {
  it("returns a valid Date as it is", () => {
    const asOf = new Date(Date.UTC(2024, 5, 1));
    expect(requireAsOf("importX", asOf)).toBe(asOf);
  });

  it("refuses what is not a Date with a TypeError naming the caller and the option", () => {
    expect(() => requireAsOf("importX", "2024-06-01")).toThrow(
      new TypeError('importX: options.asOf: expected a Date, received "2024-06-01"'),
    );
    expect(() => requireAsOf("importX", undefined)).toThrow(
      new TypeError(
        "importX: options.asOf: expected a Date, received nothing (the field is missing)",
      ),
    );
  });

  it("refuses an invalid Date with a RangeError", () => {
    expect(() => requireAsOf("importX", new Date(Number.NaN))).toThrow(
      new RangeError("importX: options.asOf: expected a valid Date, received an invalid Date"),
    );
  });
});
