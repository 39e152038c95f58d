import { defineSourceAdapter, type SourceAdapter } from "@rapport/source-kit";
import type { HelpScoutImportOptions } from "./helpscout-context";
import { joinConversations } from "./helpscout-joins";
import { helpScoutLookups } from "./helpscout-lookups";
import { helpScoutEntitySchemas } from "./helpscout-payload";
import { recogniseHelpScout } from "./helpscout-recognise";
import { splitHelpScout } from "./helpscout-split";
import { mapConversation } from "./map-conversation";
import { mapCustomer, mapTeam, mapUser } from "./map-people";
import { mapRating } from "./map-rating";
import { mapThread } from "./map-thread";

/**
 * The Help Scout source adapter, defined on `@rapport/source-kit`: `recognise` a payload, and
 * `import` it (the same as {@link importHelpScout}).
 *
 * @example
 * ```ts
 * import { helpScoutAdapter } from "@rapport/helpscout";
 * helpScoutAdapter.system; // "helpscout"
 * helpScoutAdapter.recognise({ _embedded: { users: [] } }); // true
 * ```
 */
export const helpScoutAdapter: SourceAdapter<HelpScoutImportOptions> =
  /* @__PURE__ */ defineSourceAdapter({
    system: "helpscout",
    caller: "importHelpScout",
    recognise: recogniseHelpScout,
    split: splitHelpScout,
    schemas: helpScoutEntitySchemas,
    lookups: helpScoutLookups,
    state: () => ({ threads: new Map(), conversations: new Map() }),
    joins: { conversation: joinConversations },
    map: {
      team: mapTeam,
      user: mapUser,
      customer: mapCustomer,
      conversation: mapConversation,
      thread: mapThread,
      rating: mapRating,
    },
  });
