import { tzOffset } from "@date-fns/tz";

const MINUTE = 60_000;
const DAY = 86_400_000;

/**
 * The UTC instant (epoch milliseconds) of a local wall-clock time in an IANA zone. `month` is
 * 1-12; `minutes` counts from local midnight and may reach 1440 (the next midnight).
 *
 * A wall-clock time that does not exist (a spring-forward gap) is read with the offset in force
 * before the change, so it lands after the gap by the gap's length; a time that occurs twice (a
 * fall-back overlap) takes its earlier occurrence. This is RFC 5545 §3.3.5 and Temporal's
 * `disambiguation: "compatible"`. Offsets come from `tzOffset` (@date-fns/tz), sampled a day
 * either side, so one transition within two days is handled exactly.
 *
 * @example
 * ```ts
 * wallClockToUtc("America/New_York", 2026, 3, 8, 9 * 60); // 2026-03-08T13:00:00Z in ms
 * ```
 */
export function wallClockToUtc(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  minutes: number,
): number {
  const wall = Date.UTC(year, month - 1, day, 0, minutes);
  const before = offsetAt(timeZone, wall - DAY);
  const after = offsetAt(timeZone, wall + DAY);
  const early = wall - before * MINUTE;
  if (before === after) return early;
  const late = wall - after * MINUTE;
  const earlyValid = offsetAt(timeZone, early) === before;
  const lateValid = offsetAt(timeZone, late) === after;
  if (earlyValid && lateValid) return Math.min(early, late);
  if (lateValid && !earlyValid) return late;
  // Valid only with the earlier offset, or in a gap: read with the offset before the change.
  return early;
}

/** The zone's offset from UTC in minutes at an instant (east positive). */
export function offsetAt(timeZone: string, instant: number): number {
  return tzOffset(timeZone, new Date(instant));
}
