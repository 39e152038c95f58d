import { type Case, safeParseCase } from "@rapport/core";
import { afterAsOfReason } from "@rapport/source-kit";
import { firstAgentReply, historyFrom } from "./zendesk-history";
import { zendeskLookups } from "./zendesk-lookups";
import type { ZendeskTicket } from "./zendesk-payload";
import type { ZendeskContext } from "./zendesk-state";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
const { status: STATUS, priority: PRIORITY, channel: CHANNEL } = zendeskLookups;

/**
 * A ticket: a case, with its status history from its audits and its reply and solve times and
 * reopens from its metric.
 */
export function mapTicket(ticket: ZendeskTicket, context: ZendeskContext): void {
  const { out, asOf, state } = context;
  // The ticket's own requester wins over its creating audit's; the newest copy comes first.
  if (state.hasJoins && !state.requesterFromTicket.has(ticket.id)) {
    state.requesterFromTicket.add(ticket.id);
    state.requesters.set(ticket.id, ticket.requester_id);
  }
  if (out.has("ticket", ticket.id)) {
    out.duplicate("ticket", ticket.id);
    return;
  }
  if (ticket.status === "deleted") {
    out.ignore("ticket", ticket.id, "the ticket was deleted in Zendesk");
    return;
  }
  const reject = (field: string, reason: string) => out.reject("ticket", ticket.id, field, reason);
  const status = STATUS.get(ticket.status);
  if (!status) {
    reject(STATUS.field, STATUS.reason(ticket.status));
    return;
  }
  const priority = PRIORITY.get(ticket.priority);
  if (!priority) {
    reject(PRIORITY.field, PRIORITY.reason(ticket.priority));
    return;
  }
  const channel = CHANNEL.get(ticket.via, context.options.channelMap);
  if (!channel) {
    reject(CHANNEL.field, CHANNEL.reason(ticket.via));
    return;
  }
  if (ticket.created_at.getTime() > asOf.getTime()) {
    reject("created_at", afterAsOfReason(ticket.created_at, asOf));
    return;
  }
  const audits = state.auditsByTicket.get(ticket.id) ?? [];
  const history = historyFrom(audits);
  const metric = state.metricByTicket.get(ticket.id);
  const replyMinutes = metric?.reply_time_in_minutes?.calendar;
  const firstReplyAt =
    typeof replyMinutes === "number"
      ? new Date(ticket.created_at.getTime() + replyMinutes * 60_000)
      : firstAgentReply(ticket, audits, state.roles);
  const solvedAt = metric?.solved_at ?? history.solvedAt;
  // Built to the Case schema directly: every field is already checked (ids non-empty, enums
  // from the tables, dates valid, history in time order). The schema's one cross-field rule,
  // no time before createdAt, is checked here; when it fails, the schema names the field.
  // Optional fields are set only when present (no spread of temporary objects: this runs
  // once per ticket of a large export).
  const record = {
    id: context.id(ticket.id),
    customerId: context.id(ticket.requester_id),
    channel,
    status,
    priority,
    createdAt: ticket.created_at,
    reopenCount: metric?.reopens ?? history.reopenCount,
    tags: ticket.tags ?? [],
    statusHistory: history.statusHistory,
    source: context.ref(ticket.id),
  } as Record<string, unknown> as Mutable<Case>;
  if (ticket.subject) record.subject = ticket.subject;
  if (ticket.assignee_id) record.assigneeId = context.id(ticket.assignee_id) as Case["assigneeId"];
  if (ticket.group_id) record.teamId = context.id(ticket.group_id) as Case["teamId"];
  if (ticket.updated_at) record.updatedAt = ticket.updated_at;
  if (firstReplyAt) record.firstReplyAt = firstReplyAt;
  if (solvedAt) record.solvedAt = solvedAt;
  if (history.closedAt) record.closedAt = history.closedAt;
  const created = ticket.created_at.getTime();
  const consistent = [firstReplyAt, solvedAt, history.closedAt].every(
    (at) => at === undefined || at.getTime() >= created,
  );
  const accepted = consistent
    ? out.accept("cases", "ticket", ticket.id, record)
    : out.add("cases", "ticket", ticket.id, safeParseCase(record));
  if (accepted && state.hasJoins) {
    state.imported.add(ticket.id);
    state.ticketChannels.set(ticket.id, channel);
  }
}
