import type { StoreEntity, StoreRecords } from "./store-entity";

/**
 * The sort key of a record that has no time (a customer with neither `firstSeenAt` nor
 * `customerSince`): the earliest instant a `Date` can hold, so such records sort first and
 * never fall inside a time range.
 *
 * @example
 * ```ts
 * import { NO_TIME } from "@rapport/store";
 * new Date(NO_TIME).toISOString(); // "-271821-04-20T00:00:00.000Z"
 * ```
 */
export const NO_TIME = -8_640_000_000_000_000;

/**
 * The time a record is ordered and range-queried by, in epoch milliseconds: `occurredAt` for
 * interactions, journey events and transactions, `createdAt` for cases, `respondedAt` for
 * survey responses, `capturedAt` for consent events, `grantedAt` for gestures, and
 * `firstSeenAt` (else `customerSince`, else {@link NO_TIME}) for customers.
 *
 * @example
 * ```ts
 * import { recordTime } from "@rapport/store";
 * import { parseSurveyResponse } from "@rapport/core";
 * const response = parseSurveyResponse({
 *   kind: "nps", score: 9, id: "r1", customerId: "c1", respondedAt: "2024-03-01T10:00:00Z",
 * });
 * recordTime("surveyResponses", response); // 1709287200000
 * ```
 */
export function recordTime<E extends StoreEntity>(entity: E, record: StoreRecords[E]): number {
  const at = timeField(entity, record);
  return at === undefined ? NO_TIME : at.getTime();
}

function timeField(entity: StoreEntity, record: StoreRecords[StoreEntity]): Date | undefined {
  const r = record as unknown as Record<string, Date | undefined>;
  switch (entity) {
    case "customers":
      return r["firstSeenAt"] ?? r["customerSince"];
    case "cases":
      return r["createdAt"];
    case "surveyResponses":
      return r["respondedAt"];
    case "consentEvents":
      return r["capturedAt"];
    case "careGestures":
      return r["grantedAt"];
    case "dataSubjectRequests":
      return r["receivedAt"];
    default:
      return r["occurredAt"];
  }
}
