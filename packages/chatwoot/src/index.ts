export { chatwootAdapter } from "./chatwoot-adapter";
export type { ChatwootImportOptions } from "./chatwoot-context";
export {
  type ChatwootMessageKind,
  chatwootLookups,
  chatwootMessageKind,
} from "./chatwoot-lookups";
export { recogniseChatwoot } from "./chatwoot-recognise";
export { importChatwoot } from "./import-chatwoot";
export { type ChatwootWebhookRequest, verifyChatwootWebhook } from "./verify-chatwoot-webhook";
