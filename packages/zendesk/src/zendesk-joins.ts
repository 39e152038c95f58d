import { sourceIdOf } from "@rapport/source-kit";
import { requesterFrom } from "./zendesk-history";
import type { ZendeskJoinContext, ZendeskRecords } from "./zendesk-state";
import { isObject } from "./zendesk-state";

/** Orders the copies of each record newest first, so the newest one is imported. */
function newestFirst<T extends { id: string; updated_at?: Date | null | undefined }>(
  items: T[],
): T[] {
  const ids = new Set<string>();
  for (const item of items) ids.add(item.id);
  if (ids.size === items.length) return items;
  const time = (item: T) => item.updated_at?.getTime() ?? Number.NEGATIVE_INFINITY;
  const newest = new Map<string, T>();
  for (const item of items) {
    const seen = newest.get(item.id);
    if (!seen || time(item) > time(seen)) newest.set(item.id, item);
  }
  const first = new Set(newest.values());
  return [...first, ...items.filter((item) => !first.has(item))];
}

/**
 * Before the tickets: the newest copy of each ticket first, the audits in time order and
 * indexed by ticket (a re-sent audit once), the requester of each ticket from its creating
 * audit, and the first metric of each ticket.
 */
export function joinTickets(records: ZendeskRecords, { state }: ZendeskJoinContext): void {
  records.ticket = newestFirst(records.ticket);
  records.audit.sort((a, b) => a.created_at.getTime() - b.created_at.getTime());
  const auditIds = new Set<string>();
  for (const audit of records.audit) {
    // A re-sent audit must not repeat its status changes.
    if (auditIds.has(audit.id)) continue;
    auditIds.add(audit.id);
    const list = state.auditsByTicket.get(audit.ticket_id);
    if (list) list.push(audit);
    else state.auditsByTicket.set(audit.ticket_id, [audit]);
    const requester = requesterFrom(audit);
    if (requester && !state.requesters.has(audit.ticket_id)) {
      state.requesters.set(audit.ticket_id, requester);
    }
  }
  for (const metric of records.ticket_metric) {
    if (!state.metricByTicket.has(metric.ticket_id))
      state.metricByTicket.set(metric.ticket_id, metric);
  }
  // What comments, audits and metrics need to know of the tickets; kept only when they exist.
  state.hasJoins =
    records.comment.length > 0 || records.audit.length > 0 || records.ticket_metric.length > 0;
}

const isComment = (event: unknown): event is Record<string, unknown> =>
  isObject(event) && (event["type"] === "Comment" || event["type"] === "VoiceComment");

/**
 * Before the comments: the `Comment` and `VoiceComment` events of the audits, as comments.
 * Those of an audit that did not parse are rejected (their ticket is unknown), not dropped.
 */
export function joinAuditComments(records: ZendeskRecords, context: ZendeskJoinContext): void {
  const parsed = new Set<string>();
  for (const audit of records.audit) parsed.add(audit.id);
  for (const raw of context.raws("audit")) {
    const id = sourceIdOf(raw);
    const events = isObject(raw) ? raw["events"] : undefined;
    if ((id !== null && parsed.has(id)) || !Array.isArray(events)) continue;
    events.forEach((event, index) => {
      if (!isComment(event)) return;
      context.out.reject(
        "comment",
        sourceIdOf(event),
        "(root)",
        `its audit ${id ?? "(without an id)"} did not parse, so its ticket is unknown (events[${index}])`,
      );
    });
  }
  for (const audit of records.audit) {
    (audit.events ?? []).forEach((event, index) => {
      if (!isComment(event)) return;
      const comment = context.parse("comment", event, `in audit ${audit.id}, events[${index}]`);
      if (!comment) return;
      records.comment.push(comment);
      context.state.places.set(comment, {
        ticketId: audit.ticket_id,
        at: comment.created_at ?? audit.created_at,
        via: comment.via ?? audit.via,
      });
    });
  }
}
