import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { businessTimeBetween } from "./business-time-between";
import { naiveBusinessTimeBetween } from "./minute-oracle.fixture";
import { defineSchedule, type ScheduleInput } from "./schedule";

const H = 3_600_000;
const at = (iso: string) => new Date(iso);

describe("businessTimeBetween", () => {
  it("counts the real hours of a spring-forward day inside working hours", () => {
    // New York, Sunday 2026-03-08: clocks jump 02:00 EST → 03:00 EDT inside 00:00-06:00.
    // Opens 00:00 EST = 05:00Z, closes 06:00 EDT = 10:00Z: 10 - 5 = 5 h (not 6).
    const schedule = defineSchedule({
      timeZone: "America/New_York",
      weekly: { sunday: [{ from: "00:00", to: "06:00" }] },
    });
    expect(
      businessTimeBetween(at("2026-03-07T12:00:00Z"), at("2026-03-09T00:00:00Z"), schedule),
    ).toBe(5 * H);
    // From 01:30 EST (06:30Z) to 04:00 EDT (08:00Z): 1.5 h.
    expect(
      businessTimeBetween(at("2026-03-08T06:30:00Z"), at("2026-03-08T08:00:00Z"), schedule),
    ).toBe(1.5 * H);
  });

  it("counts the repeated hour of a fall-back overlap", () => {
    // New York, Sunday 2026-11-01: 02:00 EDT → 01:00 EST. 00:00 EDT = 04:00Z, 06:00 EST = 11:00Z: 7 h.
    const schedule = defineSchedule({
      timeZone: "America/New_York",
      weekly: { sunday: [{ from: "00:00", to: "06:00" }] },
    });
    expect(
      businessTimeBetween(at("2026-10-31T00:00:00Z"), at("2026-11-02T00:00:00Z"), schedule),
    ).toBe(7 * H);
    // Opening at 01:30 takes its first occurrence: 01:30 EDT = 05:30Z; 03:00 EST = 08:00Z: 2.5 h.
    const late = defineSchedule({
      timeZone: "America/New_York",
      weekly: { sunday: [{ from: "01:30", to: "03:00" }] },
    });
    expect(businessTimeBetween(at("2026-11-01T00:00:00Z"), at("2026-11-02T00:00:00Z"), late)).toBe(
      2.5 * H,
    );
  });

  it("handles a DST change at midnight (Santiago)", () => {
    // 2026-09-06: 00:00 (-04) jumps to 01:00 (-03). Sunday 00:00-08:00 opens at the first
    // instant of the day, 01:00 -03 = 04:00Z, and closes 08:00 -03 = 11:00Z: 7 h.
    const sunday = defineSchedule({
      timeZone: "America/Santiago",
      weekly: { sunday: [{ from: "00:00", to: "08:00" }] },
    });
    expect(
      businessTimeBetween(at("2026-09-05T00:00:00Z"), at("2026-09-07T00:00:00Z"), sunday),
    ).toBe(7 * H);
    // Saturday 22:00-02:00: Sat 22:00 -04 = 02:00Z → Sun start 04:00Z (2 h), then Sun 01:00 -03
    // (04:00Z) → 02:00 -03 (05:00Z) (1 h): 3 h for a "4-hour" shift.
    const night = defineSchedule({
      timeZone: "America/Santiago",
      weekly: { saturday: [{ from: "22:00", to: "02:00" }] },
    });
    expect(businessTimeBetween(at("2026-09-05T00:00:00Z"), at("2026-09-07T00:00:00Z"), night)).toBe(
      3 * H,
    );
    // 2026-04-05 00:00 (-03) falls back to 04-04 23:00 (-04): Saturday 22:00-24:00 runs
    // 22:00 -03 = 01:00Z to Sunday 00:00 -04 = 04:00Z: 3 h.
    const evening = defineSchedule({
      timeZone: "America/Santiago",
      weekly: { saturday: [{ from: "22:00", to: "24:00" }] },
    });
    expect(
      businessTimeBetween(at("2026-04-04T00:00:00Z"), at("2026-04-06T00:00:00Z"), evening),
    ).toBe(3 * H);
  });

  it("handles a southern-hemisphere zone, including a 30-minute shift (Sydney, Lord Howe)", () => {
    const input = { weekly: { sunday: [{ from: "00:00", to: "06:00" }] } };
    const sydney = defineSchedule({ timeZone: "Australia/Sydney", ...input });
    // DST ends 2026-04-05 03:00 AEDT → 02:00 AEST: 00:00 +11 = 04-04 13:00Z; 06:00 +10 = 20:00Z: 7 h.
    expect(
      businessTimeBetween(at("2026-04-04T00:00:00Z"), at("2026-04-05T12:00:00Z"), sydney),
    ).toBe(7 * H);
    // DST starts 2026-10-04 02:00 AEST → 03:00 AEDT: 00:00 +10 = 10-03 14:00Z; 06:00 +11 = 19:00Z: 5 h.
    expect(
      businessTimeBetween(at("2026-10-03T00:00:00Z"), at("2026-10-04T12:00:00Z"), sydney),
    ).toBe(5 * H);
    const lordHowe = defineSchedule({ timeZone: "Australia/Lord_Howe", ...input });
    // 2026-04-05 02:00 +11 → 01:30 +10:30: 00:00 +11 = 13:00Z; 06:00 +10:30 = 19:30Z: 6.5 h.
    expect(
      businessTimeBetween(at("2026-04-04T00:00:00Z"), at("2026-04-05T12:00:00Z"), lordHowe),
    ).toBe(6.5 * H);
    // 2026-10-04 02:00 +10:30 → 02:30 +11: 00:00 +10:30 = 13:30Z; 06:00 +11 = 19:00Z: 5.5 h.
    expect(
      businessTimeBetween(at("2026-10-03T00:00:00Z"), at("2026-10-04T12:00:00Z"), lordHowe),
    ).toBe(5.5 * H);
  });

  it("merges intervals that a 30-minute gap makes overlap (Lord Howe)", () => {
    // 2026-10-04: 02:00-02:30 does not exist (+10:30 → +11). 02:20 is read at +10:30, i.e.
    // 02:50 (+11) = 15:50Z; 02:40 (+11) = 15:40Z. So 00:00-02:20 and 02:40-04:00 overlap and
    // merge: 00:00 +10:30 = 10-03 13:30Z to 04:00 +11 = 17:00Z = 3.5 h.
    const schedule = defineSchedule({
      timeZone: "Australia/Lord_Howe",
      weekly: {
        sunday: [
          { from: "00:00", to: "02:20" },
          { from: "02:40", to: "04:00" },
        ],
      },
    });
    expect(
      businessTimeBetween(at("2026-10-03T00:00:00Z"), at("2026-10-04T12:00:00Z"), schedule),
    ).toBe(3.5 * H);
  });

  it("counts an overnight shift across the weekend", () => {
    // London in January is GMT (= UTC). Shifts Mon-Fri 22:00-06:00.
    const shift = { from: "22:00", to: "06:00" };
    const schedule = defineSchedule({
      timeZone: "Europe/London",
      weekly: {
        monday: [shift],
        tuesday: [shift],
        wednesday: [shift],
        thursday: [shift],
        friday: [shift],
      },
    });
    // Fri 2026-01-09 20:00 → Mon 01-12 08:00: Fri 22-24 (2 h) + Sat 00-06 (6 h); no Sunday shift,
    // so nothing on Monday morning: 8 h.
    expect(
      businessTimeBetween(at("2026-01-09T20:00:00Z"), at("2026-01-12T08:00:00Z"), schedule),
    ).toBe(8 * H);
  });

  it("leaves out the part of a split shift a holiday covers", () => {
    // London, Monday 2026-06-15 (BST, UTC+1), 09:00-12:00 and 13:00-17:00, holiday 11:00-14:00:
    // open 09:00-11:00 (2 h) + 14:00-17:00 (3 h) = 5 h.
    const schedule = defineSchedule({
      timeZone: "Europe/London",
      weekly: {
        monday: [
          { from: "09:00", to: "12:00" },
          { from: "13:00", to: "17:00" },
        ],
      },
      holidays: [{ date: "2026-06-15", from: "11:00", to: "14:00", name: "Staff meeting" }],
    });
    expect(
      businessTimeBetween(at("2026-06-15T00:00:00Z"), at("2026-06-16T00:00:00Z"), schedule),
    ).toBe(5 * H);
    // The next Monday is whole: 3 h + 4 h = 7 h.
    expect(
      businessTimeBetween(at("2026-06-22T00:00:00Z"), at("2026-06-23T00:00:00Z"), schedule),
    ).toBe(7 * H);
  });

  it("closes for a whole-day holiday (also the after-midnight end of the night before) and a closure", () => {
    const schedule = defineSchedule({
      timeZone: "UTC",
      weekly: {
        friday: [{ from: "22:00", to: "06:00" }],
        monday: [{ from: "09:00", to: "17:00" }],
      },
      holidays: [{ date: "2026-01-10" }],
      closures: [
        { from: "2026-01-12T12:00", to: "2026-01-12T13:30" },
        { from: "2026-01-12T06:00", to: "2026-01-12T07:00" },
      ],
    });
    // Fri 01-09 22:00-24:00 = 2 h (Saturday 00-06 is a holiday); Mon 01-12 9-17 minus 12:00-13:30
    // = 6.5 h (the 06:00-07:00 closure is outside opening hours and changes nothing).
    expect(
      businessTimeBetween(at("2026-01-09T00:00:00Z"), at("2026-01-13T00:00:00Z"), schedule),
    ).toBe(8.5 * H);
  });

  it("is zero for an empty span and negative when end comes first", () => {
    const schedule = defineSchedule({
      timeZone: "UTC",
      weekly: { monday: [{ from: "09:00", to: "17:00" }] },
    });
    expect(
      businessTimeBetween(at("2026-01-05T10:00:00Z"), at("2026-01-05T10:00:00Z"), schedule),
    ).toBe(0);
    expect(businessTimeBetween(Date.UTC(2026, 0, 5, 12), Date.UTC(2026, 0, 5, 10), schedule)).toBe(
      -2 * H,
    );
    expect(() =>
      businessTimeBetween(new Date("nope"), at("2026-01-05T10:00:00Z"), schedule),
    ).toThrow(
      new RangeError(
        "businessTimeBetween: start: expected a valid Date or epoch milliseconds, received an invalid Date",
      ),
    );
  });

  it("sums a year of 09:00-17:00 weekdays in New York", () => {
    const day = [{ from: "09:00", to: "17:00" }];
    const schedule = defineSchedule({
      timeZone: "America/New_York",
      weekly: { monday: day, tuesday: day, wednesday: day, thursday: day, friday: day },
    });
    // 2026 has 261 weekdays (365 days, 52 weeks + Thursday 1 Jan): 261 × 8 h.
    expect(
      businessTimeBetween(at("2026-01-01T05:00:00Z"), at("2027-01-01T05:00:00Z"), schedule),
    ).toBe(261 * 8 * H);
  });
});

describe("businessTimeBetween against a minute-stepping count (property)", () => {
  const inputs: ScheduleInput[] = [
    {
      timeZone: "America/New_York",
      weekly: {
        sunday: [{ from: "00:00", to: "06:00" }],
        monday: [{ from: "09:00", to: "17:00" }],
        saturday: [{ from: "22:00", to: "06:00" }],
      },
    },
    {
      timeZone: "Europe/London",
      weekly: {
        sunday: [{ from: "00:00", to: "12:00" }],
        friday: [{ from: "22:00", to: "06:00" }],
      },
      holidays: [{ date: "2026-03-30", from: "09:00", to: "12:00" }],
    },
    {
      timeZone: "Australia/Lord_Howe",
      weekly: {
        saturday: [{ from: "13:00", to: "06:00" }],
        sunday: [{ from: "09:00", to: "17:00" }],
      },
    },
    { timeZone: "America/Santiago", weekly: { saturday: [{ from: "22:00", to: "08:00" }] } },
  ];
  const schedules = inputs.map((input) => defineSchedule(input));
  // Windows around the 2026 transitions of these zones.
  const anchors = [
    Date.UTC(2026, 2, 6),
    Date.UTC(2026, 2, 27),
    Date.UTC(2026, 3, 3),
    Date.UTC(2026, 8, 4),
    Date.UTC(2026, 9, 2),
    Date.UTC(2026, 9, 23),
    Date.UTC(2026, 9, 30),
  ];

  it("agrees minute for minute on spans up to three days", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: inputs.length - 1 }),
        fc.constantFrom(...anchors),
        fc.integer({ min: 0, max: 3 * 1440 }),
        fc.integer({ min: 0, max: 3 * 1440 }),
        (which, anchor, startMinute, lengthMinutes) => {
          const from = anchor + startMinute * 60_000;
          const to = from + lengthMinutes * 60_000;
          expect(businessTimeBetween(from, to, schedules[which]!)).toBe(
            naiveBusinessTimeBetween(inputs[which]!, from, to),
          );
        },
      ),
      { numRuns: 60, seed: 8 },
    );
  });

  it("is additive: between(a, b) + between(b, c) = between(a, c)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: inputs.length - 1 }),
        fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 0, 1) }),
        fc.integer({ min: 0, max: 20 * 86_400_000 }),
        fc.integer({ min: 0, max: 20 * 86_400_000 }),
        (which, a, ab, bc) => {
          const schedule = schedules[which]!;
          const b = a + ab;
          const c = b + bc;
          expect(businessTimeBetween(a, b, schedule) + businessTimeBetween(b, c, schedule)).toBe(
            businessTimeBetween(a, c, schedule),
          );
        },
      ),
      { numRuns: 200, seed: 8 },
    );
  });
});
