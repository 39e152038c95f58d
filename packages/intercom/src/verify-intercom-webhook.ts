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
 * An Intercom webhook notification as received: what {@link verifyIntercomWebhook} checks.
 *
 * @example
 * ```ts
 * import type { IntercomWebhookRequest } from "@rapport/intercom";
 * const request: IntercomWebhookRequest = {
 *   body: '{"type":"notification_event","created_at":1700000000}',
 *   signature: "sha1=…", // X-Hub-Signature
 * };
 * ```
 */
export interface IntercomWebhookRequest {
  /** The raw request body, exactly as received (not re-serialised JSON). */
  readonly body: string;
  /** The `X-Hub-Signature` header: `sha1=` and the hex HMAC-SHA1 of the body. */
  readonly signature: string | null | undefined;
}

/** The notification's `created_at` (Unix seconds) from the body, once the body is authentic. */
function createdAtOf(body: string): number | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (typeof parsed !== "object" || parsed === null || !("created_at" in parsed)) return undefined;
  const at = (parsed as { created_at: unknown }).created_at;
  return typeof at === "number" && Number.isFinite(at) ? at : undefined;
}

/**
 * Verifies an Intercom webhook notification: the `X-Hub-Signature` header must be `sha1=`
 * followed by the hex HMAC-SHA1 of the raw body, keyed by the app's client secret (Intercom
 * Developer Hub, "Webhooks: signed notifications"), and, since Intercom sends no signed
 * timestamp header, the signed body's own `created_at` (Unix seconds) must lie within
 * `options.toleranceSeconds` (default 300) of `options.asOf`. The comparison takes constant
 * time.
 *
 * Whatever a sender controls (a missing or malformed header, a wrong signature, a stale or
 * missing `created_at`) gives `{ valid: false, reason }`. What the app controls is checked as
 * an argument: a body that is not a string, an empty secret or an `asOf` that is not a `Date`
 * is a `TypeError`; an invalid `Date` or a negative window a `RangeError`.
 *
 * @example
 * ```ts
 * import { verifyIntercomWebhook } from "@rapport/intercom";
 *
 * const verdict = await verifyIntercomWebhook(
 *   {
 *     body: '{"type":"notification_event","topic":"conversation.user.created","created_at":1700000000}',
 *     signature: "sha1=0000000000000000000000000000000000000000",
 *   },
 *   { secret: "client-secret", asOf: new Date(1_700_000_060_000) },
 * );
 * verdict.valid; // false: that is not the signature of this body
 * ```
 */
export async function verifyIntercomWebhook(
  request: IntercomWebhookRequest,
  options: WebhookVerificationOptions,
): Promise<WebhookVerification> {
  const checked = checkWebhookOptions("verifyIntercomWebhook", options);
  if (typeof request !== "object" || request === null) {
    throw new TypeError(expectedMessage("verifyIntercomWebhook: request", "an object", request));
  }
  const { body, signature } = request;
  if (typeof body !== "string") {
    throw new TypeError(
      expectedMessage("verifyIntercomWebhook: request.body", "the raw body as a string", body),
    );
  }
  if (typeof signature !== "string" || signature.length === 0) {
    return { valid: false, reason: "missing the X-Hub-Signature header" };
  }
  if (!signature.startsWith("sha1=")) {
    return {
      valid: false,
      reason: expectedMessage("X-Hub-Signature", '"sha1=" and a hex digest', signature),
    };
  }
  const expected = `sha1=${toHex(await hmac("SHA-1", checked.secret, body))}`;
  if (!constantTimeEqual(signature.trim().toLowerCase(), expected)) {
    return { valid: false, reason: "signature does not match the body and the secret" };
  }
  const createdAt = createdAtOf(body);
  if (createdAt === undefined) {
    return {
      valid: false,
      reason: "expected created_at (Unix seconds) in the body, to check its age",
    };
  }
  const stale = staleRequestReason(createdAt * 1000, checked);
  return stale === undefined ? { valid: true } : { valid: false, reason: stale };
}
