import {
  CUSTOMER_ENTITY_KEYS,
  type CustomerEntityKey,
  type CustomerId,
  type CustomerSources,
  ENTITY_KINDS,
  type EntityRecords,
} from "@rapport/core";

/**
 * The kinds of record held about a customer: the record kinds of core's entity table
 * (`ENTITY_KINDS`) for the entities that belong to a customer (`CUSTOMER_ENTITY_KEYS`), in
 * that order.
 *
 * @example
 * ```ts
 * import { RECORD_KINDS } from "@rapport/consent";
 * RECORD_KINDS; // ["customer", "case", "interaction", "surveyResponse", "journeyEvent", "consentEvent", "transaction", "careGesture"]
 * ```
 */
export const RECORD_KINDS = CUSTOMER_ENTITY_KEYS.map((key) => ENTITY_KINDS[key]) as readonly {
  [K in CustomerEntityKey]: (typeof ENTITY_KINDS)[K];
}[CustomerEntityKey][];

/**
 * One of {@link RECORD_KINDS}: the record kind of an entity that belongs to a customer.
 *
 * @example
 * ```ts
 * import type { RecordKind } from "@rapport/consent";
 * const kind: RecordKind = "surveyResponse";
 * ```
 */
export type RecordKind = (typeof ENTITY_KINDS)[CustomerEntityKey];

/**
 * A reference to one stored record: its kind and id. What the store needs to act on it.
 *
 * @example
 * ```ts
 * import type { RecordRef } from "@rapport/consent";
 * const ref: RecordRef = { entity: "interaction", id: "int_1" };
 * ```
 */
export interface RecordRef {
  /** The kind of record (as in import reports: `"surveyResponse"`, `"careGesture"`…). */
  readonly entity: RecordKind;
  /** Its id (a customer, case or record id). */
  readonly id: string;
}

/**
 * Each record kind's type.
 *
 * @example
 * ```ts
 * import type { RecordOf } from "@rapport/consent";
 * type Response = RecordOf["surveyResponse"];
 * ```
 */
export type RecordOf = {
  [K in CustomerEntityKey as (typeof ENTITY_KINDS)[K]]: EntityRecords[K];
};

/**
 * One record held about a customer, with the date its retention counts from.
 *
 * @example
 * ```ts
 * import type { CustomerRecord } from "@rapport/consent";
 * const describe = (r: CustomerRecord) => `${r.entity} ${r.id} at ${r.at?.toISOString()}`;
 * ```
 */
export interface CustomerRecord extends RecordRef {
  /**
   * When it happened (created, occurred, responded, captured, granted); a customer's
   * `customerSince` or `firstSeenAt`; `null` where unknown.
   */
  readonly at: Date | null;
  /** The record itself. */
  readonly record: RecordOf[RecordKind];
}

// Per entity: the date its retention counts from.
const READERS: {
  readonly [K in CustomerEntityKey]: {
    readonly at: (record: EntityRecords[K]) => Date | undefined;
  };
} = {
  customers: { at: (r) => r.customerSince ?? r.firstSeenAt },
  cases: { at: (r) => r.createdAt },
  interactions: { at: (r) => r.occurredAt },
  surveyResponses: { at: (r) => r.respondedAt },
  journeyEvents: { at: (r) => r.occurredAt },
  consentEvents: { at: (r) => r.capturedAt },
  transactions: { at: (r) => r.occurredAt },
  careGestures: { at: (r) => r.grantedAt },
  dataSubjectRequests: { at: (r) => r.receivedAt },
};

/**
 * Every record held about one customer in the sources, kind by kind in the order of
 * {@link RECORD_KINDS}, each list in its own order. Records of other customers are skipped.
 *
 * @example
 * ```ts
 * import { customerId, decodeCustomer } from "@rapport/core";
 * import { customerRecords } from "@rapport/consent";
 * customerRecords(customerId("cus_1"), { customers: [decodeCustomer({ id: "cus_1" })] })
 *   .map((r) => r.entity); // ["customer"]
 * ```
 */
export function customerRecords(
  customerId: CustomerId,
  sources: CustomerSources,
): CustomerRecord[] {
  const out: CustomerRecord[] = [];
  for (const key of CUSTOMER_ENTITY_KEYS) {
    const records = sources[key];
    if (records !== undefined) collect(records, key, customerId, out);
  }
  return out;
}

// One entity's records of the customer. The owner is read as a plain field (the customer's
// own id, or its `customerId`) in one small loop, so that it compiles on its own and stays
// about as fast as a bare pass over the records.
function collect<K extends CustomerEntityKey>(
  records: Iterable<EntityRecords[K]>,
  key: K,
  customerId: CustomerId,
  out: CustomerRecord[],
): void {
  const field = key === "customers" ? "id" : "customerId";
  const { at } = READERS[key];
  for (const record of records) {
    if ((record as Record<string, unknown>)[field] === customerId) {
      const id = (record as { id: string }).id;
      out.push({ entity: ENTITY_KINDS[key], id, at: at(record) ?? null, record });
    }
  }
}
