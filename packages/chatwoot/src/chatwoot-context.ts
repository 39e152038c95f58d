import type { Channel } from "@rapport/core";
import type {
  ConversationFacts,
  JoinContext,
  MapContext,
  ParsedRecords,
  TextEnrichment,
} from "@rapport/source-kit";
import type { ChatwootEntitySchemas } from "./chatwoot-payload";

/**
 * The options of {@link importChatwoot}.
 *
 * @example
 * ```ts
 * import type { ChatwootImportOptions } from "@rapport/chatwoot";
 * const options: ChatwootImportOptions = { asOf: new Date("2025-01-01T00:00:00Z") };
 * // Scored as read, e.g. with `sentimentOf` from `@rapport/voice`:
 * const enriched: ChatwootImportOptions = { ...options, enrich: { sentiment: () => 0 } };
 * ```
 */
export interface ChatwootImportOptions {
  /** The time of the import: records dated after it are rejected (a clock or data error). */
  readonly asOf: Date;
  /**
   * What each message's text adds to its interaction (the text, sentiment, language); nothing
   * by default. The text is the message's `content`; private notes are enriched as Zendesk's
   * private comments are.
   */
  readonly enrich?: TextEnrichment;
}

/** What the joins learn for the mappers: each inbox's channel, each conversation's facts. */
export interface ChatwootState {
  /** The channel of each inbox, from the inboxes and the conversations in the import. */
  readonly inboxChannels: Map<string, Channel>;
  /** The contact and channel of each conversation, as far as the import tells. */
  readonly conversations: Map<string, ConversationFacts>;
}

/** The parsed records of one import. */
export type ChatwootRecords = ParsedRecords<ChatwootEntitySchemas>;
/** What a mapper is given. */
export type ChatwootContext = MapContext<ChatwootImportOptions, ChatwootState>;
/** What a join is given. */
export type ChatwootJoinContext = JoinContext<
  ChatwootEntitySchemas,
  ChatwootImportOptions,
  ChatwootState
>;

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
