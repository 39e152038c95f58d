import type {
  CareGesture,
  Case,
  CaseId,
  ConsentEvent,
  Customer,
  CustomerId,
  Interaction,
  JourneyEvent,
  RecordId,
  SurveyResponse,
  Transaction,
} from "@rapport/core";

/**
 * The record type each repository of a {@link CareStore} holds, by repository name.
 *
 * @example
 * ```ts
 * import type { StoreRecords } from "@rapport/store";
 * type Response = StoreRecords["surveyResponses"]; // SurveyResponse
 * ```
 */
export interface StoreRecords {
  /** Customers, keyed by `CustomerId`. */
  customers: Customer;
  /** Interactions (messages, calls, chats). */
  interactions: Interaction;
  /** Cases (tickets, conversations), keyed by `CaseId`. */
  cases: Case;
  /** Survey answers (CSAT, NPS, CES). */
  surveyResponses: SurveyResponse;
  /** Journey events. */
  journeyEvents: JourneyEvent;
  /** Consent events (grants, withdrawals, objections, restrictions). */
  consentEvents: ConsentEvent;
  /** Purchases, renewals and refunds. */
  transactions: Transaction;
  /** Care gestures granted by agents. */
  gestures: CareGesture;
}

/**
 * The id type of each repository's records.
 *
 * @example
 * ```ts
 * import type { StoreIds } from "@rapport/store";
 * type Id = StoreIds["cases"]; // CaseId
 * ```
 */
export interface StoreIds {
  /** A customer's id. */
  customers: CustomerId;
  /** An interaction's id. */
  interactions: RecordId;
  /** A case's id. */
  cases: CaseId;
  /** A survey response's id. */
  surveyResponses: RecordId;
  /** A journey event's id. */
  journeyEvents: RecordId;
  /** A consent event's id. */
  consentEvents: RecordId;
  /** A transaction's id. */
  transactions: RecordId;
  /** A gesture's id. */
  gestures: RecordId;
}

/**
 * The name of one repository of a store: `"customers"`, `"surveyResponses"`…
 *
 * @example
 * ```ts
 * import type { StoreEntity } from "@rapport/store";
 * const entity: StoreEntity = "surveyResponses";
 * ```
 */
export type StoreEntity = keyof StoreRecords;

/**
 * Every repository name, in a fixed order (adapters create one table per entry).
 *
 * @example
 * ```ts
 * import { STORE_ENTITIES } from "@rapport/store";
 * STORE_ENTITIES.includes("gestures"); // true
 * ```
 */
export const STORE_ENTITIES: readonly StoreEntity[] = [
  "customers",
  "interactions",
  "cases",
  "surveyResponses",
  "journeyEvents",
  "consentEvents",
  "transactions",
  "gestures",
];

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
