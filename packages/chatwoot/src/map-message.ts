import type { Interaction } from "@rapport/core";
import { withEnrichment } from "@rapport/source-kit";
import type { ChatwootContext } from "./chatwoot-context";
import { chatwootLookups, chatwootMessageKind } from "./chatwoot-lookups";
import type { ChatwootMessage } from "./chatwoot-payload";

const { sender: SENDER, messageType: MESSAGE_TYPE } = chatwootLookups;

/** A message: an interaction of its conversation; activity lines and failed sends are ignored. */
export function mapMessage(message: ChatwootMessage, context: ChatwootContext): void {
  const { out, id, ref, state } = context;
  const mid = message.id;
  const kind = chatwootMessageKind(message.message_type);
  if (!kind) {
    out.reject("message", mid, MESSAGE_TYPE.field, MESSAGE_TYPE.reason(message.message_type));
    return;
  }
  if (kind === "activity") {
    out.ignore("message", mid, "an activity message: the conversation's own log, not a message");
    return;
  }
  if (message.status === "failed") {
    out.ignore("message", mid, 'its delivery failed (status "failed"): nobody received it');
    return;
  }
  const conversationId = message.conversation_id ?? message.conversation?.id;
  if (!conversationId) {
    out.reject("message", mid, "conversation_id", "expected the message's conversation id");
    return;
  }
  const facts = state.conversations.get(conversationId) ?? {};
  if (!facts.customer) {
    out.reject(
      "message",
      mid,
      "conversation_id",
      `expected the contact of conversation ${conversationId}: the conversation, or a message from the contact, in the same import`,
    );
    return;
  }
  const channel = facts.channel;
  if (!channel) {
    out.reject(
      "message",
      mid,
      "inbox_id",
      `expected the channel of conversation ${conversationId}: the conversation, or its inbox (GET /inboxes), in the same import`,
    );
    return;
  }
  const sender = message.sender;
  const who =
    sender?.type !== null && sender?.type !== undefined
      ? SENDER.get(sender.type)
      : kind === "incoming"
        ? "customer"
        : kind === "template"
          ? "bot"
          : "system";
  if (!who) {
    out.reject("message", mid, SENDER.field, SENDER.reason(sender?.type));
    return;
  }
  // Built to the Interaction schema directly, in its field order: every field is already
  // checked (ids non-empty, the channel and author kind from the tables, a valid date) and the
  // schema has no cross-field rule, so no second parse is needed.
  const interaction = {
    id: id(mid),
    customerId: id(facts.customer),
    caseId: id(conversationId),
    channel,
    direction: kind === "incoming" ? "inbound" : "outbound",
    author: sender?.id ? { kind: who, id: id(sender.id) } : { kind: who },
    visibility: message.private === true ? "private" : "public",
    occurredAt: message.created_at,
    tags: [],
    source: ref(mid),
  } as Record<string, unknown> as Interaction;
  const { enrich } = context.options;
  // Only under `enrich` is the content read: the import without it builds no second object.
  const { content } = message;
  out.accept(
    "interactions",
    "message",
    mid,
    enrich
      ? withEnrichment(interaction, typeof content === "string" ? content : undefined, enrich)
      : interaction,
  );
}
