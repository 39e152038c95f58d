import { importChatwoot, verifyChatwootWebhook } from "@rapport/chatwoot";
import type { Hono } from "hono";
import type { CareEnv } from "../access/guard";
import type { RouteContext } from "./route-context";
import { signedWebhookRoute } from "./signed-webhook";

/**
 * `POST /webhooks/chatwoot` (scope `webhooks`, then `X-Chatwoot-Signature` over
 * `X-Chatwoot-Timestamp`, a `.` and the raw body); internal.
 */
export function chatwootWebhookRoute(app: Hono<CareEnv>, context: RouteContext): void {
  signedWebhookRoute(app, context, {
    path: "/webhooks/chatwoot",
    platform: "chatwoot",
    secret: ({ secrets }) => secrets.chatwootWebhook,
    verify: (body, c, options) =>
      verifyChatwootWebhook(
        {
          body,
          signature: c.req.header("x-chatwoot-signature"),
          timestamp: c.req.header("x-chatwoot-timestamp"),
        },
        options,
      ),
    import: importChatwoot,
  });
}
