import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isQuietAt, nextSendTime } from "./quiet-hours";

// Transitions used below (IANA tzdb):
// - Europe/Berlin springs forward on Sun 29 Mar 2026 at 01:00 UTC (02:00 CET → 03:00 CEST);
// - America/New_York falls back on Sun 1 Nov 2026 at 06:00 UTC (02:00 EDT → 01:00 EST) and
//   springs forward on Sun 8 Mar 2026 at 07:00 UTC (02:00 EST → 03:00 EDT).
describe("nextSendTime", () => {
  it.each([
    // name, now (UTC), quiet hours, zone, expected (UTC), hand computation
    [
      "outside quiet hours: now",
      "2025-01-10T12:00:00Z",
      "21:00",
      "08:00",
      "Europe/Berlin",
      "2025-01-10T12:00:00Z",
    ], // 13:00 CET
    [
      "before midnight, window across midnight",
      "2025-01-10T21:30:00Z",
      "21:00",
      "08:00",
      "Europe/Berlin",
      "2025-01-11T07:00:00Z",
    ], // 22:30 CET → 08:00 CET next day = 07:00Z
    [
      "after midnight, window across midnight",
      "2025-01-10T06:00:00Z",
      "21:00",
      "08:00",
      "Europe/Berlin",
      "2025-01-10T07:00:00Z",
    ], // 07:00 CET → 08:00 CET = 07:00Z
    [
      "exactly at the start is quiet",
      "2025-01-10T20:00:00Z",
      "21:00",
      "08:00",
      "Europe/Berlin",
      "2025-01-11T07:00:00Z",
    ], // 21:00 CET
    [
      "exactly at the end is not",
      "2025-01-10T07:00:00Z",
      "21:00",
      "08:00",
      "Europe/Berlin",
      "2025-01-10T07:00:00Z",
    ], // 08:00 CET
    [
      "a window within one day",
      "2025-01-10T11:30:00Z",
      "12:00",
      "14:00",
      "Europe/Berlin",
      "2025-01-10T13:00:00Z",
    ], // 12:30 CET → 14:00 CET = 13:00Z
    [
      "a window ending at 24:00",
      "2025-01-10T21:30:00Z",
      "22:00",
      "24:00",
      "Europe/Berlin",
      "2025-01-10T23:00:00Z",
    ], // 22:30 CET → 00:00 CET = 23:00Z
    [
      "equal start and end: no quiet hours",
      "2025-01-10T21:30:00Z",
      "22:00",
      "22:00",
      "Europe/Berlin",
      "2025-01-10T21:30:00Z",
    ],
    // "24:00" to "24:00" is equal too: no quiet hours, not the whole day (00:00 to 24:00).
    [
      "equal start and end at 24:00: no quiet hours",
      "2025-01-10T21:30:00Z",
      "24:00",
      "24:00",
      "Europe/Berlin",
      "2025-01-10T21:30:00Z",
    ],
    // Spring forward in Berlin: 23:00 CET on 28 Mar, quiet until 08:00, which is CEST (UTC+2): 06:00Z.
    // Adding the 9 wall-clock hours to the instant would give 07:00Z (09:00 CEST): wrong.
    [
      "spring-forward night in Berlin",
      "2026-03-28T22:00:00Z",
      "22:00",
      "08:00",
      "Europe/Berlin",
      "2026-03-29T06:00:00Z",
    ],
    // Quiet until 02:30, which does not exist that night: the first instant after is 03:00 CEST = 01:00Z.
    [
      "an end inside the spring-forward gap (Berlin)",
      "2026-03-28T22:00:00Z",
      "22:00",
      "02:30",
      "Europe/Berlin",
      "2026-03-29T01:00:00Z",
    ],
    [
      "an end inside the spring-forward gap (New York)",
      "2026-03-08T06:30:00Z",
      "01:00",
      "02:30",
      "America/New_York",
      "2026-03-08T07:00:00Z",
    ], // 01:30 EST → 03:00 EDT = 07:00Z
    // Fall back in New York: 22:00 EDT on 31 Oct (02:00Z), quiet until 08:00 EST (UTC−5) = 13:00Z.
    // Adding 10 wall-clock hours to the instant would give 12:00Z (07:00 EST): still quiet.
    [
      "fall-back night in New York",
      "2026-11-01T02:00:00Z",
      "21:00",
      "08:00",
      "America/New_York",
      "2026-11-01T13:00:00Z",
    ],
    // 01:30 happens twice. At 01:00 EDT (05:00Z) the first 01:30 EDT (05:30Z) ends the window;
    [
      "a twice-occurring end, first pass",
      "2026-11-01T05:00:00Z",
      "00:30",
      "01:30",
      "America/New_York",
      "2026-11-01T05:30:00Z",
    ],
    // at 01:40 EDT (05:40Z) it is not quiet;
    [
      "between the two passes",
      "2026-11-01T05:40:00Z",
      "00:30",
      "01:30",
      "America/New_York",
      "2026-11-01T05:40:00Z",
    ],
    // at 01:10 EST (06:10Z) the wall clock is back in the window, which ends at 01:30 EST = 06:30Z.
    [
      "a twice-occurring end, second pass",
      "2026-11-01T06:10:00Z",
      "00:30",
      "01:30",
      "America/New_York",
      "2026-11-01T06:30:00Z",
    ],
    [
      "a zone east of UTC across the date line",
      "2025-06-30T14:00:00Z",
      "22:00",
      "07:00",
      "Pacific/Auckland",
      "2025-06-30T19:00:00Z",
    ], // 02:00 NZST (UTC+12) → 07:00 = 19:00Z
  ])("%s", (_name, now, start, end, zone, expected) => {
    const at = nextSendTime({ start, end }, { asOf: new Date(now), timeZone: zone });
    expect(at?.toISOString()).toBe(new Date(expected).toISOString());
  });

  it("treats equal start and end as no quiet hours in isQuietAt too", () => {
    // 23:30 UTC is 00:30 CET: inside 00:00-24:00, but "24:00"-"24:00" and "00:00"-"00:00" are empty.
    const at = new Date("2025-01-10T23:30:00Z");
    expect(
      isQuietAt({ start: "24:00", end: "24:00" }, { asOf: at, timeZone: "Europe/Berlin" }),
    ).toBe(false);
    expect(
      isQuietAt({ start: "00:00", end: "00:00" }, { asOf: at, timeZone: "Europe/Berlin" }),
    ).toBe(false);
    expect(
      isQuietAt({ start: "00:00", end: "24:00" }, { asOf: at, timeZone: "Europe/Berlin" }),
    ).toBe(true);
  });

  it("returns null when every minute is quiet", () => {
    expect(
      nextSendTime(
        { start: "00:00", end: "24:00" },
        { asOf: new Date("2025-01-10T12:00:00Z"), timeZone: "UTC" },
      ),
    ).toBeNull();
  });

  it.each([
    [{ start: "9:00", end: "10:00" }, /quietHours\.start: expected a time of day "HH:mm".*"9:00"/],
    [{ start: "21:00", end: "08:60" }, /quietHours\.end: .*"08:60"/],
    [{ start: "21:00", end: "24:01" }, /quietHours\.end: .*"24:01"/],
    [{ start: "21:00" }, /quietHours\.end: .*received nothing \(the field is missing\)/],
  ])("rejects bad quiet hours %#", (quietHours, message) => {
    expect(() => nextSendTime(quietHours as never, { asOf: new Date(), timeZone: "UTC" })).toThrow(
      message,
    );
  });

  it("takes the moment and the zone as options, no longer positionally", () => {
    const old = () =>
      (nextSendTime as (...args: unknown[]) => unknown)(
        new Date("2025-01-10T12:00:00Z"),
        { start: "21:00", end: "08:00" },
        "UTC",
      );
    expect(old).toThrow(TypeError);
    expect(() =>
      isQuietAt({ start: "21:00", end: "08:00" }, { asOf: new Date() } as never),
    ).toThrow(
      new TypeError(
        'isQuietAt: options.timeZone: expected an IANA time-zone name such as "Europe/Berlin", received nothing (the field is missing)',
      ),
    );
  });

  it("rejects a bad date or zone", () => {
    expect(() =>
      nextSendTime({ start: "21:00", end: "08:00" }, { asOf: new Date("x"), timeZone: "UTC" }),
    ).toThrow(
      new RangeError("nextSendTime: options.asOf: expected a valid Date, received an invalid Date"),
    );
    expect(() =>
      nextSendTime({ start: "21:00", end: "08:00" }, { asOf: new Date(), timeZone: "Nowhere" }),
    ).toThrow(/timeZone: expected an IANA/);
  });

  // A second method: step minute by minute with Intl (independent of the implementation) and
  // check that the answer is not quiet and that every minute before it since `now` is quiet.
  const formats = new Map<string, Intl.DateTimeFormat>();
  // Intl is read once per quarter hour of UTC and the minutes within it counted on: every
  // zone's offset is a whole number of quarter hours and changes only on a quarter hour (true
  // of every zone since 1980), so a local quarter hour never straddles a change or a midnight.
  const quarters = new Map<string, number>();
  const QUARTER = 15 * 60_000;
  const wallMinute = (t: number, zone: string) => {
    const quarter = t - (((t % QUARTER) + QUARTER) % QUARTER);
    const key = `${zone} ${quarter}`;
    let base = quarters.get(key);
    if (base === undefined) {
      base = readWallMinute(quarter, zone);
      quarters.set(key, base);
    }
    return base + (t - quarter) / 60_000;
  };
  const readWallMinute = (t: number, zone: string) => {
    let format = formats.get(zone);
    if (!format) {
      format = new Intl.DateTimeFormat("en-GB", {
        timeZone: zone,
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
      });
      formats.set(zone, format);
    }
    const parts = format.formatToParts(new Date(t));
    const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
    return get("hour") * 60 + get("minute");
  };
  const quietByIntl = (t: number, s: number, e: number, zone: string) => {
    const m = wallMinute(t, zone);
    return s < e ? m >= s && m < e : m >= s || m < e;
  };
  const hhmm = (m: number) =>
    `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;

  it("agrees with a minute-by-minute walk around DST transitions", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          "Europe/Berlin",
          "America/New_York",
          "Australia/Sydney",
          "Australia/Lord_Howe", // a 30-minute shift
          "Asia/Kolkata",
        ),
        // Whole minutes within two days either side of the 2026 transitions.
        fc.constantFrom(
          Date.UTC(2026, 2, 29, 1),
          Date.UTC(2026, 9, 25, 1),
          Date.UTC(2026, 10, 1, 6),
          Date.UTC(2026, 2, 8, 7),
          Date.UTC(2026, 3, 4, 16),
          Date.UTC(2026, 3, 4, 15),
        ),
        fc.integer({ min: -2 * 1440, max: 2 * 1440 }),
        fc.integer({ min: 0, max: 95 }),
        fc.integer({ min: 0, max: 95 }),
        (zone, pivot, offset, s15, e15) => {
          const start = s15 * 15;
          const end = e15 * 15;
          fc.pre(start !== end);
          const now = pivot + offset * 60_000;
          const at = nextSendTime(
            { start: hhmm(start), end: hhmm(end) },
            { asOf: new Date(now), timeZone: zone },
          );
          expect(at).not.toBeNull();
          const t = at!.getTime();
          expect(t).toBeGreaterThanOrEqual(now);
          expect(quietByIntl(t, start, end, zone)).toBe(false);
          let firstAudible: number | undefined;
          for (let m = now; m < t && firstAudible === undefined; m += 60_000) {
            if (!quietByIntl(m, start, end, zone)) firstAudible = m;
          }
          expect(firstAudible).toBeUndefined();
        },
      ),
      { numRuns: Number(process.env.QUIET_HOURS_RUNS ?? 300) },
    );
  });
});

describe("isQuietAt", () => {
  it.each([
    ["2025-01-10T21:30:00Z", true], // 22:30 CET
    ["2025-01-10T12:00:00Z", false], // 13:00 CET
    ["2025-07-10T19:30:00Z", false], // 21:30 CEST (UTC+2), before 22:00
    ["2025-07-10T20:30:00Z", true], // 22:30 CEST
  ])("%s in Berlin with 22:00-07:00 → %s", (at, expected) => {
    expect(
      isQuietAt(
        { start: "22:00", end: "07:00" },
        { asOf: new Date(at), timeZone: "Europe/Berlin" },
      ),
    ).toBe(expected);
  });
});
