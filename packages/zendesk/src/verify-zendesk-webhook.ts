import { constantTimeEqual, hmac, toBase64 } from "@rapport/core";

/**
 * What {@link verifyZendeskWebhook} needs: the request as received and the signing secret.
 *
 * @example
 * ```ts
 * import type { ZendeskWebhookRequest } from "@rapport/zendesk";
 * const request: ZendeskWebhookRequest = {
 *   body: "{}",
 *   signature: "…", // X-Zendesk-Webhook-Signature
 *   timestamp: "2024-03-01T09:30:00Z", // X-Zendesk-Webhook-Signature-Timestamp
 *   secret: "…",
 *   now: new Date(),
 * };
 * ```
 */
export interface ZendeskWebhookRequest {
  /** The raw request body, exactly as received (not re-serialised JSON). */
  readonly body: string;
  /** The `X-Zendesk-Webhook-Signature` header. */
  readonly signature: string | null | undefined;
  /** The `X-Zendesk-Webhook-Signature-Timestamp` header. */
  readonly timestamp: string | null | undefined;
  /** The webhook's signing secret. */
  readonly secret: string;
  /** The current time, to reject stale (replayed) requests. */
  readonly now: Date;
  /** The replay window: how far the timestamp may be from `now`, in seconds (default 300). */
  readonly toleranceSeconds?: number;
}

/**
 * The verdict on a webhook request: valid, or not and why.
 *
 * @example
 * ```ts
 * import type { WebhookVerification } from "@rapport/zendesk";
 * const answer = (v: WebhookVerification) => (v.valid ? 200 : 401);
 * ```
 */
export interface WebhookVerification {
  /** Whether the request is authentic and fresh. */
  readonly valid: boolean;
  /** Why it is not valid. */
  readonly reason?: string;
}

/** Reads a timestamp header: an ISO 8601 date-time or Unix seconds. */
function timeOf(timestamp: string): number {
  if (/^\d+$/.test(timestamp)) return Number(timestamp) * 1000;
  return /^\d{4}-\d{2}-\d{2}T/.test(timestamp) ? Date.parse(timestamp) : Number.NaN;
}

/**
 * Verifies a Zendesk webhook request: the signature header must be the base64 HMAC-SHA256
 * of the timestamp header followed by the raw body, keyed by the webhook's signing secret
 * (Zendesk Developer Docs, "Verifying webhook authenticity"), and the timestamp must lie
 * within `toleranceSeconds` of `now`. The comparison takes constant time; garbage in any
 * argument gives `{ valid: false, reason }`, never a throw.
 *
 * @example
 * ```ts
 * import { verifyZendeskWebhook } from "@rapport/zendesk";
 *
 * const verdict = await verifyZendeskWebhook({
 *   body: '{"ticket":{"id":35436}}',
 *   signature: "c2lnbmF0dXJl",
 *   timestamp: "2024-03-01T09:30:00Z",
 *   secret: "dGhlIHNpZ25pbmcgc2VjcmV0",
 *   now: new Date("2024-03-01T09:31:00Z"),
 * });
 * verdict.valid; // false: that is not the signature of this body
 * ```
 */
export async function verifyZendeskWebhook(
  request: ZendeskWebhookRequest,
): Promise<WebhookVerification> {
  try {
    const { body, signature, timestamp, secret, now } = request;
    const tolerance = request.toleranceSeconds ?? 300;
    if (typeof signature !== "string" || signature.length === 0) {
      return { valid: false, reason: "missing the X-Zendesk-Webhook-Signature header" };
    }
    if (typeof timestamp !== "string" || timestamp.length === 0) {
      return { valid: false, reason: "missing the X-Zendesk-Webhook-Signature-Timestamp header" };
    }
    if (typeof body !== "string")
      return { valid: false, reason: "expected the raw body as a string" };
    if (typeof secret !== "string" || secret.length === 0) {
      return { valid: false, reason: "expected the webhook's signing secret" };
    }
    if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
      return { valid: false, reason: "expected now to be a valid Date" };
    }
    const sentAt = timeOf(timestamp);
    if (Number.isNaN(sentAt)) {
      return {
        valid: false,
        reason: `unreadable timestamp ${JSON.stringify(timestamp.slice(0, 40))}`,
      };
    }
    const skew = Math.abs(now.getTime() - sentAt) / 1000;
    if (!(skew <= tolerance)) {
      return {
        valid: false,
        reason: `stale timestamp: ${Math.round(skew)} s from now, more than the ${tolerance} s allowed`,
      };
    }
    const expected = toBase64(await hmac("SHA-256", secret, timestamp + body));
    return constantTimeEqual(signature.trim(), expected)
      ? { valid: true }
      : { valid: false, reason: "signature does not match the body and the secret" };
  } catch (error) {
    return { valid: false, reason: `could not verify: ${String(error)}` };
  }
}
