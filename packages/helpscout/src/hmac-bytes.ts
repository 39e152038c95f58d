/** HMAC-SHA1 of raw bytes (a string as UTF-8) with Web Crypto, as base64. */
export async function hmacSha1Base64(secret: string, body: string | Uint8Array): Promise<string> {
  const encoder = new TextEncoder();
  const key = await globalThis.crypto.subtle.importKey(
    "raw",
    encoder.encode(secret),
    { name: "HMAC", hash: "SHA-1" },
    false,
    ["sign"],
  );
  const bytes = typeof body === "string" ? encoder.encode(body) : body;
  const signature = new Uint8Array(
    await globalThis.crypto.subtle.sign("HMAC", key, bytes as Uint8Array<ArrayBuffer>),
  );
  let binary = "";
  for (const byte of signature) binary += String.fromCharCode(byte);
  return btoa(binary);
}
