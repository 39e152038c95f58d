import type { ZendeskAudit, ZendeskTicketMetric } from "./zendesk-payload";
import type { ZendeskContext } from "./zendesk-state";

/** An audit: folded into its ticket's case (its status changes), or ignored without the ticket. */
export function mapAudit(audit: ZendeskAudit, { out, state }: ZendeskContext): void {
  if (state.imported.has(audit.ticket_id)) out.merged("audit", audit.id);
  else {
    out.ignore(
      "audit",
      audit.id,
      `its ticket ${audit.ticket_id} is not imported here, so its status changes have no case (its comments are imported)`,
    );
  }
}

/** A ticket metric: folded into its ticket's case (reply and solve times, reopens). */
export function mapMetric(metric: ZendeskTicketMetric, { out, state }: ZendeskContext): void {
  const ticketId = metric.ticket_id;
  if (state.imported.has(ticketId) && state.metricByTicket.get(ticketId)?.id === metric.id) {
    out.merged("ticket_metric", metric.id);
  } else if (state.imported.has(ticketId)) {
    out.ignore("ticket_metric", metric.id, `ticket ${ticketId} has another metric`);
  } else {
    out.ignore("ticket_metric", metric.id, `its ticket ${ticketId} is not imported here`);
  }
}
