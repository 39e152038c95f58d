import { describe, expect, it } from "vitest";
import { parseSegmentCreatedAt, parseSegmentInstant } from "./segment-instant";

describe("parseSegmentInstant", () => {
  it.each([
    ["2024-03-01T12:00:00.000Z", "2024-03-01T12:00:00.000Z"],
    ["2024-03-01T13:00:00+01:00", "2024-03-01T12:00:00.000Z"],
    ["2024-03-01T13:00:00+0100", "2024-03-01T12:00:00.000Z"],
    ["2024-03-01T07:00:00-05", "2024-03-01T12:00:00.000Z"],
    ["2024-03-01 12:00Z", "2024-03-01T12:00:00.000Z"],
  ])("reads %s", (text, iso) => {
    expect(parseSegmentInstant(text)?.toISOString()).toBe(iso);
  });

  it.each(["2024-03-01T12:00:00", "2024-03-01", "yesterday", "2024-13-45T99:00:00Z", 17, null])(
    "refuses %s",
    (value) => {
      expect(parseSegmentInstant(value)).toBeNull();
    },
  );
});

describe("parseSegmentCreatedAt", () => {
  it("reads dates, date-times and Unix times", () => {
    expect(parseSegmentCreatedAt("2023-06-01")?.toISOString()).toBe("2023-06-01T00:00:00.000Z");
    expect(parseSegmentCreatedAt("2023-06-01T10:00:00+02:00")?.toISOString()).toBe(
      "2023-06-01T08:00:00.000Z",
    );
    // 1e9 s = 2001-09-09T01:46:40Z; 1e12 ms = 2001-09-09T01:46:40Z as well.
    expect(parseSegmentCreatedAt(1e9)?.toISOString()).toBe("2001-09-09T01:46:40.000Z");
    expect(parseSegmentCreatedAt(1e12)?.toISOString()).toBe("2001-09-09T01:46:40.000Z");
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY, "2023-02-30x", {}])("refuses %s", (value) => {
    expect(parseSegmentCreatedAt(value)).toBeNull();
  });
});
