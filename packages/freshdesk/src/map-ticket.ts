import { safeParseCase } from "@rapport/core";
import { afterAsOfReason } from "@rapport/source-kit";
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
  const reject = (field: string, reason: string) => out.reject("ticket", ticket.id, field, reason);
  const status = STATUS.get(ticket.status, options.statusMap);
  if (!status) {
    reject(STATUS.field, STATUS.reason(ticket.status));
    return;
  }
  const priority = PRIORITY.get(ticket.priority);
  if (!priority) {
    reject(PRIORITY.field, PRIORITY.reason(ticket.priority));
    return;
  }
  const channel = SOURCE.get(ticket.source, options.sourceMap);
  if (!channel) {
    reject(SOURCE.field, SOURCE.reason(ticket.source));
    return;
  }
  if (ticket.created_at.getTime() > asOf.getTime()) {
    reject("created_at", afterAsOfReason(ticket.created_at, asOf));
    return;
  }
  const stats = ticket.stats;
  const accepted = out.add(
    "cases",
    "ticket",
    ticket.id,
    safeParseCase({
      id: id(ticket.id),
      customerId: id(ticket.requester_id),
      ...(ticket.subject ? { subject: ticket.subject } : {}),
      channel,
      status,
      priority,
      ...(ticket.responder_id ? { assigneeId: id(ticket.responder_id) } : {}),
      ...(ticket.group_id ? { teamId: id(ticket.group_id) } : {}),
      createdAt: ticket.created_at,
      ...(ticket.updated_at ? { updatedAt: ticket.updated_at } : {}),
      ...(stats?.first_responded_at ? { firstReplyAt: stats.first_responded_at } : {}),
      ...(stats?.resolved_at ? { solvedAt: stats.resolved_at } : {}),
      ...(stats?.closed_at ? { closedAt: stats.closed_at } : {}),
      // Freshdesk gives the last reopen time, not a count: a reopened ticket counts once.
      reopenCount: stats?.reopened_at ? 1 : 0,
      tags: ticket.tags ?? [],
      source: context.ref(ticket.id),
    }),
  );
  if (accepted && !state.requesters.has(ticket.id)) {
    state.requesters.set(ticket.id, ticket.requester_id);
    state.channels.set(ticket.id, channel);
  }
}
