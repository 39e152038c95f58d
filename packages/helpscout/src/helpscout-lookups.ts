import type { Agent, CaseStatus, Channel } from "@rapport/core";
import { defineLookup } from "@rapport/source-kit";

/**
 * What a Help Scout thread is, by its `type`: a message (with who wrote it when the type says
 * so, its visibility and its channel when the type fixes one) or an event of the conversation
 * (a line item such as a status change or a workflow, a forward).
 *
 * @example
 * ```ts
 * import type { HelpScoutThreadKind } from "@rapport/helpscout";
 * const note: HelpScoutThreadKind = { kind: "message", visibility: "private", author: "agent" };
 * ```
 */
export type HelpScoutThreadKind =
  | {
      readonly kind: "message";
      readonly visibility: "public" | "private";
      readonly author?: "customer" | "agent";
      readonly channel?: Channel;
    }
  | { readonly kind: "event"; readonly reason: string };

/**
 * Help Scout's code tables, each with its own "expected one of …" message: `status` (a
 * conversation's), `channel` (a conversation's `type`), `threadType`, `threadStatus` (the status
 * a thread set, `nochange` when none), `author` (`createdBy.type`), `role` (a user's) and
 * `rating` (a satisfaction rating, as a score on the five-point scale).
 *
 * @example
 * ```ts
 * import { helpScoutLookups } from "@rapport/helpscout";
 * helpScoutLookups.status.get("active"); // "open"
 * helpScoutLookups.rating.get("okay"); // 3
 * helpScoutLookups.channel.reason("fax"); // 'expected one of "email" | "chat" | "phone", received "fax"'
 * ```
 */
export const helpScoutLookups = {
  // `spam` is not a status of the model: such conversations are ignored before this table.
  status: /* @__PURE__ */ defineLookup<CaseStatus>({
    field: "status",
    table: { active: "open", open: "open", pending: "pending", closed: "closed" },
  }),
  channel: /* @__PURE__ */ defineLookup<Channel>({
    field: "type",
    table: { email: "email", chat: "chat", phone: "phone" },
  }),
  threadType: /* @__PURE__ */ defineLookup<HelpScoutThreadKind>({
    field: "type",
    table: {
      customer: { kind: "message", visibility: "public", author: "customer" },
      reply: { kind: "message", visibility: "public", author: "agent" },
      message: { kind: "message", visibility: "public", author: "agent" },
      note: { kind: "message", visibility: "private", author: "agent" },
      chat: { kind: "message", visibility: "public", channel: "chat" },
      beaconchat: { kind: "message", visibility: "public", channel: "chat" },
      phone: { kind: "message", visibility: "public", channel: "phone" },
      lineitem: {
        kind: "event",
        reason: "a line item: an event of the conversation, not a message",
      },
      forwardparent: { kind: "event", reason: "a forward to someone outside the conversation" },
      forwardchild: { kind: "event", reason: "a forward to someone outside the conversation" },
    },
  }),
  // Where a thread came in, for threads whose conversation is not in the import.
  source: /* @__PURE__ */ defineLookup<Channel>({
    field: "source.type",
    table: {
      email: "email",
      emailfwd: "email",
      notification: "email",
      web: "web",
      api: "web",
      chat: "chat",
      beacon: "chat",
      "beacon-v2": "chat",
      phone: "phone",
      mobile: "messaging",
    },
  }),
  threadStatus: defineLookup<CaseStatus | "nochange" | "spam">({
    field: "status",
    table: {
      nochange: "nochange",
      active: "open",
      open: "open",
      pending: "pending",
      closed: "closed",
      spam: "spam",
    },
    missing: "nochange",
  }),
  author: defineLookup<"customer" | "agent" | "bot">({
    field: "createdBy.type",
    table: { customer: "customer", user: "agent", team: "agent", system_user: "bot" },
  }),
  role: defineLookup<Agent["role"]>({
    field: "role",
    table: { owner: "admin", admin: "admin", user: "agent" },
  }),
  // Help Scout asks "How would you rate my reply?": Great, Okay or Not Good. On the five-point
  // scale they are 5, 3 and 1, so that CSAT (the share of 4 and 5) counts "great" alone as
  // satisfied. `bad` is the satisfaction webhook's word for "not good".
  rating: defineLookup<1 | 3 | 5>({
    field: "rating",
    table: { great: 5, okay: 3, not_good: 1, bad: 1 },
  }),
} as const;

/**
 * A rating as Help Scout writes it (`"great"`, `"not_good"`, the webhook's `"Great"`,
 * `"Not Good"`), in the words of {@link helpScoutLookups}'s `rating` table.
 *
 * @example
 * ```ts
 * import { helpScoutRatingCode } from "@rapport/helpscout";
 * helpScoutRatingCode("Not Good"); // "not_good"
 * helpScoutRatingCode("not-good"); // "not_good"
 * ```
 */
export function helpScoutRatingCode(rating: string): string {
  return rating
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}
