export { importIntercom } from "./import-intercom";
export { intercomAdapter } from "./intercom-adapter";
export type { IntercomImportOptions } from "./intercom-context";
export {
  INTERCOM_CHANNELS,
  INTERCOM_PART_TYPES,
  INTERCOM_PRIORITIES,
  INTERCOM_STATES,
  type IntercomPartKind,
  intercomChannel,
  intercomLookups,
  intercomPartKind,
  intercomPriority,
  intercomState,
} from "./intercom-lookups";
export { type IntercomPagesOptions, intercomPages } from "./intercom-pages";
export { recogniseIntercom } from "./intercom-recognise";
export { type IntercomWebhookRequest, verifyIntercomWebhook } from "./verify-intercom-webhook";
