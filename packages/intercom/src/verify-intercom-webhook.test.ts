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

describe("verifyIntercomWebhook", () => {
  it("accepts a known-good signature", async () => {
    expect(await verifyIntercomWebhook({ body, signature, secret })).toEqual({ valid: true });
  });

  it("rejects a tampered body", async () => {
    const verdict = await verifyIntercomWebhook({
      body: body.replace("created", "closed"),
      signature,
      secret,
    });
    expect(verdict).toEqual({
      valid: false,
      reason: "signature does not match the body and the secret",
    });
  });

  it("rejects a wrong secret", async () => {
    expect((await verifyIntercomWebhook({ body, signature, secret: "other" })).valid).toBe(false);
  });

  it("with now, rejects a stale notification (its signed created_at) and accepts a fresh one", async () => {
    const fresh = new Date(1_700_000_100_000);
    expect(await verifyIntercomWebhook({ body, signature, secret, now: fresh })).toEqual({
      valid: true,
    });
    const late = new Date(1_700_000_301_000);
    const verdict = await verifyIntercomWebhook({ body, signature, secret, now: late });
    expect(verdict.valid).toBe(false);
    expect(verdict.reason).toMatch(/stale notification: created 301 s/);
    const noTime = '{"type":"ping"}';
    const missing = await verifyIntercomWebhook({
      body: noTime,
      signature: sign(secret, noTime),
      secret,
      now: late,
    });
    expect(missing.reason).toMatch(/created_at/);
  });

  it("rejects a missing or malformed header", async () => {
    expect(await verifyIntercomWebhook({ body, signature: undefined, secret })).toEqual({
      valid: false,
      reason: "missing the X-Hub-Signature header",
    });
    expect(
      (await verifyIntercomWebhook({ body, signature: signature.slice(5), secret })).reason,
    ).toMatch(/sha1=/);
  });

  it("never throws on garbage", async () => {
    for (const request of [
      { body: 1, signature, secret },
      { body, signature, secret: "" },
      { body, signature, secret, now: "today" },
      { body: "not json", signature: sign(secret, "not json"), secret, now: new Date() },
      null,
    ]) {
      const verdict = await verifyIntercomWebhook(request as never);
      expect(verdict.valid).toBe(false);
      expect(verdict.reason).toBeTruthy();
    }
  });
});
