import type { CasePriority, CaseStatus, Channel } from "@rapport/core";
import { defineLookup } from "@rapport/source-kit";

/**
 * The code tables of Freshdesk: ticket `status`, `priority` and `source` (the channel), numeric
 * codes each with the model value it becomes and its own "expected one of …" message. Custom
 * statuses and newer sources are mapped with the importer's `statusMap` and `sourceMap`.
 *
 * @example
 * ```ts
 * import { freshdeskLookups } from "@rapport/freshdesk";
 * freshdeskLookups.status.get(4); // "solved"
 * freshdeskLookups.source.get(13, { 13: "messaging" }); // "messaging"
 * ```
 */
export const freshdeskLookups = {
  // 2 Open, 3 Pending, 4 Resolved (solved), 5 Closed; accounts add their own from 6.
  status: /* @__PURE__ */ defineLookup<CaseStatus>({
    field: "status",
    table: { 2: "open", 3: "pending", 4: "solved", 5: "closed" },
    integerCodes: true,
    overrideOption: "statusMap",
  }),
  // 1 Low, 2 Medium (normal), 3 High, 4 Urgent; missing is normal.
  priority: /* @__PURE__ */ defineLookup<CasePriority>({
    field: "priority",
    table: { 1: "low", 2: "normal", 3: "high", 4: "urgent" },
    integerCodes: true,
    missing: "normal",
  }),
  // The current API documents 1 Email, 2 Portal, 3 Phone, 7 Chat, 9 Feedback Widget and 10
  // Outbound Email; older accounts also have 4 Forum, 5 Twitter, 6 Facebook and 8 MobiHelp
  // (the in-app SDK). A missing source is email, Freshdesk's default.
  source: /* @__PURE__ */ defineLookup<Channel>({
    field: "source",
    table: {
      1: "email",
      2: "web",
      3: "phone",
      4: "self_service",
      5: "social",
      6: "social",
      7: "chat",
      8: "messaging",
      9: "web",
      10: "email",
    },
    integerCodes: true,
    missing: "email",
    overrideOption: "sourceMap",
  }),
} as const;

/**
 * Freshdesk's built-in ticket statuses (numeric codes) and the case status each becomes.
 *
 * @example
 * ```ts
 * import { FRESHDESK_STATUSES } from "@rapport/freshdesk";
 * FRESHDESK_STATUSES[4]; // "solved"
 * ```
 */
export const FRESHDESK_STATUSES: Readonly<Record<number, CaseStatus>> =
  freshdeskLookups.status.table;

/**
 * Freshdesk ticket priorities (numeric codes) and the case priority each becomes.
 *
 * @example
 * ```ts
 * import { FRESHDESK_PRIORITIES } from "@rapport/freshdesk";
 * FRESHDESK_PRIORITIES[2]; // "normal"
 * ```
 */
export const FRESHDESK_PRIORITIES: Readonly<Record<number, CasePriority>> =
  freshdeskLookups.priority.table;

/**
 * Freshdesk ticket source codes and the channel each becomes.
 *
 * @example
 * ```ts
 * import { FRESHDESK_SOURCES } from "@rapport/freshdesk";
 * FRESHDESK_SOURCES[9]; // "web" (the feedback widget)
 * ```
 */
export const FRESHDESK_SOURCES: Readonly<Record<number, Channel>> = freshdeskLookups.source.table;

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
  return freshdeskLookups.status.get(code, overrides);
}

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
  return freshdeskLookups.priority.get(code);
}

/**
 * Maps a Freshdesk source code to a channel, looking in `overrides` first; a missing source
 * is `email` (Freshdesk's default), an unknown one `undefined`.
 *
 * @example
 * ```ts
 * import { freshdeskSource } from "@rapport/freshdesk";
 * freshdeskSource(3); // "phone"
 * freshdeskSource(13, { 13: "messaging" }); // "messaging"
 * ```
 */
export function freshdeskSource(
  code: unknown,
  overrides?: Readonly<Record<number, Channel>>,
): Channel | undefined {
  return freshdeskLookups.source.get(code, overrides);
}
