import { safeParseInteraction } from "@rapport/core";
import { CHANNELS, definedOnly, type RowBuilder } from "./csv-row-base";

/** An interaction row: the author, the direction (from the author when not given), the rest. */
export const interactionRow: RowBuilder = (cells, id, customerId, source) => {
  const authorKind = cells.oneOf(
    "author_kind",
    ["customer", "agent", "bot", "system"],
    cells.required("author_kind"),
  )!;
  const authorId = cells.ref("author_id");
  const result = safeParseInteraction(
    definedOnly({
      id,
      customerId,
      source,
      caseId: cells.ref("case_id"),
      channel: cells.oneOf("channel", CHANNELS, cells.required("channel")),
      direction:
        cells.oneOf("direction", ["inbound", "outbound"]) ??
        (authorKind === "customer" ? "inbound" : "outbound"),
      author: authorId === undefined ? { kind: authorKind } : { kind: authorKind, id: authorId },
      visibility: cells.oneOf("visibility", ["public", "private"]),
      occurredAt: cells.date("occurred_at", cells.required("occurred_at")),
      durationSeconds: cells.decimal("duration_seconds"),
      sentiment: cells.decimal("sentiment"),
      tags: cells.tags(),
    }),
  );
  return result.success ? { list: "interactions", record: result.data } : result.error;
};
