import type { Schedule } from "./schedule";
import { wallClockToUtc } from "./wall-clock";

const DAY = 86_400_000;

/** The open UTC intervals of one local day of a schedule. */
export interface BusinessDay {
  /** The local day's number: days from 1970-01-01 to its local date. */
  readonly key: number;
  /** UTC instant of the day's first moment (its local midnight, or the end of a gap there). */
  readonly start: number;
  /** UTC instant of the next local day's first moment. */
  readonly end: number;
  /** Opening instants (UTC ms), sorted; `closes[i]` belongs to `opens[i]`. */
  readonly opens: readonly number[];
  /** Closing instants (UTC ms). */
  readonly closes: readonly number[];
  /** Open milliseconds in the day. */
  readonly total: number;
}

// Pure memo: a schedule is frozen, so a day's expansion never changes.
const cache = new WeakMap<Schedule, Map<number, BusinessDay>>();

/** The day cache of a schedule. */
export function daysOf(schedule: Schedule): Map<number, BusinessDay> {
  let days = cache.get(schedule);
  if (!days) {
    days = new Map();
    cache.set(schedule, days);
  }
  return days;
}

/** The local day numbered `key`, expanded to UTC intervals (cached). */
export function businessDay(
  schedule: Schedule,
  days: Map<number, BusinessDay>,
  key: number,
): BusinessDay {
  const cached = days.get(key);
  if (cached) return cached;
  const day = expandDay(schedule, key);
  days.set(key, day);
  return day;
}

/** The local day an instant falls in. */
export function dayAt(schedule: Schedule, days: Map<number, BusinessDay>, at: number): BusinessDay {
  // Offsets are within ±14 h, so the local date is the UTC date or one either side.
  const key = Math.floor(at / DAY);
  const day = businessDay(schedule, days, key);
  if (at < day.start) return businessDay(schedule, days, key - 1);
  if (at >= day.end) return businessDay(schedule, days, key + 1);
  return day;
}

function expandDay(schedule: Schedule, key: number): BusinessDay {
  const date = new Date(key * DAY);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + 1;
  const dayOfMonth = date.getUTCDate();
  const zone = schedule.timeZone;
  const start = wallClockToUtc(zone, year, month, dayOfMonth, 0);
  const end = wallClockToUtc(zone, year, month, dayOfMonth, 1440);
  const holiday = schedule.holidays.get(
    `${year}-${String(month).padStart(2, "0")}-${String(dayOfMonth).padStart(2, "0")}`,
  );
  let ranges = schedule.weekly[date.getUTCDay()]!.map((range) => [range.from, range.to]);
  if (holiday)
    ranges = subtract(
      ranges,
      holiday.map((range) => [range.from, range.to]),
    );
  // Local minutes to UTC: each endpoint converted on its own, never "opening + n hours".
  let instants = ranges
    .map(([from, to]) => [
      Math.max(start, wallClockToUtc(zone, year, month, dayOfMonth, from!)),
      to === 1440 ? end : Math.min(end, wallClockToUtc(zone, year, month, dayOfMonth, to!)),
    ])
    .filter(([from, to]) => to! > from!);
  const closures = schedule.closures
    .filter((closure) => closure.from < end && closure.to > start)
    .map((closure) => [closure.from, closure.to]);
  if (closures.length > 0) instants = subtract(instants, closures);
  instants.sort((a, b) => a[0]! - b[0]!);
  const opens: number[] = [];
  const closes: number[] = [];
  let total = 0;
  for (const [from, to] of instants) {
    if (closes.length > 0 && from! <= closes[closes.length - 1]!) {
      const last = closes.length - 1;
      total += Math.max(0, to! - closes[last]!);
      closes[last] = Math.max(closes[last]!, to!);
      continue;
    }
    opens.push(from!);
    closes.push(to!);
    total += to! - from!;
  }
  return { key, start, end, opens, closes, total };
}

/** Removes the `cut` ranges from the `from` ranges (both `[a, b)` pairs). */
function subtract(ranges: number[][], cut: number[][]): number[][] {
  let result = ranges;
  for (const [cutFrom, cutTo] of cut) {
    const next: number[][] = [];
    for (const [from, to] of result) {
      if (cutTo! <= from! || cutFrom! >= to!) {
        next.push([from!, to!]);
        continue;
      }
      if (cutFrom! > from!) next.push([from!, cutFrom!]);
      if (cutTo! < to!) next.push([cutTo!, to!]);
    }
    result = next;
  }
  return result;
}
