import type { CasePriority } from "@rapport/core";

/**
 * Freshdesk ticket priorities (numeric codes) and the case priority each becomes:
 * 1 Low, 2 Medium (→ `normal`), 3 High, 4 Urgent.
 *
 * @example
 * ```ts
 * import { FRESHDESK_PRIORITIES } from "@rapport/freshdesk";
 * FRESHDESK_PRIORITIES[2]; // "normal"
 * ```
 */
export const FRESHDESK_PRIORITIES: Readonly<Record<number, CasePriority>> = Object.freeze({
  1: "low",
  2: "normal",
  3: "high",
  4: "urgent",
});

/**
 * Maps a Freshdesk priority code to a case priority; a missing one is `normal`, an unknown
 * one `undefined`.
 *
 * @example
 * ```ts
 * import { freshdeskPriority } from "@rapport/freshdesk";
 * freshdeskPriority(4); // "urgent"
 * ```
 */
export function freshdeskPriority(code: unknown): CasePriority | undefined {
  if (code === null || code === undefined) return "normal";
  return typeof code === "number" && Object.hasOwn(FRESHDESK_PRIORITIES, code)
    ? FRESHDESK_PRIORITIES[code]
    : undefined;
}
