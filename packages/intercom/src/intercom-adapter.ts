import { defineSourceAdapter, type SourceAdapter } from "@rapport/source-kit";
import type { IntercomImportOptions } from "./intercom-context";
import { intercomLookups } from "./intercom-lookups";
import { intercomEntitySchemas } from "./intercom-payload";
import { recogniseIntercom } from "./intercom-recognise";
import { splitIntercom } from "./intercom-split";
import { mapAdmin, mapTeam } from "./map-admin";
import { mapContact } from "./map-contact";
import { joinConversations, mapConversation } from "./map-conversation";

/**
 * The Intercom source adapter, defined on `@rapport/source-kit`: `recognise` tells Intercom
 * responses, `import` is {@link importIntercom}.
 *
 * @example
 * ```ts
 * import { intercomAdapter } from "@rapport/intercom";
 * const payload = { type: "admin.list", admins: [{ type: "admin", id: "1", name: "Ann" }] };
 * intercomAdapter.recognise(payload); // true
 * intercomAdapter.import(payload, { asOf: new Date("2024-06-01T00:00:00Z") }).agents.length; // 1
 * ```
 */
export const intercomAdapter: SourceAdapter<IntercomImportOptions> =
  /* @__PURE__ */ defineSourceAdapter({
    system: "intercom",
    recognise: recogniseIntercom,
    split: splitIntercom,
    schemas: intercomEntitySchemas,
    lookups: intercomLookups,
    joins: { conversation: joinConversations },
    map: { admin: mapAdmin, team: mapTeam, contact: mapContact, conversation: mapConversation },
  });
