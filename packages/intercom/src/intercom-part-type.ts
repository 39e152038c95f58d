import type { CaseStatus } from "@rapport/core";

/**
 * What a conversation part of a given `part_type` becomes:
 * - `message`: an interaction (`visibility` public or private), and a status change where
 *   the part also reopens the conversation;
 * - `assignment`: an interaction with a transfer to `assigned_to` (and a status change where
 *   it also reopens or unsnoozes);
 * - `status`: a status change in the case's history;
 * - `event`: nothing (a participant added, an attribute changed…), reported as ignored.
 *
 * @example
 * ```ts
 * import type { IntercomPartKind } from "@rapport/intercom";
 * const isStatus = (k: IntercomPartKind) => k.kind === "status";
 * ```
 */
export type IntercomPartKind =
  | {
      readonly kind: "message";
      readonly visibility: "public" | "private";
      readonly status?: CaseStatus;
    }
  | { readonly kind: "assignment"; readonly status?: CaseStatus }
  | { readonly kind: "status"; readonly status: CaseStatus }
  | { readonly kind: "event" };

/**
 * Intercom conversation part types and what each becomes (see {@link IntercomPartKind}).
 * Part types not listed are events.
 *
 * @example
 * ```ts
 * import { INTERCOM_PART_TYPES } from "@rapport/intercom";
 * INTERCOM_PART_TYPES.note; // { kind: "message", visibility: "private" }
 * ```
 */
export const INTERCOM_PART_TYPES: Readonly<Record<string, IntercomPartKind>> = Object.freeze({
  comment: { kind: "message", visibility: "public" },
  quick_reply: { kind: "message", visibility: "public" },
  note: { kind: "message", visibility: "private" },
  note_and_reopen: { kind: "message", visibility: "private", status: "open" },
  assignment: { kind: "assignment" },
  default_assignment: { kind: "assignment" },
  away_mode_assignment: { kind: "assignment" },
  assign_and_reopen: { kind: "assignment", status: "open" },
  assign_and_unsnooze: { kind: "assignment", status: "open" },
  open: { kind: "status", status: "open" },
  close: { kind: "status", status: "closed" },
  snoozed: { kind: "status", status: "on_hold" },
  unsnoozed: { kind: "status", status: "open" },
  timer_unsnooze: { kind: "status", status: "open" },
});

/**
 * What a conversation part becomes, by its `part_type`; unlisted types are events.
 *
 * @example
 * ```ts
 * import { intercomPartKind } from "@rapport/intercom";
 * intercomPartKind("close"); // { kind: "status", status: "closed" }
 * intercomPartKind("participant_added"); // { kind: "event" }
 * ```
 */
export function intercomPartKind(partType: string): IntercomPartKind {
  return Object.hasOwn(INTERCOM_PART_TYPES, partType)
    ? INTERCOM_PART_TYPES[partType]!
    : { kind: "event" };
}
