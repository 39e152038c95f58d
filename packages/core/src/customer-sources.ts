import type { CustomerEntityKey, EntityRecords } from "./entity-keys";

/**
 * Everything known about customers, by entity: one optional list per key of
 * `CUSTOMER_ENTITY_KEYS` (`customers`, `cases`, `interactions`, `surveyResponses`,
 * `journeyEvents`, `consentEvents`, `transactions`, `careGestures`, `dataSubjectRequests`),
 * holding that entity's records. Any list may be left out; lists may hold other customers'
 * records too (functions pick the one they are asked about).
 *
 * @example
 * ```ts
 * import type { CustomerSources } from "@rapport/core";
 * const sources: CustomerSources = { interactions: [], cases: [], surveyResponses: [] };
 * ```
 */
export type CustomerSources = {
  readonly [K in CustomerEntityKey]?: Iterable<EntityRecords[K]>;
};
