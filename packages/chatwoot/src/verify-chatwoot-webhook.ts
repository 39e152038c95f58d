import {
  checkWebhookOptions,
  constantTimeEqual,
  hmac,
  staleRequestReason,
  toHex,
  type WebhookVerification,
  type WebhookVerificationOptions,
} from "@rapport/source-kit";
import { expectedMessage } from "@rapport/stats";

/**
 * A chatwoot webhook delivery, as received.
 *
 * @example
 * ```ts
 * import type { ChatwootWebhookRequest } from "@rapport/chatwoot";
 * const request: ChatwootWebhookRequest = {
 *   body: '{"event":"message_created","id":1}',
 *   signature: "sha256=…",
 *   timestamp: "1732710571",
 * };
 * ```
 */
export interface ChatwootWebhookRequest {
  /** The raw request body, exactly as received: its bytes, or the string they decode to. */
  readonly body: string | Uint8Array;
  /** The `X-Chatwoot-Signature` header: `sha256=` and the hex HMAC-SHA256. */
  readonly signature: string | null | undefined;
  /** The `X-Chatwoot-Timestamp` header: Unix seconds. */
  readonly timestamp: string | null | undefined;
}

/**
 * Verifies a chatwoot webhook delivery: `X-Chatwoot-Signature` must be `sha256=` and the hex
 * HMAC-SHA256, keyed with the webhook's secret, of `X-Chatwoot-Timestamp`, a `.` and the raw
 * body bytes; and the timestamp must lie within `toleranceSeconds` (default 300) of `asOf`, so
 * a replayed delivery is refused. chatwoot signs only webhooks that have a secret (recent
 * versions); an unsigned delivery is not valid. Uses Web Crypto, compares in constant time and
 * never throws on a request: only bad options throw.
 *
 * @param request - The raw body and the two headers.
 * @param options - `secret`, `asOf`, and optionally `toleranceSeconds`.
 * @returns `{ valid: true }`, or `{ valid: false, reason }`.
 * @throws TypeError for a missing secret, a missing or non-`Date` `asOf`, or a body that is neither a string nor bytes.
 *
 * @example
 * ```ts
 * import { verifyChatwootWebhook } from "@rapport/chatwoot";
 * const check = await verifyChatwootWebhook(
 *   {
 *     body: '{"event":"message_created","id":5295,"content":"Hey, I want to get my Macbook repaird"}',
 *     signature: "sha256=b715aabfd5ac51b50639ce74e6151334e52e38afb6191281f9f80de13377e06f",
 *     timestamp: "1732710571",
 *   },
 *   { secret: "chatwoot-test-secret", asOf: new Date(1732710571 * 1000) },
 * );
 * check.valid; // true
 * ```
 */
export async function verifyChatwootWebhook(
  request: ChatwootWebhookRequest,
  options: WebhookVerificationOptions,
): Promise<WebhookVerification> {
  const checked = checkWebhookOptions("verifyChatwootWebhook", options);
  if (typeof request !== "object" || request === null) {
    throw new TypeError(expectedMessage("verifyChatwootWebhook: request", "an object", request));
  }
  const { body, signature, timestamp } = request;
  if (typeof body !== "string" && !(body instanceof Uint8Array)) {
    throw new TypeError(
      expectedMessage(
        "verifyChatwootWebhook: request.body",
        "the raw body (a string or bytes)",
        body,
      ),
    );
  }
  if (typeof signature !== "string" || signature.length === 0) {
    return { valid: false, reason: "missing the X-Chatwoot-Signature header" };
  }
  if (typeof timestamp !== "string" || timestamp.length === 0) {
    return { valid: false, reason: "missing the X-Chatwoot-Timestamp header" };
  }
  if (!/^\d{1,12}$/.test(timestamp.trim())) {
    return {
      valid: false,
      reason: expectedMessage("X-Chatwoot-Timestamp", "Unix seconds", timestamp),
    };
  }
  const stale = staleRequestReason(Number(timestamp.trim()) * 1000, checked);
  if (stale !== undefined) return { valid: false, reason: stale };
  const raw = typeof body === "string" ? new TextEncoder().encode(body) : body;
  const prefix = new TextEncoder().encode(`${timestamp.trim()}.`);
  const message = new Uint8Array(prefix.length + raw.length);
  message.set(prefix);
  message.set(raw, prefix.length);
  const expected = `sha256=${toHex(await hmac("SHA-256", checked.secret, message))}`;
  return constantTimeEqual(signature.trim().toLowerCase(), expected)
    ? { valid: true }
    : { valid: false, reason: "signature does not match the timestamp, the body and the secret" };
}
