import { expectedMessage } from "@rapport/stats";

// Checks of names the runtime's Intl knows, apart from the schemas so that code which needs
// only a check does not pull in zod.

// Building an Intl.DateTimeFormat costs tens of microseconds, and calendar functions check
// their zone on every call: names found valid are remembered (a bounded set; valid names are
// few, so only case variants could fill it).
const knownTimeZones = /* @__PURE__ */ new Set<string>();
const MAX_KNOWN_TIME_ZONES = 2048;

/**
 * Whether a value names an IANA time zone this runtime knows (e.g. `"Europe/Berlin"`, `"UTC"`).
 *
 * @example
 * ```ts
 * import { isTimeZone } from "@rapport/core";
 * isTimeZone("Europe/Berlin"); // true
 * isTimeZone("Berlin"); // false
 * ```
 */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== "string" || value.length === 0) return false;
  if (knownTimeZones.has(value)) return true;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
  } catch {
    return false;
  }
  if (knownTimeZones.size < MAX_KNOWN_TIME_ZONES) knownTimeZones.add(value);
  return true;
}

/**
 * Checks a time-zone argument and returns it: anything but a string is a `TypeError`, a string
 * that {@link isTimeZone} does not know a `RangeError`, with the message written by
 * `expectedMessage` of `@rapport/stats`.
 *
 * @param where - The function and the argument, e.g. `"scoreTrend: options.timeZone"`.
 *
 * @example
 * ```ts
 * import { checkTimeZone } from "@rapport/core";
 * checkTimeZone("scoreTrend: options.timeZone", "Europe/Berlin"); // "Europe/Berlin"
 * checkTimeZone("scoreTrend: options.timeZone", "Mars/Olympus");
 * // RangeError: scoreTrend: options.timeZone: expected an IANA time-zone name such as
 * // "Europe/Berlin", received "Mars/Olympus"
 * ```
 */
export function checkTimeZone(where: string, value: unknown): string {
  const expected = 'an IANA time-zone name such as "Europe/Berlin"';
  if (typeof value !== "string") throw new TypeError(expectedMessage(where, expected, value));
  if (!isTimeZone(value)) throw new RangeError(expectedMessage(where, expected, value));
  return value;
}

/**
 * Whether a value is one well-formed BCP 47 language tag (e.g. `"en-GB"`, `"pt-BR"`).
 *
 * @example
 * ```ts
 * import { isLocale } from "@rapport/core";
 * isLocale("fr-CA"); // true
 * isLocale("english!"); // false
 * ```
 */
export function isLocale(value: unknown): value is string {
  if (typeof value !== "string") return false;
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}
