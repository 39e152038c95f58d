import { businessDay, daysOf } from "./business-days";
import type { Schedule } from "./schedule";
import { offsetAt } from "./wall-clock";

const DAY = 86_400_000;
const MINUTE = 60_000;
/** Day keys are extended at least this many days at a time (about a year). */
const CHUNK = 366;

/**
 * Business time in whole local days, in O(log exceptions): a regular day's open time depends
 * only on its weekday, so a run of days is whole weeks times the week's total plus a remainder
 * of weekdays; the days that differ (a DST change, a holiday, a closure) are listed once with
 * their difference from the regular day and summed by a prefix over that list.
 */
interface WeekTotals {
  /** `weekStart[r]`: regular open ms of the first `r` days of a week that starts on key 0. */
  readonly weekPrefix: readonly number[];
  /** Regular open ms of a whole week. */
  readonly week: number;
  /** Day keys in `[lo, hi)` have had their exceptions listed. */
  lo: number;
  hi: number;
  /** Day key → actual minus regular open ms, for the days that differ. */
  readonly corrections: Map<number, number>;
  /** Sorted keys of `corrections`, and `sums[i]`: the sum of the first `i` corrections. */
  keys: number[];
  sums: number[];
}

const cache = new WeakMap<Schedule, WeekTotals>();

/** Open ms of local day `key` when nothing unusual happens on it (its weekday's minutes). */
function regularDay(schedule: Schedule, key: number): number {
  // 1970-01-01 (key 0) was a Thursday (`getUTCDay` 4).
  const weekday = (((key + 4) % 7) + 7) % 7;
  let total = 0;
  for (const range of schedule.weekly[weekday]!) total += (range.to - range.from) * MINUTE;
  return total;
}

function totalsOf(schedule: Schedule): WeekTotals {
  let totals = cache.get(schedule);
  if (!totals) {
    const weekPrefix = [0];
    for (let r = 0; r < 7; r++) weekPrefix.push(weekPrefix[r]! + regularDay(schedule, r));
    totals = {
      weekPrefix,
      week: weekPrefix[7]!,
      lo: 0,
      hi: 0,
      corrections: new Map(),
      keys: [],
      sums: [0],
    };
    cache.set(schedule, totals);
  }
  return totals;
}

/** Regular open ms of the days with keys in `[0, key)` (negative for a negative key). */
function regularPrefix(totals: WeekTotals, key: number): number {
  const weeks = Math.floor(key / 7);
  return weeks * totals.week + totals.weekPrefix[key - weeks * 7]!;
}

/** Lists the exceptional days with keys in `[from, to)`, a range not yet covered. */
function listExceptions(schedule: Schedule, totals: WeekTotals, from: number, to: number): void {
  const candidates = new Set<number>();
  // An offset change in the UTC day j can only touch local days j - 1, j and j + 1 (offsets
  // are within -12 h and +14 h).
  let previous = offsetAt(schedule.timeZone, (from - 2) * DAY);
  for (let j = from - 2; j <= to; j++) {
    const next = offsetAt(schedule.timeZone, (j + 1) * DAY);
    if (next !== previous) for (let k = j - 1; k <= j + 1; k++) candidates.add(k);
    previous = next;
  }
  for (const date of schedule.holidays.keys()) {
    candidates.add(Math.round(Date.parse(`${date}T00:00:00Z`) / DAY));
  }
  for (const closure of schedule.closures) {
    const first = Math.max(from, Math.floor(closure.from / DAY) - 1);
    const last = Math.min(to - 1, Math.floor(closure.to / DAY) + 1);
    for (let k = first; k <= last; k++) candidates.add(k);
  }
  const days = daysOf(schedule);
  for (const key of candidates) {
    if (key < from || key >= to) continue;
    const difference = businessDay(schedule, days, key).total - regularDay(schedule, key);
    if (difference !== 0) totals.corrections.set(key, difference);
  }
}

/** Makes sure the exceptions of day keys `[from, to)` are listed, growing by whole chunks. */
function cover(schedule: Schedule, totals: WeekTotals, from: number, to: number): void {
  if (totals.lo === totals.hi) {
    totals.lo = from;
    totals.hi = Math.max(to, from + CHUNK);
    listExceptions(schedule, totals, totals.lo, totals.hi);
  } else {
    if (from >= totals.lo && to <= totals.hi) return;
    if (from < totals.lo) {
      const lo = Math.min(from, totals.lo - CHUNK);
      listExceptions(schedule, totals, lo, totals.lo);
      totals.lo = lo;
    }
    if (to > totals.hi) {
      const hi = Math.max(to, totals.hi + CHUNK);
      listExceptions(schedule, totals, totals.hi, hi);
      totals.hi = hi;
    }
  }
  totals.keys = [...totals.corrections.keys()].sort((a, b) => a - b);
  totals.sums = [0];
  for (const key of totals.keys) {
    totals.sums.push(totals.sums[totals.sums.length - 1]! + totals.corrections.get(key)!);
  }
}

/** The index of the first key not below `key`. */
function lowerBound(keys: readonly number[], key: number): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (keys[middle]! < key) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Open milliseconds of the whole local days with keys in `[from, to)`, `from <= to`. */
export function openInDays(schedule: Schedule, from: number, to: number): number {
  const totals = totalsOf(schedule);
  cover(schedule, totals, from, to);
  const { keys, sums } = totals;
  return (
    regularPrefix(totals, to) -
    regularPrefix(totals, from) +
    sums[lowerBound(keys, to)]! -
    sums[lowerBound(keys, from)]!
  );
}
