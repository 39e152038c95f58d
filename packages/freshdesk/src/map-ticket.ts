import { safeParseCase } from "@rapport/core";
import { addCase, afterAsOfReason } from "@rapport/source-kit";
import type { FreshdeskContext } from "./freshdesk-context";
import { freshdeskLookups } from "./freshdesk-lookups";
import type { FreshdeskTicket } from "./freshdesk-payload";

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
  const accepted = addCase(
    out,
    "ticket",
    ticket.id,
    {
      id: id(ticket.id),
      customerId: id(ticket.requester_id),
      subject: ticket.subject,
      channel,
      status,
      priority,
      assigneeId: ticket.responder_id ? id(ticket.responder_id) : undefined,
      teamId: ticket.group_id ? id(ticket.group_id) : undefined,
      createdAt: ticket.created_at,
      updatedAt: ticket.updated_at,
      firstReplyAt: stats?.first_responded_at,
      solvedAt: stats?.resolved_at,
      closedAt: stats?.closed_at,
      reopenCount: stats?.reopened_at ? 1 : 0,
      tags: ticket.tags,
      source: context.ref(ticket.id),
    },
    safeParseCase,
  );
  if (accepted && !state.requesters.has(ticket.id)) {
    state.requesters.set(ticket.id, ticket.requester_id);
    state.channels.set(ticket.id, channel);
  }
}
