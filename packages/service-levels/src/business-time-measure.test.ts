import { type CaseJson, decodeCase } from "@rapport/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { businessTimeBetween } from "./business-time-between";
import { businessTimeMeasure } from "./business-time-measure";
import { naiveBusinessTimeBetween } from "./minute-oracle.fixture";
import { defineSchedule, type ScheduleInput } from "./schedule";

const H = 3_600_000;
const kase = (fields: Partial<CaseJson> = {}) =>
  decodeCase({
    id: "c1",
    customerId: "u1",
    channel: "email",
    status: "open",
    createdAt: "2026-01-01T00:00:00Z",
    ...fields,
  } as CaseJson);
const day = [{ from: "09:00", to: "17:00" }];

describe("businessTimeMeasure", () => {
  it("counts the 23 hours of a spring-forward Sunday", () => {
    // New York, Sunday 2026-03-08 open all day: 00:00 EST = 05:00Z to 24:00 EDT = 04:00Z on
    // the 9th: 23 hours, not 24.
    const measure = businessTimeMeasure(
      defineSchedule({
        timeZone: "America/New_York",
        weekly: { sunday: [{ from: "00:00", to: "24:00" }] },
      }),
    );
    expect(
      measure(new Date("2026-03-07T12:00:00Z"), new Date("2026-03-09T12:00:00Z"), kase()),
    ).toBe(23 * H);
  });

  it("counts each case on its own schedule", () => {
    // Monday 2026-03-09, 12:00-14:00 UTC: 12:00-14:00 in London (GMT, open), 21:00-23:00 in
    // Tokyo (closed).
    const london = defineSchedule({ timeZone: "Europe/London", weekly: { monday: day } });
    const tokyo = defineSchedule({ timeZone: "Asia/Tokyo", weekly: { monday: day } });
    const measure = businessTimeMeasure((c) => (c.teamId === "apac" ? tokyo : london));
    const span = [new Date("2026-03-09T12:00:00Z"), new Date("2026-03-09T14:00:00Z")] as const;
    expect(measure(...span, kase({ teamId: "emea" }))).toBe(2 * H);
    expect(measure(...span, kase({ teamId: "apac" }))).toBe(0);
  });

  const inputs: ScheduleInput[] = [
    {
      timeZone: "Europe/Berlin",
      weekly: { monday: day, tuesday: day, wednesday: day, thursday: day, friday: day },
      holidays: [{ date: "2026-04-03" }, { date: "2026-12-24", from: "12:00", to: "24:00" }],
      closures: [{ from: "2026-10-20T13:00", to: "2026-10-21T10:00" }],
    },
    {
      timeZone: "America/New_York",
      weekly: {
        friday: [{ from: "22:00", to: "06:00" }],
        sunday: [{ from: "00:00", to: "10:00" }],
      },
    },
    {
      timeZone: "Australia/Lord_Howe",
      weekly: { saturday: [{ from: "13:00", to: "06:00" }], wednesday: day },
    },
  ];
  const schedules = inputs.map((input) => defineSchedule(input));
  const YEAR = [Date.UTC(2026, 2, 1), Date.UTC(2026, 10, 1)] as const;

  it("equals businessTimeBetween to the millisecond, forwards and backwards, on spans up to 30 days", () => {
    // The first span asked for sets the clock's first day; later spans reach before and after it.
    const measures = schedules.map((schedule) => businessTimeMeasure(schedule));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: inputs.length - 1 }),
        fc.array(
          fc.tuple(
            fc.integer({ min: YEAR[0], max: YEAR[1] }),
            fc.integer({ min: -30 * 24 * H, max: 30 * 24 * H }),
          ),
          { minLength: 1, maxLength: 8 },
        ),
        (which, spans) => {
          const schedule = schedules[which]!;
          const measure = measures[which]!;
          for (const [start, length] of spans) {
            // + 0: businessTimeBetween gives −0 for an empty backward span.
            expect(measure(start, start + length, kase())).toBe(
              businessTimeBetween(start, start + length, schedule) + 0,
            );
          }
        },
      ),
      { numRuns: 60, seed: 20 },
    );
  });

  it("agrees minute for minute with stepping through local wall-clock minutes", () => {
    // A second method sharing no code with the package: Intl's reading of each minute.
    const measure = schedules.map((schedule) => businessTimeMeasure(schedule));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: inputs.length - 1 }),
        fc.constantFrom(Date.UTC(2026, 2, 27), Date.UTC(2026, 3, 3), Date.UTC(2026, 9, 23)),
        fc.integer({ min: 0, max: 3 * 1440 }),
        fc.integer({ min: 0, max: 720 }),
        (which, anchor, startMinute, lengthMinutes) => {
          const from = anchor + startMinute * 60_000;
          const to = from + lengthMinutes * 60_000;
          expect(measure[which]!(from, to, kase())).toBe(
            naiveBusinessTimeBetween(inputs[which]!, from, to),
          );
        },
      ),
      { numRuns: 6, seed: 21 },
    );
  });

  it("says what is wrong with a bad schedule or instant", () => {
    expect(() => businessTimeMeasure({ timeZone: "UTC" } as never)).toThrow(TypeError);
    const measure = businessTimeMeasure(() => null as never);
    expect(() => measure(0, H, kase())).toThrow(
      new TypeError(
        "businessTimeMeasure: schedule of case c1: expected a schedule made by defineSchedule, received null",
      ),
    );
    expect(() => businessTimeMeasure(schedules[0]!)("2026-01-01" as never, 0, kase())).toThrow(
      TypeError,
    );
    expect(() => businessTimeMeasure(schedules[0]!)(new Date(Number.NaN), 0, kase())).toThrow(
      RangeError,
    );
  });
});
