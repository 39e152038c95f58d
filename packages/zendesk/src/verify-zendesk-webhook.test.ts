import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { verifyZendeskWebhook } from "./verify-zendesk-webhook";

const secret = "dGhlIHNpZ25pbmcgc2VjcmV0";
const body = '{"type":"zen:event-type:ticket.created","detail":{"id":"35436"}}';
const timestamp = "2024-03-01T09:30:00Z";
const now = new Date("2024-03-01T09:31:00Z");
// Computed independently with Node's own HMAC: base64(HMAC-SHA256(secret, timestamp + body)).
const sign = (key: string, ts: string, payload: string) =>
  createHmac("sha256", key)
    .update(ts + payload)
    .digest("base64");
const signature = sign(secret, timestamp, body);

describe("verifyZendeskWebhook", () => {
  it("accepts a known-good signature", async () => {
    expect(await verifyZendeskWebhook({ body, signature, timestamp, secret, now })).toEqual({
      valid: true,
    });
  });

  it("accepts Unix-seconds timestamps too", async () => {
    const ts = String(now.getTime() / 1000 - 10);
    const verdict = await verifyZendeskWebhook({
      body,
      signature: sign(secret, ts, body),
      timestamp: ts,
      secret,
      now,
    });
    expect(verdict.valid).toBe(true);
  });

  it("rejects a tampered body", async () => {
    const verdict = await verifyZendeskWebhook({
      body: body.replace("35436", "35437"),
      signature,
      timestamp,
      secret,
      now,
    });
    expect(verdict).toEqual({
      valid: false,
      reason: "signature does not match the body and the secret",
    });
  });

  it("rejects a wrong secret", async () => {
    const verdict = await verifyZendeskWebhook({
      body,
      signature,
      timestamp,
      secret: "another",
      now,
    });
    expect(verdict.valid).toBe(false);
  });

  it("rejects a stale timestamp (outside the replay window), even with a good signature", async () => {
    const late = new Date("2024-03-01T09:36:01Z"); // 361 s after the timestamp
    const verdict = await verifyZendeskWebhook({ body, signature, timestamp, secret, now: late });
    expect(verdict.valid).toBe(false);
    expect(verdict.reason).toMatch(/stale timestamp: 361 s/);
    const wide = await verifyZendeskWebhook({
      body,
      signature,
      timestamp,
      secret,
      now: late,
      toleranceSeconds: 400,
    });
    expect(wide.valid).toBe(true);
  });

  it("rejects a missing header", async () => {
    expect(
      await verifyZendeskWebhook({ body, signature: undefined, timestamp, secret, now }),
    ).toMatchObject({
      valid: false,
      reason: expect.stringMatching(/X-Zendesk-Webhook-Signature header/),
    });
    expect(
      await verifyZendeskWebhook({ body, signature, timestamp: null, secret, now }),
    ).toMatchObject({
      valid: false,
      reason: expect.stringMatching(/Timestamp header/),
    });
  });

  it("never throws on garbage", async () => {
    const garbage = [
      { body: 5, signature, timestamp, secret, now },
      { body, signature, timestamp, secret: "", now },
      { body, signature, timestamp, secret, now: "yesterday" },
      { body, signature, timestamp: "not a time", secret, now },
      { body, signature: "%%%", timestamp, secret, now },
      null,
    ];
    for (const request of garbage) {
      const verdict = await verifyZendeskWebhook(request as never);
      expect(verdict.valid).toBe(false);
      expect(verdict.reason).toBeTruthy();
    }
  });
});
