import { sourceIdOf } from "@rapport/source-kit";
import type { FreshdeskJoinContext, FreshdeskRecords } from "./freshdesk-context";
import { isObject } from "./freshdesk-context";
import type { FreshdeskTicket } from "./freshdesk-payload";

/** Before the tickets: the newest copy of each first (imported; the others duplicates). */
export function joinTickets(records: FreshdeskRecords, _context: FreshdeskJoinContext): void {
  const tickets = records.ticket;
  const time = (t: FreshdeskTicket) => (t.updated_at ?? t.created_at).getTime();
  const newest = new Map<string, FreshdeskTicket>();
  for (const t of tickets) {
    const seen = newest.get(t.id);
    if (!seen || time(t) > time(seen)) newest.set(t.id, t);
  }
  const first = new Set(newest.values());
  records.ticket = [...first, ...tickets.filter((t) => !first.has(t))];
}

/**
 * Before the conversations: the conversations embedded in tickets (`include=conversations`),
 * each with its ticket. Those of a ticket that did not parse are read too, so that none goes
 * unreported (they are rejected: their ticket is not imported).
 */
export function joinEmbeddedConversations(
  records: FreshdeskRecords,
  context: FreshdeskJoinContext,
): void {
  const add = (raws: readonly unknown[], ticketId: string | null) => {
    for (const raw of raws) {
      const conversation = context.parse("conversation", raw);
      if (!conversation) continue;
      records.conversation.push(conversation);
      if (ticketId) context.state.embeddedIn.set(conversation, ticketId);
    }
  };
  const parsed = new Set<string>();
  for (const ticket of records.ticket) {
    parsed.add(ticket.id);
    add(ticket.conversations ?? [], ticket.id);
  }
  for (const raw of context.raws("ticket")) {
    const id = sourceIdOf(raw);
    const embedded = isObject(raw) ? raw["conversations"] : undefined;
    if ((id === null || !parsed.has(id)) && Array.isArray(embedded)) add(embedded, id);
  }
}
