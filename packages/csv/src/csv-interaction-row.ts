import { safeParseInteraction } from "@rapport/core";
import { CHANNELS, definedOnly, type RowBuilder } from "./csv-row-base";

const DIRECTIONS = ["inbound", "outbound"];
const VISIBILITIES = ["public", "private"];

/** An interaction row: the author, the direction (from the author when not given), the rest. */
export const interactionRow: RowBuilder = (cells, id, customerId, source) => {
  const authorKind = cells.oneOf(
    "author_kind",
    ["customer", "agent", "bot", "system"],
    cells.required("author_kind"),
  )!;
  const authorId = cells.ref("author_id");
  const caseId = cells.ref("case_id");
  const channel = cells.oneOf("channel", CHANNELS, cells.required("channel"))!;
  const direction =
    cells.oneOf("direction", DIRECTIONS) ?? (authorKind === "customer" ? "inbound" : "outbound");
  const author = authorId === undefined ? { kind: authorKind } : { kind: authorKind, id: authorId };
  const visibility = cells.oneOf("visibility", VISIBILITIES);
  const occurredAt = cells.date("occurred_at", cells.required("occurred_at"))!;
  const durationSeconds = cells.decimal("duration_seconds");
  const sentiment = cells.decimal("sentiment");
  const tags = cells.tags();
  const durationOk =
    durationSeconds === undefined || (Number.isFinite(durationSeconds) && durationSeconds >= 0);
  const sentimentOk = sentiment === undefined || (sentiment >= -1 && sentiment <= 1);
  if (durationOk && sentimentOk) {
    // The schema's output: its fields in its order, the optional ones only when given.
    const record: Record<string, unknown> = { id, customerId };
    if (caseId !== undefined) record["caseId"] = caseId;
    record["channel"] = channel;
    record["direction"] = direction;
    record["author"] = author;
    record["visibility"] = visibility ?? "public";
    record["occurredAt"] = occurredAt;
    if (durationSeconds !== undefined) record["durationSeconds"] = durationSeconds;
    if (sentiment !== undefined) record["sentiment"] = sentiment;
    record["tags"] = tags;
    record["source"] = source;
    return { list: "interactions", record: record as never };
  }
  const result = safeParseInteraction(
    definedOnly({
      id,
      customerId,
      source,
      caseId,
      channel,
      direction,
      author,
      visibility,
      occurredAt,
      durationSeconds,
      sentiment,
      tags,
    }),
  );
  return result.success ? { list: "interactions", record: result.data } : result.error;
};
