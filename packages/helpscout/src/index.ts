export { helpScoutAdapter } from "./helpscout-adapter";
export type { HelpScoutImportOptions } from "./helpscout-context";
export {
  type HelpScoutThreadKind,
  helpScoutLookups,
  helpScoutRatingCode,
} from "./helpscout-lookups";
export { recogniseHelpScout } from "./helpscout-recognise";
export { importHelpScout } from "./import-helpscout";
export { type HelpScoutWebhookRequest, verifyHelpScoutWebhook } from "./verify-helpscout-webhook";
