import { describe, expect, it } from "vitest";
import { formatDay, formatInstant, formatMoment, formatPeriodLabel } from "./format-date";

const london = { locale: "en-GB", timeZone: "Europe/London" };

describe("dates in the report's zone and locale", () => {
  it("writes the hour repeated at the end of summer time twice apart, by its zone's name", () => {
    // 25 Oct 2026: British Summer Time ends at 01:00 UTC (02:00 BST back to 01:00 GMT), so
    // 00:30 UTC is 01:30 BST and 01:30 UTC is 01:30 GMT.
    expect(formatInstant("2026-10-25T00:30:00Z", london)).toBe("25 Oct 2026, 01:30 BST");
    expect(formatInstant("2026-10-25T01:30:00Z", london)).toBe("25 Oct 2026, 01:30 GMT");
    // Before midnight UTC, already the next day in summer time.
    expect(formatDay("2026-10-24T23:30:00Z", london)).toBe("25 Oct 2026");
  });

  it("writes the moment in the locale asked for", () => {
    const at = "2026-03-29T01:30:00Z"; // 03:30 CEST, summer time began at 01:00 UTC
    expect(formatInstant(at, { locale: "de-DE", timeZone: "Europe/Berlin" })).toBe(
      "29. März 2026, 03:30 MESZ",
    );
    expect(formatInstant(at, { locale: "en-US", timeZone: "America/New_York" })).toBe(
      "Mar 28, 2026, 09:30 PM EDT",
    );
    expect(formatMoment(at, { locale: "en-GB", timeZone: "UTC" })).toBe("29 Mar 2026, 01:30 UTC");
    expect(formatMoment(at, london)).toBe("29 Mar 2026, 02:30 BST (Europe/London)");
  });

  it("names periods in words", () => {
    expect(formatPeriodLabel("2026-10", "month", "en-GB")).toBe("Oct 2026");
    expect(formatPeriodLabel("2026-10", "month", "de-DE")).toBe("Okt. 2026");
    expect(formatPeriodLabel("2026-Q4", "quarter", "en-GB")).toBe("Q4 2026");
    expect(formatPeriodLabel("2026", "year", "en-GB")).toBe("2026");
    expect(formatPeriodLabel("2026-03-09", "day", "en-GB")).toBe("9 Mar 2026");
    expect(formatPeriodLabel("2026-03-09", "week", "en-GB")).toBe("week of 9 Mar 2026");
    // The label is a day of the report's calendar: written as that day in any zone.
    expect(formatPeriodLabel("2026-01", "month", "en-US")).toBe("Jan 2026");
    expect(formatPeriodLabel("–", "month", "en-GB")).toBe("–");
  });
});
