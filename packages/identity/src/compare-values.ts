import { jaroWinkler } from "@skyra/jaro-winkler";
import { distance } from "fastest-levenshtein";
import type { ComparatorName } from "./identity-rules";

/**
 * The labels of each comparator's agreement levels, strongest first: level `i` of
 * {@link compareValues} is `COMPARATOR_LEVELS[comparator][i]`.
 *
 * @example
 * ```ts
 * import { COMPARATOR_LEVELS, compareValues } from "@rapport/identity";
 * COMPARATOR_LEVELS.name[compareValues("name", "Allen", "Alen")]; // "Jaro-Winkler ≥ 0.92"
 * ```
 */
export const COMPARATOR_LEVELS: Readonly<Record<ComparatorName, readonly string[]>> = {
  exact: ["equal", "different"],
  name: ["equal", "Jaro-Winkler ≥ 0.92", "Jaro-Winkler ≥ 0.80", "different"],
  text: ["equal", "Levenshtein 1", "Levenshtein 2", "different"],
  date: ["equal", "one character apart", "two characters apart", "different"],
  email: ["equal", "same local part", "Jaro-Winkler ≥ 0.88", "different"],
  phone: ["equal", "same last seven digits", "different"],
};

const counts = new Int32Array(128);

/**
 * An upper bound of the Jaro-Winkler similarity from the characters the strings share (Jaro
 * counts at most those as matching; the prefix bonus adds at most 4 × 0.1 × (1 - Jaro)). It lets
 * clearly different names skip the full computation; the levels are the same either way.
 */
function jaroWinklerBound(a: string, b: string): number {
  for (let i = 0; i < a.length; i += 1) {
    const code = a.charCodeAt(i);
    if (code >= 128) return 1;
    counts[code]! += 1;
  }
  let common = 0;
  for (let i = 0; i < b.length; i += 1) {
    const code = b.charCodeAt(i);
    if (code < 128 && counts[code]! > 0) {
      counts[code]! -= 1;
      common += 1;
    }
  }
  counts.fill(0);
  const jaro = (common / a.length + common / b.length + 1) / 3;
  return common === 0 ? 0 : jaro + 0.4 * (1 - jaro);
}

/**
 * The agreement level of two values under a comparator (0 the strongest), or `-1` when either
 * is missing: a missing value is no evidence either way.
 *
 * Jaro-Winkler comes from `@skyra/jaro-winkler`, Levenshtein distance from
 * `fastest-levenshtein`.
 *
 * @example
 * ```ts
 * import { compareValues } from "@rapport/identity";
 * compareValues("name", "Allen", "Alen"); // 1 (Jaro-Winkler 0.95)
 * compareValues("date", "1971-06-24", "1971-05-24"); // 1
 * compareValues("exact", "", "London"); // -1
 * ```
 */
export function compareValues(
  comparator: ComparatorName,
  left: string | undefined,
  right: string | undefined,
): number {
  if (left === undefined || right === undefined) return -1;
  const a = cleanValue(left);
  const b = cleanValue(right);
  return a === null || b === null ? -1 : compareCleaned(comparator, a, b);
}

/** A value as comparators see it: trimmed and lower-cased, `null` when empty. */
export function cleanValue(value: string | undefined): string | null {
  if (value === undefined) return null;
  const cleaned = value.trim().toLowerCase();
  return cleaned === "" ? null : cleaned;
}

/** `compareValues` on two values already cleaned by `cleanValue`. */
export function compareCleaned(comparator: ComparatorName, a: string, b: string): number {
  if (a === b) return 0;
  switch (comparator) {
    case "exact":
      return 1;
    case "name": {
      if (jaroWinklerBound(a, b) < 0.8) return 3;
      const similarity = jaroWinkler(a, b);
      return similarity >= 0.92 ? 1 : similarity >= 0.8 ? 2 : 3;
    }
    case "text":
    case "date": {
      const d = distance(a, b);
      return d <= 1 ? 1 : d <= 2 ? 2 : 3;
    }
    case "email": {
      const at = (s: string) => (s.includes("@") ? s.slice(0, s.lastIndexOf("@")) : s);
      if (at(a) === at(b)) return 1;
      if (jaroWinklerBound(a, b) < 0.88) return 3;
      return jaroWinkler(a, b) >= 0.88 ? 2 : 3;
    }
    case "phone": {
      const da = a.replace(/\D/g, "");
      const db = b.replace(/\D/g, "");
      if (da === db) return 0;
      return da.length >= 7 && da.slice(-7) === db.slice(-7) ? 1 : 2;
    }
  }
}
