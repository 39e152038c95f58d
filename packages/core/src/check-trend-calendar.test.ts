import { describe, expect, it } from "vitest";
import { checkTrendCalendar } from "./check-trend-calendar";

describe("checkTrendCalendar", () => {
  it("returns the period, the zone and Monday as the default first weekday", () => {
    expect(checkTrendCalendar("scoreTrend", { period: "week", timeZone: "Europe/Berlin" })).toEqual(
      { period: "week", timeZone: "Europe/Berlin", weekStartsOn: 1 },
    );
    expect(
      checkTrendCalendar("f", { period: "day", timeZone: "UTC", weekStartsOn: 0 }).weekStartsOn,
    ).toBe(0);
  });

  it("names the option that is wrong", () => {
    const base = { period: "month", timeZone: "UTC" } as const;
    expect(() => checkTrendCalendar("f", { ...base, period: "fortnight" as never })).toThrow(
      /^f: options\.period: expected one of .*received "fortnight"$/,
    );
    expect(() => checkTrendCalendar("f", { ...base, timeZone: "Mars/Olympus" })).toThrow(
      RangeError,
    );
    expect(() => checkTrendCalendar("f", { ...base, weekStartsOn: 7 })).toThrow(
      "f: options.weekStartsOn: expected an integer from 0 (Sunday) to 6 (Saturday), received 7",
    );
    expect(() => checkTrendCalendar("f", { ...base, from: "2026-01-01" as never })).toThrow(
      TypeError,
    );
  });
});
