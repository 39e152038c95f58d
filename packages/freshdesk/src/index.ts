export { freshdeskAdapter } from "./freshdesk-adapter";
export type { FreshdeskImportOptions } from "./freshdesk-context";
export {
  FRESHDESK_PRIORITIES,
  FRESHDESK_SOURCES,
  FRESHDESK_STATUSES,
  freshdeskLookups,
  freshdeskPriority,
  freshdeskSource,
  freshdeskStatus,
} from "./freshdesk-lookups";
export { type FreshdeskPagesOptions, freshdeskPages } from "./freshdesk-pages";
export { FRESHDESK_RATINGS, freshdeskRatingToFivePoint } from "./freshdesk-rating";
export { recogniseFreshdesk } from "./freshdesk-recognise";
export { importFreshdesk } from "./import-freshdesk";
