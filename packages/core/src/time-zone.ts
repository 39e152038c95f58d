import * as z from "zod";
import { isLocale, isTimeZone } from "./intl-names";

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
  .refine(isTimeZone, { error: 'expected an IANA time-zone name such as "Europe/Berlin"' })
  .meta({ title: "TimeZone" });

/**
 * A BCP 47 language tag, such as `"en-GB"` or `"pt-BR"`.
 *
 * @example
 * ```ts
 * import { LocaleSchema } from "@rapport/core";
 * LocaleSchema.parse("fr-CA"); // "fr-CA"
 * ```
 */
export const LocaleSchema = /* @__PURE__ */ z
  .string()
  .refine(isLocale, { error: 'expected a BCP 47 language tag such as "en-GB"' })
  .meta({ title: "Locale" });
