import type {
  ConversationFacts,
  JoinContext,
  MapContext,
  ParsedRecords,
  TextEnrichment,
} from "@rapport/source-kit";
import type { HelpScoutEntitySchemas, HelpScoutThread } from "./helpscout-payload";

/**
 * The options of {@link importHelpScout}.
 *
 * @example
 * ```ts
 * import type { HelpScoutImportOptions } from "@rapport/helpscout";
 * const options: HelpScoutImportOptions = { asOf: new Date("2025-01-01T00:00:00Z") };
 * // Scored as read, e.g. with `sentimentOf` from `@rapport/voice`:
 * const enriched: HelpScoutImportOptions = { ...options, enrich: { sentiment: () => 0 } };
 * ```
 */
export interface HelpScoutImportOptions {
  /** The time of the import: records dated after it are rejected (a clock or data error). */
  readonly asOf: Date;
  /**
   * What each thread's text adds to its interaction (the text, sentiment, language); nothing
   * by default. The text is the plain text of the thread's HTML `body`; notes, private, are
   * enriched as Zendesk's private comments are.
   */
  readonly enrich?: TextEnrichment;
}

/** What the joins learn for the mappers. */
export interface HelpScoutState {
  /** The threads of each conversation in the import, oldest first. */
  readonly threads: Map<string, HelpScoutThread[]>;
  /** The customer and channel of each conversation in the import. */
  readonly conversations: Map<string, ConversationFacts>;
}

/** The parsed records of one import. */
export type HelpScoutRecords = ParsedRecords<HelpScoutEntitySchemas>;
/** What a mapper is given. */
export type HelpScoutContext = MapContext<HelpScoutImportOptions, HelpScoutState>;
/** What a join is given. */
export type HelpScoutJoinContext = JoinContext<
  HelpScoutEntitySchemas,
  HelpScoutImportOptions,
  HelpScoutState
>;

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
