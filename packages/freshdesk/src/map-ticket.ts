import { type Channel, type Interaction, safeParseCase } from "@rapport/core";
import { addCase, afterAsOfReason, withEnrichment } from "@rapport/source-kit";
import type { FreshdeskContext } from "./freshdesk-context";
import { freshdeskLookups } from "./freshdesk-lookups";
import type { FreshdeskTicket } from "./freshdesk-payload";
import { textOf } from "./map-conversation";

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
    if (options.enrich) mapDescription(ticket, channel, context);
  }
}

/**
 * Under `enrich` only: the ticket's description, which Freshdesk lists apart from its
 * conversations, as the first message of its case, from the requester when the ticket opened.
 */
function mapDescription(ticket: FreshdeskTicket, channel: Channel, context: FreshdeskContext) {
  const text = textOf(ticket.description_text);
  const enrich = context.options.enrich;
  if (text === undefined || text.trim() === "" || !enrich) return;
  const { id, out } = context;
  context.each("ticket_description", [ticket], () => {
    // Built to the Interaction schema directly, in its field order, from the accepted case's
    // checked fields.
    const description = {
      id: id(`${ticket.id}:description`),
      customerId: id(ticket.requester_id),
      caseId: id(ticket.id),
      channel,
      direction: "inbound",
      author: { kind: "customer", id: id(ticket.requester_id) },
      visibility: "public",
      occurredAt: ticket.created_at,
      tags: [],
      source: context.ref(ticket.id),
    } as Record<string, unknown> as Interaction;
    out.accept(
      "interactions",
      "ticket_description",
      ticket.id,
      withEnrichment(description, text, enrich),
    );
  });
}
