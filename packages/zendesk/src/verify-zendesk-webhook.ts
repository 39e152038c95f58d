import {
  checkWebhookOptions,
  constantTimeEqual,
  hmac,
  staleRequestReason,
  toBase64,
  type WebhookVerification,
  type WebhookVerificationOptions,
} from "@rapport/source-kit";
import { expectedMessage } from "@rapport/stats";

/**
 * A Zendesk webhook request as received: what {@link verifyZendeskWebhook} checks.
 *
 * @example
 * ```ts
 * import type { ZendeskWebhookRequest } from "@rapport/zendesk";
 * const request: ZendeskWebhookRequest = {
 *   body: "{}",
 *   signature: "…", // X-Zendesk-Webhook-Signature
 *   timestamp: "2024-03-01T09:30:00Z", // X-Zendesk-Webhook-Signature-Timestamp
 * };
 * ```
 */
export interface ZendeskWebhookRequest {
  /**
   * The raw request body, exactly as received (not re-serialised JSON): its bytes, or the
   * string they decode to. Pass the bytes wherever you have them, so that a body that is not
   * valid UTF-8 is never decoded before it is checked.
   */
  readonly body: string | Uint8Array;
  /** The `X-Zendesk-Webhook-Signature` header. */
  readonly signature: string | null | undefined;
  /** The `X-Zendesk-Webhook-Signature-Timestamp` header. */
  readonly timestamp: string | null | undefined;
}

/** The signed message: the timestamp header's UTF-8 bytes followed by the raw body bytes. */
function signedBytes(timestamp: string, body: string | Uint8Array): Uint8Array {
  const encoder = new TextEncoder();
  const head = encoder.encode(timestamp);
  const tail = typeof body === "string" ? encoder.encode(body) : body;
  const message = new Uint8Array(head.length + tail.length);
  message.set(head, 0);
  message.set(tail, head.length);
  return message;
}

/** Reads a timestamp header: an ISO 8601 date-time or Unix seconds. */
function timeOf(timestamp: string): number {
  if (/^\d+$/.test(timestamp)) return Number(timestamp) * 1000;
  return /^\d{4}-\d{2}-\d{2}T/.test(timestamp) ? Date.parse(timestamp) : Number.NaN;
}

/**
 * Verifies a Zendesk webhook request: the signature header must be the base64 HMAC-SHA256
 * of the timestamp header followed by the raw body bytes, keyed by the webhook's signing secret
 * (Zendesk Developer Docs, "Verifying webhook authenticity"), and the timestamp must lie
 * within `options.toleranceSeconds` (default 300) of `options.asOf`. The comparison takes
 * constant time. A body given as bytes is never decoded: two bodies that differ only in bytes
 * that are not valid UTF-8 have different signatures.
 *
 * Whatever a sender controls (a missing or unreadable header, a wrong signature, a stale
 * timestamp) gives `{ valid: false, reason }`. What the app controls is checked as an
 * argument: a body that is neither a string nor bytes, an empty secret or an `asOf` that is not a `Date` is
 * a `TypeError`; an invalid `Date` or a negative window a `RangeError`.
 *
 * @example
 * ```ts
 * import { verifyZendeskWebhook } from "@rapport/zendesk";
 *
 * const verdict = await verifyZendeskWebhook(
 *   { body: '{"ticket":{"id":35436}}', signature: "c2lnbmF0dXJl", timestamp: "2024-03-01T09:30:00Z" },
 *   { secret: "dGhlIHNpZ25pbmcgc2VjcmV0", asOf: new Date("2024-03-01T09:31:00Z") },
 * );
 * verdict.valid; // false: that is not the signature of this body
 * ```
 */
export async function verifyZendeskWebhook(
  request: ZendeskWebhookRequest,
  options: WebhookVerificationOptions,
): Promise<WebhookVerification> {
  const checked = checkWebhookOptions("verifyZendeskWebhook", options);
  if (typeof request !== "object" || request === null) {
    throw new TypeError(expectedMessage("verifyZendeskWebhook: request", "an object", request));
  }
  const { body, signature, timestamp } = request;
  if (typeof body !== "string" && !(body instanceof Uint8Array)) {
    throw new TypeError(
      expectedMessage(
        "verifyZendeskWebhook: request.body",
        "the raw body (a string or bytes)",
        body,
      ),
    );
  }
  if (typeof signature !== "string" || signature.length === 0) {
    return { valid: false, reason: "missing the X-Zendesk-Webhook-Signature header" };
  }
  if (typeof timestamp !== "string" || timestamp.length === 0) {
    return { valid: false, reason: "missing the X-Zendesk-Webhook-Signature-Timestamp header" };
  }
  const sentAt = timeOf(timestamp);
  if (Number.isNaN(sentAt)) {
    return {
      valid: false,
      reason: expectedMessage(
        "X-Zendesk-Webhook-Signature-Timestamp",
        "an ISO 8601 date-time or Unix seconds",
        timestamp,
      ),
    };
  }
  const stale = staleRequestReason(sentAt, checked);
  if (stale !== undefined) return { valid: false, reason: stale };
  const expected = toBase64(await hmac("SHA-256", checked.secret, signedBytes(timestamp, body)));
  return constantTimeEqual(signature.trim(), expected)
    ? { valid: true }
    : { valid: false, reason: "signature does not match the body and the secret" };
}
