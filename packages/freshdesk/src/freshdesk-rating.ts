/**
 * Freshdesk's classic satisfaction scale: seven answers, coded 103 (Extremely Happy) down to
 * -103 (Extremely Unhappy), with 100 for Neutral. Surveys with fewer answers use a subset
 * (a three-answer survey: 103, 100, -103).
 *
 * @example
 * ```ts
 * import { FRESHDESK_RATINGS } from "@rapport/freshdesk";
 * FRESHDESK_RATINGS[101]; // "Happy"
 * ```
 */
export const FRESHDESK_RATINGS: Readonly<Record<number, string>> = Object.freeze({
  103: "Extremely Happy",
  102: "Very Happy",
  101: "Happy",
  100: "Neutral",
  [-101]: "Unhappy",
  [-102]: "Very Unhappy",
  [-103]: "Extremely Unhappy",
});

// The seven codes from worst to best: the rank of a code is its index. Internal: exported for
// the importer's messages, not from the package index.
export const ORDER: readonly number[] = [-103, -102, -101, 100, 101, 102, 103];

/**
 * Maps a Freshdesk rating code to the five-point CSAT scale of Rapport: the code's rank r on
 * the seven-point scale (0 for -103 … 6 for 103) spread linearly onto 1-5 and rounded,
 * `1 + round(4r / 6)`. So -103 → 1, -102 and -101 → 2, 100 → 3, 101 and 102 → 4, 103 → 5:
 * the order is kept, the ends stay the ends, Neutral stays the midpoint, and a three- or
 * five-answer survey lands on 1, 3, 5 or on 1-5 exactly. `undefined` for any other code.
 *
 * @example
 * ```ts
 * import { freshdeskRatingToFivePoint } from "@rapport/freshdesk";
 * freshdeskRatingToFivePoint(103); // 5
 * freshdeskRatingToFivePoint(-101); // 2
 * ```
 */
export function freshdeskRatingToFivePoint(code: unknown): 1 | 2 | 3 | 4 | 5 | undefined {
  const rank = typeof code === "number" ? ORDER.indexOf(code) : -1;
  return rank < 0 ? undefined : ((1 + Math.round((4 * rank) / 6)) as 1 | 2 | 3 | 4 | 5);
}
