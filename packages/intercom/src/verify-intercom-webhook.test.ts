import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { verifyIntercomWebhook } from "./verify-intercom-webhook";

const secret = "client-secret-123";
const body =
  '{"type":"notification_event","topic":"conversation.user.created","created_at":1700000000}';
// Computed independently with Node's own HMAC: "sha1=" + hex(HMAC-SHA1(secret, body)).
const sign = (key: string, payload: string) =>
  `sha1=${createHmac("sha1", key).update(payload).digest("hex")}`;
const signature = sign(secret, body);
// 100 s after the notification's created_at (1,700,000,000 s).
const asOf = new Date(1_700_000_100_000);
const options = { secret, asOf };
const mismatch = { valid: false, reason: "signature does not match the body and the secret" };

describe("verifyIntercomWebhook", () => {
  it("accepts a known-good signature on a fresh notification, in either hex case", async () => {
    expect(await verifyIntercomWebhook({ body, signature }, options)).toEqual({ valid: true });
    expect(
      await verifyIntercomWebhook(
        { body, signature: `sha1=${signature.slice(5).toUpperCase()}` },
        options,
      ),
    ).toEqual({ valid: true });
  });

  it("rejects each kind of tampering: body, signature, secret", async () => {
    expect(
      await verifyIntercomWebhook({ body: body.replace("created", "closed"), signature }, options),
    ).toEqual(mismatch);
    // Moving created_at forward to pass the window breaks the signature too.
    expect(
      await verifyIntercomWebhook(
        { body: body.replace("1700000000", "1700000090"), signature },
        options,
      ),
    ).toEqual(mismatch);
    const last = signature.at(-1) === "0" ? "1" : "0";
    expect(
      await verifyIntercomWebhook({ body, signature: `${signature.slice(0, -1)}${last}` }, options),
    ).toEqual(mismatch);
    expect(await verifyIntercomWebhook({ body, signature: sign("other", body) }, options)).toEqual(
      mismatch,
    );
  });

  it("rejects a stale notification (its signed created_at) against asOf", async () => {
    const late = new Date(1_700_000_301_000);
    expect(await verifyIntercomWebhook({ body, signature }, { secret, asOf: late })).toEqual({
      valid: false,
      reason: "stale: signed 301 s before asOf, more than the 300 s allowed",
    });
    expect(
      await verifyIntercomWebhook(
        { body, signature },
        { secret, asOf: late, toleranceSeconds: 301 },
      ),
    ).toEqual({ valid: true });
  });

  it("rejects an authentic body without a readable created_at", async () => {
    for (const payload of ['{"type":"ping"}', "not json", '{"created_at":"yesterday"}']) {
      expect(
        await verifyIntercomWebhook({ body: payload, signature: sign(secret, payload) }, options),
      ).toEqual({
        valid: false,
        reason: "expected created_at (Unix seconds) in the body, to check its age",
      });
    }
  });

  it("rejects a missing or malformed header", async () => {
    expect(await verifyIntercomWebhook({ body, signature: undefined }, options)).toEqual({
      valid: false,
      reason: "missing the X-Hub-Signature header",
    });
    expect(await verifyIntercomWebhook({ body, signature: signature.slice(5) }, options)).toEqual({
      valid: false,
      reason: `X-Hub-Signature: expected "sha1=" and a hex digest, received "${signature.slice(5)}"`,
    });
  });

  it("throws on arguments the app got wrong, not on what a sender sent", async () => {
    await expect(verifyIntercomWebhook({ body: 1 as never, signature }, options)).rejects.toThrow(
      new TypeError(
        "verifyIntercomWebhook: request.body: expected the raw body as a string, received 1",
      ),
    );
    await expect(verifyIntercomWebhook({ body, signature }, { secret: "", asOf })).rejects.toThrow(
      TypeError,
    );
    await expect(
      verifyIntercomWebhook({ body, signature }, { secret, asOf: "today" as never }),
    ).rejects.toThrow(TypeError);
    await expect(
      verifyIntercomWebhook({ body, signature }, { secret, asOf, toleranceSeconds: Number.NaN }),
    ).rejects.toThrow(RangeError);
  });

  it("requires the clock: a year-old signed notification without asOf is a TypeError, never valid", async () => {
    // Signed correctly, but created 365 days before asOf: only the clock can tell it is stale.
    const old = `{"type":"notification_event","created_at":${1_700_000_100 - 365 * 86_400}}`;
    const signed = { body: old, signature: sign(secret, old) };
    await expect(verifyIntercomWebhook(signed, { secret } as never)).rejects.toThrow(
      new TypeError(
        "verifyIntercomWebhook: options.asOf: expected a Date, received nothing (the field is missing)",
      ),
    );
    await expect(
      verifyIntercomWebhook(signed, { secret, now: () => asOf } as never),
    ).rejects.toThrow(TypeError);
    expect(await verifyIntercomWebhook(signed, options)).toEqual({
      valid: false,
      reason: "stale: signed 31536000 s before asOf, more than the 300 s allowed",
    });
  });
});
