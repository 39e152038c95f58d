import { importHelpScout, verifyHelpScoutWebhook } from "@rapport/helpscout";
import type { Hono } from "hono";
import type { CareEnv } from "../access/guard";
import type { RouteContext } from "./route-context";
import { signedWebhookRoute } from "./signed-webhook";

/** `POST /webhooks/helpscout` (scope `webhooks`, then `X-HelpScout-Signature` over the raw body); internal. */
export function helpScoutWebhookRoute(app: Hono<CareEnv>, context: RouteContext): void {
  signedWebhookRoute(app, context, {
    path: "/webhooks/helpscout",
    platform: "Help Scout",
    secret: ({ secrets }) => secrets.helpScoutWebhook,
    verify: (body, c, options) =>
      verifyHelpScoutWebhook({ body, signature: c.req.header("x-helpscout-signature") }, options),
    import: importHelpScout,
  });
}
