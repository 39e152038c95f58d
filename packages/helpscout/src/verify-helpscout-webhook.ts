import {
  checkWebhookOptions,
  constantTimeEqual,
  hmac,
  toBase64,
  type WebhookVerification,
  type WebhookVerificationOptions,
} from "@rapport/source-kit";
import { expectedMessage } from "@rapport/stats";

/**
 * A Help Scout webhook delivery, as received.
 *
 * @example
 * ```ts
 * import type { HelpScoutWebhookRequest } from "@rapport/helpscout";
 * const request: HelpScoutWebhookRequest = { body: '{"id":123}', signature: "YhXKie6t+YQPJLRzdKWwTPsJN2w=" };
 * ```
 */
export interface HelpScoutWebhookRequest {
  /** The raw request body, exactly as received: its bytes, or the string they decode to. */
  readonly body: string | Uint8Array;
  /** The `X-HelpScout-Signature` header: the base64 HMAC-SHA1 of the body. */
  readonly signature: string | null | undefined;
}

/**
 * Verifies a Help Scout webhook delivery: `X-HelpScout-Signature` must be the base64
 * HMAC-SHA1, keyed with the webhook's secret key, of the raw body bytes. Help Scout's
 * deliveries carry no signed time, so a replay cannot be refused by its age here (store the
 * deliveries you have processed if that matters); `asOf` is still required and checked, as for
 * every webhook. Uses Web Crypto, compares in constant time and never throws on a request:
 * only bad options throw.
 *
 * @param request - The raw body and the signature header.
 * @param options - `secret` and `asOf` (`toleranceSeconds` does not apply: there is no time to check).
 * @returns `{ valid: true }`, or `{ valid: false, reason }`.
 * @throws TypeError for a missing secret, a missing or non-`Date` `asOf`, or a body that is neither a string nor bytes.
 *
 * @example
 * ```ts
 * import { verifyHelpScoutWebhook } from "@rapport/helpscout";
 * // The inputs of the Help Scout PHP SDK's webhook test: body {"id":123}, secret "asdffdsa".
 * const check = await verifyHelpScoutWebhook(
 *   { body: '{"id":123}', signature: "YhXKie6t+YQPJLRzdKWwTPsJN2w=" },
 *   { secret: "asdffdsa", asOf: new Date("2025-01-01T00:00:00Z") },
 * );
 * check.valid; // true
 * ```
 */
export async function verifyHelpScoutWebhook(
  request: HelpScoutWebhookRequest,
  options: WebhookVerificationOptions,
): Promise<WebhookVerification> {
  const checked = checkWebhookOptions("verifyHelpScoutWebhook", options);
  if (typeof request !== "object" || request === null) {
    throw new TypeError(expectedMessage("verifyHelpScoutWebhook: request", "an object", request));
  }
  const { body, signature } = request;
  if (typeof body !== "string" && !(body instanceof Uint8Array)) {
    throw new TypeError(
      expectedMessage(
        "verifyHelpScoutWebhook: request.body",
        "the raw body (a string or bytes)",
        body,
      ),
    );
  }
  if (typeof signature !== "string" || signature.length === 0) {
    return { valid: false, reason: "missing the X-HelpScout-Signature header" };
  }
  const expected = toBase64(await hmac("SHA-1", checked.secret, body));
  return constantTimeEqual(signature.trim(), expected)
    ? { valid: true }
    : { valid: false, reason: "signature does not match the body and the secret" };
}
