import { checkDate } from "@rapport/stats";
/**
 * The age below which a child's consent to online services needs a parent's authorisation,
 * by jurisdiction (ISO 3166-1 alpha-2 code; `"EU"` is the GDPR default). GDPR Art. 8(1) sets
 * 16 and lets member states lower it to no less than 13; the member-state figures are those
 * of their national implementing laws. `GB` is the UK GDPR (Data Protection Act 2018, s. 9);
 * `US` is COPPA (15 U.S.C. §6501, under 13). Pass your own table to override any of them.
 *
 * @example
 * ```ts
 * import { AGE_OF_DIGITAL_CONSENT } from "@rapport/consent";
 * AGE_OF_DIGITAL_CONSENT["FR"]; // 15
 * ```
 */
export const AGE_OF_DIGITAL_CONSENT: Readonly<Record<string, number>> = {
  EU: 16,
  AT: 14,
  BE: 13,
  BG: 14,
  CY: 14,
  CZ: 15,
  DE: 16,
  DK: 13,
  EE: 13,
  ES: 14,
  FI: 13,
  FR: 15,
  GR: 15,
  HR: 16,
  HU: 16,
  IE: 16,
  IT: 14,
  LT: 14,
  LU: 16,
  LV: 13,
  MT: 13,
  NL: 16,
  PL: 16,
  PT: 13,
  RO: 16,
  SE: 13,
  SI: 15,
  SK: 16,
  GB: 13,
  US: 13,
};

/** The age used where the jurisdiction is unknown or not in the table: the GDPR default. */
const DEFAULT_AGE = 16;

/**
 * The age of digital consent for a jurisdiction: its entry in the table, else that of its
 * country part (`"US-CA"` → `"US"`), else 16 (GDPR Art. 8(1), the most protective default).
 *
 * @example
 * ```ts
 * import { ageOfConsent } from "@rapport/consent";
 * ageOfConsent("DE"); // 16
 * ageOfConsent("BE"); // 13
 * ageOfConsent(undefined); // 16
 * ```
 */
export function ageOfConsent(
  jurisdiction: string | undefined,
  table: Readonly<Record<string, number>> = AGE_OF_DIGITAL_CONSENT,
): number {
  if (jurisdiction === undefined) return table["EU"] ?? DEFAULT_AGE;
  const code = jurisdiction.toUpperCase();
  return table[code] ?? table[code.split("-")[0]!] ?? table["EU"] ?? DEFAULT_AGE;
}

/**
 * A person's age in whole years on a date, counted on the UTC calendar (the birthday counts
 * from its first instant; someone born on 29 February turns a year older on 1 March in
 * common years). Throws a `TypeError` for an invalid date.
 *
 * @example
 * ```ts
 * import { ageAt } from "@rapport/consent";
 * ageAt(new Date("2010-06-15T00:00:00Z"), new Date("2026-06-14T23:59:59Z")); // 15
 * ageAt(new Date("2010-06-15T00:00:00Z"), new Date("2026-06-15T00:00:00Z")); // 16
 * ```
 */
export function ageAt(birthDate: Date, at: Date): number {
  for (const [name, value] of [
    ["birthDate", birthDate],
    ["at", at],
  ] as const) {
    checkDate(`ageAt: ${name}`, value);
  }
  let age = at.getUTCFullYear() - birthDate.getUTCFullYear();
  const monthDiff = at.getUTCMonth() - birthDate.getUTCMonth();
  if (monthDiff < 0 || (monthDiff === 0 && at.getUTCDate() < birthDate.getUTCDate())) age -= 1;
  return age;
}
