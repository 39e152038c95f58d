import { DATA_SUBJECT_RIGHTS, REQUEST_OUTCOMES, safeParseDataSubjectRequest } from "@rapport/core";
import { CHANNELS, definedOnly, type RowBuilder } from "./csv-row-base";

/**
 * A data-subject request row: the right, its dates, the outcome and reasons, the
 * jurisdiction. Every row goes through the schema, which checks how the fields fit together
 * (an outcome with a completion, a reason with a refusal) and says which is wrong.
 */
export const requestRow: RowBuilder = (cells, id, customerId, source) => {
  const result = safeParseDataSubjectRequest(
    definedOnly({
      id,
      customerId,
      right: cells.oneOf("right", DATA_SUBJECT_RIGHTS, cells.required("right")),
      receivedAt: cells.date("received_at", cells.required("received_at")),
      verifiedAt: cells.date("verified_at"),
      extendedAt: cells.date("extended_at"),
      extensionReason: cells.get("extension_reason"),
      completedAt: cells.date("completed_at"),
      outcome: cells.oneOf("outcome", REQUEST_OUTCOMES),
      refusalReason: cells.get("refusal_reason"),
      jurisdiction: cells.get("jurisdiction"),
      channel: cells.oneOf("channel", CHANNELS),
      source,
    }),
  );
  return result.success ? { list: "dataSubjectRequests", record: result.data } : result.error;
};
