import type { Interaction } from "@rapport/core";
import { afterAsOfReason, withEnrichment } from "@rapport/source-kit";
import type { FreshdeskContext } from "./freshdesk-context";
import type { FreshdeskConversation } from "./freshdesk-payload";

/** A conversation (a reply or a note): an interaction on its ticket's case. */
export function mapConversation(
  conversation: FreshdeskConversation,
  context: FreshdeskContext,
): void {
  const { out, asOf, state, id } = context;
  const cid = conversation.id;
  if (out.has("conversation", cid)) {
    out.duplicate("conversation", cid);
    return;
  }
  const ticketId = conversation.ticket_id ?? state.embeddedIn.get(conversation);
  const requester = ticketId ? state.requesters.get(ticketId) : undefined;
  if (!ticketId || !requester) {
    out.reject(
      "conversation",
      cid,
      "ticket_id",
      `expected its ticket${ticketId ? ` ${ticketId}` : ""} in the same import, to know the customer`,
    );
    return;
  }
  if (conversation.created_at.getTime() > asOf.getTime()) {
    out.reject("conversation", cid, "created_at", afterAsOfReason(conversation.created_at, asOf));
    return;
  }
  const fromCustomer = conversation.incoming === true;
  const author = conversation.user_id;
  // Built to the Interaction schema directly, in its field order: every field is already
  // checked (ids non-empty, the channel of an imported case, a valid date) and the schema has
  // no cross-field rule, so no second parse is needed.
  const interaction = {
    id: id(cid),
    customerId: id(requester),
    caseId: id(ticketId),
    channel: state.channels.get(ticketId) ?? "email",
    direction: fromCustomer ? "inbound" : "outbound",
    author: author
      ? { kind: fromCustomer ? "customer" : "agent", id: id(author) }
      : { kind: fromCustomer ? "customer" : "agent" },
    visibility: conversation.private === true ? "private" : "public",
    occurredAt: conversation.created_at,
    tags: [],
    source: context.ref(cid),
  } as Record<string, unknown> as Interaction;
  const { enrich } = context.options;
  // Only under `enrich` is the body read: the import without it builds no second object.
  out.accept(
    "interactions",
    "conversation",
    cid,
    enrich ? withEnrichment(interaction, textOf(conversation.body_text), enrich) : interaction,
  );
}

/** A plain-text body (`body_text`, `description_text`), or `undefined` when it is not a string. */
export const textOf = (value: unknown): string | undefined =>
  typeof value === "string" ? value : undefined;
