import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { verifyChatwootWebhook } from "./verify-chatwoot-webhook";

const secret = "chatwoot-test-secret";
const body =
  '{"event":"message_created","id":5295,"content":"Hey, I want to get my Macbook repaird"}';
const timestamp = "1732710571";
const asOf = new Date(1732710571 * 1000);
const sign = (ts: string, raw: string | Buffer, key = secret) =>
  `sha256=${createHmac("sha256", key).update(`${ts}.`).update(raw).digest("hex")}`;

describe("verifyChatwootWebhook", () => {
  it("accepts the vector computed with Python and Node from chatwoot's construction", async () => {
    // python3 -c "import hmac,hashlib; print(hmac.new(b'chatwoot-test-secret', b'1732710571.' + body, hashlib.sha256).hexdigest())"
    const signature = "sha256=b715aabfd5ac51b50639ce74e6151334e52e38afb6191281f9f80de13377e06f";
    expect(sign(timestamp, body)).toBe(signature);
    expect(await verifyChatwootWebhook({ body, signature, timestamp }, { secret, asOf })).toEqual({
      valid: true,
    });
  });

  it("verifies over the raw bytes, not a re-serialised body", async () => {
    const raw = Buffer.from('{"content":"caf\u00e9 <b>"}', "utf8");
    const signature = sign(timestamp, raw);
    const bytes = new Uint8Array(raw);
    expect(
      (await verifyChatwootWebhook({ body: bytes, signature, timestamp }, { secret, asOf })).valid,
    ).toBe(true);
    const reserialised = JSON.stringify(JSON.parse(raw.toString("utf8"))).replace("<", "\\u003c");
    expect(
      (await verifyChatwootWebhook({ body: reserialised, signature, timestamp }, { secret, asOf }))
        .valid,
    ).toBe(false);
  });

  it("refuses a body-only HMAC, a wrong secret, a tampered body, a changed timestamp", async () => {
    const bodyOnly = `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
    const cases = [
      { body, signature: bodyOnly, timestamp },
      { body, signature: sign(timestamp, body, "other"), timestamp },
      { body: body.replace("5295", "5296"), signature: sign(timestamp, body), timestamp },
      { body, signature: sign(timestamp, body), timestamp: "1732710572" },
    ];
    for (const request of cases) {
      const check = await verifyChatwootWebhook(request, { secret, asOf });
      expect(check).toEqual({
        valid: false,
        reason: "signature does not match the timestamp, the body and the secret",
      });
    }
  });

  it("refuses stale and unsigned deliveries, with the reason", async () => {
    const signature = sign(timestamp, body);
    const later = new Date(asOf.getTime() + 301_000);
    expect(
      await verifyChatwootWebhook({ body, signature, timestamp }, { secret, asOf: later }),
    ).toEqual({
      valid: false,
      reason: "stale: signed 301 s before asOf, more than the 300 s allowed",
    });
    expect(
      (
        await verifyChatwootWebhook(
          { body, signature, timestamp },
          { secret, asOf: later, toleranceSeconds: 600 },
        )
      ).valid,
    ).toBe(true);
    expect(
      await verifyChatwootWebhook({ body, signature: undefined, timestamp }, { secret, asOf }),
    ).toEqual({
      valid: false,
      reason: "missing the X-Chatwoot-Signature header",
    });
    expect(
      (await verifyChatwootWebhook({ body, signature, timestamp: null }, { secret, asOf })).reason,
    ).toBe("missing the X-Chatwoot-Timestamp header");
    expect(
      (await verifyChatwootWebhook({ body, signature, timestamp: "soon" }, { secret, asOf }))
        .reason,
    ).toBe('X-Chatwoot-Timestamp: expected Unix seconds, received "soon"');
  });

  it("throws on bad options or a body that is no string nor bytes", async () => {
    await expect(
      verifyChatwootWebhook({ body, signature: "x", timestamp }, { secret: "", asOf }),
    ).rejects.toThrow(TypeError);
    await expect(
      verifyChatwootWebhook({ body, signature: "x", timestamp }, { secret } as never),
    ).rejects.toThrow(TypeError);
    await expect(
      verifyChatwootWebhook({ body: {} as never, signature: "x", timestamp }, { secret, asOf }),
    ).rejects.toThrow(TypeError);
  });
});
