import type { CustomerEntityKey, EntityRecords } from "@rapport/core";

/**
 * Everything known about customers, by entity key: core's `CustomerSources`. Any list may be
 * left out; lists may hold other customers' records too (functions pick the one they are
 * asked about).
 *
 * @example
 * ```ts
 * import type { ViewSources } from "@rapport/customer-view";
 * const sources: ViewSources = { interactions: [], cases: [], surveyResponses: [] };
 * ```
 */
export type ViewSources = {
  readonly [Key in CustomerEntityKey]?: Iterable<EntityRecords[Key]>;
};
