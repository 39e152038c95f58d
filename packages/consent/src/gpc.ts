/**
 * Request headers in either common shape: a Fetch `Headers`-like object with `get`, or a plain
 * record (as Node's `IncomingMessage.headers`), whose names may be in any case.
 *
 * @example
 * ```ts
 * import type { HeaderSource } from "@rapport/consent";
 * const headers: HeaderSource = { "Sec-GPC": "1" };
 * ```
 */
export type HeaderSource =
  | { get(name: string): string | null }
  | Readonly<Record<string, string | readonly string[] | undefined>>;

/**
 * Reads the Global Privacy Control signal from request headers. `Sec-GPC: 1` is an opt-out of
 * the sale and sharing of personal data (GPC specification §3; California regulations,
 * 11 CCR §7025). Any other value, or no header, is "no preference" (`undefined`), never an
 * "allow".
 *
 * @example
 * ```ts
 * import { gpcFromHeaders } from "@rapport/consent";
 * gpcFromHeaders({ "sec-gpc": "1" }); // true
 * gpcFromHeaders(new Headers()); // undefined
 * ```
 */
export function gpcFromHeaders(headers: HeaderSource): true | undefined {
  let value: string | readonly string[] | null | undefined;
  if (typeof (headers as { get?: unknown }).get === "function") {
    value = (headers as { get(name: string): string | null }).get("sec-gpc");
  } else {
    const record = headers as Readonly<Record<string, string | readonly string[] | undefined>>;
    const name = Object.keys(record).find((key) => key.toLowerCase() === "sec-gpc");
    value = name === undefined ? undefined : record[name];
  }
  const first = typeof value === "string" ? value : value?.[0];
  return first?.trim() === "1" ? true : undefined;
}
