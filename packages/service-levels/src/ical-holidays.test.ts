import { readFileSync } from "node:fs";
import { RapportValidationError } from "@rapport/core";
import { describe, expect, it } from "vitest";
import { businessTimeBetween } from "./business-time-between";
import { holidaysFromICalendar } from "./ical-holidays";
import { defineSchedule } from "./schedule";

// A feed written for these tests: a yearly two-day Christmas with one year excluded, a monthly
// offsite with one occurrence moved and one cancelled, timed events in New York, in UTC across
// midnight and floating, and a cancelled event.
const FEED = readFileSync(new URL("./__fixtures__/company-holidays.ics", import.meta.url), "utf8");
const BERLIN = { timeZone: "Europe/Berlin" };

describe("holidaysFromICalendar", () => {
  it("expands recurring events over the range and converts timed events to the schedule's wall clock", () => {
    const holidays = holidaysFromICalendar(FEED, {
      from: "2026-01-01",
      to: "2027-12-31",
      ...BERLIN,
    });
    expect(holidays).toEqual([
      // FREQ=MONTHLY;COUNT=4 from 03-01: 04-01 moved to 04-03, 05-01 cancelled.
      { date: "2026-03-01", name: "Offsite" },
      { date: "2026-04-03", name: "Offsite (moved)" },
      { date: "2026-06-01", name: "Offsite" },
      // 09:00-11:00 EDT (UTC-4) = 13:00-15:00Z = 15:00-17:00 CEST (UTC+2).
      { date: "2026-06-15", from: "15:00", to: "17:00", name: "Town hall" },
      // Floating 13:00-15:00, read in the schedule's zone.
      { date: "2026-09-10", from: "13:00", to: "15:00", name: "Training" },
      // DTEND is exclusive: 25 and 26; 2027-12-25 is an EXDATE (the whole occurrence goes).
      { date: "2026-12-25", name: "Christmas" },
      { date: "2026-12-26", name: "Christmas" },
      // 22:00Z-02:00Z = 23:00-03:00 CET (UTC+1), cut at local midnight.
      { date: "2026-12-31", from: "23:00", to: "24:00", name: "New Year party" },
      { date: "2027-01-01", from: "00:00", to: "03:00", name: "New Year party" },
    ]);
  });

  it("keeps only the dates in the range, both ends included", () => {
    const holidays = holidaysFromICalendar(FEED, {
      from: "2026-12-26",
      to: "2026-12-31",
      ...BERLIN,
    });
    expect(holidays.map((h) => h.date)).toEqual(["2026-12-26", "2026-12-31"]);
    // The same instants fall on other local dates in another zone: 13:00-15:00Z in New York.
    const ny = holidaysFromICalendar(FEED, {
      from: "2026-06-15",
      to: "2026-06-15",
      timeZone: "America/New_York",
    });
    expect(ny).toEqual([{ date: "2026-06-15", from: "09:00", to: "11:00", name: "Town hall" }]);
  });

  it("gives holidays that a schedule takes and counts as closed", () => {
    const day = [{ from: "09:00", to: "17:00" }];
    const holidays = holidaysFromICalendar(FEED, {
      from: "2026-06-01",
      to: "2026-06-30",
      ...BERLIN,
    });
    const schedule = defineSchedule({
      ...BERLIN,
      weekly: { monday: day, tuesday: day, wednesday: day, thursday: day, friday: day },
      holidays,
    });
    // Monday 2026-06-15 09:00-17:00 CEST (07:00-15:00Z) less the 15:00-17:00 town hall: 6 h.
    expect(
      businessTimeBetween(
        new Date("2026-06-15T07:00:00Z"),
        new Date("2026-06-15T15:00:00Z"),
        schedule,
      ),
    ).toBe(6 * 3_600_000);
    // Monday 2026-06-01 (offsite) is closed all day.
    expect(
      businessTimeBetween(
        new Date("2026-06-01T00:00:00Z"),
        new Date("2026-06-02T00:00:00Z"),
        schedule,
      ),
    ).toBe(0);
  });

  it("rejects text that is not iCalendar, and bad options, naming them", () => {
    const range = { from: "2026-01-01", to: "2026-12-31", ...BERLIN };
    expect(() => holidaysFromICalendar("not a calendar", range)).toThrow(RapportValidationError);
    expect(() => holidaysFromICalendar("BEGIN:VCARD\r\nEND:VCARD", range)).toThrow(/VCALENDAR/);
    expect(() => holidaysFromICalendar(42 as never, range)).toThrow(TypeError);
    expect(() => holidaysFromICalendar(FEED, { ...range, from: "2026-02-30" })).toThrow(
      'holidaysFromICalendar: options.from: expected a valid local date "YYYY-MM-DD", received "2026-02-30"',
    );
    expect(() => holidaysFromICalendar(FEED, { ...range, to: "2025-12-31" })).toThrow(RangeError);
    expect(() => holidaysFromICalendar(FEED, { ...range, timeZone: "Mars/Olympus" })).toThrow(
      RangeError,
    );
  });
});
