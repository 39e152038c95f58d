import { describe, expect, it } from "vitest";
import { checkTimeZone } from "./intl-names";

describe("checkTimeZone", () => {
  const where = "scoreTrend: options.timeZone";

  it("returns a known IANA name", () => {
    expect(checkTimeZone(where, "Europe/Berlin")).toBe("Europe/Berlin");
    expect(checkTimeZone(where, "UTC")).toBe("UTC");
  });

  it("is a RangeError for a string the runtime does not know", () => {
    expect(() => checkTimeZone(where, "Mars/Olympus")).toThrow(
      new RangeError(
        'scoreTrend: options.timeZone: expected an IANA time-zone name such as "Europe/Berlin", received "Mars/Olympus"',
      ),
    );
    expect(() => checkTimeZone(where, "")).toThrow(RangeError);
  });

  it("is a TypeError for anything but a string", () => {
    expect(() => checkTimeZone(where, undefined)).toThrow(
      new TypeError(
        'scoreTrend: options.timeZone: expected an IANA time-zone name such as "Europe/Berlin", received nothing (the field is missing)',
      ),
    );
    expect(() => checkTimeZone(where, 1)).toThrow(TypeError);
  });
});
