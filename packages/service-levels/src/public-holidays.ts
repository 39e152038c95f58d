import { expectedMessage } from "@rapport/stats";
import Holidays from "date-holidays";
import { checkHolidayRange, type HolidayRange, nextDate } from "./holiday-range";
import type { Holiday } from "./schedule";

/**
 * The kinds of day date-holidays knows: `public` (a day off by law), `bank` (banks and many
 * offices closed, e.g. Christmas Eve afternoon in Germany), `optional`, `school` and
 * `observance` (a named day that is not a day off).
 *
 * @example
 * ```ts
 * import { PUBLIC_HOLIDAY_TYPES } from "@rapport/service-levels/holidays";
 * PUBLIC_HOLIDAY_TYPES.includes("bank"); // true
 * ```
 */
export const PUBLIC_HOLIDAY_TYPES = ["public", "bank", "optional", "school", "observance"] as const;

/**
 * A kind of day: one of {@link PUBLIC_HOLIDAY_TYPES}.
 *
 * @example
 * ```ts
 * import type { PublicHolidayType } from "@rapport/service-levels/holidays";
 * const closedOn: PublicHolidayType[] = ["public", "bank"];
 * ```
 */
export type PublicHolidayType = (typeof PUBLIC_HOLIDAY_TYPES)[number];

/**
 * Options of {@link publicHolidays}.
 *
 * @example
 * ```ts
 * import type { PublicHolidayOptions } from "@rapport/service-levels/holidays";
 * const options: PublicHolidayOptions = { from: "2026-01-01", to: "2026-12-31", types: ["public", "bank"] };
 * ```
 */
export interface PublicHolidayOptions extends HolidayRange {
  /** Which kinds of day close the schedule (default `["public"]`). */
  readonly types?: readonly PublicHolidayType[];
  /** The language of the names, ISO 639-1 (default `"en"`; the local name where none). */
  readonly language?: string;
}

const CODE = /^([A-Za-z]{2})(?:-([A-Za-z0-9]{1,3}))?(?:-([A-Za-z0-9]{1,4}))?$/;
const DAY = 86_400_000;

/**
 * The public holidays of a country, or of a state or region of it, as the `Holiday` entries of
 * a schedule: `"DE"`, `"DE-BY"` (Bavaria), `"US-CA"`, `"GB-SCT"`, `"CH-ZH"`. Dates are the
 * country's local dates; a day that closes in the afternoon (a `bank` holiday such as
 * `"2026-12-24"` from 14:00 in Germany) becomes a partial holiday to midnight, and a holiday of
 * several days one entry per day. Data and rules come from the date-holidays package (ISC
 * licence; its holiday data CC BY 3.0). Throws a `RangeError` naming the code when the
 * country, state or region is unknown.
 *
 * @example
 * ```ts
 * import { defineSchedule } from "@rapport/service-levels";
 * import { publicHolidays } from "@rapport/service-levels/holidays";
 * const holidays = publicHolidays("DE-BY", { from: "2026-01-01", to: "2026-12-31" });
 * // [{ date: "2026-01-01", name: "New Year's Day" }, { date: "2026-01-06", name: "Epiphany" }, …]
 * const munich = defineSchedule({
 *   timeZone: "Europe/Berlin",
 *   weekly: { monday: [{ from: "09:00", to: "17:00" }] },
 *   holidays,
 * });
 * ```
 */
export function publicHolidays(code: string, options: PublicHolidayOptions): Holiday[] {
  const fn = "publicHolidays";
  if (typeof code !== "string") {
    throw new TypeError(
      expectedMessage(`${fn}: code`, 'a country code such as "DE" or "US-CA"', code),
    );
  }
  const range = checkHolidayRange(fn, options);
  const types = options.types ?? ["public"];
  if (!Array.isArray(types)) {
    throw new TypeError(
      expectedMessage(`${fn}: options.types`, "an array of holiday types", types),
    );
  }
  for (const type of types) {
    if (!(PUBLIC_HOLIDAY_TYPES as readonly unknown[]).includes(type)) {
      throw new RangeError(
        expectedMessage(
          `${fn}: options.types[]`,
          `one of ${PUBLIC_HOLIDAY_TYPES.join(", ")}`,
          type,
        ),
      );
    }
  }
  const match = CODE.exec(code);
  if (!match) {
    throw new RangeError(
      expectedMessage(
        `${fn}: code`,
        'a country code with an optional region, such as "DE" or "US-CA"',
        code,
      ),
    );
  }
  const [country, state, region] = [
    match[1]!.toUpperCase(),
    match[2]?.toUpperCase(),
    match[3]?.toUpperCase(),
  ];
  const lookup = new Holidays();
  const known = (list: Record<string, string> | undefined, key: string | undefined) =>
    key === undefined || (list !== undefined && key in list);
  if (
    !known(lookup.getCountries(), country) ||
    !known(state ? lookup.getStates(country) : {}, state) ||
    !known(region ? lookup.getRegions(country, state!) : {}, region)
  ) {
    throw new RangeError(
      expectedMessage(`${fn}: code`, "a country (and region) known to date-holidays", code),
    );
  }
  const language = options.language ?? "en";
  const calendar = new Holidays(country, state ?? "", region ?? "", {
    languages: [language],
    types: [...types],
  });
  const holidays: Holiday[] = [];
  for (let year = range.fromYear - 1; year <= range.toYear; year++) {
    for (const day of calendar.getHolidays(year, language)) {
      if (!types.includes(day.type)) continue;
      const date = day.date.slice(0, 10);
      const time = day.date.slice(11, 16);
      const name = day.name;
      if (time !== "00:00") {
        if (date >= range.from && date <= range.to)
          holidays.push({ date, from: time, to: "24:00", name });
        continue;
      }
      // A holiday of several days: one entry per local date (a day of 23 or 25 hours rounds).
      const days = Math.max(1, Math.round((day.end.getTime() - day.start.getTime()) / DAY));
      let current = date;
      for (let n = 0; n < days; n++, current = nextDate(current)) {
        if (current >= range.from && current <= range.to) holidays.push({ date: current, name });
      }
    }
  }
  const seen = new Set<string>();
  return holidays
    .sort((a, b) => a.date.localeCompare(b.date) || (a.from ?? "").localeCompare(b.from ?? ""))
    .filter((h) => {
      const key = `${h.date} ${h.from ?? ""} ${h.name ?? ""}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
