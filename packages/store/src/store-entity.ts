import { CUSTOMER_ENTITY_KEYS, type CustomerEntityKey, type EntityRecords } from "@rapport/core";

/**
 * The name of one repository of a store: a key of core's `CUSTOMER_ENTITY_KEYS`
 * (`"customers"`, `"cases"`, `"interactions"`, `"surveyResponses"`, `"journeyEvents"`,
 * `"consentEvents"`, `"transactions"`, `"careGestures"`, `"dataSubjectRequests"`), the
 * entities that belong to a customer.
 *
 * @example
 * ```ts
 * import type { StoreEntity } from "@rapport/store";
 * const entity: StoreEntity = "surveyResponses";
 * ```
 */
export type StoreEntity = CustomerEntityKey;

/**
 * The record type each repository of a {@link CareStore} holds, by repository name: core's
 * `EntityRecords` for the store's entities.
 *
 * @example
 * ```ts
 * import type { StoreRecords } from "@rapport/store";
 * type Response = StoreRecords["surveyResponses"]; // SurveyResponse
 * ```
 */
export type StoreRecords = { readonly [E in StoreEntity]: EntityRecords[E] };

/**
 * The id type of each repository's records (the type of the record's `id`): `CustomerId` for
 * customers, `CaseId` for cases, `RecordId` for the rest.
 *
 * @example
 * ```ts
 * import type { StoreIds } from "@rapport/store";
 * type Id = StoreIds["cases"]; // CaseId
 * ```
 */
export type StoreIds = { readonly [E in StoreEntity]: StoreRecords[E]["id"] };

/**
 * Every repository name, in the order of core's entity table (adapters create one table per
 * entry).
 *
 * @example
 * ```ts
 * import { STORE_ENTITIES } from "@rapport/store";
 * STORE_ENTITIES.includes("careGestures"); // true
 * ```
 */
export const STORE_ENTITIES: readonly StoreEntity[] = CUSTOMER_ENTITY_KEYS;

/**
 * Whether a value names a repository of the store.
 *
 * @example
 * ```ts
 * import { isStoreEntity } from "@rapport/store";
 * isStoreEntity("cases"); // true
 * isStoreEntity("tickets"); // false
 * ```
 */
export function isStoreEntity(value: unknown): value is StoreEntity {
  return typeof value === "string" && (STORE_ENTITIES as readonly string[]).includes(value);
}
