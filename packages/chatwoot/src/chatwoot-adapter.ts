import { defineSourceAdapter, type SourceAdapter } from "@rapport/source-kit";
import type { ChatwootImportOptions } from "./chatwoot-context";
import { joinInboxes, joinMessages } from "./chatwoot-joins";
import { chatwootLookups } from "./chatwoot-lookups";
import { chatwootEntitySchemas } from "./chatwoot-payload";
import { recogniseChatwoot } from "./chatwoot-recognise";
import { splitChatwoot } from "./chatwoot-split";
import { mapConversation } from "./map-conversation";
import { mapCsat } from "./map-csat";
import { mapMessage } from "./map-message";
import { mapAgent, mapContact, mapInbox, mapTeam } from "./map-people";

/**
 * The chatwoot source adapter, defined on `@rapport/source-kit`: `recognise` a payload, and
 * `import` it (the same as {@link importChatwoot}).
 *
 * @example
 * ```ts
 * import { chatwootAdapter } from "@rapport/chatwoot";
 * chatwootAdapter.system; // "chatwoot"
 * chatwootAdapter.recognise({ event: "conversation_created", id: 1, inbox_id: 2, status: "open" }); // true
 * ```
 */
export const chatwootAdapter: SourceAdapter<ChatwootImportOptions> =
  /* @__PURE__ */ defineSourceAdapter({
    system: "chatwoot",
    recognise: recogniseChatwoot,
    split: splitChatwoot,
    schemas: chatwootEntitySchemas,
    lookups: chatwootLookups,
    state: () => ({ inboxChannels: new Map(), conversations: new Map() }),
    joins: { conversation: joinInboxes, message: joinMessages },
    map: {
      inbox: mapInbox,
      team: mapTeam,
      agent: mapAgent,
      contact: mapContact,
      conversation: mapConversation,
      message: mapMessage,
      csat_survey_response: mapCsat,
    },
  });
