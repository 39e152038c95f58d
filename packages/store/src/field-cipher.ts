import { expectedMessage } from "@rapport/stats";

/**
 * The keys a store derives from the application's master key (see {@link deriveStoreKeys}):
 * one that wraps the per-customer data keys, one that hashes identifiers for suppression
 * records. Both are non-extractable Web Crypto keys.
 *
 * @example
 * ```ts
 * import { deriveStoreKeys, generateEncryptionKey, type StoreKeys } from "@rapport/store";
 * const keys: StoreKeys = await deriveStoreKeys(generateEncryptionKey());
 * ```
 */
export interface StoreKeys {
  /** AES-GCM key that encrypts each customer's data key. */
  readonly wrapping: CryptoKey;
  /** HMAC-SHA-256 key that turns an identifier into a suppression key. */
  readonly hashing: CryptoKey;
}

const subtle = (): SubtleCrypto => globalThis.crypto.subtle;
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const IV_BYTES = 12;
const KEY_BYTES = 32;
/** The most `getRandomValues` fills in one call. */
const MAX_RANDOM_BYTES = 65_536;

/**
 * A fresh random 256-bit master key for a store's `encryptionKey` option (Web Crypto's
 * random source). Keep it in a secret manager or KMS, never beside the database: whoever has
 * it and a copy of the database can read the personal fields.
 *
 * @example
 * ```ts
 * import { generateEncryptionKey } from "@rapport/store";
 * const key = generateEncryptionKey(); // Uint8Array(32)
 * ```
 */
export function generateEncryptionKey(): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(KEY_BYTES));
}

/**
 * Derives the {@link StoreKeys} from a 32-byte master key with HKDF-SHA-256 (one `info`
 * label per purpose, so neither key reveals the other). A `TypeError` for anything but a
 * `Uint8Array`, a `RangeError` for a length other than 32 bytes.
 *
 * @example
 * ```ts
 * import { deriveStoreKeys, generateEncryptionKey } from "@rapport/store";
 * const { wrapping, hashing } = await deriveStoreKeys(generateEncryptionKey());
 * ```
 */
export async function deriveStoreKeys(masterKey: Uint8Array): Promise<StoreKeys> {
  const where = "encryptionKey";
  if (!(masterKey instanceof Uint8Array)) {
    throw new TypeError(expectedMessage(where, "a Uint8Array of 32 random bytes", masterKey));
  }
  if (masterKey.length !== KEY_BYTES) {
    throw new RangeError(
      expectedMessage(where, "32 bytes (256 bits)", `${masterKey.length} bytes`),
    );
  }
  const base = await subtle().importKey("raw", masterKey as BufferSource, "HKDF", false, [
    "deriveKey",
  ]);
  const params = (info: string): HkdfParams => ({
    name: "HKDF",
    hash: "SHA-256",
    salt: new Uint8Array(0),
    info: encoder.encode(info),
  });
  const wrapping = await subtle().deriveKey(
    params("rapport/data-key-wrapping/v1"),
    base,
    { name: "AES-GCM", length: 256 },
    false,
    ["encrypt", "decrypt"],
  );
  const hashing = await subtle().deriveKey(
    params("rapport/suppression-hash/v1"),
    base,
    { name: "HMAC", hash: "SHA-256", length: 256 },
    false,
    ["sign"],
  );
  return { wrapping, hashing };
}

/**
 * Encrypts bytes with AES-GCM under a fresh random 96-bit nonce, binding `context`
 * (authenticated, not encrypted), and returns `v1.<nonce>.<ciphertext>` in base64.
 *
 * @example
 * ```ts
 * import { deriveStoreKeys, generateEncryptionKey, sealBytes } from "@rapport/store";
 * const { wrapping } = await deriveStoreKeys(generateEncryptionKey());
 * const sealed = await sealBytes(wrapping, new TextEncoder().encode("Ada"), "customers/c1");
 * ```
 */
export async function sealBytes(
  key: CryptoKey,
  plaintext: Uint8Array,
  context: string,
): Promise<string> {
  return sealUnder(key, plaintext, context, freshNonces(1)[0]!);
}

/**
 * {@link sealBytes} with a nonce the caller drew from {@link freshNonces}: each nonce is used
 * for one message only. Internal.
 */
export async function sealUnder(
  key: CryptoKey,
  plaintext: Uint8Array,
  context: string,
  nonce: Uint8Array,
): Promise<string> {
  const ciphertext = await subtle().encrypt(
    { name: "AES-GCM", iv: nonce as BufferSource, additionalData: encoder.encode(context) },
    key,
    plaintext as BufferSource,
  );
  return `v1.${toBase64(nonce)}.${toBase64(new Uint8Array(ciphertext))}`;
}

/**
 * Decrypts what {@link sealBytes} made under the same key and `context`; rejects (an
 * `OperationError`) on a wrong key, a changed context or any altered byte.
 *
 * @example
 * ```ts
 * import { deriveStoreKeys, generateEncryptionKey, openBytes, sealBytes } from "@rapport/store";
 * const { wrapping } = await deriveStoreKeys(generateEncryptionKey());
 * const sealed = await sealBytes(wrapping, new Uint8Array([1, 2]), "x");
 * await openBytes(wrapping, sealed, "x"); // Uint8Array [1, 2]
 * ```
 */
export async function openBytes(
  key: CryptoKey,
  sealed: string,
  context: string,
): Promise<Uint8Array> {
  const [version, iv, ciphertext] = sealed.split(".");
  if (version !== "v1" || iv === undefined || ciphertext === undefined) {
    throw new RangeError(
      expectedMessage("sealed value", "v1.<nonce>.<ciphertext>", sealed.slice(0, 20)),
    );
  }
  const plaintext = await subtle().decrypt(
    {
      name: "AES-GCM",
      iv: fromBase64(iv) as BufferSource,
      additionalData: encoder.encode(context),
    },
    key,
    fromBase64(ciphertext) as BufferSource,
  );
  return new Uint8Array(plaintext);
}

/** UTF-8 text to bytes and back; internal. */
export const utf8 = {
  encode: (text: string): Uint8Array => encoder.encode(text),
  decode: (bytes: Uint8Array): string => decoder.decode(bytes),
};

/** Bytes to base64 (standard alphabet, padded); internal. */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  // Sealed values are short: a plain loop beats spreading a subarray into fromCharCode.
  for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]!);
  return btoa(binary);
}

/** Base64 to bytes (into `into` from `offset` when given); internal. */
export function fromBase64(text: string, into?: Uint8Array, offset = 0): Uint8Array {
  const binary = atob(text);
  const bytes = into?.subarray(offset, offset + binary.length) ?? new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * `count` fresh random 96-bit nonces, one per message, drawn together (see
 * {@link randomBytes}). Internal.
 */
export function freshNonces(count: number): Uint8Array[] {
  const bytes = randomBytes(count * IV_BYTES);
  return Array.from({ length: count }, (_, i) => bytes.subarray(i * IV_BYTES, (i + 1) * IV_BYTES));
}

/**
 * `length` bytes from Web Crypto's random source in as few calls as its 65,536-byte limit
 * allows: a call costs far more than its bytes, and a batch seals thousands of records.
 * Internal.
 */
export function randomBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let start = 0; start < length; start += MAX_RANDOM_BYTES) {
    globalThis.crypto.getRandomValues(bytes.subarray(start, start + MAX_RANDOM_BYTES));
  }
  return bytes;
}
