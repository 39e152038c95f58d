import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { verifyHelpScoutWebhook } from "./verify-helpscout-webhook";

const asOf = new Date("2025-01-01T00:00:00Z");
const sign = (body: string | Buffer, secret: string) =>
  createHmac("sha1", secret).update(body).digest("base64");

describe("verifyHelpScoutWebhook", () => {
  it("accepts the signature of the Help Scout PHP SDK test's inputs", async () => {
    // body json_encode(['id' => 123]), secret "asdffdsa" (tests/Webhooks/IncomingWebhookTest.php);
    // python3 -c "import hmac,hashlib,base64; print(base64.b64encode(hmac.new(b'asdffdsa', b'{\"id\":123}', hashlib.sha1).digest()))"
    const signature = "YhXKie6t+YQPJLRzdKWwTPsJN2w=";
    expect(sign('{"id":123}', "asdffdsa")).toBe(signature);
    expect(
      await verifyHelpScoutWebhook({ body: '{"id":123}', signature }, { secret: "asdffdsa", asOf }),
    ).toEqual({
      valid: true,
    });
  });

  it("verifies over the raw bytes", async () => {
    const raw = Buffer.from('{"subject":"R\u00e9clamation \u2013 colis"}', "utf8");
    const signature = sign(raw, "s3cret");
    expect(
      (
        await verifyHelpScoutWebhook(
          { body: new Uint8Array(raw), signature },
          { secret: "s3cret", asOf },
        )
      ).valid,
    ).toBe(true);
    const escaped = '{"subject":"R\\u00e9clamation \\u2013 colis"}';
    expect(
      (await verifyHelpScoutWebhook({ body: escaped, signature }, { secret: "s3cret", asOf }))
        .valid,
    ).toBe(false);
  });

  it("refuses a wrong secret, a tampered body, a missing header", async () => {
    const signature = sign('{"id":123}', "asdffdsa");
    for (const [body, secret] of [
      ['{"id":123}', "other"],
      ['{"id":124}', "asdffdsa"],
    ] as const) {
      expect(await verifyHelpScoutWebhook({ body, signature }, { secret, asOf })).toEqual({
        valid: false,
        reason: "signature does not match the body and the secret",
      });
    }
    expect(
      await verifyHelpScoutWebhook({ body: "{}", signature: "" }, { secret: "x", asOf }),
    ).toEqual({
      valid: false,
      reason: "missing the X-HelpScout-Signature header",
    });
  });

  it("throws on bad options", async () => {
    await expect(
      verifyHelpScoutWebhook({ body: "{}", signature: "x" }, { secret: "x" } as never),
    ).rejects.toThrow(TypeError);
    await expect(
      verifyHelpScoutWebhook(
        { body: "{}", signature: "x" },
        { secret: "x", asOf: new Date(Number.NaN) },
      ),
    ).rejects.toThrow(RangeError);
    await expect(
      verifyHelpScoutWebhook({ body: 1 as never, signature: "x" }, { secret: "x", asOf }),
    ).rejects.toThrow(TypeError);
  });
});
