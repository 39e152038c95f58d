import { createHmac } from "node:crypto";
import { caseId } from "@rapport/core";
import { createMemoryStore } from "@rapport/store";
import { createSqliteStore } from "@rapport/store-sql";
import { describe, expect, it } from "vitest";
import { bearerTokens } from "../access/bearer-tokens";
import { createCareApp } from "../create-care-app";

const NOW = new Date("2024-04-02T12:00:00Z");
const SECRET = "webhook-secret";
const TOKENS = {
  "zendesk-token-acme-0123456": { subject: "zendesk", tenant: "acme", scopes: ["webhooks"] },
  "zendesk-token-globex-01234": { subject: "zendesk", tenant: "globex", scopes: ["webhooks"] },
} as const;

const ticket = (status: "open" | "solved", updatedAt: string) =>
  JSON.stringify({
    ticket: {
      id: 77,
      requester_id: 5,
      status,
      priority: "high",
      subject: "Where is my order?",
      created_at: "2024-04-02T09:00:00Z",
      updated_at: updatedAt,
      via: { channel: "email" },
    },
  });

// Zendesk signs base64(HMAC-SHA256(secret, timestamp + body)).
const delivery = (body: string, invocation: string, token = "zendesk-token-acme-0123456") => {
  const timestamp = "2024-04-02T11:59:00Z";
  return {
    method: "POST",
    headers: {
      authorization: `Bearer ${token}`,
      "content-type": "application/json",
      "x-zendesk-webhook-signature": createHmac("sha256", SECRET)
        .update(timestamp + body)
        .digest("base64"),
      "x-zendesk-webhook-signature-timestamp": timestamp,
      "x-zendesk-webhook-invocation-id": invocation,
    },
    body,
  };
};

describe.each([
  ["memory", async () => createMemoryStore()],
  ["SQLite", () => createSqliteStore({ filename: ":memory:" })],
])("webhook deliveries on %s", (_, open) => {
  it("v1 open, v2 solved, then v1 again: the case stays solved", async () => {
    const store = await open();
    const app = createCareApp({
      store,
      authorize: bearerTokens(TOKENS),
      secrets: { zendeskWebhook: SECRET },
      now: () => NOW,
    });
    const v1 = ticket("open", "2024-04-02T10:00:00Z");
    const v2 = ticket("solved", "2024-04-02T11:00:00Z");
    const statuses = [];
    for (const [body, invocation] of [
      [v1, "inv-1"],
      [v2, "inv-2"],
      [v1, "inv-3"],
    ] as const) {
      statuses.push((await app.request("/webhooks/zendesk", delivery(body, invocation))).status);
    }
    expect(statuses).toEqual([202, 202, 202]);
    const kase = await store.forTenant("acme").cases.get(caseId("zendesk:77"));
    expect([kase?.status, kase?.updatedAt?.toISOString()]).toEqual([
      "solved",
      "2024-04-02T11:00:00.000Z",
    ]);
    await store.close();
  });

  it("applies a delivery id once per tenant: seen before is 200 with duplicate: true", async () => {
    const store = await open();
    const app = createCareApp({
      store,
      authorize: bearerTokens(TOKENS),
      secrets: { zendeskWebhook: SECRET },
      now: () => NOW,
    });
    const first = await app.request(
      "/webhooks/zendesk",
      delivery(ticket("open", "2024-04-02T10:00:00Z"), "inv-9"),
    );
    // The same delivery id with a later version: a duplicate, nothing re-applied.
    const again = await app.request(
      "/webhooks/zendesk",
      delivery(ticket("solved", "2024-04-02T11:00:00Z"), "inv-9"),
    );
    expect([first.status, again.status, await again.json()]).toEqual([
      202,
      200,
      { duplicate: true },
    ]);
    expect((await store.forTenant("acme").cases.get(caseId("zendesk:77")))?.status).toBe("open");
    // Another tenant's delivery with the same id is its own.
    const other = await app.request(
      "/webhooks/zendesk",
      delivery(ticket("solved", "2024-04-02T11:00:00Z"), "inv-9", "zendesk-token-globex-01234"),
    );
    expect(other.status).toBe(202);
    expect((await store.forTenant("globex").cases.get(caseId("zendesk:77")))?.status).toBe(
      "solved",
    );
    await store.close();
  });
});
