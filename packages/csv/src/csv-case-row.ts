import { safeParseCase } from "@rapport/core";
import { CHANNELS, definedOnly, type RowBuilder } from "./csv-row-base";

const STATUSES = ["new", "open", "pending", "on_hold", "solved", "closed"];
const PRIORITIES = ["low", "normal", "high", "urgent"];

/** A case row: status and priority, its dates, reopens and tags. */
export const caseRow: RowBuilder = (cells, id, customerId, source) => {
  const result = safeParseCase(
    definedOnly({
      id,
      customerId,
      source,
      subject: cells.get("subject"),
      channel: cells.oneOf("channel", CHANNELS, cells.required("channel")),
      status: cells.oneOf("status", STATUSES, cells.required("status")),
      priority: cells.oneOf("priority", PRIORITIES),
      assigneeId: cells.ref("assignee_id"),
      teamId: cells.ref("team_id"),
      createdAt: cells.date("created_at", cells.required("created_at")),
      updatedAt: cells.date("updated_at"),
      firstReplyAt: cells.date("first_reply_at"),
      solvedAt: cells.date("solved_at"),
      closedAt: cells.date("closed_at"),
      reopenCount: cells.integer("reopen_count"),
      tags: cells.tags(),
    }),
  );
  return result.success ? { list: "cases", record: result.data } : result.error;
};
