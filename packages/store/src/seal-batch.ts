import { expectedMessage } from "@rapport/stats";
import { freshNonces, fromBase64, toBase64 } from "./field-cipher";

/** One text to seal: under which key, and the context it is bound to (authenticated). */
export interface PlainMessage {
  readonly key: CryptoKey;
  readonly text: string;
  readonly context: string;
}

/** One sealed value to open: under which key, and the context it was bound to. */
export interface SealedMessage {
  readonly key: CryptoKey;
  readonly sealed: string;
  readonly context: string;
}

/** Messages per round of Web Crypto calls: bounds the bytes and the calls in flight. */
const CHUNK = 4_096;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * Lays UTF-8 texts end to end in one buffer and returns a view of each: a batch allocates
 * one buffer, not one per text. Each view is a region of its own, never reused, and Web
 * Crypto copies its input when called.
 */
function encodeAll(texts: readonly string[]): Uint8Array<ArrayBuffer>[] {
  let capacity = 0;
  for (const text of texts) capacity += text.length * 3; // UTF-8's bound per UTF-16 unit
  const buffer = new Uint8Array(capacity);
  const views: Uint8Array<ArrayBuffer>[] = [];
  let offset = 0;
  for (const text of texts) {
    const { written } = encoder.encodeInto(text, buffer.subarray(offset));
    views.push(buffer.subarray(offset, offset + written));
    offset += written;
  }
  return views;
}

/** How many messages go to Web Crypto together (tests use small rounds). */
export interface BatchOptions {
  readonly chunk?: number;
}

async function inChunks<T, R>(
  items: readonly T[],
  options: BatchOptions,
  each: (chunk: readonly T[]) => Promise<R[]>,
): Promise<R[]> {
  const size = options.chunk ?? CHUNK;
  if (items.length <= size) return each(items);
  const out: R[] = [];
  for (let start = 0; start < items.length; start += size) {
    out.push(...(await each(items.slice(start, start + size))));
  }
  return out;
}

/**
 * Seals each text with AES-GCM under its key and a fresh random 96-bit nonce of its own,
 * bound to its context: the same `v1.<nonce>.<ciphertext>` as `sealBytes`, for a whole batch
 * at once (the nonces drawn together, the texts encoded into one buffer, the Web Crypto calls
 * in flight together). Internal.
 */
export function sealTexts(
  messages: readonly PlainMessage[],
  options: BatchOptions = {},
): Promise<string[]> {
  return inChunks(messages, options, (chunk) => {
    const nonces = freshNonces(chunk.length);
    const bytes = encodeAll(chunk.flatMap((m) => [m.text, m.context]));
    return Promise.all(
      chunk.map((message, i) => {
        const iv = nonces[i]!;
        return globalThis.crypto.subtle
          .encrypt(
            { name: "AES-GCM", iv: iv as BufferSource, additionalData: bytes[2 * i + 1]! },
            message.key,
            bytes[2 * i]! as BufferSource,
          )
          .then((ciphertext) => `v1.${toBase64(iv)}.${toBase64(new Uint8Array(ciphertext))}`);
      }),
    );
  });
}

/**
 * Opens each value {@link sealTexts} (or `sealBytes` of UTF-8 text) made, under its key and
 * context, back to its text; rejects (an `OperationError`) on a wrong key, a changed context
 * or any altered byte. Internal.
 */
export function openTexts(
  messages: readonly SealedMessage[],
  options: BatchOptions = {},
): Promise<string[]> {
  return inChunks(messages, options, (chunk) => {
    const contexts = encodeAll(chunk.map((m) => m.context));
    return Promise.all(
      chunk.map((message, i) => {
        const parts = message.sealed.split(".");
        const [version, iv, ciphertext] = parts;
        if (parts.length !== 3 || version !== "v1" || !iv || !ciphertext) {
          const received = message.sealed.slice(0, 20);
          return Promise.reject(
            new RangeError(expectedMessage("sealed value", "v1.<nonce>.<ciphertext>", received)),
          );
        }
        // The nonce and the ciphertext share one buffer: one allocation per value.
        const both = new Uint8Array(Math.ceil(((iv.length + ciphertext.length) * 3) / 4));
        const nonce = fromBase64(iv, both);
        const sealed = fromBase64(ciphertext, both, nonce.length);
        return globalThis.crypto.subtle
          .decrypt(
            { name: "AES-GCM", iv: nonce as BufferSource, additionalData: contexts[i]! },
            message.key,
            sealed as BufferSource,
          )
          .then((plaintext) => decoder.decode(plaintext));
      }),
    );
  });
}
