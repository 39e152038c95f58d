import { createHmac } from "node:crypto";
import { createMemoryStore } from "@rapport/store";
import { describe, expect, it } from "vitest";
import { allowAnyone } from "../access/allow-anyone";
import { createCareApp } from "../create-care-app";

const NOW = new Date("2024-05-01T10:02:00Z");
const json = (response: Response): Promise<any> => response.json();

function setup(secrets = { chatwootWebhook: "cw-secret", helpScoutWebhook: "hs-secret" }) {
  const store = createMemoryStore();
  const app = createCareApp({
    authorize: allowAnyone(),
    warn: () => {},
    store,
    secrets,
    now: () => NOW,
  });
  return { app, store };
}
const post = (
  body: string | Uint8Array<ArrayBuffer>,
  headers: Record<string, string>,
): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json", ...headers },
  body,
});

describe("POST /webhooks/chatwoot", () => {
  // A conversation_created delivery, with its first message.
  const body = JSON.stringify({
    event: "conversation_created",
    id: 7,
    inbox_id: 1,
    status: "open",
    channel: "Channel::WebWidget",
    created_at: 1714557600,
    meta: { sender: { id: 42, type: "contact" } },
    messages: [
      {
        id: 70,
        conversation_id: 7,
        message_type: 0,
        created_at: 1714557600,
        content: "Caf\u00e9 <b>?</b>",
        sender: { id: 42, type: "contact" },
      },
    ],
  });
  // 1714557600 + 120 s = NOW: python3 -c "print(1714557600 + 120)"
  const timestamp = "1714557720";
  // chatwoot signs "sha256=" + hex HMAC-SHA256(secret, "{timestamp}.{raw body}")
  const sign = (ts: string, raw: string | Buffer, secret = "cw-secret") =>
    `sha256=${createHmac("sha256", secret).update(`${ts}.`).update(raw).digest("hex")}`;

  it("accepts a signed delivery and imports its conversation and message", async () => {
    const { app, store } = setup();
    const response = await app.request(
      "/webhooks/chatwoot",
      post(body, {
        "x-chatwoot-signature": sign(timestamp, body),
        "x-chatwoot-timestamp": timestamp,
      }),
    );
    expect(response.status).toBe(202);
    expect(await json(response)).toEqual({
      accepted: 2,
      rejected: 0,
      duplicates: 0,
      ignored: 0,
      problems: [],
    });
    expect((await store.forTenant("default").cases.get("chatwoot:7" as never))?.channel).toBe(
      "chat",
    );
    expect((await store.forTenant("default").interactions.query()).items.map((i) => i.id)).toEqual([
      "chatwoot:70",
    ]);
  });

  it("checks the signature over the raw bytes, then decodes them", async () => {
    const { app } = setup();
    const bytes = Buffer.from(body, "utf8");
    const signed = {
      "x-chatwoot-signature": sign(timestamp, bytes),
      "x-chatwoot-timestamp": timestamp,
    };
    expect(
      (await app.request("/webhooks/chatwoot", post(new Uint8Array(bytes), signed))).status,
    ).toBe(202);
    // Bytes that are no UTF-8, signed correctly: the signature holds, the body is refused.
    const latin1 = Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]);
    const bad = await app.request(
      "/webhooks/chatwoot",
      post(new Uint8Array(latin1), {
        "x-chatwoot-signature": sign(timestamp, latin1),
        "x-chatwoot-timestamp": timestamp,
      }),
    );
    expect(bad.status).toBe(400);
    expect((await json(bad)).error).toBe("invalid_json");
  });

  it.each([
    ["a tampered body", body.replace('"id":7', '"id":8'), { ts: timestamp, secret: undefined }],
    ["a wrong secret", body, { ts: timestamp, secret: "other" }],
    ["a stale timestamp", body, { ts: "1714557000", secret: undefined }],
  ])("answers 401 to %s", async (_, sent, { ts, secret }) => {
    const { app, store } = setup();
    const response = await app.request(
      "/webhooks/chatwoot",
      post(sent, { "x-chatwoot-signature": sign(ts, body, secret), "x-chatwoot-timestamp": ts }),
    );
    expect(response.status).toBe(401);
    expect((await json(response)).error).toBe("invalid_signature");
    expect((await store.forTenant("default").cases.query()).items).toEqual([]);
  });

  it("answers 404 without a secret and 415 for a body that is not JSON", async () => {
    const { app } = setup({} as never);
    expect((await app.request("/webhooks/chatwoot", post(body, {}))).status).toBe(404);
    const { app: configured } = setup();
    const text = await configured.request("/webhooks/chatwoot", {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body,
    });
    expect(text.status).toBe(415);
  });
});

describe("POST /webhooks/helpscout", () => {
  const body = JSON.stringify({
    id: 5434,
    customer: { id: 449379 },
    ticketId: 1560011,
    rating: "Great",
    comments: "he was really helpful",
    createdAt: "2024-05-01T09:00:00Z",
  });
  // Help Scout signs base64(HMAC-SHA1(secret, raw body))
  const sign = (raw: string, secret = "hs-secret") =>
    createHmac("sha1", secret).update(raw).digest("base64");

  it("accepts a signed satisfaction rating and stores it", async () => {
    const { app, store } = setup();
    const response = await app.request(
      "/webhooks/helpscout",
      post(body, {
        "x-helpscout-signature": sign(body),
        "x-helpscout-event": "satisfaction.ratings",
      }),
    );
    expect(response.status).toBe(202);
    expect(await json(response)).toMatchObject({ accepted: 1, rejected: 0 });
    const stored = (await store.forTenant("default").surveyResponses.query()).items;
    expect(stored.map((r) => [r.id, r.score])).toEqual([["helpscout:rating:5434", 5]]);
  });

  it("answers 401 to a bad signature and 404 without a secret", async () => {
    const { app } = setup();
    const bad = await app.request(
      "/webhooks/helpscout",
      post(body, { "x-helpscout-signature": sign(body, "other") }),
    );
    expect(bad.status).toBe(401);
    expect((await json(bad)).message).toBe("signature does not match the body and the secret");
    const missing = await app.request("/webhooks/helpscout", post(body, {}));
    expect((await json(missing)).message).toBe("missing the X-HelpScout-Signature header");
    const { app: bare } = setup({} as never);
    expect(
      (
        await bare.request(
          "/webhooks/helpscout",
          post(body, { "x-helpscout-signature": sign(body) }),
        )
      ).status,
    ).toBe(404);
  });
});
