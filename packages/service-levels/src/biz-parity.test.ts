import { describe, expect, it } from "vitest";
import { addBusinessTime } from "./add-business-time";
import { BIZ_CASES, BIZ_DIFFERENCES, type BizCheck } from "./biz-cases.fixture";
import { businessTimeBetween } from "./business-time-between";
import { isOpen } from "./is-open";
import { nextOpening } from "./next-opening";
import { defineSchedule, type Schedule } from "./schedule";

// Test cases derived from zendesk/biz spec/, Apache-2.0: the facts are in biz-cases.fixture.ts.
const MIN = 60_000;
const at = (iso: string) => new Date(iso);
const ms = (iso: string) => Date.parse(iso);

function check(schedule: Schedule, fact: BizCheck): void {
  switch (fact.kind) {
    case "within":
      expect(businessTimeBetween(at(fact.from), at(fact.to), schedule)).toBe(fact.minutes * MIN);
      return;
    case "after": {
      // Zero business time after an instant is biz's "first active moment forward".
      const found =
        fact.minutes === 0
          ? nextOpening(schedule, { asOf: at(fact.from) })
          : addBusinessTime(at(fact.from), fact.minutes * MIN, schedule);
      expect(found?.toISOString()).toBe(at(fact.expected).toISOString());
      return;
    }
    case "before": {
      // The latest instant with that much business time up to `to`: the time between is the
      // duration, and the schedule is open just after it (just before it, for zero).
      const expected = ms(fact.expected);
      expect(businessTimeBetween(expected, ms(fact.to), schedule)).toBe(fact.minutes * MIN);
      const probe = fact.minutes === 0 ? expected - 1 : expected;
      expect(isOpen(schedule, { asOf: new Date(probe) })).toBe(true);
      return;
    }
    case "open":
      expect(isOpen(schedule, { asOf: at(fact.at) })).toBe(fact.open);
      return;
    case "periods": {
      // Each period is wholly open, and from the origin to the far end of the last one there is
      // no other open time: the gaps between them are closed.
      let total = 0;
      for (const [from, to] of fact.periods) {
        expect(businessTimeBetween(ms(from), ms(to), schedule)).toBe(ms(to) - ms(from));
        total += ms(to) - ms(from);
      }
      const origin = ms(fact.origin);
      const far =
        fact.direction === "after"
          ? Math.max(...fact.periods.map(([, to]) => ms(to)))
          : Math.min(...fact.periods.map(([from]) => ms(from)));
      expect(Math.abs(businessTimeBetween(origin, far, schedule))).toBe(total);
      return;
    }
  }
}

describe("zendesk/biz parity (cases derived from zendesk/biz spec/, Apache-2.0)", () => {
  it.each(BIZ_CASES.map((c) => [c.source, c] as const))("%s", (_, c) => {
    check(defineSchedule(c.schedule), c.check);
  });

  it("ports the cases of every business-time spec group", () => {
    const files = new Set(BIZ_CASES.map((c) => c.source.split(/[:( ]/)[0]));
    expect([...files].sort()).toEqual([
      "biz_spec.rb",
      "calculation/active_spec.rb",
      "calculation/duration_within_spec.rb",
      "calculation/for_duration_spec.rb",
      "periods/after_spec.rb",
      "periods/before_spec.rb",
      "schedule_spec.rb",
      "time_spec.rb",
    ]);
    expect(BIZ_CASES.length).toBe(63);
  });

  it("pins the two conventions where biz and this engine differ", () => {
    const [closing, reversed] = BIZ_DIFFERENCES;
    expect(isOpen(defineSchedule(closing.schedule), { asOf: at(closing.at) })).toBe(
      closing.rapport,
    );
    // The minute before closing is open, so the minutes counted agree with biz.
    expect(
      businessTimeBetween(
        at("2006-01-02T16:59:00Z"),
        at(closing.at),
        defineSchedule(closing.schedule),
      ),
    ).toBe(MIN);
    expect(
      businessTimeBetween(at(reversed.from), at(reversed.to), defineSchedule(reversed.schedule)),
    ).toBe(reversed.rapportMinutes * MIN);
  });
});
