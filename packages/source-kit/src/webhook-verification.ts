import { expectedMessage } from "@rapport/stats";
import { requireAsOf } from "./require-as-of";

/**
 * The verdict of a webhook verifier on one request: valid, or not and why. Untrusted parts
 * of the request (the body, the headers) never make a verifier throw; they make it answer
 * `{ valid: false, reason }`.
 *
 * @example
 * ```ts
 * import type { WebhookVerification } from "@rapport/source-kit";
 * const status = (v: WebhookVerification) => (v.valid ? 200 : 401);
 * ```
 */
export interface WebhookVerification {
  /** Whether the request is authentic and fresh. */
  readonly valid: boolean;
  /** Why it is not valid. */
  readonly reason?: string;
}

/**
 * What every webhook verifier takes besides the request: the signing secret, the moment of
 * the check and the replay window.
 *
 * @example
 * ```ts
 * import type { WebhookVerificationOptions } from "@rapport/source-kit";
 * const options: WebhookVerificationOptions = { secret: "…", asOf: new Date(), toleranceSeconds: 300 };
 * ```
 */
export interface WebhookVerificationOptions {
  /** The signing secret the platform signs requests with. */
  readonly secret: string;
  /** The moment of the check: a request signed further from it than the window is stale. */
  readonly asOf: Date;
  /** The replay window, in seconds either side of `asOf` (default 300). */
  readonly toleranceSeconds?: number;
}

/**
 * The options of a verifier once checked, with the default window filled in; what
 * {@link checkWebhookOptions} returns.
 *
 * @example
 * ```ts
 * import type { CheckedWebhookOptions } from "@rapport/source-kit";
 * const window = (o: CheckedWebhookOptions) => `${o.toleranceSeconds} s around ${o.asOf.toISOString()}`;
 * ```
 */
export interface CheckedWebhookOptions {
  /** The signing secret. */
  readonly secret: string;
  /** The moment of the check. */
  readonly asOf: Date;
  /** The replay window in seconds. */
  readonly toleranceSeconds: number;
}

/**
 * Checks a verifier's options, which come from the app and not from the request: a `TypeError`
 * for a secret that is not a non-empty string or an `asOf` that is not a `Date`, a
 * `RangeError` for an invalid `Date` or a window that is not a finite number of seconds ≥ 0.
 *
 * @param where - The verifier's name, for the message.
 * @param options - The options as given.
 * @returns The options with `toleranceSeconds` defaulted to 300.
 *
 * @example
 * ```ts
 * import { checkWebhookOptions } from "@rapport/source-kit";
 * checkWebhookOptions("verifyExample", { secret: "s", asOf: new Date(0) }).toleranceSeconds; // 300
 * ```
 */
export function checkWebhookOptions(
  where: string,
  options: WebhookVerificationOptions,
): CheckedWebhookOptions {
  if (typeof options !== "object" || options === null) {
    throw new TypeError(expectedMessage(`${where}: options`, "an object", options));
  }
  const { secret } = options;
  if (typeof secret !== "string" || secret.length === 0) {
    throw new TypeError(expectedMessage(`${where}: options.secret`, "a non-empty string", secret));
  }
  const asOf = requireAsOf(where, options.asOf);
  const toleranceSeconds = options.toleranceSeconds ?? 300;
  if (typeof toleranceSeconds !== "number") {
    throw new TypeError(
      expectedMessage(`${where}: options.toleranceSeconds`, "a number", toleranceSeconds),
    );
  }
  if (!(Number.isFinite(toleranceSeconds) && toleranceSeconds >= 0)) {
    throw new RangeError(
      expectedMessage(
        `${where}: options.toleranceSeconds`,
        "a finite number of seconds ≥ 0",
        toleranceSeconds,
      ),
    );
  }
  return { secret, asOf, toleranceSeconds };
}

/**
 * Why a request signed at `signedAt` (Unix milliseconds) is stale at `asOf`, or `undefined`
 * when it lies within the window: `stale: signed 361 s before asOf, more than the 300 s
 * allowed`. Verifiers check it so that a captured request cannot be replayed later.
 *
 * @param signedAt - When the request says it was signed, in Unix milliseconds.
 * @param options - The checked options (see {@link checkWebhookOptions}).
 * @returns The reason, or `undefined` when fresh.
 *
 * @example
 * ```ts
 * import { staleRequestReason } from "@rapport/source-kit";
 * staleRequestReason(0, { secret: "s", asOf: new Date(361_000), toleranceSeconds: 300 });
 * // "stale: signed 361 s before asOf, more than the 300 s allowed"
 * ```
 */
export function staleRequestReason(
  signedAt: number,
  options: CheckedWebhookOptions,
): string | undefined {
  const skew = (options.asOf.getTime() - signedAt) / 1000;
  if (Math.abs(skew) <= options.toleranceSeconds) return undefined;
  const side = skew > 0 ? "before" : "after";
  return `stale: signed ${Math.round(Math.abs(skew))} s ${side} asOf, more than the ${options.toleranceSeconds} s allowed`;
}
