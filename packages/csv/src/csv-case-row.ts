import { safeParseCase } from "@rapport/core";
import { CHANNELS, definedOnly, type RowBuilder } from "./csv-row-base";

const STATUSES = ["new", "open", "pending", "on_hold", "solved", "closed"];
const PRIORITIES = ["low", "normal", "high", "urgent"];

const notBefore = (date: Date | undefined, createdAt: Date) =>
  date === undefined || date.getTime() >= createdAt.getTime();

/**
 * A case row: status and priority, its dates, reopens and tags. A row the model takes is built
 * here as its schema builds it; any other goes through the schema, which says what is wrong.
 */
export const caseRow: RowBuilder = (cells, id, customerId, source) => {
  const subject = cells.get("subject");
  const channel = cells.oneOf("channel", CHANNELS, cells.required("channel"))!;
  const status = cells.oneOf("status", STATUSES, cells.required("status"))!;
  const priority = cells.oneOf("priority", PRIORITIES);
  const assigneeId = cells.ref("assignee_id");
  const teamId = cells.ref("team_id");
  const createdAt = cells.date("created_at", cells.required("created_at"))!;
  const updatedAt = cells.date("updated_at");
  const firstReplyAt = cells.date("first_reply_at");
  const solvedAt = cells.date("solved_at");
  const closedAt = cells.date("closed_at");
  const reopenCount = cells.integer("reopen_count");
  const tags = cells.tags();
  const reopensOk =
    reopenCount === undefined || (Number.isSafeInteger(reopenCount) && reopenCount >= 0);
  if (
    reopensOk &&
    notBefore(firstReplyAt, createdAt) &&
    notBefore(solvedAt, createdAt) &&
    notBefore(closedAt, createdAt)
  ) {
    // The schema's output: its fields in its order, the optional ones only when given.
    const record: Record<string, unknown> = { id, customerId };
    if (subject !== undefined) record["subject"] = subject;
    record["channel"] = channel;
    record["status"] = status;
    record["priority"] = priority ?? "normal";
    if (assigneeId !== undefined) record["assigneeId"] = assigneeId;
    if (teamId !== undefined) record["teamId"] = teamId;
    record["createdAt"] = createdAt;
    if (updatedAt !== undefined) record["updatedAt"] = updatedAt;
    if (firstReplyAt !== undefined) record["firstReplyAt"] = firstReplyAt;
    if (solvedAt !== undefined) record["solvedAt"] = solvedAt;
    if (closedAt !== undefined) record["closedAt"] = closedAt;
    record["reopenCount"] = reopenCount ?? 0;
    record["tags"] = tags;
    record["statusHistory"] = [];
    record["source"] = source;
    return { list: "cases", record: record as never };
  }
  const result = safeParseCase(
    definedOnly({
      id,
      customerId,
      source,
      subject,
      channel,
      status,
      priority,
      assigneeId,
      teamId,
      createdAt,
      updatedAt,
      firstReplyAt,
      solvedAt,
      closedAt,
      reopenCount,
      tags,
    }),
  );
  return result.success ? { list: "cases", record: result.data } : result.error;
};
