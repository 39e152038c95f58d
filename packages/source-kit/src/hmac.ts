/**
 * The HMAC of `message` under `secret` with Web Crypto, so it runs in browsers, Node, Deno,
 * Bun and edge workers. Source adapters verify webhook signatures with it. A string is signed
 * as UTF-8; pass the raw body bytes where the platform signs bytes, so that a body that is not
 * valid UTF-8 is never decoded before it is checked.
 *
 * @example
 * ```ts
 * import { hmac, toHex } from "@rapport/source-kit";
 * toHex(await hmac("SHA-256", "key", "The quick brown fox jumps over the lazy dog"));
 * // "f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8"
 * ```
 */
export async function hmac(
  hash: "SHA-1" | "SHA-256",
  secret: string,
  message: string | Uint8Array,
): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const key = await globalThis.crypto.subtle.importKey(
    "raw",
    encoder.encode(secret),
    { name: "HMAC", hash },
    false,
    ["sign"],
  );
  const bytes = typeof message === "string" ? encoder.encode(message) : message;
  return new Uint8Array(
    await globalThis.crypto.subtle.sign("HMAC", key, bytes as Uint8Array<ArrayBuffer>),
  );
}

/**
 * Standard base64 (with padding) of some bytes.
 *
 * @example
 * ```ts
 * import { toBase64 } from "@rapport/source-kit";
 * toBase64(new Uint8Array([1, 2, 3])); // "AQID"
 * ```
 */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * Lower-case hexadecimal of some bytes.
 *
 * @example
 * ```ts
 * import { toHex } from "@rapport/source-kit";
 * toHex(new Uint8Array([0, 255])); // "00ff"
 * ```
 */
export function toHex(bytes: Uint8Array): string {
  let hex = "";
  for (const byte of bytes) hex += byte.toString(16).padStart(2, "0");
  return hex;
}

/**
 * Compares two strings in time that depends only on their lengths, not on where they first
 * differ, so that a caller cannot learn a valid signature one character at a time.
 *
 * @example
 * ```ts
 * import { constantTimeEqual } from "@rapport/source-kit";
 * constantTimeEqual("c2lnbmF0dXJl", "c2lnbmF0dXJl"); // true
 * ```
 */
export function constantTimeEqual(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) {
    // charCodeAt past the end is NaN, which `| 0` turns into 0; the length check above
    // already makes unequal lengths differ.
    difference |= (a.charCodeAt(i) | 0) ^ (b.charCodeAt(i) | 0);
  }
  return difference === 0;
}
