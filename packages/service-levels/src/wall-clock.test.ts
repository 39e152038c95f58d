import { describe, expect, it } from "vitest";
import { wallClockToUtc } from "./wall-clock";

const iso = (ms: number) => new Date(ms).toISOString();

describe("wallClockToUtc", () => {
  it("reads an ordinary wall-clock time with the zone's offset", () => {
    // 2026-01-05 09:00 in New York is EST (UTC-5): 14:00Z.
    expect(iso(wallClockToUtc("America/New_York", 2026, 1, 5, 9 * 60))).toBe(
      "2026-01-05T14:00:00.000Z",
    );
    // 2026-07-06 09:00 in New York is EDT (UTC-4): 13:00Z.
    expect(iso(wallClockToUtc("America/New_York", 2026, 7, 6, 9 * 60))).toBe(
      "2026-07-06T13:00:00.000Z",
    );
  });

  it("moves a time in a spring-forward gap forward by the gap's length", () => {
    // 2026-03-08 02:30 does not exist in New York (02:00 EST → 03:00 EDT); read with EST:
    // 02:30 + 5 h = 07:30Z, which is 03:30 EDT.
    expect(iso(wallClockToUtc("America/New_York", 2026, 3, 8, 150))).toBe(
      "2026-03-08T07:30:00.000Z",
    );
    // Lord Howe skips 02:00-02:30 on 2026-10-04 (+10:30 → +11); 02:15 read at +10:30 = 15:45Z the day before.
    expect(iso(wallClockToUtc("Australia/Lord_Howe", 2026, 10, 4, 135))).toBe(
      "2026-10-03T15:45:00.000Z",
    );
  });

  it("takes the earlier of two occurrences in a fall-back overlap", () => {
    // 2026-11-01 01:30 happens twice in New York; first at EDT (UTC-4): 05:30Z.
    expect(iso(wallClockToUtc("America/New_York", 2026, 11, 1, 90))).toBe(
      "2026-11-01T05:30:00.000Z",
    );
    // Lord Howe repeats 01:30-02:00 on 2026-04-05 (+11 → +10:30); 01:45 first at +11 = 14:45Z.
    expect(iso(wallClockToUtc("Australia/Lord_Howe", 2026, 4, 5, 105))).toBe(
      "2026-04-04T14:45:00.000Z",
    );
  });

  it("gives the first instant of a day whose midnight is skipped", () => {
    // Santiago: 2026-09-06 00:00 (-04) jumps to 01:00 (-03) = 04:00Z.
    expect(iso(wallClockToUtc("America/Santiago", 2026, 9, 6, 0))).toBe("2026-09-06T04:00:00.000Z");
    // 24:00 is the next midnight: 2026-09-06 24:00 = 2026-09-07 00:00 -03 = 03:00Z.
    expect(iso(wallClockToUtc("America/Santiago", 2026, 9, 6, 1440))).toBe(
      "2026-09-07T03:00:00.000Z",
    );
  });
});
