import { expectedMessage } from "@rapport/stats";
import { type JWTPayload, type JWTVerifyGetKey, jwtVerify } from "jose";
import { bearerToken } from "./bearer-token";
import { type Authorize, type Principal, SCOPES, type Scope } from "./principal";

/**
 * Options of {@link jwtBearer}.
 *
 * @example
 * ```ts
 * import type { JwtBearerOptions } from "@rapport/http";
 * const options: JwtBearerOptions = {
 *   key: new TextEncoder().encode("a shared HS256 secret of at least 32 bytes!"),
 *   algorithms: ["HS256"],
 *   issuer: "https://auth.example.com/",
 *   audience: "rapport",
 *   tenantClaim: "org",
 * };
 * ```
 */
export interface JwtBearerOptions {
  /**
   * The verification key: a public key or a shared secret (`CryptoKey`, `Uint8Array`), or a
   * key set from `jose`'s `createRemoteJWKSet(new URL("https://…/.well-known/jwks.json"))`.
   */
  readonly key: CryptoKey | Uint8Array | JWTVerifyGetKey;
  /** The accepted algorithms, e.g. `["RS256"]` or `["ES256"]`; required against algorithm confusion. */
  readonly algorithms: readonly string[];
  /** The required `iss` claim (one or several accepted issuers). */
  readonly issuer: string | readonly string[];
  /** The required `aud` claim (one or several accepted audiences). */
  readonly audience: string | readonly string[];
  /** The claim that names the tenant (default `"tenant"`). */
  readonly tenantClaim?: string;
  /**
   * The claim that lists the scopes (default `"scope"`): a space-separated string, as OAuth 2
   * access tokens carry it, or an array of strings. Unknown scopes are ignored.
   */
  readonly scopeClaim?: string;
  /** Tolerated clock skew in seconds for `exp` and `nbf` (default 30). */
  readonly clockToleranceSeconds?: number;
  /** The clock (default the system clock); tests pass a fixed one. */
  readonly now?: () => Date;
}

function scopesOf(claim: unknown): Scope[] {
  const names = typeof claim === "string" ? claim.split(" ") : Array.isArray(claim) ? claim : [];
  return names.filter((name): name is Scope => (SCOPES as readonly unknown[]).includes(name));
}

function principalOf(
  payload: JWTPayload,
  tenantClaim: string,
  scopeClaim: string,
): Principal | null {
  const tenant = payload[tenantClaim];
  if (typeof payload.sub !== "string" || payload.sub === "") return null;
  if (typeof tenant !== "string" || tenant === "") return null;
  return { subject: payload.sub, tenant, scopes: scopesOf(payload[scopeClaim]) };
}

/**
 * An `authorize` for JSON Web Tokens sent as `Authorization: Bearer <jwt>`, verified with
 * [`jose`](https://github.com/panva/jose): the signature against `key`, the algorithm against
 * `algorithms`, and the `iss`, `aud`, `exp` and `nbf` claims. The principal is `sub`, the
 * tenant claim and the scope claim; a token without a subject or a tenant, or that fails any
 * check, gives `null` (401).
 *
 * @example
 * ```ts
 * import { createCareApp, jwtBearer } from "@rapport/http";
 * import { createMemoryStore } from "@rapport/store";
 * import { createRemoteJWKSet } from "jose";
 *
 * const app = createCareApp({
 *   store: createMemoryStore(),
 *   authorize: jwtBearer({
 *     key: createRemoteJWKSet(new URL("https://auth.example.com/.well-known/jwks.json")),
 *     algorithms: ["RS256"],
 *     issuer: "https://auth.example.com/",
 *     audience: "rapport",
 *   }),
 * });
 * ```
 */
export function jwtBearer(options: JwtBearerOptions): Authorize {
  if (typeof options !== "object" || options === null) {
    throw new TypeError(expectedMessage("jwtBearer: options", "an object", options));
  }
  if (!Array.isArray(options.algorithms) || options.algorithms.length === 0) {
    throw new RangeError(
      expectedMessage(
        "jwtBearer: options.algorithms",
        'a non-empty list such as ["RS256"]',
        options.algorithms,
      ),
    );
  }
  const tenantClaim = options.tenantClaim ?? "tenant";
  const scopeClaim = options.scopeClaim ?? "scope";
  const verifyOptions = {
    algorithms: [...options.algorithms],
    issuer: typeof options.issuer === "string" ? options.issuer : [...options.issuer],
    audience: typeof options.audience === "string" ? options.audience : [...options.audience],
    clockTolerance: options.clockToleranceSeconds ?? 30,
  };
  return async (request) => {
    const token = bearerToken(request);
    if (token === undefined) return null;
    try {
      const key = options.key;
      const currentDate = options.now?.();
      const settings = currentDate ? { ...verifyOptions, currentDate } : verifyOptions;
      const { payload } =
        typeof key === "function"
          ? await jwtVerify(token, key, settings)
          : await jwtVerify(token, key, settings);
      return principalOf(payload, tenantClaim, scopeClaim);
    } catch {
      // Any failed check (signature, algorithm, expiry, issuer, audience) is "no principal".
      return null;
    }
  };
}
