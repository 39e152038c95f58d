import { type Case, safeParseCase } from "@rapport/core";
import { afterAsOfReason } from "@rapport/source-kit";
import type { FreshdeskContext } from "./freshdesk-context";
import { freshdeskLookups } from "./freshdesk-lookups";
import type { FreshdeskTicket } from "./freshdesk-payload";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
const { status: STATUS, priority: PRIORITY, source: SOURCE } = freshdeskLookups;

/** A ticket: a case, with first response, resolution and close times from its `stats`. */
export function mapTicket(ticket: FreshdeskTicket, context: FreshdeskContext): void {
  const { out, asOf, options, state, id } = context;
  if (out.has("ticket", ticket.id)) {
    out.duplicate("ticket", ticket.id);
    return;
  }
  const status = STATUS.get(ticket.status, options.statusMap);
  if (!status) {
    out.reject("ticket", ticket.id, STATUS.field, STATUS.reason(ticket.status));
    return;
  }
  const priority = PRIORITY.get(ticket.priority);
  if (!priority) {
    out.reject("ticket", ticket.id, PRIORITY.field, PRIORITY.reason(ticket.priority));
    return;
  }
  const channel = SOURCE.get(ticket.source, options.sourceMap);
  if (!channel) {
    out.reject("ticket", ticket.id, SOURCE.field, SOURCE.reason(ticket.source));
    return;
  }
  if (ticket.created_at.getTime() > asOf.getTime()) {
    out.reject("ticket", ticket.id, "created_at", afterAsOfReason(ticket.created_at, asOf));
    return;
  }
  const stats = ticket.stats;
  // Built to the Case schema directly, in the schema's field order (ids non-empty, enums from
  // the tables, dates valid): only a time before createdAt, the schema's one cross-field rule,
  // sends the record through safeParseCase, for the schema's own issue.
  const created = ticket.created_at.getTime();
  const record = { id: id(ticket.id), customerId: id(ticket.requester_id) } as Mutable<Case>;
  if (ticket.subject) record.subject = ticket.subject;
  record.channel = channel;
  record.status = status;
  record.priority = priority;
  if (ticket.responder_id) record.assigneeId = id(ticket.responder_id) as Case["assigneeId"];
  if (ticket.group_id) record.teamId = id(ticket.group_id) as Case["teamId"];
  record.createdAt = ticket.created_at;
  if (ticket.updated_at) record.updatedAt = ticket.updated_at;
  if (stats?.first_responded_at) record.firstReplyAt = stats.first_responded_at;
  if (stats?.resolved_at) record.solvedAt = stats.resolved_at;
  if (stats?.closed_at) record.closedAt = stats.closed_at;
  record.reopenCount = stats?.reopened_at ? 1 : 0;
  record.tags = ticket.tags ?? [];
  record.statusHistory = [];
  record.source = context.ref(ticket.id);
  const early =
    (record.firstReplyAt !== undefined && record.firstReplyAt.getTime() < created) ||
    (record.solvedAt !== undefined && record.solvedAt.getTime() < created) ||
    (record.closedAt !== undefined && record.closedAt.getTime() < created);
  const accepted = early
    ? out.add("cases", "ticket", ticket.id, safeParseCase(record))
    : out.accept("cases", "ticket", ticket.id, record);
  if (accepted && !state.requesters.has(ticket.id)) {
    state.requesters.set(ticket.id, ticket.requester_id);
    state.channels.set(ticket.id, channel);
  }
}
