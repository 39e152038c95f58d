export { type FreshdeskPagesOptions, freshdeskPages } from "./freshdesk-pages";
export { FRESHDESK_PRIORITIES, freshdeskPriority } from "./freshdesk-priority";
export { FRESHDESK_RATINGS, freshdeskRatingToFivePoint } from "./freshdesk-rating";
export { FRESHDESK_SOURCES, freshdeskSource } from "./freshdesk-source";
export { FRESHDESK_STATUSES, freshdeskStatus } from "./freshdesk-status";
export { type FreshdeskImportOptions, importFreshdesk } from "./import-freshdesk";
