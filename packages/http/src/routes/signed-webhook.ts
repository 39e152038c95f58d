import type { ImportResult, WebhookVerification } from "@rapport/source-kit";
import type { Context, Hono } from "hono";
import type { CareEnv } from "../access/guard";
import { idProblem } from "../boundary/check-id";
import { isJsonContentType, MAX_JSON_DEPTH, nestsDeeperThan } from "../boundary/json-body";
import { jsonError } from "../json-error";
import type { RouteContext } from "./route-context";

/** A helpdesk whose deliveries are signed over the raw body bytes; internal. */
export interface SignedWebhook {
  /** The route: `/webhooks/chatwoot`. */
  readonly path: string;
  /** The platform, for messages: `"chatwoot"`. */
  readonly platform: string;
  /** The signing secret, from the app's `secrets`. */
  readonly secret: (context: RouteContext) => string | undefined;
  /** Checks a delivery's raw bytes and headers. */
  verify(
    body: Uint8Array,
    c: Context<CareEnv>,
    options: { readonly secret: string; readonly asOf: Date },
  ): Promise<WebhookVerification>;
  /** Imports the parsed body. */
  import(payload: unknown, options: { readonly asOf: Date }): ImportResult;
  /**
   * The platform's own id of the delivery, where it sends one; otherwise (or when it is not a
   * valid id) the delivery is known by the SHA-256 of its raw bytes.
   */
  deliveryId?(c: Context<CareEnv>, payload: unknown): string | undefined;
}

/** The id a delivery is deduplicated by: `<platform>:<its id>` or `<platform>:sha256:<hex>`. */
async function deliveryIdOf(
  webhook: SignedWebhook,
  c: Context<CareEnv>,
  payload: unknown,
  body: Uint8Array,
): Promise<string> {
  const prefix = webhook.platform.toLowerCase();
  const own = webhook.deliveryId?.(c, payload);
  if (own !== undefined && idProblem(own) === undefined && own.length <= 200) {
    return `${prefix}:${own}`;
  }
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", body.slice()));
  const hex = Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${prefix}:sha256:${hex}`;
}

/**
 * `POST <path>` (scope `webhooks`, then the platform's signature over the raw body bytes):
 * 404 when no secret is configured, 415 for a body that is not JSON, 401 for a bad or stale
 * signature, 400 for a body that is not UTF-8 JSON; then the import's counts and its first 100
 * problems, 202, or 200 with `duplicate: true` (and nothing stored) for a delivery the tenant
 * has applied before. Internal.
 */
export function signedWebhookRoute(
  app: Hono<CareEnv>,
  context: RouteContext,
  webhook: SignedWebhook,
): void {
  app.post(webhook.path, context.guard("webhooks"), async (c) => {
    const asOf = context.now();
    const secret = webhook.secret(context);
    if (secret === undefined || secret === "") {
      return jsonError(c, 404, {
        error: "not_found",
        message: `the ${webhook.platform} webhook is not configured`,
      });
    }
    if (!isJsonContentType(c.req.header("content-type"))) {
      return jsonError(c, 415, {
        error: "unsupported_media_type",
        message: "the body must be JSON, sent with Content-Type: application/json",
      });
    }
    // The signature covers the bytes as sent: check them before decoding anything.
    const body = new Uint8Array(await c.req.arrayBuffer());
    const verification = await webhook.verify(body, c, { secret, asOf });
    if (!verification.valid) {
      return jsonError(c, 401, {
        error: "invalid_signature",
        message: verification.reason ?? "invalid signature",
      });
    }
    let payload: unknown;
    try {
      payload = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body));
    } catch (error) {
      const reason = error instanceof SyntaxError ? error.message : "it is not UTF-8 text";
      return jsonError(c, 400, {
        error: "invalid_json",
        message: `the body is not valid JSON: ${reason}`,
      });
    }
    if (nestsDeeperThan(payload, MAX_JSON_DEPTH)) {
      return jsonError(c, 400, {
        error: "invalid_json",
        message: `the body nests deeper than ${MAX_JSON_DEPTH} levels`,
      });
    }
    const result = webhook.import(payload, { asOf });
    // One transaction for the delivery: its records and its id, so a delivery sent again is
    // applied once, and older versions of a case never replace newer ones.
    const stored = await context.storeFor(c).upsertAll(
      {
        customers: result.customers,
        cases: result.cases,
        interactions: result.interactions,
        surveyResponses: result.surveyResponses,
      },
      { deliveryId: await deliveryIdOf(webhook, c, payload, body) },
    );
    if (stored.duplicate) return c.json({ duplicate: true }, 200);
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
