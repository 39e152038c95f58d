import { safeParseInteraction } from "@rapport/core";
import { afterAsOfReason, enrichText } from "@rapport/source-kit";
import { zendeskLookups } from "./zendesk-lookups";
import type { ZendeskComment } from "./zendesk-payload";
import type { ZendeskContext } from "./zendesk-state";

const CHANNEL = zendeskLookups.channel;

/** A comment (listed, or inside an audit): an interaction on its ticket's case. */
export function mapComment(comment: ZendeskComment, context: ZendeskContext): void {
  const { out, asOf, state } = context;
  const place = state.places.get(comment) ?? {
    ticketId: comment.ticket_id ?? undefined,
    at: comment.created_at ?? undefined,
    via: comment.via,
  };
  const { ticketId, at, via } = place;
  if (out.has("comment", comment.id)) {
    out.duplicate("comment", comment.id);
    return;
  }
  const reject = (field: string, reason: string) =>
    out.reject("comment", comment.id, field, reason);
  if (!ticketId) {
    reject(
      "ticket_id",
      "expected the comment's ticket_id (comments from /tickets/{id}/comments carry none: add it, or import audits)",
    );
    return;
  }
  const requester = state.requesters.get(ticketId);
  if (!requester) {
    reject(
      "ticket_id",
      `expected ticket ${ticketId} (or its creating audit) in the same import, to know its requester`,
    );
    return;
  }
  if (!at) {
    reject("created_at", "expected the time of the comment");
    return;
  }
  if (at.getTime() > asOf.getTime()) {
    reject("created_at", afterAsOfReason(at, asOf));
    return;
  }
  const channel =
    comment.type === "VoiceComment"
      ? "phone"
      : via === undefined || via === null
        ? (state.ticketChannels.get(ticketId) ?? "web")
        : CHANNEL.get(via, context.options.channelMap);
  if (!channel) {
    reject(CHANNEL.field, CHANNEL.reason(via));
    return;
  }
  const role = state.roles.get(comment.author_id);
  const byCustomer = role ? role === "customer" : comment.author_id === requester;
  const duration = comment.data?.call_duration;
  out.add(
    "interactions",
    "comment",
    comment.id,
    safeParseInteraction({
      id: context.id(comment.id),
      customerId: context.id(requester),
      caseId: context.id(ticketId),
      channel,
      direction: byCustomer ? "inbound" : "outbound",
      author: { kind: byCustomer ? "customer" : "agent", id: context.id(comment.author_id) },
      visibility: comment.public === false ? "private" : "public",
      ...enrichText(textOf(comment), context.options.enrich),
      occurredAt: at,
      ...(typeof duration === "number" ? { durationSeconds: duration } : {}),
      source: context.ref(comment.id),
    }),
  );
}

// The comment as written: its plain-text body where Zendesk gives one, else its body.
function textOf(comment: ZendeskComment): string | undefined {
  const { plain_body: plain, body } = comment;
  return typeof plain === "string" ? plain : typeof body === "string" ? body : undefined;
}
