import type { StoreEntity } from "./store-entity";

/**
 * One personal field of a stored record: its path (a top-level field, or a field of a
 * top-level object such as `proof.authorizedBy`) and, for a field the schema requires, the
 * value it reads as once its customer's data key is destroyed.
 *
 * @example
 * ```ts
 * import type { PersonalField } from "@rapport/store";
 * const reason: PersonalField = { path: ["reason"], erased: "(erased)" };
 * ```
 */
export interface PersonalField {
  /** The field's path: one or two keys. */
  readonly path: readonly [string] | readonly [string, string];
  /** What a required field reads as after crypto-shredding; optional fields are left out. */
  readonly erased?: unknown;
}

/**
 * The one list of personal fields, by entity: what a store with an `encryptionKey` encrypts
 * with the customer's data key, and so what destroying that key makes unreadable everywhere
 * (database, write-ahead log, dead tuples, backups, replicas). Names, e-mail addresses,
 * phone numbers, organisations and external ids of customers; the free text of cases,
 * survey comments, journey event properties and care gestures; the customer's own author id
 * on interactions; the evidence and the guardian named in consent proofs; and every source
 * reference (it names the person in another system). Ids, times, scores, channels and
 * amounts stay readable, so queries and aggregates need no key.
 *
 * @example
 * ```ts
 * import { PERSONAL_FIELDS } from "@rapport/store";
 * PERSONAL_FIELDS.customers.map((field) => field.path.join(".")); // ["name", "emails", …]
 * ```
 */
export const PERSONAL_FIELDS: Readonly<Record<StoreEntity, readonly PersonalField[]>> = {
  customers: [
    { path: ["name"] },
    { path: ["emails"] },
    { path: ["phones"] },
    { path: ["externalIds"] },
    { path: ["organization"] },
  ],
  interactions: [{ path: ["author", "id"] }, { path: ["source"] }],
  cases: [{ path: ["subject"] }, { path: ["source"] }],
  surveyResponses: [{ path: ["comment"] }, { path: ["source"] }],
  journeyEvents: [{ path: ["properties"] }, { path: ["source"] }],
  consentEvents: [
    { path: ["proof", "evidenceRef"] },
    { path: ["proof", "authorizedBy"] },
    { path: ["source"] },
  ],
  transactions: [{ path: ["source"] }],
  careGestures: [{ path: ["reason"], erased: "(erased)" }, { path: ["source"] }],
  // The reasons are the controller's own words to the customer, and must stay with the dates
  // they explain (the schema pairs them), so only the link to the source system is personal.
  dataSubjectRequests: [{ path: ["source"] }],
};
