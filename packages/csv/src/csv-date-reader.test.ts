import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createDateReader } from "./csv-date-reader";

const iso = (date: Date | null) => date?.toISOString() ?? null;

describe("createDateReader: default (ISO 8601 with an offset)", () => {
  const read = createDateReader();
  it.each([
    ["2024-03-01T09:30:00+01:00", "2024-03-01T08:30:00.000Z"],
    ["2024-03-01T09:30:00.250Z", "2024-03-01T09:30:00.250Z"],
    ["2024-03-01 09:30-0500", "2024-03-01T14:30:00.000Z"],
    [" 2024-02-29T00:00:00Z ", "2024-02-29T00:00:00.000Z"],
  ])("reads %s", (text, expected) => {
    expect(iso(read(text))).toBe(expected);
  });

  it.each([
    "2024-03-01T09:30:00",
    "2024-03-01",
    "01/03/2024",
    "2023-02-29T00:00:00Z",
    "2024-02-30T00:00:00Z",
    "",
  ])("refuses %s", (text) => {
    expect(read(text)).toBeNull();
  });

  it("says what it expects", () => {
    expect(read.expected).toMatch(/ISO 8601 date-time with an offset/);
  });
});

describe("createDateReader: timeZone for naive ISO local times", () => {
  const read = createDateReader({ timeZone: "America/New_York" });
  it("reads local times in the zone and still honours offsets", () => {
    // New York is UTC-5 in January (EST) and UTC-4 in July (EDT).
    expect(iso(read("2024-01-15 09:00"))).toBe("2024-01-15T14:00:00.000Z");
    expect(iso(read("2024-07-15T09:00:00.5"))).toBe("2024-07-15T13:00:00.500Z");
    expect(iso(read("2024-07-15"))).toBe("2024-07-15T04:00:00.000Z");
    expect(iso(read("2024-07-15T09:00:00Z"))).toBe("2024-07-15T09:00:00.000Z");
  });

  it.each([
    "2024-13-01",
    "2024-02-30",
    "2024-01-01T24:00",
    "2024-01-01T10:60",
    "2024-01-01T10:00:61",
  ])("refuses the impossible %s", (text) => {
    expect(read(text)).toBeNull();
  });
});

describe("createDateReader: dateFormat and timeZone", () => {
  it("reads a day-first format in a zone (Berlin: UTC+1 in winter, UTC+2 in summer)", () => {
    const read = createDateReader({ dateFormat: "dd/MM/yyyy HH:mm", timeZone: "Europe/Berlin" });
    expect(iso(read("15/01/2024 09:00"))).toBe("2024-01-15T08:00:00.000Z");
    expect(iso(read("15/07/2024 09:00"))).toBe("2024-07-15T07:00:00.000Z");
    expect(read("2024-07-15T09:00:00Z")).toBeNull();
    expect(read("31/02/2024 09:00")).toBeNull();
    expect(read.expected).toBe('a date in the format "dd/MM/yyyy HH:mm"');
  });

  it("resolves daylight-saving gaps forward and overlaps to standard time", () => {
    const read = createDateReader({ dateFormat: "yyyy-MM-dd HH:mm", timeZone: "Europe/Berlin" });
    // 2024-03-31 02:30 does not exist in Berlin (02:00 CET → 03:00 CEST): 03:30 CEST = 01:30Z.
    expect(iso(read("2024-03-31 02:30"))).toBe("2024-03-31T01:30:00.000Z");
    // 2024-10-27 02:30 happens twice (CEST, then CET): the CET one is 01:30Z.
    expect(iso(read("2024-10-27 02:30"))).toBe("2024-10-27T01:30:00.000Z");
  });

  it("reads nothing with a pattern date-fns throws on when it meets it", () => {
    const read = createDateReader({ dateFormat: "yyyy-MM-dd j", timeZone: "UTC" });
    expect(read("2024-01-01 j")).toBeNull();
  });

  it("needs no timeZone when the pattern has an offset token", () => {
    const read = createDateReader({ dateFormat: "MM/dd/yyyy h:mm a XXX" });
    expect(iso(read("07/04/2024 3:15 PM -04:00"))).toBe("2024-07-04T19:15:00.000Z");
  });

  it.each([
    [{ timeZone: "Mars/Olympus" }, RangeError, /options.timeZone: expected an IANA time-zone name/],
    [{ timeZone: 1 as unknown as string }, TypeError, /options.timeZone/],
    // A missing zone is a missing argument: a TypeError.
    [
      { dateFormat: "dd/MM/yyyy" },
      TypeError,
      /options.timeZone: expected an IANA time-zone name to read/,
    ],
    [{ dateFormat: "dd/MM/yyyy 'X'" }, TypeError, /options.timeZone/],
    [{ dateFormat: "  ", timeZone: "UTC" }, RangeError, /options.dateFormat/],
    [
      { dateFormat: "DD/MM/YYYY", timeZone: "UTC" },
      RangeError,
      /a pattern date-fns can use \(DD is a day of the year/,
    ],
  ])("throws for bad options %#", (options, kind, message) => {
    expect(() => createDateReader(options)).toThrow(kind);
    expect(() => createDateReader(options)).toThrow(message);
  });
});

describe("createDateReader: the digit-by-digit reading of the common shape", () => {
  const pad = (value: number, width: number) => String(value).padStart(width, "0");
  // Every part over its whole two-digit range (and beyond the calendar's), so that both the
  // fast reading and the one by Date are reached; Date itself is the second method.
  const text = fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 99 }),
      fc.integer({ min: 0, max: 99 }),
      fc.integer({ min: 0, max: 99 }),
      fc.integer({ min: 0, max: 99 }),
      fc.integer({ min: 0, max: 99 }),
      fc.constantFrom("Z", "+", "-"),
      fc.integer({ min: 0, max: 99 }),
      fc.integer({ min: 0, max: 99 }),
    )
    .map(
      ([y, mo, d, h, mi, s, sign, oh, om]) =>
        `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}T${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}${sign === "Z" ? "Z" : `${sign}${pad(oh, 2)}:${pad(om, 2)}`}`,
    );

  it("reads what Date reads, and refuses what it refuses or rolls over", () => {
    const read = createDateReader();
    fc.assert(
      fc.property(text, (value) => {
        const date = new Date(value);
        const [y, mo, d] = value.slice(0, 10).split("-").map(Number) as [number, number, number];
        const inMonth = d >= 1 && d <= new Date(Date.UTC(2000, mo, 0)).getUTCDate();
        // Date.UTC(2000, …) counts February's days of a leap year: check the year's own.
        const real =
          !Number.isNaN(date.getTime()) &&
          inMonth &&
          (mo !== 2 || d < 29 || new Date(Date.UTC(y, 1, 29)).getUTCMonth() === 1);
        expect(read(value)?.getTime() ?? null).toBe(real ? date.getTime() : null);
      }),
      { numRuns: 2000 },
    );
    expect(read("0050-03-01T10:00:00Z")?.toISOString()).toBe("0050-03-01T10:00:00.000Z");
    expect(read("2024-03-01T10:00:00+14:00")?.toISOString()).toBe("2024-02-29T20:00:00.000Z");
  });
});
