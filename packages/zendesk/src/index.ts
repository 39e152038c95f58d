export { importZendesk } from "./import-zendesk";
export { verifyZendeskWebhook, type ZendeskWebhookRequest } from "./verify-zendesk-webhook";
export { zendeskAdapter } from "./zendesk-adapter";
export {
  ZENDESK_CHANNELS,
  ZENDESK_PRIORITIES,
  ZENDESK_STATUSES,
  zendeskChannel,
  zendeskLookups,
  zendeskPriority,
  zendeskStatus,
} from "./zendesk-lookups";
export { type ZendeskPagesOptions, zendeskPages } from "./zendesk-pages";
export { recogniseZendesk } from "./zendesk-recognise";
export type { ZendeskImportOptions } from "./zendesk-state";
