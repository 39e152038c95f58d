import type { CustomerId } from "@rapport/core";
import type { StoreEntity, StoreRecords } from "./store-entity";

/**
 * The customer id pseudonymised records carry when an erasure request names none.
 *
 * @example
 * ```ts
 * import { DEFAULT_PSEUDONYM } from "@rapport/store";
 * DEFAULT_PSEUDONYM; // "pseudonymised"
 * ```
 */
export const DEFAULT_PSEUDONYM = "pseudonymised" as CustomerId;

/**
 * A copy of a record with every personal field removed, kept for aggregates (scores, times,
 * channels, amounts). Linked records get `pseudonym` as their `customerId`; free text (names,
 * comments, subjects, reasons, event properties), contact details, the customer's own author
 * id, consent proof details and source references (which name the person in another system)
 * are dropped. A customer keeps its id (delete the customer to drop the link), its segment,
 * tier, locale, time zone and dates. The input is not mutated.
 *
 * @example
 * ```ts
 * import { pseudonymiseRecord } from "@rapport/store";
 * import { customerId, parseSurveyResponse } from "@rapport/core";
 * const response = parseSurveyResponse({
 *   kind: "nps", score: 3, comment: "Ada here: awful", id: "r1", customerId: "c1",
 *   respondedAt: "2024-03-01T10:00:00Z",
 * });
 * pseudonymiseRecord("surveyResponses", response, customerId("anon")); // no comment, customerId "anon"
 * ```
 */
export function pseudonymiseRecord<E extends StoreEntity>(
  entity: E,
  record: StoreRecords[E],
  pseudonym: CustomerId,
): StoreRecords[E] {
  return strip(entity, record, pseudonym) as StoreRecords[E];
}

function strip(
  entity: StoreEntity,
  record: StoreRecords[StoreEntity],
  pseudonym: CustomerId,
): StoreRecords[StoreEntity] {
  switch (entity) {
    case "customers": {
      const { name, emails, phones, externalIds, organization, preferences, ...kept } =
        record as StoreRecords["customers"];
      return { ...kept, emails: [], phones: [], externalIds: [], preferences: { channels: [] } };
    }
    case "interactions": {
      const { source, author, ...kept } = record as StoreRecords["interactions"];
      const anonymousAuthor = author.kind === "customer" ? { kind: author.kind } : author;
      return { ...kept, author: anonymousAuthor, customerId: pseudonym };
    }
    case "cases": {
      const { source, subject, ...kept } = record as StoreRecords["cases"];
      return { ...kept, customerId: pseudonym };
    }
    case "surveyResponses": {
      const { source, comment, ...kept } = record as StoreRecords["surveyResponses"];
      return { ...kept, customerId: pseudonym };
    }
    case "journeyEvents": {
      const { source, ...kept } = record as StoreRecords["journeyEvents"];
      return { ...kept, properties: {}, customerId: pseudonym };
    }
    case "consentEvents": {
      const { source, proof, ...kept } = record as StoreRecords["consentEvents"];
      return {
        ...kept,
        proof: { capturedBy: proof.capturedBy, method: proof.method },
        customerId: pseudonym,
      };
    }
    case "transactions": {
      const { source, ...kept } = record as StoreRecords["transactions"];
      return { ...kept, customerId: pseudonym };
    }
    case "careGestures": {
      const { source, ...kept } = record as StoreRecords["careGestures"];
      return { ...kept, reason: "(pseudonymised)", customerId: pseudonym };
    }
    case "dataSubjectRequests": {
      // Kept as proof that the request was answered in time (GDPR Art. 5(2)): the right, the
      // dates and the outcome stay; free-text reasons may name the person, so they go.
      const { source, ...kept } = record as StoreRecords["dataSubjectRequests"];
      return {
        ...kept,
        ...(kept.extensionReason === undefined ? {} : { extensionReason: "(pseudonymised)" }),
        ...(kept.refusalReason === undefined ? {} : { refusalReason: "(pseudonymised)" }),
        customerId: pseudonym,
      };
    }
  }
}
