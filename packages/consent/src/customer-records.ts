import type {
  CareGesture,
  Case,
  ConsentEvent,
  Customer,
  CustomerId,
  CustomerSources,
  Interaction,
  JourneyEvent,
  SurveyResponse,
  Transaction,
} from "@rapport/core";

/**
 * The kinds of record held about a customer, one per list of core's `CustomerSources`.
 *
 * @example
 * ```ts
 * import { RECORD_ENTITIES } from "@rapport/consent";
 * RECORD_ENTITIES[0]; // "customer"
 * ```
 */
export const RECORD_ENTITIES = [
  "customer",
  "interaction",
  "case",
  "survey_response",
  "journey_event",
  "consent_event",
  "transaction",
  "care_gesture",
] as const;

/**
 * One of {@link RECORD_ENTITIES}.
 *
 * @example
 * ```ts
 * import type { RecordEntity } from "@rapport/consent";
 * const entity: RecordEntity = "survey_response";
 * ```
 */
export type RecordEntity = (typeof RECORD_ENTITIES)[number];

/**
 * A reference to one stored record: its entity and id. What the store needs to act on it.
 *
 * @example
 * ```ts
 * import type { RecordRef } from "@rapport/consent";
 * const ref: RecordRef = { entity: "interaction", id: "int_1" };
 * ```
 */
export interface RecordRef {
  /** The kind of record. */
  readonly entity: RecordEntity;
  /** Its id (a customer, case or record id). */
  readonly id: string;
}

/**
 * Each entity's record type.
 *
 * @example
 * ```ts
 * import type { RecordOf } from "@rapport/consent";
 * type Response = RecordOf["survey_response"];
 * ```
 */
export interface RecordOf {
  /** A customer. */
  customer: Customer;
  /** An interaction. */
  interaction: Interaction;
  /** A case. */
  case: Case;
  /** A survey response. */
  survey_response: SurveyResponse;
  /** A journey event. */
  journey_event: JourneyEvent;
  /** A consent event. */
  consent_event: ConsentEvent;
  /** A transaction. */
  transaction: Transaction;
  /** A care gesture. */
  care_gesture: CareGesture;
}

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
  readonly record: RecordOf[RecordEntity];
}

/**
 * Every record held about one customer in the sources, entity by entity in the order of
 * {@link RECORD_ENTITIES}, each list in its own order. Records of other customers are skipped.
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
  const add = <E extends RecordEntity>(
    entity: E,
    list: Iterable<RecordOf[E]> | undefined,
    owner: (record: RecordOf[E]) => string,
    at: (record: RecordOf[E]) => Date | undefined,
  ) => {
    for (const record of list ?? []) {
      if (owner(record) === customerId) {
        out.push({ entity, id: (record as { id: string }).id, at: at(record) ?? null, record });
      }
    }
  };
  add(
    "customer",
    sources.customers,
    (r) => r.id,
    (r) => r.customerSince ?? r.firstSeenAt,
  );
  add(
    "interaction",
    sources.interactions,
    (r) => r.customerId,
    (r) => r.occurredAt,
  );
  add(
    "case",
    sources.cases,
    (r) => r.customerId,
    (r) => r.createdAt,
  );
  add(
    "survey_response",
    sources.surveyResponses,
    (r) => r.customerId,
    (r) => r.respondedAt,
  );
  add(
    "journey_event",
    sources.journeyEvents,
    (r) => r.customerId,
    (r) => r.occurredAt,
  );
  add(
    "consent_event",
    sources.consentEvents,
    (r) => r.customerId,
    (r) => r.capturedAt,
  );
  add(
    "transaction",
    sources.transactions,
    (r) => r.customerId,
    (r) => r.occurredAt,
  );
  add(
    "care_gesture",
    sources.careGestures,
    (r) => r.customerId,
    (r) => r.grantedAt,
  );
  return out;
}
