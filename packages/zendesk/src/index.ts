export { importZendesk, type ZendeskImportOptions } from "./import-zendesk";
export { verifyZendeskWebhook, type ZendeskWebhookRequest } from "./verify-zendesk-webhook";
export { ZENDESK_CHANNELS, zendeskChannel } from "./zendesk-channel";
export { type ZendeskPagesOptions, zendeskPages } from "./zendesk-pages";
export { ZENDESK_PRIORITIES, zendeskPriority } from "./zendesk-priority";
export { ZENDESK_STATUSES, zendeskStatus } from "./zendesk-status";
