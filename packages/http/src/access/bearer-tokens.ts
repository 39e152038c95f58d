import { expectedMessage } from "@rapport/stats";
import { bearerToken } from "./bearer-token";
import type { Authorize, Principal } from "./principal";

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/**
 * An `authorize` for static API keys sent as `Authorization: Bearer <token>`: each token maps
 * to its {@link Principal}. Tokens are compared by their SHA-256 digests, so the lookup's
 * timing reveals nothing about a token; they are held only as digests after start-up. Use
 * long random tokens (32 bytes or more); rotate by listing the old and the new one.
 *
 * @example
 * ```ts
 * import { bearerTokens, createCareApp } from "@rapport/http";
 * import { createMemoryStore } from "@rapport/store";
 *
 * const app = createCareApp({
 *   store: createMemoryStore(),
 *   authorize: bearerTokens({
 *     "a-long-random-token-for-the-crm": {
 *       subject: "service:crm",
 *       tenant: "acme",
 *       scopes: ["customers:read", "metrics:read"],
 *     },
 *   }),
 * });
 * ```
 */
export function bearerTokens(tokens: Readonly<Record<string, Principal>>): Authorize {
  if (typeof tokens !== "object" || tokens === null) {
    throw new TypeError(
      expectedMessage("bearerTokens: tokens", "an object of token → principal", tokens),
    );
  }
  const entries = Object.entries(tokens);
  for (const [token] of entries) {
    if (token.length < 16) {
      throw new RangeError(
        expectedMessage(
          "bearerTokens: tokens",
          "tokens of at least 16 characters",
          `${token.slice(0, 2)}…`,
        ),
      );
    }
  }
  const byDigest = Promise.all(
    entries.map(async ([token, principal]) => [await sha256Hex(token), principal] as const),
  ).then((pairs) => new Map(pairs));
  return async (request) => {
    const token = bearerToken(request);
    if (token === undefined) return null;
    return (await byDigest).get(await sha256Hex(token)) ?? null;
  };
}
