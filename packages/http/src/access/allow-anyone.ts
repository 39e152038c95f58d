import { type Authorize, type Principal, SCOPES } from "./principal";

/** Marks the authorizer that lets everyone in, so that the app can warn about it; internal. */
export const OPEN_ACCESS = Symbol.for("rapport.http.openAccess");

/**
 * Options of {@link allowAnyone}.
 *
 * @example
 * ```ts
 * import { type AllowAnyoneOptions, allowAnyone } from "@rapport/http";
 * const options: AllowAnyoneOptions = { tenant: "demo" };
 * const authorize = allowAnyone(options);
 * ```
 */
export interface AllowAnyoneOptions {
  /** The tenant every request acts for (default `"default"`). */
  readonly tenant?: string;
}

/**
 * An `authorize` that lets every request in with every scope, for a demo or a test behind a
 * private network only. Running open is a decision the code must state: `createCareApp`
 * requires `authorize`, and warns once at start when it is this one.
 *
 * @example
 * ```ts
 * import { allowAnyone, createCareApp } from "@rapport/http";
 * import { createMemoryStore } from "@rapport/store";
 *
 * // Logs one warning: every caller may read and change every customer's records.
 * const app = createCareApp({ store: createMemoryStore(), authorize: allowAnyone() });
 * ```
 */
export function allowAnyone(options: AllowAnyoneOptions = {}): Authorize {
  const principal: Principal = {
    subject: "anyone",
    tenant: options.tenant ?? "default",
    scopes: SCOPES,
  };
  const authorize: Authorize = () => principal;
  return Object.assign(authorize, { [OPEN_ACCESS]: true });
}

/** Whether `authorize` is the one {@link allowAnyone} made; internal. */
export function isOpenAccess(authorize: Authorize): boolean {
  return (authorize as unknown as Record<symbol, unknown>)[OPEN_ACCESS] === true;
}
