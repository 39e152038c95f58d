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
    expect(table.cohorts[0]!.retention.map((c) => c.successes)).toEqual([3, 2, 1]);
    expect(table.cohorts[0]!.retention.map((c) => c.value)).toEqual([100, 200 / 3, 100 / 3]);
    expect(table.cohorts[1]!.retention.map((c) => c.successes)).toEqual([2, 2]);
    // Each share is a Proportion in percent with its Wilson interval; 2 of 3 at 95 %:
    // R prop.test(2, 3, correct = FALSE)$conf.int = 0.207659600802048, 0.938508055279604
    const cell = table.cohorts[0]!.retention[1]!;
    expect(cell.n).toBe(3);
    expect(cell.smallSample).toBe(true);
    expect(cell.interval!.lower).toBeCloseTo(20.7659600802048, 10);
    expect(cell.interval!.upper).toBeCloseTo(93.8508055279604, 10);
    expect(cell.interval!.method).toBe("wilson");
    expect(table.cohorts[1]!.start.toISOString()).toBe("2024-01-31T23:00:00.000Z");
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
    expect(daily.cohorts[0]!.retention.map((c) => c.successes)).toEqual([1, 1, 0]);
    // Sunday weeks: 2024-01-03 is in the week of Sunday 2023-12-31.
    const sunday = retentionByCohort([span("a", "2024-01-03T10:00:00Z")], {
      period: "week",
      timeZone: "UTC",
      weekStartsOn: 0,
      asOf: new Date("2024-01-16T00:00:00Z"),
    });
    expect(sunday.cohorts[0]!.cohort).toBe("2023-12-31");
    const quarterly = retentionByCohort(customers, {
      period: "quarter",
      timeZone: "Europe/Paris",
      asOf: new Date("2024-07-01T00:00:00Z"),
    });
    // Q1: a, b, c, d, e; start of Q2 (1 April, Paris): a and e → 2/5; start of Q3: the same.
    expect(quarterly.cohorts.map((c) => c.cohort)).toEqual(["2024-Q1"]);
    expect(quarterly.cohorts[0]!.retention.map((c) => c.value)).toEqual([100, 40, 40]);
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
    expect(table.rejected[2]!.reason).toBe(
      "customers[3].endedAt: expected an instant at or after startedAt (2024-01-05T10:00:00.000Z), received Date 2024-01-01T00:00:00.000Z",
    );
  });

  it("is empty for no customers and rejects bad options", () => {
    const options = { period: "month", timeZone: "UTC", asOf: new Date("2024-03-01") } as const;
    expect(retentionByCohort([], options)).toEqual({ cohorts: [], rejected: [] });
    expect(() => retentionByCohort([], { ...options, period: "decade" as never })).toThrow(
      new RangeError(
        'retentionByCohort: options.period: expected one of "day" | "week" | "month" | "quarter" | "year", received "decade"',
      ),
    );
    expect(() => retentionByCohort([], { ...options, asOf: new Date("x") })).toThrow(RangeError);
    expect(() => retentionByCohort([], { ...options, asOf: "2024-01-01" as never })).toThrow(
      TypeError,
    );
    expect(() => retentionByCohort([], { ...options, timeZone: "Mars/Olympus" })).toThrow(
      RangeError,
    );
    expect(() => retentionByCohort([], { ...options, level: 2 })).toThrow(RangeError);
    expect(() => retentionByCohort([], null as never)).toThrow(TypeError);
  });
});
