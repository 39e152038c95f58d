import type { JoinContext, MapContext, ParsedRecords } from "@rapport/source-kit";
import type { IntercomEntitySchemas } from "./intercom-payload";

/**
 * Options of {@link importIntercom}.
 *
 * @example
 * ```ts
 * import type { IntercomImportOptions } from "@rapport/intercom";
 * const options: IntercomImportOptions = { asOf: new Date("2024-06-01T00:00:00Z") };
 * ```
 */
export interface IntercomImportOptions {
  /** The time of the import: records dated after it are rejected (a clock or data error). */
  readonly asOf: Date;
}

/** The parsed records of one import. */
export type IntercomRecords = ParsedRecords<IntercomEntitySchemas>;
/** What a mapper is given. */
export type IntercomContext = MapContext<IntercomImportOptions>;
/** What a join is given. */
export type IntercomJoinContext = JoinContext<IntercomEntitySchemas, IntercomImportOptions>;

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
