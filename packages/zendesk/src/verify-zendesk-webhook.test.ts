import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { verifyZendeskWebhook } from "./verify-zendesk-webhook";

const secret = "dGhlIHNpZ25pbmcgc2VjcmV0";
const body = '{"type":"zen:event-type:ticket.created","detail":{"id":"35436"}}';
const timestamp = "2024-03-01T09:30:00Z";
const asOf = new Date("2024-03-01T09:31:00Z");
// Computed independently with Node's own HMAC: base64(HMAC-SHA256(secret, timestamp + body)).
const sign = (key: string, ts: string, payload: string) =>
  createHmac("sha256", key)
    .update(ts + payload)
    .digest("base64");
const signature = sign(secret, timestamp, body);
const options = { secret, asOf };

describe("verifyZendeskWebhook", () => {
  it("accepts a known-good signature, with ISO or Unix-seconds timestamps", async () => {
    expect(await verifyZendeskWebhook({ body, signature, timestamp }, options)).toEqual({
      valid: true,
    });
    const ts = String(asOf.getTime() / 1000 - 10);
    const verdict = await verifyZendeskWebhook(
      { body, signature: sign(secret, ts, body), timestamp: ts },
      options,
    );
    expect(verdict).toEqual({ valid: true });
  });

  it("rejects each kind of tampering: body, signature, timestamp, secret", async () => {
    const mismatch = { valid: false, reason: "signature does not match the body and the secret" };
    // The body changed in transit.
    expect(
      await verifyZendeskWebhook(
        { body: body.replace("35436", "35437"), signature, timestamp },
        options,
      ),
    ).toEqual(mismatch);
    // The signature changed: one character of the base64 flipped.
    const flipped = `${signature[0] === "A" ? "B" : "A"}${signature.slice(1)}`;
    expect(await verifyZendeskWebhook({ body, signature: flipped, timestamp }, options)).toEqual(
      mismatch,
    );
    // The timestamp changed (still fresh): it is signed with the body, so the signature fails.
    expect(
      await verifyZendeskWebhook({ body, signature, timestamp: "2024-03-01T09:30:01Z" }, options),
    ).toEqual(mismatch);
    // Signed with another secret.
    expect(
      await verifyZendeskWebhook(
        { body, signature: sign("another", timestamp, body), timestamp },
        options,
      ),
    ).toEqual(mismatch);
  });

  it("rejects a stale timestamp against asOf, even with a good signature", async () => {
    const late = new Date("2024-03-01T09:36:01Z"); // 361 s after the timestamp
    expect(
      await verifyZendeskWebhook({ body, signature, timestamp }, { secret, asOf: late }),
    ).toEqual({
      valid: false,
      reason: "stale: signed 361 s before asOf, more than the 300 s allowed",
    });
    // A timestamp from the future is as suspect as one from the past.
    const early = new Date("2024-03-01T09:20:00Z");
    expect(
      (await verifyZendeskWebhook({ body, signature, timestamp }, { secret, asOf: early })).reason,
    ).toBe("stale: signed 600 s after asOf, more than the 300 s allowed");
    const wide = await verifyZendeskWebhook(
      { body, signature, timestamp },
      { secret, asOf: late, toleranceSeconds: 400 },
    );
    expect(wide).toEqual({ valid: true });
  });

  it("rejects missing and unreadable headers, naming the header", async () => {
    expect(await verifyZendeskWebhook({ body, signature: undefined, timestamp }, options)).toEqual({
      valid: false,
      reason: "missing the X-Zendesk-Webhook-Signature header",
    });
    expect(await verifyZendeskWebhook({ body, signature, timestamp: null }, options)).toEqual({
      valid: false,
      reason: "missing the X-Zendesk-Webhook-Signature-Timestamp header",
    });
    expect(
      await verifyZendeskWebhook({ body, signature, timestamp: "yesterday" }, options),
    ).toEqual({
      valid: false,
      reason:
        'X-Zendesk-Webhook-Signature-Timestamp: expected an ISO 8601 date-time or Unix seconds, received "yesterday"',
    });
  });

  it("checks the raw bytes: of three bodies that differ only in invalid UTF-8, only the signed one verifies", async () => {
    // Each body carries a different byte that is not valid UTF-8 (a lone continuation byte,
    // a truncated two-byte lead, an overlong lead); decoded as text, all three become U+FFFD
    // and would share one signature.
    const bytesWith = (bad: number) =>
      Uint8Array.from([...Buffer.from('{"name":"'), bad, ...Buffer.from('"}')]);
    const [signed, second, third] = [0x80, 0xc3, 0xc0].map(bytesWith);
    const bytesSignature = createHmac("sha256", secret)
      .update(Buffer.concat([Buffer.from(timestamp), signed!]))
      .digest("base64");
    // The three decode to one text, which is why the bytes must be checked, not the text.
    const text = new TextDecoder().decode(signed);
    expect(new TextDecoder().decode(second)).toBe(text);
    expect(new TextDecoder().decode(third)).toBe(text);
    const verdicts = await Promise.all(
      [signed, second, third].map((raw) =>
        verifyZendeskWebhook({ body: raw!, signature: bytesSignature, timestamp }, options),
      ),
    );
    expect(verdicts.map((verdict) => verdict.valid)).toEqual([true, false, false]);
  });

  it("signs a string body as its UTF-8 bytes, the same as the bytes themselves", async () => {
    const bytes = new TextEncoder().encode(body);
    expect(await verifyZendeskWebhook({ body: bytes, signature, timestamp }, options)).toEqual({
      valid: true,
    });
  });

  it("throws on arguments the app got wrong, not on what a sender sent", async () => {
    await expect(
      verifyZendeskWebhook({ body: { id: 1 } as never, signature, timestamp }, options),
    ).rejects.toThrow(
      new TypeError(
        "verifyZendeskWebhook: request.body: expected the raw body (a string or bytes), received an object",
      ),
    );
    await expect(
      verifyZendeskWebhook({ body, signature, timestamp }, { secret: "", asOf }),
    ).rejects.toThrow(TypeError);
    await expect(
      verifyZendeskWebhook({ body, signature, timestamp }, { secret, now: asOf } as never),
    ).rejects.toThrow(
      new TypeError(
        "verifyZendeskWebhook: options.asOf: expected a Date, received nothing (the field is missing)",
      ),
    );
    await expect(
      verifyZendeskWebhook({ body, signature, timestamp }, { secret, asOf: new Date(Number.NaN) }),
    ).rejects.toThrow(RangeError);
  });
});
