export { type IntercomImportOptions, importIntercom } from "./import-intercom";
export { INTERCOM_CHANNELS, intercomChannel } from "./intercom-channel";
export { type IntercomPagesOptions, intercomPages } from "./intercom-pages";
export {
  INTERCOM_PART_TYPES,
  type IntercomPartKind,
  intercomPartKind,
} from "./intercom-part-type";
export { INTERCOM_PRIORITIES, intercomPriority } from "./intercom-priority";
export { INTERCOM_STATES, intercomState } from "./intercom-state";
export { type IntercomWebhookRequest, verifyIntercomWebhook } from "./verify-intercom-webhook";
