import { defineSourceAdapter, type SourceAdapter } from "@rapport/source-kit";
import { mapComment } from "./map-comment";
import { mapAudit, mapMetric } from "./map-folded";
import { mapRating } from "./map-rating";
import { mapTicket } from "./map-ticket";
import { mapGroup, mapUser } from "./map-user";
import { joinAuditComments, joinTickets } from "./zendesk-joins";
import { zendeskLookups } from "./zendesk-lookups";
import { zendeskEntitySchemas } from "./zendesk-payload";
import { recogniseZendesk } from "./zendesk-recognise";
import { splitZendesk } from "./zendesk-split";
import { type ZendeskImportOptions, zendeskState } from "./zendesk-state";

/**
 * The Zendesk source adapter, defined on `@rapport/source-kit`: `recognise` tells Zendesk
 * responses, `import` is {@link importZendesk}.
 *
 * @example
 * ```ts
 * import { zendeskAdapter } from "@rapport/zendesk";
 * const payload = { tickets: [{ id: 1, requester_id: 2, status: "open", created_at: "2024-01-01T00:00:00Z" }] };
 * if (zendeskAdapter.recognise(payload)) {
 *   zendeskAdapter.import(payload, { asOf: new Date("2024-06-01T00:00:00Z") }).cases.length; // 1
 * }
 * ```
 */
export const zendeskAdapter: SourceAdapter<ZendeskImportOptions> =
  /* @__PURE__ */ defineSourceAdapter({
    system: "zendesk",
    recognise: recogniseZendesk,
    split: splitZendesk,
    // Parsed in this order; the ones that do not parse are rejected.
    schemas: zendeskEntitySchemas,
    lookups: zendeskLookups,
    state: zendeskState,
    joins: { ticket: joinTickets, comment: joinAuditComments },
    // Mapped in this order.
    map: {
      user: mapUser,
      group: mapGroup,
      ticket: mapTicket,
      comment: mapComment,
      satisfaction_rating: mapRating,
      audit: mapAudit,
      ticket_metric: mapMetric,
    },
  });
