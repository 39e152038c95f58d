import { importZendesk, verifyZendeskWebhook } from "@rapport/zendesk";
import type { Hono } from "hono";
import type { CareEnv } from "../access/guard";
import type { RouteContext } from "./route-context";
import { signedWebhookRoute } from "./signed-webhook";

/** `POST /webhooks/zendesk` (scope `webhooks`, then Zendesk's signature); internal. */
export function zendeskWebhookRoute(app: Hono<CareEnv>, context: RouteContext): void {
  signedWebhookRoute(app, context, {
    path: "/webhooks/zendesk",
    platform: "Zendesk",
    secret: ({ secrets }) => secrets.zendeskWebhook,
    // Zendesk's verifier signs text: the body decoded as the request's text would be.
    verify: (body, c, options) =>
      verifyZendeskWebhook(
        {
          body: new TextDecoder().decode(body),
          signature: c.req.header("x-zendesk-webhook-signature"),
          timestamp: c.req.header("x-zendesk-webhook-signature-timestamp"),
        },
        options,
      ),
    import: importZendesk,
    // Zendesk names each delivery; event webhooks also carry the event's own id.
    deliveryId: (c, payload) =>
      c.req.header("x-zendesk-webhook-invocation-id") ??
      (typeof (payload as { id?: unknown } | null)?.id === "string"
        ? (payload as { id: string }).id
        : undefined),
  });
}
