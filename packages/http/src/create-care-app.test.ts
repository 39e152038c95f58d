import { createHmac } from "node:crypto";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { createMemoryStore } from "@rapport/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allowAnyone } from "./access/allow-anyone";
import { createCareApp } from "./create-care-app";

const OPEN = { authorize: allowAnyone(), warn: () => {} };

const NOW = new Date("2024-04-02T12:00:00Z");
// Response bodies are read loosely: each test asserts the fields it cares about.
const json = (response: Response): Promise<any> => response.json();
const SECRET = "webhook-secret";

function setup(maxBodyBytes?: number) {
  const store = createMemoryStore();
  let n = 0;
  const app = createCareApp({
    ...OPEN,
    store,
    secrets: { zendeskWebhook: SECRET },
    now: () => NOW,
    newId: () => `id_${++n}`,
    ...(maxBodyBytes === undefined ? {} : { maxBodyBytes }),
  });
  return { store, app };
}

const post = (body: unknown, headers: Record<string, string> = {}) => ({
  method: "POST",
  headers: { "content-type": "application/json", ...headers },
  body: typeof body === "string" ? body : JSON.stringify(body),
});

const nps = (id: string, score: number, respondedAt: string, customerId = "cus_1") => ({
  kind: "nps",
  id,
  customerId,
  score,
  respondedAt,
});

describe("POST /surveys/responses", () => {
  it("stores a valid response once, however often it is sent", async () => {
    const { app, store } = setup();
    const body = nps("r1", 9, "2024-03-01T10:00:00Z");
    for (let i = 0; i < 3; i++) {
      const response = await app.request("/surveys/responses", post(body));
      expect(response.status).toBe(200);
      expect(await json(response)).toEqual({ stored: 1 });
    }
    expect((await store.forTenant("default").surveyResponses.query()).items).toHaveLength(1);
  });

  it("answers 400 listing every issue, and keeps the valid records of a batch", async () => {
    const { app, store } = setup();
    const response = await app.request(
      "/surveys/responses",
      post([
        nps("ok", 10, "2024-03-01T10:00:00Z"),
        { ...nps("bad", 11, "2024-03-01T10:00:00Z"), channel: "fax" },
      ]),
    );
    expect(response.status).toBe(400);
    const body = await json(response);
    expect(body.error).toBe("invalid_survey_response");
    expect(body.message).toBe("1 of 2 responses are invalid; 1 valid ones were stored");
    expect(body.issues).toEqual([
      {
        index: 1,
        path: "score",
        message: "expected an integer from 0 to 10 on the zero_to_ten scale, received 11",
      },
      { index: 1, path: "channel", message: expect.stringContaining('received "fax"') },
    ]);
    expect(
      (await store.forTenant("default").surveyResponses.query()).items.map((r) => r.id),
    ).toEqual(["ok"]);
  });

  it("answers 400 to a body that is not JSON", async () => {
    const { app } = setup();
    const response = await app.request("/surveys/responses", post("{nope"));
    expect(response.status).toBe(400);
    expect((await json(response)).error).toBe("invalid_json");
  });

  it("answers 413 to a body over the limit", async () => {
    const { app } = setup(200);
    const response = await app.request("/surveys/responses", post({ padding: "x".repeat(500) }));
    expect(response.status).toBe(413);
    expect(await json(response)).toEqual({
      error: "payload_too_large",
      message: "the body is larger than the limit of 200 bytes",
    });
  });
});

describe("POST /webhooks/zendesk", () => {
  const payload = JSON.stringify({
    ticket: {
      id: 77,
      requester_id: 5,
      status: "open",
      priority: "high",
      subject: "Where is my order?",
      created_at: "2024-04-02T11:00:00Z",
      updated_at: "2024-04-02T11:00:00Z",
      via: { channel: "email" },
    },
  });
  // Zendesk signs base64(HMAC-SHA256(secret, timestamp + body)).
  const sign = (timestamp: string, body: string, secret = SECRET) =>
    createHmac("sha256", secret)
      .update(timestamp + body)
      .digest("base64");
  const headersFor = (timestamp: string, body = payload, secret = SECRET) => ({
    "x-zendesk-webhook-signature": sign(timestamp, body, secret),
    "x-zendesk-webhook-signature-timestamp": timestamp,
  });

  it("accepts a signed request and imports the ticket", async () => {
    const { app, store } = setup();
    const response = await app.request(
      "/webhooks/zendesk",
      post(payload, headersFor("2024-04-02T11:59:00Z")),
    );
    expect(response.status).toBe(202);
    // One ticket in the body: one accepted record, nothing else.
    expect(await json(response)).toEqual({
      accepted: 1,
      rejected: 0,
      duplicates: 0,
      ignored: 0,
      problems: [],
    });
    const kase = await store.forTenant("default").cases.get("zendesk:77" as never);
    expect(kase?.priority).toBe("high");
    // Zendesk retries a delivery it thinks failed: the same body again is a duplicate.
    const retry = await app.request(
      "/webhooks/zendesk",
      post(payload, headersFor("2024-04-02T11:59:30Z")),
    );
    expect([retry.status, await json(retry)]).toEqual([200, { duplicate: true }]);
    expect((await store.forTenant("default").cases.query()).items.map((c) => c.id)).toEqual([
      "zendesk:77",
    ]);
  });

  it.each([
    [
      "a tampered body",
      () => post(payload.replace("77", "78"), headersFor("2024-04-02T11:59:00Z")),
    ],
    ["a wrong secret", () => post(payload, headersFor("2024-04-02T11:59:00Z", payload, "other"))],
    ["a stale timestamp", () => post(payload, headersFor("2024-04-02T11:00:00Z"))],
    ["no signature header", () => post(payload)],
  ])("answers 401 to %s", async (_, request) => {
    const { app, store } = setup();
    const response = await app.request("/webhooks/zendesk", request());
    expect(response.status).toBe(401);
    expect((await json(response)).error).toBe("invalid_signature");
    expect((await store.forTenant("default").cases.query()).items).toEqual([]);
  });

  it("answers 404 when no secret is configured, secrets left out or empty", async () => {
    const app = createCareApp({ ...OPEN, store: createMemoryStore(), secrets: {} });
    expect((await app.request("/webhooks/zendesk", post(payload))).status).toBe(404);
    // `secrets` is optional in the type as at run time: the default is no webhook at all.
    const bare = createCareApp({ ...OPEN, store: createMemoryStore() });
    expect((await bare.request("/webhooks/zendesk", post(payload))).status).toBe(404);
  });
});

describe("GET /customers/:id/snapshot", () => {
  it("returns the snapshot of a known customer and 404 for an unknown one", async () => {
    const { app } = setup();
    await app.request("/surveys/responses", post(nps("r1", 3, "2024-03-01T10:00:00Z")));
    const response = await app.request("/customers/cus_1/snapshot");
    expect(response.status).toBe(200);
    const snapshot = await json(response);
    expect(snapshot.latest.nps.score).toBe(3);
    expect(snapshot.asOf).toBe(NOW.toISOString());
    expect((await app.request("/customers/nobody/snapshot")).status).toBe(404);
  });
});

describe("GET /metrics/nps", () => {
  it("scores each month from counts grouped in the store", async () => {
    const { app } = setup();
    // March: 10, 9, 7, 3 -> 2 promoters, 1 detractor of 4 -> NPS = (2 - 1) / 4 = 25.
    // April: 0 -> NPS -100.
    const answers = [
      nps("a", 10, "2024-03-01T10:00:00Z"),
      nps("b", 9, "2024-03-05T10:00:00Z"),
      nps("c", 7, "2024-03-09T10:00:00Z"),
      nps("d", 3, "2024-03-31T21:30:00Z"),
      nps("e", 0, "2024-04-01T10:00:00Z"),
    ];
    await app.request("/surveys/responses", post(answers));
    const response = await app.request("/metrics/nps?period=month&timeZone=UTC");
    expect(response.status).toBe(200);
    const body = await json(response);
    expect(body.buckets.map((b: { value: number; n: number }) => [b.value, b.n])).toEqual([
      [25, 4],
      [-100, 1],
    ]);
    // In Berlin, 2024-03-31T21:30Z is already 23:30 on the 31st (CEST): still March.
    const berlin = await json(
      await app.request("/metrics/nps?period=month&timeZone=Europe/Berlin"),
    );
    expect(berlin.buckets[0].n).toBe(4);
  });

  it("answers 400 naming each bad parameter", async () => {
    const { app } = setup();
    const response = await app.request(
      "/metrics/nps?period=decade&timeZone=Mars/Base&from=yesterday",
    );
    expect(response.status).toBe(400);
    const body = await json(response);
    expect(body.issues.map((i: { path: string }) => i.path)).toEqual([
      "period",
      "timeZone",
      "from",
    ]);
    // The periods are core's calendar periods, named as @rapport/stats' oneOf writes a choice.
    expect(body.issues[0].message).toBe(
      'expected one of "day" | "week" | "month" | "quarter" | "year", received "decade"',
    );
  });
});

describe("consent", () => {
  it("records a grant and a withdrawal, and reports the state", async () => {
    const { app } = setup();
    const grant = await app.request(
      "/customers/cus_1/consent",
      post({ purpose: "marketing", action: "grant" }),
    );
    expect(grant.status).toBe(201);
    const granted = await json(grant);
    expect(granted.event.id).toBe("id_1");
    expect(granted.decision).toMatchObject({ allowed: true, state: "granted" });
    const state = await json(await app.request("/customers/cus_1/consent"));
    expect(state.asOf).toBe(NOW.toISOString());
    expect(state.purposes).toMatchObject([
      { purpose: "marketing", state: "granted", asOf: NOW.toISOString() },
    ]);
    const withdraw = await app.request(
      "/customers/cus_1/consent",
      post({ id: "w1", purpose: "marketing", action: "withdraw" }),
    );
    expect((await json(withdraw)).decision).toMatchObject({ allowed: false, state: "denied" });
  });

  it("is idempotent on the event id: a retry keeps the original, any other event under the id is 409", async () => {
    const store = createMemoryStore();
    let clock = new Date("2024-04-02T12:00:00Z");
    const app = createCareApp({ ...OPEN, store, secrets: {}, now: () => clock });
    const body = { id: "g1", purpose: "marketing", action: "grant" };
    expect((await app.request("/customers/cus_1/consent", post(body))).status).toBe(201);
    // The same change retried an hour later: acknowledged again, the original kept.
    clock = new Date("2024-04-02T13:00:00Z");
    const retry = await app.request("/customers/cus_1/consent", post(body));
    expect(retry.status).toBe(201);
    expect((await json(retry)).event).toMatchObject({
      id: "g1",
      action: "grant",
      capturedAt: "2024-04-02T12:00:00.000Z",
    });
    // The id again for a withdrawal, or for another customer: a conflict, nothing changes.
    const withdraw = await app.request(
      "/customers/cus_1/consent",
      post({ ...body, action: "withdraw" }),
    );
    const other = await app.request("/customers/cus_2/consent", post(body));
    expect([withdraw.status, other.status]).toEqual([409, 409]);
    expect(await json(other)).toEqual({
      error: "consent_event_conflict",
      message: "another consent event has this id; send the change with a new id",
    });
    const events = (await store.forTenant("default").consentEvents.query()).items;
    expect(events.map((e) => [e.id, e.customerId, e.action, e.capturedAt.toISOString()])).toEqual([
      ["g1", "cus_1", "grant", "2024-04-02T12:00:00.000Z"],
    ]);
  });

  it("answers 400 to an action other than grant or withdraw", async () => {
    const { app } = setup();
    const response = await app.request(
      "/customers/cus_1/consent",
      post({ purpose: "marketing", action: "maybe" }),
    );
    expect(response.status).toBe(400);
    expect((await json(response)).issues).toEqual([
      { path: "action", message: 'expected one of "grant" | "withdraw", received "maybe"' },
    ]);
  });
});

describe("the clock", () => {
  it("is read once per request, and that moment is the asOf of everything in the answer", async () => {
    let reads = 0;
    const ticks = [new Date("2024-04-02T12:00:00Z"), new Date("2024-04-02T12:00:01Z")];
    const app = createCareApp({
      ...OPEN,
      store: createMemoryStore(),
      now: () => ticks[Math.min(reads++, ticks.length - 1)] as Date,
      newId: () => "id_1",
    });
    const granted = await json(
      await app.request(
        "/customers/cus_1/consent",
        post({ purpose: "marketing", action: "grant" }),
      ),
    );
    expect(reads).toBe(1);
    // The event is captured at the same instant the decision is taken at, so it counts.
    expect(granted.event.capturedAt).toBe("2024-04-02T12:00:00.000Z");
    expect(granted.decision).toMatchObject({ asOf: "2024-04-02T12:00:00.000Z", allowed: true });
  });
});

describe("unexpected errors", () => {
  it("answer a JSON 500 without the error's message or stack", async () => {
    const store = createMemoryStore();
    const failing = {
      forTenant: (tenant: string) => ({
        ...store.forTenant(tenant),
        scoreCounts: async () => {
          throw new Error("connection refused at db.internal:5432");
        },
      }),
      close: () => store.close(),
    };
    const app = createCareApp({ ...OPEN, store: failing, secrets: {} });
    const response = await app.request("/metrics/nps");
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({
      error: "internal_error",
      message: "the request could not be completed",
    });
    expect(text).not.toMatch(/db\.internal|at .*\.ts/);
  });
});

describe("unknown routes", () => {
  it("answer 404 as JSON", async () => {
    const { app } = setup();
    const response = await app.request("/nope");
    expect(response.status).toBe(404);
    expect(await json(response)).toEqual({ error: "not_found", message: "no route for GET /nope" });
  });
});

describe("a real Node HTTP server on loopback", () => {
  const { app, store } = setup();
  let server: ReturnType<typeof serve>;
  let base = "";
  beforeAll(async () => {
    server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
    await new Promise((resolve) => server.once("listening", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("serves the same API over TCP", async () => {
    const stored = await fetch(
      `${base}/surveys/responses`,
      post(nps("tcp", 8, "2024-03-01T10:00:00Z")),
    );
    expect(stored.status).toBe(200);
    expect((await store.forTenant("default").surveyResponses.get("tcp" as never))?.score).toBe(8);
    const missing = await fetch(`${base}/missing`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toContain("application/json");
  });
});
