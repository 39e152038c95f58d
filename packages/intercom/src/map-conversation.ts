import { type Case, safeParseCase } from "@rapport/core";
import { addCase, afterAsOfReason, sourceIdOf } from "@rapport/source-kit";
import { type ConversationFacts, mapConversationRecords, partsOf } from "./conversation-records";
import {
  type IntercomContext,
  type IntercomJoinContext,
  type IntercomRecords,
  isObject,
} from "./intercom-context";
import { intercomLookups, intercomPartKind } from "./intercom-lookups";
import type { IntercomConversation, IntercomPart } from "./intercom-payload";

type StatusChange = Case["statusHistory"][number];
const { state: STATE, priority: PRIORITY, channel: CHANNEL, author: AUTHOR } = intercomLookups;

/**
 * Before the conversations: the newest copy of each first (imported; the others duplicates).
 * The parts of a conversation that did not parse are ignored with the reason, not dropped.
 */
export function joinConversations(records: IntercomRecords, context: IntercomJoinContext): void {
  const conversations = records.conversation;
  const parsed = new Set(conversations.map((c) => c.id));
  for (const raw of context.raws("conversation")) {
    const id = sourceIdOf(raw);
    const list = isObject(raw) ? raw["conversation_parts"] : undefined;
    const parts = isObject(list) ? list["conversation_parts"] : undefined;
    if ((id !== null && parsed.has(id)) || !Array.isArray(parts)) continue;
    for (const part of parts) {
      context.out.ignore(
        "conversation_part",
        sourceIdOf(part),
        `its conversation ${id ?? "(without an id)"} did not parse`,
      );
    }
  }
  const time = (c: IntercomConversation) => (c.updated_at ?? c.created_at).getTime();
  const newest = new Map<string, IntercomConversation>();
  for (const c of conversations) {
    const seen = newest.get(c.id);
    if (!seen || time(c) > time(seen)) newest.set(c.id, c);
  }
  const first = new Set(newest.values());
  records.conversation = [...first, ...conversations.filter((c) => !first.has(c))];
}

function customerOf(conversation: IntercomConversation): string | undefined {
  const contact = conversation.contacts?.contacts?.[0]?.id;
  if (contact) return contact;
  const author = conversation.source?.author;
  return author?.id && author.type && AUTHOR.get(author.type) === "customer"
    ? author.id
    : undefined;
}

/** The status history: a conversation starts open; parts that close, reopen or snooze it follow. */
function historyOf(
  conversation: IntercomConversation,
  parts: readonly IntercomPart[],
  status: Case["status"],
) {
  const history: StatusChange[] = [{ status: "open", at: conversation.created_at }];
  let lastClose: Date | undefined;
  let firstAdminReply: Date | undefined;
  for (const part of parts) {
    const kind = intercomPartKind(part.part_type);
    const next = "status" in kind ? kind.status : undefined;
    if (next && next !== history.at(-1)?.status)
      history.push({ status: next, at: part.created_at });
    if (next === "closed") lastClose = part.created_at;
    if (
      kind.kind === "message" &&
      kind.visibility === "public" &&
      part.author?.type === "admin" &&
      !firstAdminReply
    ) {
      firstAdminReply = part.created_at;
    }
  }
  if (history.at(-1)?.status !== status) {
    history.push({ status, at: conversation.updated_at ?? conversation.created_at });
  }
  let reopens = 0;
  history.forEach((change, index) => {
    if (index > 0 && change.status === "open" && history[index - 1]?.status === "closed") reopens++;
  });
  return { history, lastClose, firstAdminReply, reopens };
}

/** A conversation: a case, then its opening message, parts and rating. */
export function mapConversation(
  conversation: IntercomConversation,
  context: IntercomContext,
): void {
  const { out, asOf, id } = context;
  const cid = conversation.id;
  const parts = partsOf(conversation, context);
  const skipParts = (reason: string) => {
    for (const part of parts) out.ignore("conversation_part", part.id, reason);
  };
  const customer = customerOf(conversation);
  const channel = CHANNEL.get(conversation.source?.type);
  if (out.has("conversation", cid)) {
    // A re-sent conversation: each of its records is a duplicate, or ignored as before.
    out.duplicate("conversation", cid);
    if (customer && channel)
      mapConversationRecords(parts, { conversation, customer, channel }, context);
    else skipParts(`its conversation ${cid} was imported from another copy`);
    return;
  }
  const fail = (field: string, reason: string) => {
    out.reject("conversation", cid, field, reason);
    skipParts(`its conversation ${cid} was not imported`);
  };
  if (!customer) {
    fail(
      "contacts",
      "expected a contact (contacts.contacts[0].id, or a user or lead as source.author)",
    );
    return;
  }
  if (!channel) {
    fail(CHANNEL.field, CHANNEL.reason(conversation.source?.type));
    return;
  }
  const status =
    conversation.state === null || conversation.state === undefined
      ? conversation.open === true
        ? "open"
        : conversation.open === false
          ? "closed"
          : undefined
      : STATE.get(conversation.state);
  if (!status) {
    fail(STATE.field, STATE.reason(conversation.state));
    return;
  }
  const priority = PRIORITY.get(conversation.priority);
  if (!priority) {
    fail(PRIORITY.field, PRIORITY.reason(conversation.priority));
    return;
  }
  if (conversation.created_at.getTime() > asOf.getTime()) {
    fail("created_at", afterAsOfReason(conversation.created_at, asOf));
    return;
  }
  const { history, lastClose, firstAdminReply, reopens } = historyOf(conversation, parts, status);
  const stats = conversation.statistics;
  const solvedAt = stats?.last_close_at ?? lastClose;
  const firstReplyAt = stats?.first_admin_reply_at ?? firstAdminReply;
  const tags = (conversation.tags?.tags ?? []).map((tag) => tag.name);
  const subject = conversation.title || conversation.source?.subject;
  const accepted = addCase(
    out,
    "conversation",
    cid,
    {
      id: id(cid),
      customerId: id(customer),
      subject,
      channel,
      status,
      priority,
      assigneeId: conversation.admin_assignee_id ? id(conversation.admin_assignee_id) : undefined,
      teamId: conversation.team_assignee_id ? id(conversation.team_assignee_id) : undefined,
      createdAt: conversation.created_at,
      updatedAt: conversation.updated_at,
      firstReplyAt,
      solvedAt,
      closedAt: status === "closed" ? solvedAt : undefined,
      reopenCount: stats?.count_reopens ?? reopens,
      tags,
      statusHistory: history,
      source: context.ref(cid),
    },
    safeParseCase,
  );
  if (!accepted) {
    skipParts(`its conversation ${cid} was not imported`);
    return;
  }
  const facts: ConversationFacts = { conversation, customer, channel };
  mapConversationRecords(parts, facts, context);
}
