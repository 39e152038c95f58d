import { describe, expect, it } from "vitest";
import { openBytes, sealBytes } from "./field-cipher";
import { openTexts, sealTexts } from "./seal-batch";

const keyOf = (raw: Uint8Array) =>
  globalThis.crypto.subtle.importKey("raw", raw as BufferSource, "AES-GCM", false, [
    "encrypt",
    "decrypt",
  ]);
const KEY_BYTES = Uint8Array.from({ length: 32 }, (_, i) => i);

describe("sealTexts and openTexts", () => {
  it("open a value sealed elsewhere with AES-GCM, in the v1 format", async () => {
    // python3 (cryptography 48): AESGCM(bytes(range(32))).encrypt(bytes(range(100, 112)),
    // '{"comment":"Café – ok"}'.encode(), b"surveyResponses/r1"), nonce and ciphertext in base64
    const sealed = "v1.ZGVmZ2hpamtsbW5v.Mzm9CRSEM/BKQGXKmQQMPuvi5IoYTJwZhawwEDTetQmYwE893Qpxq6d0";
    const key = await keyOf(KEY_BYTES);
    const [text] = await openTexts([{ key, sealed, context: "surveyResponses/r1" }]);
    expect(text).toBe('{"comment":"Café – ok"}');
    await expect(openTexts([{ key, sealed, context: "surveyResponses/r2" }])).rejects.toThrow();
  });

  it("write what openBytes reads, and read what sealBytes wrote", async () => {
    const key = await keyOf(KEY_BYTES);
    const texts = ["Ada Lovelace", "Café – “quoted”", "", "🙂 emoji"];
    const sealed = await sealTexts(texts.map((text, i) => ({ key, text, context: `c/${i}` })));
    const decoder = new TextDecoder();
    for (const [i, value] of sealed.entries()) {
      expect(decoder.decode(await openBytes(key, value, `c/${i}`))).toBe(texts[i]);
    }
    const old = await sealBytes(key, new TextEncoder().encode("Grace"), "c/9");
    expect(await openTexts([{ key, sealed: old, context: "c/9" }])).toEqual(["Grace"]);
  });

  it("give every message a nonce of its own, across rounds of calls", async () => {
    const key = await keyOf(KEY_BYTES);
    const count = 50; // 17 rounds of 3
    const messages = Array.from({ length: count }, (_, i) => ({
      key,
      text: `t${i}`,
      context: `${i}`,
    }));
    const sealed = await sealTexts(messages, { chunk: 3 });
    const nonces = sealed.map((value) => value.split(".")[1]!);
    expect(nonces.every((nonce) => atob(nonce).length === 12)).toBe(true);
    expect(new Set(nonces).size).toBe(count);
    const opened = await openTexts(
      sealed.map((value, i) => ({ key, sealed: value, context: `${i}` })),
    );
    expect(opened).toEqual(messages.map((m) => m.text));
  });

  it("refuses a value that is not v1.<nonce>.<ciphertext>, naming it", async () => {
    const key = await keyOf(KEY_BYTES);
    await expect(openTexts([{ key, sealed: "v2.AAAA.BBBB", context: "x" }])).rejects.toThrow(
      'sealed value: expected v1.<nonce>.<ciphertext>, received "v2.AAAA.BBBB"',
    );
  });
});
