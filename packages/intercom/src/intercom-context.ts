import type { JoinContext, MapContext, ParsedRecords, TextEnrichment } from "@rapport/source-kit";
import type { IntercomEntitySchemas } from "./intercom-payload";

/**
 * Options of {@link importIntercom}.
 *
 * @example
 * ```ts
 * import type { IntercomImportOptions } from "@rapport/intercom";
 * const options: IntercomImportOptions = { asOf: new Date("2024-06-01T00:00:00Z") };
 * // Scored as read, e.g. with `sentimentOf` from `@rapport/voice`:
 * const enriched: IntercomImportOptions = { ...options, enrich: { sentiment: () => 0 } };
 * ```
 */
export interface IntercomImportOptions {
  /** The time of the import: records dated after it are rejected (a clock or data error). */
  readonly asOf: Date;
  /**
   * What each message's text adds to its interaction (the text, sentiment, language); nothing
   * by default. The text is the plain text of the HTML `body` of the opening message and of
   * each comment or note; notes, private, are enriched as Zendesk's private comments are.
   */
  readonly enrich?: TextEnrichment;
}

/** The parsed records of one import. */
export type IntercomRecords = ParsedRecords<IntercomEntitySchemas>;
/** What a mapper is given. */
export type IntercomContext = MapContext<IntercomImportOptions>;
/** What a join is given. */
export type IntercomJoinContext = JoinContext<IntercomEntitySchemas, IntercomImportOptions>;

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
