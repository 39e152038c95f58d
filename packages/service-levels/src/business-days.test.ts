import { describe, expect, it } from "vitest";
import { businessDay, dayAt, daysOf } from "./business-days";
import { defineSchedule } from "./schedule";

describe("business days", () => {
  const schedule = defineSchedule({
    timeZone: "America/New_York",
    weekly: { sunday: [{ from: "00:00", to: "06:00" }], monday: [{ from: "09:00", to: "17:00" }] },
  });

  it("expands a local day once into UTC intervals and caches it per schedule", () => {
    const days = daysOf(schedule);
    expect(daysOf(schedule)).toBe(days);
    // 2026-03-08 is day 20520 since 1970-01-01 (Date.UTC(2026, 2, 8) / 86 400 000).
    const key = Date.UTC(2026, 2, 8) / 86_400_000;
    const sunday = businessDay(schedule, days, key);
    expect(businessDay(schedule, days, key)).toBe(sunday);
    // Local midnights: 00:00 EST = 05:00Z; the next, 00:00 EDT = 04:00Z: a 23-hour day.
    expect(sunday).toMatchObject({
      start: Date.UTC(2026, 2, 8, 5),
      end: Date.UTC(2026, 2, 9, 4),
      opens: [Date.UTC(2026, 2, 8, 5)],
      closes: [Date.UTC(2026, 2, 8, 10)],
      total: 5 * 3_600_000,
    });
    // A schedule equal in content but another object has its own cache.
    const twin = defineSchedule({
      timeZone: "America/New_York",
      weekly: { monday: [{ from: "09:00", to: "17:00" }] },
    });
    expect(daysOf(twin)).not.toBe(days);
  });

  it("finds the local day of an instant, one UTC day either side", () => {
    const days = daysOf(schedule);
    // 2026-03-09 03:00Z is still Sunday 03-08 (23:00 EDT) in New York.
    expect(dayAt(schedule, days, Date.UTC(2026, 2, 9, 3)).key).toBe(
      Date.UTC(2026, 2, 8) / 86_400_000,
    );
    expect(dayAt(schedule, days, Date.UTC(2026, 2, 9, 4)).key).toBe(
      Date.UTC(2026, 2, 9) / 86_400_000,
    );
    // In Kiritimati (UTC+14), 2026-03-08 11:00Z is already 03-09 01:00.
    const kiritimati = defineSchedule({
      timeZone: "Pacific/Kiritimati",
      weekly: { monday: [{ from: "09:00", to: "17:00" }] },
    });
    expect(dayAt(kiritimati, daysOf(kiritimati), Date.UTC(2026, 2, 8, 11)).key).toBe(
      Date.UTC(2026, 2, 9) / 86_400_000,
    );
  });
});
