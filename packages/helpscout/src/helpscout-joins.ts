import { conversationFacts } from "@rapport/source-kit";
import type { HelpScoutJoinContext, HelpScoutRecords } from "./helpscout-context";
import { helpScoutLookups } from "./helpscout-lookups";
import type { HelpScoutConversation } from "./helpscout-payload";

const { channel: CHANNEL, author: AUTHOR } = helpScoutLookups;

/** A conversation's customer: `primaryCustomer`, else the webhook's `customer`, else its creator. */
export function customerOfConversation(conversation: HelpScoutConversation): string | undefined {
  const creator = conversation.createdBy;
  const created =
    creator?.id && creator.type && AUTHOR.get(creator.type) === "customer" ? creator.id : undefined;
  return conversation.primaryCustomer?.id ?? conversation.customer?.id ?? created;
}

/**
 * Before the conversations: the threads of each conversation, oldest first, and each
 * conversation's customer and channel, for its threads and ratings.
 */
export function joinConversations(
  records: HelpScoutRecords,
  { state }: HelpScoutJoinContext,
): void {
  for (const thread of records.thread) {
    if (!thread.conversationId) continue;
    const list = state.threads.get(thread.conversationId);
    if (list) list.push(thread);
    else state.threads.set(thread.conversationId, [thread]);
  }
  for (const list of state.threads.values()) {
    list.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  }
  for (const conversation of records.conversation) {
    const customer = customerOfConversation(conversation);
    const channel = CHANNEL.get(conversation.type);
    state.conversations.set(conversation.id, conversationFacts(customer, channel));
  }
}
