import type { Channel } from "@rapport/core";
import { conversationFacts } from "@rapport/source-kit";
import type { ChatwootJoinContext, ChatwootRecords } from "./chatwoot-context";
import { chatwootLookups } from "./chatwoot-lookups";
import type { ChatwootConversation } from "./chatwoot-payload";

const { channel: CHANNEL } = chatwootLookups;

/** The contact of a conversation: its `meta.sender`, else its `contact_id`. */
export const customerOfConversation = (conversation: ChatwootConversation) =>
  conversation.meta?.sender?.id ?? conversation.contact_id ?? undefined;

/** The channel of a conversation: its own `meta.channel` (or `channel`), else its inbox's. */
export function channelOfConversation(
  conversation: ChatwootConversation,
  inboxChannels: ReadonlyMap<string, Channel>,
): Channel | undefined {
  const code = conversation.meta?.channel ?? conversation.channel;
  if (code !== null && code !== undefined) return CHANNEL.get(code);
  return conversation.inbox_id ? inboxChannels.get(conversation.inbox_id) : undefined;
}

/** Before the conversations: the channel of each inbox in the import. */
export function joinInboxes(records: ChatwootRecords, { state }: ChatwootJoinContext): void {
  for (const inbox of records.inbox) {
    const channel = CHANNEL.get(inbox.channel_type);
    if (channel) state.inboxChannels.set(inbox.id, channel);
  }
}

/**
 * Before the messages: each conversation's contact and channel, from the conversations in the
 * import, else from the messages themselves (the contact who wrote in, the inbox's channel).
 */
export function joinMessages(records: ChatwootRecords, { state }: ChatwootJoinContext): void {
  const { conversations, inboxChannels } = state;
  for (const conversation of records.conversation) {
    const channel = channelOfConversation(conversation, inboxChannels);
    const customer = customerOfConversation(conversation);
    conversations.set(conversation.id, conversationFacts(customer, channel));
    if (conversation.inbox_id && channel && !inboxChannels.has(conversation.inbox_id)) {
      inboxChannels.set(conversation.inbox_id, channel);
    }
  }
  for (const message of records.message) {
    const id = message.conversation_id ?? message.conversation?.id;
    if (!id) continue;
    const facts = conversations.get(id) ?? {};
    // Known already: nothing this message could add.
    if (facts.customer && facts.channel) continue;
    const inbox = message.inbox_id ?? message.inbox?.id;
    const channelCode = message.conversation?.channel;
    // An e-mail received (`incoming_email`) says the conversation is on an e-mail inbox.
    const channel =
      facts.channel ??
      (channelCode ? CHANNEL.get(channelCode) : undefined) ??
      (inbox ? inboxChannels.get(inbox) : undefined) ??
      (message.content_type === "incoming_email" ? "email" : undefined);
    const sender = message.sender;
    const customer =
      facts.customer ?? (sender?.id && sender.type === "contact" ? sender.id : undefined);
    if (customer !== facts.customer || channel !== facts.channel) {
      conversations.set(id, conversationFacts(customer, channel));
    }
  }
}
