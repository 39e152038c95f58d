// The names of the sources the CLI reads, apart from the adapters, so that parsing a command
// line loads none of them.

/**
 * The sources `rapport report` reads.
 *
 * @example
 * ```ts
 * import { SOURCES } from "@rapport/cli";
 * SOURCES.includes("zendesk"); // true
 * ```
 */
export const SOURCES = [
  "zendesk",
  "intercom",
  "freshdesk",
  "chatwoot",
  "helpscout",
  "segment",
  "csv",
] as const;
/**
 * A source system: one of {@link SOURCES}.
 *
 * @example
 * ```ts
 * import type { SourceName } from "@rapport/cli";
 * const source: SourceName = "csv";
 * ```
 */
export type SourceName = (typeof SOURCES)[number];
