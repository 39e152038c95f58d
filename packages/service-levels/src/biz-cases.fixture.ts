// Business-time facts of the zendesk/biz Ruby gem, restated as data: a schedule, an interval
// or instant, and the expected business time or answer. Test cases derived from zendesk/biz
// spec/, Apache-2.0 (https://github.com/zendesk/biz, commit dddeea68b31f2ed68a76fc514030285fa8c5d8b7;
// the spec folder last changed in d6196cd). Only the facts are kept, none of the code. Each
// case names the spec file and context it restates. biz "breaks" (closed times of one date)
// are partial holidays here; biz "holidays" are whole-day holidays.
import type { Holiday, ScheduleInput } from "./schedule";

/** One biz fact, checked against the engine's public functions. */
export type BizCheck =
  /** Business minutes within `[from, to]` (biz `within`, `Calculation::DurationWithin`). */
  | {
      readonly kind: "within";
      readonly from: string;
      readonly to: string;
      readonly minutes: number;
    }
  /** The instant `minutes` of business time after `from` (0: the first open moment). */
  | {
      readonly kind: "after";
      readonly from: string;
      readonly minutes: number;
      readonly expected: string;
    }
  /** The latest instant with `minutes` of business time between it and `to`. */
  | {
      readonly kind: "before";
      readonly to: string;
      readonly minutes: number;
      readonly expected: string;
    }
  /** Whether the schedule is open at an instant (biz `in_hours?`, `active?`). */
  | { readonly kind: "open"; readonly at: string; readonly open: boolean }
  /** The first open periods forward (or backward) from `origin` (biz `periods.after/before`). */
  | {
      readonly kind: "periods";
      readonly origin: string;
      readonly direction: "after" | "before";
      readonly periods: readonly (readonly [string, string])[];
    };

/** A case: where it comes from, the schedule, and the fact. */
export interface BizCase {
  readonly source: string;
  readonly schedule: ScheduleInput;
  readonly check: BizCheck;
}

// biz's spec default (spec/support/time.rb): 39.5 open hours a week, Etc/UTC.
const HOURS = {
  monday: [{ from: "09:00", to: "17:00" }],
  tuesday: [{ from: "10:00", to: "16:00" }],
  wednesday: [{ from: "09:00", to: "17:00" }],
  thursday: [{ from: "10:00", to: "16:00" }],
  friday: [{ from: "09:00", to: "17:00" }],
  saturday: [{ from: "11:00", to: "14:30" }],
} as const;
const UTC: ScheduleInput = { timeZone: "Etc/UTC", weekly: HOURS };
// spec/periods/*: the default with holidays on 2006-01-16 and 2006-01-18.
const PERIODS: ScheduleInput = {
  ...UTC,
  holidays: [{ date: "2006-01-16" }, { date: "2006-01-18" }],
};
const withBreaks = (breaks: readonly Holiday[], base: ScheduleInput = PERIODS): ScheduleInput => ({
  ...base,
  holidays: [...(base.holidays ?? []), ...breaks],
});
const brk = (date: string, from: string, to: string): Holiday => ({ date, from, to });
// spec/schedule_spec.rb: breaks on 2006-01-02 and 2006-01-03, holidays 2006-01-01 and 2006-12-25.
const SCHEDULE_SPEC: ScheduleInput = {
  ...UTC,
  holidays: [
    brk("2006-01-02", "10:00", "11:30"),
    brk("2006-01-03", "14:15", "14:30"),
    brk("2006-01-03", "15:40", "15:50"),
    { date: "2006-01-01" },
    { date: "2006-12-25" },
  ],
};
// spec/biz_spec.rb: Sunday 11:00-12:00 in Africa/Abidjan, a break and a holiday.
const ABIDJAN: ScheduleInput = {
  timeZone: "Africa/Abidjan",
  weekly: { sunday: [{ from: "11:00", to: "12:00" }] },
  holidays: [brk("2015-06-01", "10:00", "12:00"), { date: "2015-12-25" }],
};
const LA = "America/Los_Angeles";

const FD = "calculation/for_duration_spec.rb";
const PA = "periods/after_spec.rb";
const PB = "periods/before_spec.rb";

/** Every ported case. */
// biome-ignore format: a table of facts, one case a line
export const BIZ_CASES: readonly BizCase[] = [
  // calculation/duration_within_spec.rb
  { source: "calculation/duration_within_spec.rb: start equal to end", schedule: UTC, check: { kind: "within", from: "2006-01-01T00:00:00Z", to: "2006-01-01T00:00:00Z", minutes: 0 } },
  { source: "calculation/duration_within_spec.rb: Sunday to Sunday", schedule: UTC, check: { kind: "within", from: "2006-01-01T00:00:00Z", to: "2006-01-08T00:00:00Z", minutes: 39.5 * 60 } },
  // calculation/for_duration_spec.rb (each unit; the aliases give the same facts)
  { source: `${FD}: 90 seconds before`, schedule: UTC, check: { kind: "before", to: "2006-01-04T16:01:30Z", minutes: 1.5, expected: "2006-01-04T16:00:00Z" } },
  { source: `${FD}: 90 seconds after`, schedule: UTC, check: { kind: "after", from: "2006-01-04T15:58:30Z", minutes: 1.5, expected: "2006-01-04T16:00:00Z" } },
  { source: `${FD}: 90 minutes before`, schedule: UTC, check: { kind: "before", to: "2006-01-04T16:30:00Z", minutes: 90, expected: "2006-01-04T15:00:00Z" } },
  { source: `${FD}: 90 minutes after`, schedule: UTC, check: { kind: "after", from: "2006-01-04T15:30:00Z", minutes: 90, expected: "2006-01-04T17:00:00Z" } },
  { source: `${FD}: 3 hours before`, schedule: UTC, check: { kind: "before", to: "2006-01-04T17:00:00Z", minutes: 180, expected: "2006-01-04T14:00:00Z" } },
  { source: `${FD}: 3 hours after`, schedule: UTC, check: { kind: "after", from: "2006-01-04T14:00:00Z", minutes: 180, expected: "2006-01-04T17:00:00Z" } },
  { source: `${FD}: with_unit, 1 hour after`, schedule: UTC, check: { kind: "after", from: "2006-01-02T10:00:00Z", minutes: 60, expected: "2006-01-02T11:00:00Z" } },
  { source: `${FD}: zero, first active moment backward`, schedule: UTC, check: { kind: "before", to: "2006-01-03T00:00:00Z", minutes: 0, expected: "2006-01-02T17:00:00Z" } },
  { source: `${FD}: zero, first active moment forward`, schedule: UTC, check: { kind: "after", from: "2006-01-03T00:00:00Z", minutes: 0, expected: "2006-01-03T10:00:00Z" } },
  { source: `${FD}: zero days before, inside a period`, schedule: UTC, check: { kind: "before", to: "2006-01-02T14:00:00Z", minutes: 0, expected: "2006-01-02T14:00:00Z" } },
  { source: `${FD}: zero days after, inside a period`, schedule: UTC, check: { kind: "after", from: "2006-01-02T13:00:00Z", minutes: 0, expected: "2006-01-02T13:00:00Z" } },
  { source: `${FD} (earlier revision): 19 hours before`, schedule: UTC, check: { kind: "before", to: "2006-01-04T16:00:00Z", minutes: 19 * 60, expected: "2006-01-02T11:00:00Z" } },
  { source: `${FD} (earlier revision): 19 hours after`, schedule: UTC, check: { kind: "after", from: "2006-01-02T11:00:00Z", minutes: 19 * 60, expected: "2006-01-04T16:00:00Z" } },
  // calculation/active_spec.rb (the closing instant: see BIZ_DIFFERENCES)
  { source: "calculation/active_spec.rb: outside all intervals", schedule: UTC, check: { kind: "open", at: "2006-01-01T09:00:00Z", open: false } },
  { source: "calculation/active_spec.rb: beginning of an interval", schedule: UTC, check: { kind: "open", at: "2006-01-02T09:00:00Z", open: true } },
  { source: "calculation/active_spec.rb: contained by an interval", schedule: UTC, check: { kind: "open", at: "2006-01-02T12:00:00Z", open: true } },
  // schedule_spec.rb
  { source: "schedule_spec.rb: #periods", schedule: { ...SCHEDULE_SPEC, weekly: { monday: [{ from: "01:00", to: "02:00" }] } }, check: { kind: "periods", origin: "2006-01-01T00:00:00Z", direction: "after", periods: [["2006-01-02T01:00:00Z", "2006-01-02T02:00:00Z"]] } },
  { source: "schedule_spec.rb: #time, 30 minutes after", schedule: SCHEDULE_SPEC, check: { kind: "after", from: "2006-01-02T09:00:00Z", minutes: 30, expected: "2006-01-02T09:30:00Z" } },
  { source: "schedule_spec.rb: #within", schedule: SCHEDULE_SPEC, check: { kind: "within", from: "2006-01-05T12:00:00Z", to: "2006-01-06T12:00:00Z", minutes: 7 * 60 } },
  { source: "schedule_spec.rb: #in_hours?, before opening", schedule: SCHEDULE_SPEC, check: { kind: "open", at: "2006-01-02T08:00:00Z", open: false } },
  { source: "schedule_spec.rb: #in_hours?, in hours", schedule: SCHEDULE_SPEC, check: { kind: "open", at: "2006-01-02T12:00:00Z", open: true } },
  { source: "schedule_spec.rb: #on_break?, during a break", schedule: SCHEDULE_SPEC, check: { kind: "open", at: "2006-01-02T11:00:00Z", open: false } },
  { source: "schedule_spec.rb: #on_break?, after the break", schedule: SCHEDULE_SPEC, check: { kind: "open", at: "2006-01-02T13:00:00Z", open: true } },
  { source: "schedule_spec.rb: #on_holiday?, on a holiday", schedule: SCHEDULE_SPEC, check: { kind: "open", at: "2006-12-25T12:00:00Z", open: false } },
  { source: "schedule_spec.rb: #on_holiday?, the day after", schedule: SCHEDULE_SPEC, check: { kind: "open", at: "2006-12-26T12:00:00Z", open: true } },
  // biz_spec.rb
  { source: "biz_spec.rb: .periods", schedule: ABIDJAN, check: { kind: "periods", origin: "2006-01-01T00:00:00Z", direction: "after", periods: [["2006-01-01T11:00:00Z", "2006-01-01T12:00:00Z"]] } },
  { source: "biz_spec.rb: .time, 2 hours after", schedule: ABIDJAN, check: { kind: "after", from: "2006-01-01T00:00:00Z", minutes: 120, expected: "2006-01-08T12:00:00Z" } },
  { source: "biz_spec.rb: .within", schedule: ABIDJAN, check: { kind: "within", from: "2006-01-01T11:30:00Z", to: "2006-01-08T11:30:00Z", minutes: 60 } },
  { source: "biz_spec.rb: .in_hours?", schedule: ABIDJAN, check: { kind: "open", at: "2006-01-01T11:00:00Z", open: true } },
  { source: "biz_spec.rb: .on_break?", schedule: ABIDJAN, check: { kind: "open", at: "2015-06-01T11:00:00Z", open: false } },
  { source: "biz_spec.rb: .on_holiday?", schedule: ABIDJAN, check: { kind: "open", at: "2015-12-25T12:00:00Z", open: false } },
  // periods/after_spec.rb
  { source: `${PA}: one week`, schedule: PERIODS, check: { kind: "periods", origin: "2006-01-01T00:00:00Z", direction: "after", periods: [["2006-01-02T09:00:00Z", "2006-01-02T17:00:00Z"], ["2006-01-03T10:00:00Z", "2006-01-03T16:00:00Z"], ["2006-01-04T09:00:00Z", "2006-01-04T17:00:00Z"], ["2006-01-05T10:00:00Z", "2006-01-05T16:00:00Z"], ["2006-01-06T09:00:00Z", "2006-01-06T17:00:00Z"], ["2006-01-07T11:00:00Z", "2006-01-07T14:30:00Z"]] } },
  { source: `${PA}: several weeks`, schedule: PERIODS, check: { kind: "periods", origin: "2006-01-01T00:00:00Z", direction: "after", periods: [["2006-01-02T09:00:00Z", "2006-01-02T17:00:00Z"], ["2006-01-03T10:00:00Z", "2006-01-03T16:00:00Z"], ["2006-01-04T09:00:00Z", "2006-01-04T17:00:00Z"], ["2006-01-05T10:00:00Z", "2006-01-05T16:00:00Z"], ["2006-01-06T09:00:00Z", "2006-01-06T17:00:00Z"], ["2006-01-07T11:00:00Z", "2006-01-07T14:30:00Z"], ["2006-01-09T09:00:00Z", "2006-01-09T17:00:00Z"], ["2006-01-10T10:00:00Z", "2006-01-10T16:00:00Z"], ["2006-01-11T09:00:00Z", "2006-01-11T17:00:00Z"], ["2006-01-12T10:00:00Z", "2006-01-12T16:00:00Z"], ["2006-01-13T09:00:00Z", "2006-01-13T17:00:00Z"], ["2006-01-14T11:00:00Z", "2006-01-14T14:30:00Z"]] } },
  { source: `${PA}: origin inside a period`, schedule: PERIODS, check: { kind: "periods", origin: "2006-01-02T12:00:00Z", direction: "after", periods: [["2006-01-02T12:00:00Z", "2006-01-02T17:00:00Z"]] } },
  { source: `${PA}: break at the beginning`, schedule: withBreaks([brk("2006-01-02", "08:00", "10:00")]), check: { kind: "periods", origin: "2006-01-01T00:00:00Z", direction: "after", periods: [["2006-01-02T10:00:00Z", "2006-01-02T17:00:00Z"]] } },
  { source: `${PA}: break at the end`, schedule: withBreaks([brk("2006-01-02", "16:00", "18:00")]), check: { kind: "periods", origin: "2006-01-01T00:00:00Z", direction: "after", periods: [["2006-01-02T09:00:00Z", "2006-01-02T16:00:00Z"]] } },
  { source: `${PA}: break over a whole period`, schedule: withBreaks([brk("2006-01-02", "08:00", "18:00")]), check: { kind: "periods", origin: "2006-01-01T00:00:00Z", direction: "after", periods: [["2006-01-03T10:00:00Z", "2006-01-03T16:00:00Z"]] } },
  { source: `${PA}: break in the middle`, schedule: withBreaks([brk("2006-01-02", "13:30", "15:30")]), check: { kind: "periods", origin: "2006-01-01T00:00:00Z", direction: "after", periods: [["2006-01-02T09:00:00Z", "2006-01-02T13:30:00Z"], ["2006-01-02T15:30:00Z", "2006-01-02T17:00:00Z"]] } },
  { source: `${PA}: several breaks in the middle`, schedule: withBreaks([brk("2006-01-02", "10:00", "11:30"), brk("2006-01-02", "13:00", "14:00")]), check: { kind: "periods", origin: "2006-01-01T00:00:00Z", direction: "after", periods: [["2006-01-02T09:00:00Z", "2006-01-02T10:00:00Z"], ["2006-01-02T11:30:00Z", "2006-01-02T13:00:00Z"], ["2006-01-02T14:00:00Z", "2006-01-02T17:00:00Z"]] } },
  { source: `${PA}: a break over several periods`, schedule: withBreaks([brk("2006-01-02", "18:00", "21:00")], { ...PERIODS, weekly: { monday: [{ from: "17:00", to: "19:00" }, { from: "20:00", to: "22:00" }] } }), check: { kind: "periods", origin: "2006-01-01T00:00:00Z", direction: "after", periods: [["2006-01-02T17:00:00Z", "2006-01-02T18:00:00Z"], ["2006-01-02T21:00:00Z", "2006-01-02T22:00:00Z"]] } },
  { source: `${PA}: several breaks over several periods`, schedule: withBreaks([brk("2006-01-02", "08:00", "10:15"), brk("2006-01-02", "11:30", "12:30"), brk("2006-01-03", "12:00", "13:00"), brk("2006-01-03", "14:25", "14:40")]), check: { kind: "periods", origin: "2006-01-01T00:00:00Z", direction: "after", periods: [["2006-01-02T10:15:00Z", "2006-01-02T11:30:00Z"], ["2006-01-02T12:30:00Z", "2006-01-02T17:00:00Z"], ["2006-01-03T10:00:00Z", "2006-01-03T12:00:00Z"], ["2006-01-03T13:00:00Z", "2006-01-03T14:25:00Z"], ["2006-01-03T14:40:00Z", "2006-01-03T16:00:00Z"]] } },
  { source: `${PA}: a holiday`, schedule: PERIODS, check: { kind: "periods", origin: "2006-01-14T00:00:00Z", direction: "after", periods: [["2006-01-14T11:00:00Z", "2006-01-14T14:30:00Z"], ["2006-01-17T10:00:00Z", "2006-01-17T16:00:00Z"]] } },
  { source: `${PA}: several holidays`, schedule: PERIODS, check: { kind: "periods", origin: "2006-01-14T00:00:00Z", direction: "after", periods: [["2006-01-14T11:00:00Z", "2006-01-14T14:30:00Z"], ["2006-01-17T10:00:00Z", "2006-01-17T16:00:00Z"], ["2006-01-19T10:00:00Z", "2006-01-19T16:00:00Z"]] } },
  // Saturday 17:00 PST is Sunday 01:00 UTC: the interval belongs to the local week before.
  { source: `${PA}: origin near the beginning of the week (Los Angeles)`, schedule: { timeZone: LA, weekly: { saturday: [{ from: "06:00", to: "18:00" }] } }, check: { kind: "periods", origin: "2006-01-08T01:00:00Z", direction: "after", periods: [["2006-01-08T01:00:00Z", "2006-01-08T02:00:00Z"]] } },
  // Sunday 02:30-03:15 on the spring-forward day: 02:30 reads as 03:30, after 03:15, so no time.
  { source: `${PA}: an empty interval after spring-forward (Los Angeles)`, schedule: { timeZone: LA, weekly: { sunday: [{ from: "02:30", to: "03:15" }], monday: [{ from: "09:00", to: "17:00" }] } }, check: { kind: "periods", origin: "2006-04-02T08:00:00Z", direction: "after", periods: [["2006-04-03T16:00:00Z", "2006-04-04T00:00:00Z"]] } },
  { source: `${PA}: #timeline until`, schedule: PERIODS, check: { kind: "within", from: "2006-01-01T00:00:00Z", to: "2006-01-04T00:00:00Z", minutes: 14 * 60 } },
  // periods/before_spec.rb (the cases on dated shifts are left out: see BIZ_LEFT_OUT)
  { source: `${PB}: origin outside a period`, schedule: PERIODS, check: { kind: "periods", origin: "2006-01-03T00:00:00Z", direction: "before", periods: [["2006-01-02T09:00:00Z", "2006-01-02T17:00:00Z"]] } },
  { source: `${PB}: origin inside a period`, schedule: PERIODS, check: { kind: "periods", origin: "2006-01-02T12:00:00Z", direction: "before", periods: [["2006-01-02T09:00:00Z", "2006-01-02T12:00:00Z"]] } },
  { source: `${PB}: break at the beginning`, schedule: withBreaks([brk("2006-01-07", "14:00", "15:00")]), check: { kind: "periods", origin: "2006-01-08T00:00:00Z", direction: "before", periods: [["2006-01-07T11:00:00Z", "2006-01-07T14:00:00Z"]] } },
  { source: `${PB}: break at the end`, schedule: withBreaks([brk("2006-01-07", "10:00", "12:00")]), check: { kind: "periods", origin: "2006-01-08T00:00:00Z", direction: "before", periods: [["2006-01-07T12:00:00Z", "2006-01-07T14:30:00Z"]] } },
  { source: `${PB}: break over a whole period`, schedule: withBreaks([brk("2006-01-07", "10:00", "16:00")]), check: { kind: "periods", origin: "2006-01-08T00:00:00Z", direction: "before", periods: [["2006-01-06T09:00:00Z", "2006-01-06T17:00:00Z"]] } },
  { source: `${PB}: break in the middle`, schedule: withBreaks([brk("2006-01-07", "12:00", "13:00")]), check: { kind: "periods", origin: "2006-01-08T00:00:00Z", direction: "before", periods: [["2006-01-07T13:00:00Z", "2006-01-07T14:30:00Z"], ["2006-01-07T11:00:00Z", "2006-01-07T12:00:00Z"]] } },
  { source: `${PB}: several breaks in the middle`, schedule: withBreaks([brk("2006-01-07", "11:30", "12:00"), brk("2006-01-07", "12:30", "13:00")]), check: { kind: "periods", origin: "2006-01-08T00:00:00Z", direction: "before", periods: [["2006-01-07T13:00:00Z", "2006-01-07T14:30:00Z"], ["2006-01-07T12:00:00Z", "2006-01-07T12:30:00Z"], ["2006-01-07T11:00:00Z", "2006-01-07T11:30:00Z"]] } },
  { source: `${PB}: a break over several periods`, schedule: withBreaks([brk("2006-01-07", "18:00", "21:00")], { ...PERIODS, weekly: { saturday: [{ from: "17:00", to: "19:00" }, { from: "20:00", to: "22:00" }] } }), check: { kind: "periods", origin: "2006-01-08T00:00:00Z", direction: "before", periods: [["2006-01-07T21:00:00Z", "2006-01-07T22:00:00Z"], ["2006-01-07T17:00:00Z", "2006-01-07T18:00:00Z"]] } },
  { source: `${PB}: several breaks over several periods`, schedule: withBreaks([brk("2006-01-06", "09:30", "10:15"), brk("2006-01-06", "11:30", "12:30"), brk("2006-01-07", "12:00", "13:00"), brk("2006-01-07", "14:25", "14:40")]), check: { kind: "periods", origin: "2006-01-08T00:00:00Z", direction: "before", periods: [["2006-01-07T13:00:00Z", "2006-01-07T14:25:00Z"], ["2006-01-07T11:00:00Z", "2006-01-07T12:00:00Z"], ["2006-01-06T12:30:00Z", "2006-01-06T17:00:00Z"], ["2006-01-06T10:15:00Z", "2006-01-06T11:30:00Z"], ["2006-01-06T09:00:00Z", "2006-01-06T09:30:00Z"]] } },
  { source: `${PB}: a holiday`, schedule: PERIODS, check: { kind: "periods", origin: "2006-01-18T00:00:00Z", direction: "before", periods: [["2006-01-17T10:00:00Z", "2006-01-17T16:00:00Z"], ["2006-01-14T11:00:00Z", "2006-01-14T14:30:00Z"]] } },
  { source: `${PB}: several holidays`, schedule: PERIODS, check: { kind: "periods", origin: "2006-01-20T00:00:00Z", direction: "before", periods: [["2006-01-19T10:00:00Z", "2006-01-19T16:00:00Z"], ["2006-01-17T10:00:00Z", "2006-01-17T16:00:00Z"], ["2006-01-14T11:00:00Z", "2006-01-14T14:30:00Z"]] } },
  // Asia/Brunei is UTC+8: Sunday 06:00-07:00 local is Saturday 22:00-23:00 UTC.
  { source: `${PB}: origin near the end of the week (Asia/Brunei)`, schedule: { timeZone: "Asia/Brunei", weekly: { sunday: [{ from: "06:00", to: "18:00" }] } }, check: { kind: "periods", origin: "2006-01-07T23:00:00Z", direction: "before", periods: [["2006-01-07T22:00:00Z", "2006-01-07T23:00:00Z"]] } },
  // time_spec.rb: local times on days the clocks change, as schedules.
  // A non-existent 02:30 (Los Angeles, 2014-03-09) is read an hour later: 03:30 PDT = 10:30Z.
  { source: "time_spec.rb: #on_date, a non-existent (spring-forward) time", schedule: { timeZone: LA, weekly: { sunday: [{ from: "02:30", to: "04:00" }] } }, check: { kind: "periods", origin: "2014-03-09T08:00:00Z", direction: "after", periods: [["2014-03-09T10:30:00Z", "2014-03-09T11:00:00Z"]] } },
  // An ambiguous 01:30 (Los Angeles, 2014-11-02) is the DST occurrence: 01:30 PDT = 08:30Z.
  { source: "time_spec.rb: #on_date, an ambiguous time", schedule: { timeZone: LA, weekly: { sunday: [{ from: "01:30", to: "03:00" }] } }, check: { kind: "periods", origin: "2014-11-02T07:00:00Z", direction: "after", periods: [["2014-11-02T08:30:00Z", "2014-11-02T11:00:00Z"]] } },
  // The end of Saturday 2015-10-17 in Sao Paulo (midnight does not exist) is 01:00 local, 03:00Z.
  { source: "time_spec.rb: #on_date, a non-existent (spring-forward) end of day", schedule: { timeZone: "America/Sao_Paulo", weekly: { saturday: [{ from: "23:00", to: "24:00" }] } }, check: { kind: "within", from: "2015-10-17T12:00:00Z", to: "2015-10-18T12:00:00Z", minutes: 60 } },
];

/**
 * Where biz and this engine differ by convention, with what each answers. Tested, so that a
 * change of either shows.
 */
export const BIZ_DIFFERENCES = [
  {
    source: "calculation/active_spec.rb: at the end of an interval",
    schedule: UTC,
    at: "2006-01-02T17:00:00Z",
    biz: true,
    rapport: false,
    why: "open intervals are half-open [from, to): the closing instant is closed (the minutes counted are the same)",
  },
  {
    source: "calculation/duration_within_spec.rb: start after end",
    schedule: UTC,
    from: "2006-01-08T00:00:00Z",
    to: "2006-01-01T00:00:00Z",
    bizMinutes: 0,
    rapportMinutes: -39.5 * 60,
    why: "businessTimeBetween is signed: an end before the start gives the negative span",
  },
] as const;

/** Spec groups not ported, and why. */
export const BIZ_LEFT_OUT: readonly string[] = [
  "dated shifts (periods/before_spec.rb one and several weeks, configuration shifts): a schedule here has weekly hours, holidays and closures, no dated replacement hours",
  "business-day units (for_duration_spec.rb days): same minute of the nth next day with hours, not a business-minute fact",
  "schedule intersection (schedule_spec.rb #&), argument validation, Ruby refinements, and internals (week/minute arithmetic, day-time parsing, durations, proxies)",
];
