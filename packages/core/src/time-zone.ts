import { z } from "zod";

/**
 * Whether a string names an IANA time zone this runtime knows (e.g. `"Europe/Berlin"`, `"UTC"`).
 *
 * @example
 * ```ts
 * import { isTimeZone } from "@rapport/core";
 * isTimeZone("Europe/Berlin"); // true
 * isTimeZone("Berlin"); // false
 * ```
 */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return value.length > 0;
  } catch {
    return false;
  }
}

/**
 * An IANA time-zone name, such as `"America/New_York"`. Offsets such as `"+01:00"` are not
 * time zones: they do not follow daylight saving.
 *
 * @example
 * ```ts
 * import { TimeZoneSchema } from "@rapport/core";
 * TimeZoneSchema.parse("Europe/Paris"); // "Europe/Paris"
 * ```
 */
export const TimeZoneSchema = /* @__PURE__ */ z
  .string()
  .refine(isTimeZone, { error: 'expected an IANA time-zone name such as "Europe/Berlin"' });

/**
 * A BCP 47 language tag, such as `"en-GB"` or `"pt-BR"`.
 *
 * @example
 * ```ts
 * import { LocaleSchema } from "@rapport/core";
 * LocaleSchema.parse("fr-CA"); // "fr-CA"
 * ```
 */
export const LocaleSchema = /* @__PURE__ */ z.string().refine(
  (value) => {
    try {
      return Intl.getCanonicalLocales(value).length === 1;
    } catch {
      return false;
    }
  },
  { error: 'expected a BCP 47 language tag such as "en-GB"' },
);
