import { defineSourceAdapter, type SourceAdapter } from "@rapport/source-kit";
import { type FreshdeskImportOptions, freshdeskState } from "./freshdesk-context";
import { joinEmbeddedConversations, joinTickets } from "./freshdesk-joins";
import { freshdeskLookups } from "./freshdesk-lookups";
import { freshdeskEntitySchemas } from "./freshdesk-payload";
import { recogniseFreshdesk } from "./freshdesk-recognise";
import { splitFreshdesk } from "./freshdesk-split";
import { mapConversation } from "./map-conversation";
import { mapAgent, mapContact, mapGroup } from "./map-people";
import { mapRating } from "./map-rating";
import { mapTicket } from "./map-ticket";

/**
 * The Freshdesk source adapter, defined on `@rapport/source-kit`: `recognise` tells Freshdesk
 * responses, `import` is {@link importFreshdesk}.
 *
 * @example
 * ```ts
 * import { freshdeskAdapter } from "@rapport/freshdesk";
 * const payload = [{ id: 20, requester_id: 1, status: 2, created_at: "2024-01-01T00:00:00Z" }];
 * freshdeskAdapter.recognise(payload); // true
 * freshdeskAdapter.import(payload, { asOf: new Date("2024-06-01T00:00:00Z") }).cases.length; // 1
 * ```
 */
export const freshdeskAdapter: SourceAdapter<FreshdeskImportOptions> =
  /* @__PURE__ */ defineSourceAdapter({
    system: "freshdesk",
    recognise: recogniseFreshdesk,
    split: splitFreshdesk,
    schemas: freshdeskEntitySchemas,
    lookups: freshdeskLookups,
    state: freshdeskState,
    joins: { ticket: joinTickets, conversation: joinEmbeddedConversations },
    map: {
      group: mapGroup,
      agent: mapAgent,
      contact: mapContact,
      ticket: mapTicket,
      conversation: mapConversation,
      satisfaction_rating: mapRating,
    },
  });
