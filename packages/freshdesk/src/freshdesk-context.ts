import type { CaseStatus, Channel } from "@rapport/core";
import type { JoinContext, MapContext, ParsedRecords, TextEnrichment } from "@rapport/source-kit";
import type { FreshdeskConversation, FreshdeskEntitySchemas } from "./freshdesk-payload";

/**
 * Options of {@link importFreshdesk}.
 *
 * @example
 * ```ts
 * import type { FreshdeskImportOptions } from "@rapport/freshdesk";
 * const options: FreshdeskImportOptions = {
 *   asOf: new Date("2024-06-01T00:00:00Z"),
 *   statusMap: { 6: "on_hold" }, // a custom "Waiting on third party" status
 *   enrich: { sentiment: () => 0 }, // e.g. with `sentimentOf` from `@rapport/voice`
 * };
 * ```
 */
export interface FreshdeskImportOptions {
  /** The time of the import: records dated after it are rejected (a clock or data error). */
  readonly asOf: Date;
  /** Your account's custom ticket statuses (codes 6 and up), mapped to case statuses. */
  readonly statusMap?: Readonly<Record<number, CaseStatus>>;
  /** Source codes mapped your way (e.g. newer channels), checked before the built-in table. */
  readonly sourceMap?: Readonly<Record<number, Channel>>;
  /**
   * What each message's text adds to its interaction (the text, sentiment, language); nothing
   * by default. The text is each conversation's `body_text`; notes, private, are enriched as
   * Zendesk's private comments are. With `enrich`, a ticket's `description_text` is also
   * imported as its first message (`<ticket id>:description`, from the requester, at the
   * ticket's creation): Freshdesk lists it apart from the conversations.
   */
  readonly enrich?: TextEnrichment;
}

/** What the tickets tell the conversations and ratings of one import. */
export interface FreshdeskState {
  /** The requester of each imported ticket. */
  readonly requesters: Map<string, string>;
  /** The channel of each imported ticket. */
  readonly channels: Map<string, Channel>;
  /** The ticket a conversation was embedded in (`include=conversations`). */
  readonly embeddedIn: Map<FreshdeskConversation, string>;
}

/** A fresh state. */
export function freshdeskState(): FreshdeskState {
  return { requesters: new Map(), channels: new Map(), embeddedIn: new Map() };
}

/** The parsed records of one import. */
export type FreshdeskRecords = ParsedRecords<FreshdeskEntitySchemas>;
/** What a mapper is given. */
export type FreshdeskContext = MapContext<FreshdeskImportOptions, FreshdeskState>;
/** What a join is given. */
export type FreshdeskJoinContext = JoinContext<
  FreshdeskEntitySchemas,
  FreshdeskImportOptions,
  FreshdeskState
>;

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
