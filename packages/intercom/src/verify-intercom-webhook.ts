import { constantTimeEqual, hmac, toHex } from "@rapport/core";

/**
 * What {@link verifyIntercomWebhook} needs: the request as received and the app's secret.
 *
 * @example
 * ```ts
 * import type { IntercomWebhookRequest } from "@rapport/intercom";
 * const request: IntercomWebhookRequest = {
 *   body: "{}",
 *   signature: "sha1=…", // X-Hub-Signature
 *   secret: "…",
 *   now: new Date(),
 * };
 * ```
 */
export interface IntercomWebhookRequest {
  /** The raw request body, exactly as received (not re-serialised JSON). */
  readonly body: string;
  /** The `X-Hub-Signature` header: `sha1=` and the hex HMAC-SHA1 of the body. */
  readonly signature: string | null | undefined;
  /** The app's client secret, which Intercom signs notifications with. */
  readonly secret: string;
  /**
   * The current time. When given, the notification's own `created_at` (Unix seconds, in the
   * body) must lie within `toleranceSeconds` of it: Intercom sends no signed timestamp header,
   * so the signed body's time is the replay window.
   */
  readonly now?: Date;
  /** The replay window in seconds (default 300), used with `now`. */
  readonly toleranceSeconds?: number;
}

/**
 * The verdict on a webhook request: valid, or not and why.
 *
 * @example
 * ```ts
 * import type { WebhookVerification } from "@rapport/intercom";
 * const answer = (v: WebhookVerification) => (v.valid ? 200 : 401);
 * ```
 */
export interface WebhookVerification {
  /** Whether the request is authentic (and, with `now`, fresh). */
  readonly valid: boolean;
  /** Why it is not valid. */
  readonly reason?: string;
}

function createdAtOf(body: string): number | undefined {
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed === "object" && parsed !== null && "created_at" in parsed) {
      const at = (parsed as { created_at: unknown }).created_at;
      return typeof at === "number" && Number.isFinite(at) ? at : undefined;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/**
 * Verifies an Intercom webhook notification: the `X-Hub-Signature` header must be `sha1=`
 * followed by the hex HMAC-SHA1 of the raw body, keyed by the app's client secret (Intercom
 * Developer Hub, "Webhooks: signed notifications"). With `now`, the notification's signed
 * `created_at` must also lie within `toleranceSeconds`. Constant-time comparison; garbage in
 * any argument gives `{ valid: false, reason }`, never a throw.
 *
 * @example
 * ```ts
 * import { verifyIntercomWebhook } from "@rapport/intercom";
 *
 * const verdict = await verifyIntercomWebhook({
 *   body: '{"type":"notification_event","topic":"conversation.user.created"}',
 *   signature: "sha1=0000000000000000000000000000000000000000",
 *   secret: "client-secret",
 * });
 * verdict.valid; // false: that is not the signature of this body
 * ```
 */
export async function verifyIntercomWebhook(
  request: IntercomWebhookRequest,
): Promise<WebhookVerification> {
  try {
    const { body, signature, secret, now } = request;
    if (typeof signature !== "string" || signature.length === 0) {
      return { valid: false, reason: "missing the X-Hub-Signature header" };
    }
    if (!signature.startsWith("sha1=")) {
      return { valid: false, reason: 'expected the X-Hub-Signature header to start with "sha1="' };
    }
    if (typeof body !== "string")
      return { valid: false, reason: "expected the raw body as a string" };
    if (typeof secret !== "string" || secret.length === 0) {
      return { valid: false, reason: "expected the app's client secret" };
    }
    const expected = `sha1=${toHex(await hmac("SHA-1", secret, body))}`;
    if (!constantTimeEqual(signature.trim().toLowerCase(), expected)) {
      return { valid: false, reason: "signature does not match the body and the secret" };
    }
    if (now !== undefined) {
      if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
        return { valid: false, reason: "expected now to be a valid Date" };
      }
      const tolerance = request.toleranceSeconds ?? 300;
      const createdAt = createdAtOf(body);
      if (createdAt === undefined) {
        return {
          valid: false,
          reason: "expected created_at (Unix seconds) in the body to check its age",
        };
      }
      const skew = Math.abs(now.getTime() / 1000 - createdAt);
      if (!(skew <= tolerance)) {
        return {
          valid: false,
          reason: `stale notification: created ${Math.round(skew)} s from now, more than the ${tolerance} s allowed`,
        };
      }
    }
    return { valid: true };
  } catch (error) {
    return { valid: false, reason: `could not verify: ${String(error)}` };
  }
}
