import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { businessTimeBetween } from "./business-time-between";
import { naiveBusinessTimeBetween } from "./minute-oracle.fixture";
import { defineSchedule, type ScheduleInput } from "./schedule";

const H = 3_600_000;
const DAY = 86_400_000;
const day = [{ from: "09:00", to: "17:00" }];
const weekdays = { monday: day, tuesday: day, wednesday: day, thursday: day, friday: day };
const christmases = Array.from({ length: 12 }, (_, i) => ({ date: `${2026 + i}-12-25` }));

describe("businessTimeBetween over long spans", () => {
  it("sums ten years of New York weekdays with holidays and a closure", () => {
    const schedule = defineSchedule({
      timeZone: "America/New_York",
      weekly: weekdays,
      holidays: christmases,
      closures: [{ from: "2031-06-10T12:00", to: "2031-06-12T12:00" }],
    });
    // [2026-01-01, 2036-01-01) has 2,608 weekdays, 7 of them a 25 December (python3:
    // sum(x.weekday() < 5 for x in the 3,652 dates)); the closure takes Tue 12-17, all of
    // Wednesday and Thu 09-12: 16 h. (2,608 - 7) × 8 h - 16 h.
    const start = Date.UTC(2026, 0, 1, 5);
    const end = Date.UTC(2036, 0, 1, 5);
    expect(businessTimeBetween(start, end, schedule)).toBe((2601 * 8 - 16) * H);
    expect(businessTimeBetween(end, start, schedule)).toBe(-(2601 * 8 - 16) * H);
  });

  it("counts every DST Sunday of ten years (New York, Sunday 00:00-06:00)", () => {
    const schedule = defineSchedule({
      timeZone: "America/New_York",
      weekly: { sunday: [{ from: "00:00", to: "06:00" }] },
    });
    // 522 Sundays in [2026-01-01, 2036-01-01); each spring-forward Sunday has 5 h and each
    // fall-back Sunday 7 h, ten of each: 522 × 6 h exactly.
    expect(businessTimeBetween(Date.UTC(2026, 0, 1, 5), Date.UTC(2036, 0, 1, 5), schedule)).toBe(
      522 * 6 * H,
    );
    // Without the last fall-back Sunday (2035-11-04): one hour short.
    expect(businessTimeBetween(Date.UTC(2026, 0, 1, 5), Date.UTC(2035, 10, 3, 4), schedule)).toBe(
      (522 - 9) * 6 * H - H,
    );
  });
});

describe("businessTimeBetween over long spans (property)", () => {
  const inputs: ScheduleInput[] = [
    {
      timeZone: "Europe/London",
      weekly: { ...weekdays, sunday: [{ from: "00:00", to: "12:00" }] },
      holidays: [...christmases, { date: "2029-03-25", from: "00:00", to: "03:00" }],
      closures: [{ from: "2028-10-28T20:00", to: "2028-10-30T10:00" }],
    },
    {
      timeZone: "America/New_York",
      weekly: {
        sunday: [{ from: "00:00", to: "06:00" }],
        monday: day,
        saturday: [{ from: "22:00", to: "06:00" }],
      },
      holidays: christmases,
    },
    {
      timeZone: "Australia/Lord_Howe",
      weekly: {
        saturday: [{ from: "13:00", to: "06:00" }],
        sunday: [{ from: "00:00", to: "03:00" }],
      },
      holidays: [{ date: "2030-10-06", from: "01:00", to: "02:00" }],
    },
    {
      timeZone: "America/Santiago",
      weekly: { saturday: [{ from: "22:00", to: "08:00" }], wednesday: day },
      closures: [{ from: "2027-04-03T23:00", to: "2027-04-04T01:00" }],
    },
  ];
  const schedules = inputs.map((input) => defineSchedule(input));
  const first = Date.UTC(2026, 0, 1);
  const last = Date.UTC(2037, 0, 1);

  it("agrees minute for minute with stepping on short spans, 2026-2036", () => {
    // The first weekend of each month from March to November, when these zones change.
    const anchors = [2026, 2028, 2030, 2031, 2035].flatMap((year) =>
      [2, 3, 8, 9, 10].map((month) => Date.UTC(year, month, 1)),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: inputs.length - 1 }),
        fc.constantFrom(...anchors),
        fc.integer({ min: 0, max: 7 * 1440 }),
        fc.integer({ min: 0, max: 720 }),
        (which, anchor, startMinute, lengthMinutes) => {
          const from = anchor + startMinute * 60_000;
          const to = from + lengthMinutes * 60_000;
          expect(businessTimeBetween(from, to, schedules[which]!)).toBe(
            naiveBusinessTimeBetween(inputs[which]!, from, to),
          );
        },
      ),
      { numRuns: 20, seed: 25 },
    );
  });

  it("equals the sum of its day-long pieces on spans up to eleven years", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: inputs.length - 1 }),
        fc.integer({ min: first, max: last }),
        fc.integer({ min: 0, max: last - first }),
        (which, a, length) => {
          const schedule = schedules[which]!;
          const b = Math.min(a + length, last);
          let pieces = 0;
          for (let t = a; t < b; t += DAY) {
            pieces += businessTimeBetween(t, Math.min(t + DAY, b), schedule);
          }
          expect(businessTimeBetween(a, b, schedule)).toBe(pieces);
        },
      ),
      { numRuns: 12, seed: 25 },
    );
  });

  it("is additive over long spans: between(a, b) + between(b, c) = between(a, c)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: inputs.length - 1 }),
        fc.integer({ min: first, max: last }),
        fc.integer({ min: first, max: last }),
        fc.integer({ min: first, max: last }),
        (which, a, b, c) => {
          const schedule = schedules[which]!;
          expect(businessTimeBetween(a, b, schedule) + businessTimeBetween(b, c, schedule)).toBe(
            businessTimeBetween(a, c, schedule),
          );
        },
      ),
      { numRuns: 200, seed: 25 },
    );
  });
});
