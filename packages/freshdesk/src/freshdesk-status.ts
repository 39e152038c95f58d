import type { CaseStatus } from "@rapport/core";

/**
 * Freshdesk's built-in ticket statuses (numeric codes) and the case status each becomes:
 * 2 Open, 3 Pending, 4 Resolved (→ `solved`), 5 Closed. Accounts can add statuses of their
 * own (6 and up); pass `statusMap` to the importer to map them.
 *
 * @example
 * ```ts
 * import { FRESHDESK_STATUSES } from "@rapport/freshdesk";
 * FRESHDESK_STATUSES[4]; // "solved"
 * ```
 */
export const FRESHDESK_STATUSES: Readonly<Record<number, CaseStatus>> = Object.freeze({
  2: "open",
  3: "pending",
  4: "solved",
  5: "closed",
});

/**
 * Maps a Freshdesk status code to a case status, looking in `overrides` first (custom
 * statuses); `undefined` for an unknown code.
 *
 * @example
 * ```ts
 * import { freshdeskStatus } from "@rapport/freshdesk";
 * freshdeskStatus(3); // "pending"
 * freshdeskStatus(6, { 6: "on_hold" }); // "on_hold"
 * ```
 */
export function freshdeskStatus(
  code: unknown,
  overrides?: Readonly<Record<number, CaseStatus>>,
): CaseStatus | undefined {
  if (typeof code !== "number" || !Number.isInteger(code)) return undefined;
  if (overrides && Object.hasOwn(overrides, code)) return overrides[code];
  return Object.hasOwn(FRESHDESK_STATUSES, code) ? FRESHDESK_STATUSES[code] : undefined;
}
