import type { CasePriority, CaseStatus, Channel } from "@rapport/core";
import { defineLookup } from "@rapport/source-kit";

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
 * The code tables of Intercom: conversation `state`, `priority`, `source.type` (the channel),
 * conversation `part_type` and the `author.type` of a part, each with its own "expected one
 * of …" message.
 *
 * @example
 * ```ts
 * import { intercomLookups } from "@rapport/intercom";
 * intercomLookups.state.get("snoozed"); // "on_hold"
 * intercomLookups.author.get("lead"); // "customer"
 * ```
 */
export const intercomLookups = {
  // A snoozed conversation waits, on the team's side, until a set time: `on_hold`. Intercom
  // has one step for ending a conversation, `closed`, and reopens it when the customer writes.
  state: /* @__PURE__ */ defineLookup<CaseStatus>({
    field: "state",
    table: { open: "open", closed: "closed", snoozed: "on_hold" },
  }),
  // The two-valued flag of API versions up to 2.13 (`priority` / `not_priority`) and the
  // levels of later versions (`none`, `low`, `medium`, `high`, `urgent`); missing is normal.
  priority: /* @__PURE__ */ defineLookup<CasePriority>({
    field: "priority",
    table: {
      priority: "high",
      not_priority: "normal",
      none: "normal",
      low: "low",
      medium: "normal",
      high: "high",
      urgent: "urgent",
    },
    missing: "normal",
  }),
  // `conversation` is a Messenger conversation (live chat), also when the type is missing;
  // `push` a message sent to the app.
  channel: /* @__PURE__ */ defineLookup<Channel>({
    field: "source.type",
    table: {
      conversation: "chat",
      email: "email",
      facebook: "social",
      instagram: "social",
      twitter: "social",
      phone_call: "phone",
      phone_switch: "phone",
      sms: "sms",
      whatsapp: "messaging",
      push: "messaging",
    },
    missing: "chat",
  }),
  // Part types not listed are events.
  partType: /* @__PURE__ */ defineLookup<IntercomPartKind>({
    field: "part_type",
    table: {
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
    },
    otherwise: { kind: "event" },
  }),
  // Who wrote a part or the opening message.
  author: defineLookup<"customer" | "agent" | "bot">({
    field: "author.type",
    table: {
      user: "customer",
      lead: "customer",
      contact: "customer",
      admin: "agent",
      team: "agent",
      bot: "bot",
    },
  }),
} as const;

/**
 * Intercom conversation states and the case status each becomes (`snoozed` is `on_hold`).
 *
 * @example
 * ```ts
 * import { INTERCOM_STATES } from "@rapport/intercom";
 * INTERCOM_STATES.snoozed; // "on_hold"
 * ```
 */
export const INTERCOM_STATES: Readonly<Record<string, CaseStatus>> = intercomLookups.state.table;

/**
 * Intercom conversation priorities and the case priority each becomes.
 *
 * @example
 * ```ts
 * import { INTERCOM_PRIORITIES } from "@rapport/intercom";
 * INTERCOM_PRIORITIES.priority; // "high"
 * ```
 */
export const INTERCOM_PRIORITIES: Readonly<Record<string, CasePriority>> =
  intercomLookups.priority.table;

/**
 * Intercom conversation `source.type` values and the channel each becomes.
 *
 * @example
 * ```ts
 * import { INTERCOM_CHANNELS } from "@rapport/intercom";
 * INTERCOM_CHANNELS.conversation; // "chat"
 * ```
 */
export const INTERCOM_CHANNELS: Readonly<Record<string, Channel>> = intercomLookups.channel.table;

/**
 * Intercom conversation part types and what each becomes (see {@link IntercomPartKind}).
 *
 * @example
 * ```ts
 * import { INTERCOM_PART_TYPES } from "@rapport/intercom";
 * INTERCOM_PART_TYPES.note; // { kind: "message", visibility: "private" }
 * ```
 */
export const INTERCOM_PART_TYPES: Readonly<Record<string, IntercomPartKind>> =
  intercomLookups.partType.table;

/**
 * Maps an Intercom conversation `state` to a case status; `undefined` for anything else.
 *
 * @example
 * ```ts
 * import { intercomState } from "@rapport/intercom";
 * intercomState("closed"); // "closed"
 * intercomState("pending"); // undefined
 * ```
 */
export function intercomState(value: unknown): CaseStatus | undefined {
  return intercomLookups.state.get(value) ?? undefined;
}

/**
 * Maps an Intercom conversation `priority` to a case priority; a missing one is `normal`,
 * an unknown one `undefined`.
 *
 * @example
 * ```ts
 * import { intercomPriority } from "@rapport/intercom";
 * intercomPriority("not_priority"); // "normal"
 * ```
 */
export function intercomPriority(value: unknown): CasePriority | undefined {
  return intercomLookups.priority.get(value);
}

/**
 * Maps an Intercom `source.type` to a channel; a missing one is `chat` (the Messenger), an
 * unknown one `undefined`.
 *
 * @example
 * ```ts
 * import { intercomChannel } from "@rapport/intercom";
 * intercomChannel("phone_call"); // "phone"
 * ```
 */
export function intercomChannel(value: unknown): Channel | undefined {
  return intercomLookups.channel.get(value);
}

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
  return intercomLookups.partType.get(partType) ?? { kind: "event" };
}
