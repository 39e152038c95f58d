import {
  decodeCareGesture,
  decodeCase,
  decodeConsentEvent,
  decodeCustomer,
  decodeDataSubjectRequest,
  decodeInteraction,
  decodeJourneyEvent,
  decodeSurveyResponse,
  decodeTransaction,
  type SafeParseResult,
  safeParseCareGesture,
  safeParseCase,
  safeParseConsentEvent,
  safeParseCustomer,
  safeParseDataSubjectRequest,
  safeParseInteraction,
  safeParseJourneyEvent,
  safeParseSurveyResponse,
  safeParseTransaction,
} from "@rapport/core";
import type { StoreEntity, StoreRecords } from "./store-entity";

type Codecs = {
  [E in StoreEntity]: {
    safeParse: (input: unknown) => SafeParseResult<StoreRecords[E]>;
    // biome-ignore lint/suspicious/noExplicitAny: each core decoder takes its own JSON type
    decode: (json: any) => StoreRecords[E];
  };
};

const codecs: Codecs = {
  customers: { safeParse: safeParseCustomer, decode: decodeCustomer },
  interactions: { safeParse: safeParseInteraction, decode: decodeInteraction },
  cases: { safeParse: safeParseCase, decode: decodeCase },
  surveyResponses: { safeParse: safeParseSurveyResponse, decode: decodeSurveyResponse },
  journeyEvents: { safeParse: safeParseJourneyEvent, decode: decodeJourneyEvent },
  consentEvents: { safeParse: safeParseConsentEvent, decode: decodeConsentEvent },
  transactions: { safeParse: safeParseTransaction, decode: decodeTransaction },
  careGestures: { safeParse: safeParseCareGesture, decode: decodeCareGesture },
  dataSubjectRequests: {
    safeParse: safeParseDataSubjectRequest,
    decode: decodeDataSubjectRequest,
  },
};

/**
 * Validates a record for a repository with the entity's core schema, so every adapter accepts
 * and rejects the same records (a score off its scale, an invalid date…).
 *
 * @example
 * ```ts
 * import { validateStoreRecord } from "@rapport/store";
 * const result = validateStoreRecord("surveyResponses", { kind: "nps", score: 11 });
 * if (!result.success) console.log(result.error.message);
 * ```
 */
export function validateStoreRecord<E extends StoreEntity>(
  entity: E,
  record: unknown,
): SafeParseResult<StoreRecords[E]> {
  return codecs[entity].safeParse(record) as SafeParseResult<StoreRecords[E]>;
}

/**
 * Serialises a record to the JSON text adapters store (dates as ISO 8601 in UTC).
 *
 * @example
 * ```ts
 * import { encodeStoreRecord } from "@rapport/store";
 * import { parseCustomer } from "@rapport/core";
 * encodeStoreRecord("customers", parseCustomer({ id: "c1" }));
 * ```
 */
export function encodeStoreRecord<E extends StoreEntity>(
  _entity: E,
  record: StoreRecords[E],
): string {
  return JSON.stringify(record);
}

/**
 * Reads a record back from its stored JSON text (ISO strings become `Date`s).
 *
 * @example
 * ```ts
 * import { decodeStoreRecord } from "@rapport/store";
 * decodeStoreRecord("customers", '{"id":"c1"}').id; // "c1"
 * ```
 */
export function decodeStoreRecord<E extends StoreEntity>(entity: E, json: string): StoreRecords[E] {
  return decodeStoreObject(entity, JSON.parse(json));
}

/** Reads a record back from its parsed stored JSON; internal. */
export function decodeStoreObject<E extends StoreEntity>(
  entity: E,
  json: unknown,
): StoreRecords[E] {
  return codecs[entity].decode(json) as StoreRecords[E];
}
