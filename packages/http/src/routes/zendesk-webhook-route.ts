import { importZendesk, verifyZendeskWebhook } from "@rapport/zendesk";
import type { Hono } from "hono";
import type { CareEnv } from "../access/guard";
import { isJsonContentType } from "../boundary/json-body";
import { jsonError } from "../json-error";
import type { RouteContext } from "./route-context";

/** `POST /webhooks/zendesk` (scope `webhooks`, then Zendesk's signature); internal. */
export function zendeskWebhookRoute(app: Hono<CareEnv>, context: RouteContext): void {
  app.post("/webhooks/zendesk", context.guard("webhooks"), async (c) => {
    const asOf = context.now();
    const secret = context.secrets.zendeskWebhook;
    if (secret === undefined) {
      return jsonError(c, 404, {
        error: "not_found",
        message: "the Zendesk webhook is not configured",
      });
    }
    if (!isJsonContentType(c.req.header("content-type"))) {
      return jsonError(c, 415, {
        error: "unsupported_media_type",
        message: "the body must be JSON, sent with Content-Type: application/json",
      });
    }
    const body = await c.req.text();
    const verification = await verifyZendeskWebhook(
      {
        body,
        signature: c.req.header("x-zendesk-webhook-signature"),
        timestamp: c.req.header("x-zendesk-webhook-signature-timestamp"),
      },
      { secret, asOf },
    );
    if (!verification.valid) {
      return jsonError(c, 401, {
        error: "invalid_signature",
        message: verification.reason ?? "invalid signature",
      });
    }
    let payload: unknown;
    try {
      payload = JSON.parse(body);
    } catch (error) {
      return jsonError(c, 400, {
        error: "invalid_json",
        message: `the body is not valid JSON: ${(error as Error).message}`,
      });
    }
    const result = importZendesk(payload, { asOf });
    const { store } = context;
    await Promise.all([
      store.customers.upsert(result.customers),
      store.cases.upsert(result.cases),
      store.interactions.upsert(result.interactions),
      store.surveyResponses.upsert(result.surveyResponses),
    ]);
    const { accepted, rejected, duplicates, ignored, records } = result.report;
    return c.json(
      {
        accepted,
        rejected,
        duplicates,
        ignored,
        problems: records.filter((r) => r.status === "rejected").slice(0, 100),
      },
      202,
    );
  });
}
