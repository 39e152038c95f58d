import type { CountryCode } from "libphonenumber-js/min";
import { parsePhoneNumberFromString } from "libphonenumber-js/min";
import type { Normalized } from "./normalize-email";

/**
 * Options of {@link normalizePhone}.
 *
 * @example
 * ```ts
 * import type { PhoneOptions } from "@rapport/identity";
 * const options: PhoneOptions = { defaultRegion: "GB" };
 * ```
 */
export interface PhoneOptions {
  /**
   * The ISO 3166-1 alpha-2 region of numbers written without a country code (`"GB"`: `07700
   * 900123` is `+447700900123`). Without it such a number is reported, never guessed.
   */
  readonly defaultRegion?: string;
}

/**
 * Normalises a phone number to E.164 (`+447700900123`) with
 * [libphonenumber-js](https://gitlab.com/catamphetamine/libphonenumber-js), the maintained
 * port of Google's libphonenumber (its compact metadata). A number that is not a possible number
 * of its region is `{ ok: false, reason }` and never joins.
 *
 * @example
 * ```ts
 * import { normalizePhone } from "@rapport/identity";
 * normalizePhone("07700 900123", { defaultRegion: "GB" }); // { ok: true, value: "+447700900123" }
 * normalizePhone("+1 (415) 555-2671"); // { ok: true, value: "+14155552671" }
 * normalizePhone("12"); // { ok: false, reason: "not a phone number: …" }
 * ```
 */
export function normalizePhone(value: string, options: PhoneOptions = {}): Normalized {
  const text = value.trim();
  const region = options.defaultRegion?.toUpperCase() as CountryCode | undefined;
  const parsed = parsePhoneNumberFromString(
    text,
    region === undefined ? {} : { defaultCountry: region },
  );
  if (parsed === undefined) {
    return {
      ok: false,
      reason:
        text.startsWith("+") || region !== undefined
          ? `not a phone number: "${text}"`
          : `not a phone number: "${text}" has no country code and no default region was given`,
    };
  }
  if (!parsed.isPossible()) {
    return {
      ok: false,
      reason: `not a phone number: "${text}" has the wrong length for ${parsed.country ?? `+${parsed.countryCallingCode}`}`,
    };
  }
  return { ok: true, value: parsed.number };
}
