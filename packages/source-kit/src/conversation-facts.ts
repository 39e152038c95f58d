import type { Channel } from "@rapport/core";

/**
 * What the messages, threads and ratings of a conversation need to know of it to be mapped:
 * its customer's source id and its channel, each present only where known. The joins of an
 * adapter whose records hang off conversations (chatwoot's messages, Help Scout's threads)
 * keep one per conversation, by its id.
 *
 * @example
 * ```ts
 * import type { ConversationFacts } from "@rapport/source-kit";
 * const facts = new Map<string, ConversationFacts>([["123", { customer: "7", channel: "email" }]]);
 * ```
 */
export interface ConversationFacts {
  /** The customer's source id in the platform. */
  readonly customer?: string;
  /** The conversation's channel. */
  readonly channel?: Channel;
}

/**
 * The {@link ConversationFacts} of a conversation from what is known of it: a customer or a
 * channel that is `undefined` (or empty) is left out, with no spread of temporary objects.
 *
 * @param customer - The customer's source id, if known.
 * @param channel - The channel, if known.
 * @returns The facts.
 *
 * @example
 * ```ts
 * import { conversationFacts } from "@rapport/source-kit";
 * conversationFacts("7", undefined); // { customer: "7" }
 * conversationFacts(undefined, "chat"); // { channel: "chat" }
 * ```
 */
export function conversationFacts(
  customer: string | undefined,
  channel: Channel | undefined,
): ConversationFacts {
  const facts: { customer?: string; channel?: Channel } = {};
  if (customer) facts.customer = customer;
  if (channel) facts.channel = channel;
  return facts;
}
