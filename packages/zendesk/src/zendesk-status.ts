import type { CaseStatus } from "@rapport/core";

/**
 * Zendesk ticket statuses and the case status each becomes. Zendesk calls an on-hold ticket
 * `hold`; everything else keeps its name. (Incremental exports also list `deleted` tickets:
 * those are not a status of a live case and the importer reports them as ignored.)
 *
 * @example
 * ```ts
 * import { ZENDESK_STATUSES } from "@rapport/zendesk";
 * ZENDESK_STATUSES.hold; // "on_hold"
 * ```
 */
export const ZENDESK_STATUSES: Readonly<Record<string, CaseStatus>> = Object.freeze({
  new: "new",
  open: "open",
  pending: "pending",
  hold: "on_hold",
  solved: "solved",
  closed: "closed",
});

/**
 * Maps a Zendesk ticket status to a case status; `undefined` for anything Zendesk does not
 * document (the importer then rejects the ticket, naming the field `status`).
 *
 * @example
 * ```ts
 * import { zendeskStatus } from "@rapport/zendesk";
 * zendeskStatus("hold"); // "on_hold"
 * zendeskStatus("archived"); // undefined
 * ```
 */
export function zendeskStatus(value: unknown): CaseStatus | undefined {
  return typeof value === "string" && Object.hasOwn(ZENDESK_STATUSES, value)
    ? ZENDESK_STATUSES[value]
    : undefined;
}
