import fc from "fast-check";
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

describe("parseSegmentInstant: the digit-by-digit reading of toISOString's shape", () => {
  const pad = (value: number, width: number) => String(value).padStart(width, "0");
  // Every part over its whole two-digit range, so that both the fast reading and the one by
  // the regular expression and Date are reached; the latter is the second method.
  const text = fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 99 }),
      fc.integer({ min: 0, max: 99 }),
      fc.integer({ min: 0, max: 99 }),
      fc.integer({ min: 0, max: 99 }),
      fc.integer({ min: 0, max: 99 }),
      fc.option(fc.integer({ min: 0, max: 999 })),
    )
    .map(
      ([y, mo, d, h, mi, s, ms]) =>
        `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}T${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}${ms === null ? "" : `.${pad(ms, 3)}`}Z`,
    );

  it("reads what Date reads and refuses what it refuses", () => {
    fc.assert(
      fc.property(text, (value) => {
        const date = new Date(value);
        const expected = Number.isNaN(date.getTime()) ? null : date.getTime();
        expect(parseSegmentInstant(value)?.getTime() ?? null).toBe(expected);
      }),
      { numRuns: 2000 },
    );
    expect(parseSegmentInstant("0050-03-01T10:00:00Z")?.toISOString()).toBe(
      "0050-03-01T10:00:00.000Z",
    );
  });
});
