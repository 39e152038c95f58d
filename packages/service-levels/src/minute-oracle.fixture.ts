// A deliberately naive second method for tests: step minute by minute, read each minute's
// local weekday and time with Intl (no code shared with the package), and count the minutes
// that fall in the weekly hours. Only valid for schedules whose opening and closing times do
// not fall inside a DST gap or overlap.
import type { ScheduleInput, Weekday } from "./schedule";

const DAYS: Weekday[] = [
  "sunday",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
];
const SHORT = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const formatters = new Map<string, Intl.DateTimeFormat>();
type LocalParts = { day: number; minute: number; date: string };
const quarters = new Map<string, LocalParts>();
const QUARTER = 15 * 60_000;

// Intl is read once per quarter hour of UTC, and the minutes within it are counted on: every
// zone's offset is a whole number of quarter hours and changes only on a quarter hour (true of
// every zone since 1980), so a local quarter hour never straddles a change or a midnight.
// Reading Intl for every minute made a three-day span cost a second on a busy machine.
function localParts(timeZone: string, ms: number): LocalParts {
  const quarter = ms - (((ms % QUARTER) + QUARTER) % QUARTER);
  const key = `${timeZone} ${quarter}`;
  let base = quarters.get(key);
  if (!base) {
    if (quarters.size > 200_000) quarters.clear();
    base = readLocalParts(timeZone, quarter);
    quarters.set(key, base);
  }
  return { ...base, minute: base.minute + (ms - quarter) / 60_000 };
}

function readLocalParts(timeZone: string, ms: number): LocalParts {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      weekday: "short",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(
    formatter.formatToParts(new Date(ms)).map((p) => [p.type, p.value]),
  );
  return {
    day: SHORT.indexOf(parts.weekday!),
    minute: Number(parts.hour) * 60 + Number(parts.minute),
    date: `${parts.year}-${parts.month}-${parts.day}`,
  };
}

const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Whether the schedule input is open at a minute, by its local wall-clock reading. */
export function naiveIsOpen(input: ScheduleInput, ms: number): boolean {
  const { day, minute, date } = localParts(input.timeZone, ms);
  return isOpenAt(input, day, minute, date);
}

/** Whether the schedule input is open at a local weekday, minute of the day and date. */
function isOpenAt(input: ScheduleInput, day: number, minute: number, date: string): boolean {
  for (const holiday of input.holidays ?? []) {
    if (holiday.date !== date) continue;
    const from = holiday.from ? toMinutes(holiday.from) : 0;
    const to = holiday.to ? toMinutes(holiday.to) : 1440;
    if (minute >= from && minute < to) return false;
  }
  const today = input.weekly[DAYS[day]!] ?? [];
  const yesterday = input.weekly[DAYS[(day + 6) % 7]!] ?? [];
  for (const hours of today) {
    const from = toMinutes(hours.from);
    const to = toMinutes(hours.to);
    if (to > from ? minute >= from && minute < to : minute >= from) return true;
  }
  // The after-midnight part of yesterday's overnight shift.
  for (const hours of yesterday) {
    const from = toMinutes(hours.from);
    const to = toMinutes(hours.to);
    if (to <= from && minute < to) return true;
  }
  return false;
}

/** Open milliseconds in [from, to), both on whole minutes, by stepping one minute at a time. */
export function naiveBusinessTimeBetween(input: ScheduleInput, from: number, to: number): number {
  let total = 0;
  // Still every minute, but the local reading is looked up once a quarter hour and the minutes
  // within it counted on (see localParts): the lookup per minute was most of a long span's cost.
  for (let t = from; t < to; ) {
    const { day, minute, date } = localParts(input.timeZone, t);
    const quarterEnd = t - (((t % QUARTER) + QUARTER) % QUARTER) + QUARTER;
    for (let m = minute; t < to && t < quarterEnd; t += 60_000, m++) {
      if (isOpenAt(input, day, m, date)) total += 60_000;
    }
  }
  return total;
}
