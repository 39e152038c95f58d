import { customerId } from "@rapport/core";
import { describe, expect, it } from "vitest";
import { retentionByCohort, type SubscriptionSpan } from "./retention-by-cohort";

const span = (id: string, start: string, end?: string): SubscriptionSpan => ({
  customerId: customerId(id),
  startedAt: new Date(start),
  ...(end ? { endedAt: new Date(end) } : {}),
});

describe("retentionByCohort", () => {
  const customers = [
    span("a", "2024-01-05T10:00:00Z"),
    span("b", "2024-01-20T10:00:00Z", "2024-02-10T10:00:00Z"),
    span("c", "2024-01-25T10:00:00Z", "2024-01-28T10:00:00Z"),
    span("d", "2024-02-02T10:00:00Z", "2024-03-03T10:00:00Z"),
    // 23:30 UTC on Jan 31 is Feb 1 in Paris: a February sign-up there.
    span("e", "2024-01-31T23:30:00Z"),
  ];

  it("builds the monthly cohort table in the time zone", () => {
    const table = retentionByCohort(customers, {
      period: "month",
      timeZone: "Europe/Paris",
      asOf: new Date("2024-03-15T00:00:00Z"),
    });
    // January: a, b, c. Start of Feb: a, b (c ended in Jan) → 2/3. Start of Mar: a → 1/3.
    // February: d, e. Start of Mar: both (d ends in March) → 2/2.
    expect(table.cohorts.map((c) => [c.cohort, c.size])).toEqual([
      ["2024-01", 3],
      ["2024-02", 2],
    ]);
    expect(table.cohorts[0]!.retention.map((c) => c.active)).toEqual([3, 2, 1]);
    expect(table.cohorts[0]!.retention.map((c) => c.value)).toEqual([1, 2 / 3, 1 / 3]);
    expect(table.cohorts[1]!.retention.map((c) => c.active)).toEqual([2, 2]);
    // Each share has its Wilson interval (2 of 3 at 95 %: 0.2077 .. 0.9385).
    const cell = table.cohorts[0]!.retention[1]!;
    expect(cell.interval!.lower).toBeCloseTo(0.2077, 3);
    expect(cell.interval!.upper).toBeCloseTo(0.9385, 3);
  });

  it("puts the boundary sign-up in January in UTC", () => {
    const table = retentionByCohort(customers, {
      period: "month",
      timeZone: "UTC",
      asOf: new Date("2024-03-15T00:00:00Z"),
    });
    expect(table.cohorts.map((c) => c.size)).toEqual([4, 1]);
  });

  it("labels weekly (Monday) and daily cohorts", () => {
    const weekly = retentionByCohort([span("a", "2024-01-03T10:00:00Z")], {
      period: "week",
      timeZone: "UTC",
      asOf: new Date("2024-01-16T00:00:00Z"),
    });
    expect(weekly.cohorts[0]!.cohort).toBe("2024-01-01");
    expect(weekly.cohorts[0]!.retention).toHaveLength(3);
    const daily = retentionByCohort([span("a", "2024-01-03T10:00:00Z", "2024-01-04T10:00:00Z")], {
      period: "day",
      timeZone: "UTC",
      asOf: new Date("2024-01-05T12:00:00Z"),
    });
    expect(daily.cohorts[0]!.cohort).toBe("2024-01-03");
    expect(daily.cohorts[0]!.retention.map((c) => c.active)).toEqual([1, 1, 0]);
  });

  it("reports every span it cannot place and keeps the rest", () => {
    const table = retentionByCohort(
      [
        span("ok", "2024-01-05T10:00:00Z"),
        span("late", "2024-05-01T00:00:00Z"),
        span("bad", "nonsense"),
        span("back", "2024-01-05T10:00:00Z", "2024-01-01T00:00:00Z"),
        { customerId: customerId("x"), startedAt: new Date("2024-01-05"), endedAt: new Date("?") },
      ],
      { period: "month", timeZone: "UTC", asOf: new Date("2024-02-01T00:00:00Z") },
    );
    expect(table.cohorts).toHaveLength(1);
    expect(table.rejected.map((r) => r.index)).toEqual([1, 2, 3, 4]);
    expect(table.rejected[2]!.reason).toMatch(/endedAt .* is before startedAt/);
  });

  it("is empty for no customers and rejects bad options", () => {
    const options = { period: "month", timeZone: "UTC", asOf: new Date() } as const;
    expect(retentionByCohort([], options)).toEqual({ cohorts: [], rejected: [] });
    expect(() => retentionByCohort([], { ...options, period: "year" as never })).toThrow(
      /received "year"/,
    );
    expect(() => retentionByCohort([], { ...options, asOf: new Date("x") })).toThrow(/valid Date/);
  });
});
