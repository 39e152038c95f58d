import { safeParseCase } from "@rapport/core";
import { addCase } from "@rapport/source-kit";
import type { ChatwootContext } from "./chatwoot-context";
import { channelOfConversation, customerOfConversation } from "./chatwoot-joins";
import { chatwootLookups } from "./chatwoot-lookups";
import type { ChatwootConversation } from "./chatwoot-payload";

const { status: STATUS, priority: PRIORITY, channel: CHANNEL } = chatwootLookups;

/** A conversation: a case. */
export function mapConversation(conversation: ChatwootConversation, context: ChatwootContext) {
  const { out, id, ref, state } = context;
  const cid = conversation.id;
  const customer = customerOfConversation(conversation);
  if (!customer) {
    out.reject("conversation", cid, "meta.sender.id", "expected the conversation's contact");
    return;
  }
  const channel = channelOfConversation(conversation, state.inboxChannels);
  if (!channel) {
    const code = conversation.meta?.channel ?? conversation.channel;
    out.reject(
      "conversation",
      cid,
      CHANNEL.field,
      code === null || code === undefined
        ? "expected the conversation's channel: meta.channel, or its inbox in the same import"
        : CHANNEL.reason(code),
    );
    return;
  }
  const status = STATUS.get(conversation.status);
  if (!status) {
    out.reject("conversation", cid, STATUS.field, STATUS.reason(conversation.status));
    return;
  }
  const priority = PRIORITY.get(conversation.priority);
  if (!priority) {
    out.reject("conversation", cid, PRIORITY.field, PRIORITY.reason(conversation.priority));
    return;
  }
  const updatedAt = conversation.updated_at ?? conversation.last_activity_at;
  const subject = conversation.additional_attributes?.mail_subject;
  const { assignee, team } = conversation.meta ?? {};
  addCase(
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
      assigneeId: assignee?.id ? id(assignee.id) : undefined,
      teamId: team?.id ? id(team.id) : undefined,
      createdAt: conversation.created_at,
      updatedAt,
      firstReplyAt: conversation.first_reply_created_at,
      tags: conversation.labels,
      source: ref(cid),
    },
    safeParseCase,
  );
}
