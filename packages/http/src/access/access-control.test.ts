import { createMemoryStore } from "@rapport/store";
import { generateKeyPair, SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { createCareApp } from "../create-care-app";
import type { AccessLogEntry } from "./access-log";
import { allowAnyone } from "./allow-anyone";
import { bearerTokens } from "./bearer-tokens";
import { jwtBearer } from "./jwt-bearer";
import { type Principal, SCOPES, type Scope } from "./principal";

const NOW = new Date("2024-04-02T12:00:00Z");
const json = (response: Response): Promise<any> => response.json();
const TOKEN = "token-with-every-scope-0001";
const everyone: Principal = { subject: "agent:1", tenant: "acme", scopes: SCOPES };

function app(tokens: Record<string, Principal> = { [TOKEN]: everyone }, extra = {}) {
  return createCareApp({
    store: createMemoryStore(),
    authorize: bearerTokens(tokens),
    secrets: { zendeskWebhook: "secret", chatwootWebhook: "secret", helpScoutWebhook: "secret" },
    now: () => NOW,
    ...extra,
  });
}

const bearer = (token = TOKEN) => ({ authorization: `Bearer ${token}` });
const postJson = (body: unknown, headers: Record<string, string> = bearer()) => ({
  method: "POST",
  headers: { "content-type": "application/json", ...headers },
  body: JSON.stringify(body),
});

// The scope of each route, and what it answers once let in (the webhook then checks its
// signature; the snapshot of an unknown customer is 404).
const ROUTES: [Scope, string, number, RequestInit?][] = [
  ["surveys:write", "/surveys/responses", 200, postJson([])],
  ["webhooks", "/webhooks/zendesk", 401, postJson({})],
  ["webhooks", "/webhooks/chatwoot", 401, postJson({})],
  ["webhooks", "/webhooks/helpscout", 401, postJson({})],
  ["customers:read", "/customers/cus_1/snapshot", 404],
  ["metrics:read", "/metrics/nps", 200],
  ["consent:read", "/customers/cus_1/consent", 200],
  ["consent:write", "/customers/cus_1/consent", 201, postJson({ action: "grant", purpose: "x" })],
];

describe("createCareApp access control", () => {
  it("requires an authorize option, and warns once when it runs open", () => {
    expect(() => createCareApp({ store: createMemoryStore() } as never)).toThrow(
      /createCareApp: options.authorize: expected a function .*allowAnyone\(\) to run open on purpose, received nothing/,
    );
    const warnings: string[] = [];
    createCareApp({
      store: createMemoryStore(),
      authorize: allowAnyone(),
      warn: (m) => warnings.push(m),
    });
    expect(warnings).toEqual([expect.stringContaining("running open (allowAnyone)")]);
    createCareApp({
      store: createMemoryStore(),
      authorize: bearerTokens({ [TOKEN]: everyone }),
      warn: (m) => warnings.push(m),
    });
    expect(warnings).toHaveLength(1);
  });

  it.each(ROUTES)(
    "%s: 401 without credentials, 403 without the scope",
    async (scope, path, status, init) => {
      const without = SCOPES.filter((s) => s !== scope);
      const server = app({
        [TOKEN]: everyone,
        "token-missing-one-scope": { ...everyone, scopes: without },
      });
      const anonymous = await server.request(path, {
        ...init,
        headers: { ...(init?.headers as object), authorization: "" },
      });
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers.get("www-authenticate")).toBe('Bearer realm="rapport"');
      const wrong = await server.request(path, {
        ...init,
        headers: { ...(init?.headers as object), ...bearer("not-a-known-token-at-all") },
      });
      expect(wrong.status).toBe(401);
      const forbidden = await server.request(path, {
        ...init,
        headers: { ...(init?.headers as object), ...bearer("token-missing-one-scope") },
      });
      expect(forbidden.status).toBe(403);
      expect((await json(forbidden)).message).toBe(
        `this route needs the scope "${scope}", which the caller was not granted`,
      );
      const allowed = await server.request(path, {
        ...init,
        headers: { ...(init?.headers as object), ...bearer() },
      });
      expect(allowed.status).toBe(status);
      if (scope === "webhooks") expect((await json(allowed)).error).toBe("invalid_signature");
    },
  );

  it("treats a throwing authorize as no principal", async () => {
    const server = createCareApp({
      store: createMemoryStore(),
      authorize: () => {
        throw new Error("identity provider down");
      },
    });
    expect((await server.request("/metrics/nps")).status).toBe(401);
  });

  it("refuses short tokens at start", () => {
    expect(() => bearerTokens({ short: everyone })).toThrow(/at least 16 characters/);
  });
});

describe("jwtBearer", async () => {
  const { publicKey, privateKey } = await generateKeyPair("ES256");
  const other = await generateKeyPair("ES256");
  const authorize = jwtBearer({
    key: publicKey,
    algorithms: ["ES256"],
    issuer: "https://auth.example.com/",
    audience: "rapport",
    now: () => NOW,
  });
  const seconds = NOW.getTime() / 1000;
  const sign = (claims: Record<string, unknown>, key = privateKey, expiry = seconds + 600) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: "ES256" })
      .setIssuer("https://auth.example.com/")
      .setAudience("rapport")
      .setSubject("agent:7")
      .setIssuedAt(seconds - 60)
      .setExpirationTime(expiry)
      .sign(key);
  const call = async (token: string) =>
    authorize(new Request("http://x/", { headers: { authorization: `Bearer ${token}` } }));

  it("turns a valid token into its principal, keeping only known scopes", async () => {
    const token = await sign({ tenant: "acme", scope: "metrics:read consent:read admin" });
    expect(await call(token)).toEqual({
      subject: "agent:7",
      tenant: "acme",
      scopes: ["metrics:read", "consent:read"],
    });
  });

  it("refuses expired, foreign, tampered and tenant-less tokens", async () => {
    expect(
      await call(await sign({ tenant: "acme", scope: "metrics:read" }, privateKey, seconds - 3600)),
    ).toBeNull();
    expect(await call(await sign({ tenant: "acme" }, other.privateKey))).toBeNull();
    const token = await sign({ tenant: "acme", scope: "metrics:read" });
    const [header, , signature] = token.split(".");
    const forged = Buffer.from(
      JSON.stringify({
        sub: "agent:7",
        tenant: "other",
        scope: "consent:write",
        iss: "https://auth.example.com/",
        aud: "rapport",
        exp: seconds + 600,
      }),
    ).toString("base64url");
    expect(await call(`${header}.${forged}.${signature}`)).toBeNull();
    expect(await call(await sign({ scope: "metrics:read" }))).toBeNull();
    const unsigned = `${Buffer.from('{"alg":"none"}').toString("base64url")}.${token.split(".")[1]}.`;
    expect(await call(unsigned)).toBeNull();
  });

  it("needs a list of algorithms", () => {
    expect(() => jwtBearer({ key: publicKey, algorithms: [], issuer: "i", audience: "a" })).toThrow(
      RangeError,
    );
  });
});

describe("cross-site requests", () => {
  it("refuses a text/plain post (415) and a post from a foreign origin (403)", async () => {
    const server = app();
    const plain = await server.request("/customers/cus_1/consent", {
      method: "POST",
      headers: { "content-type": "text/plain", ...bearer() },
      body: JSON.stringify({ action: "grant", purpose: "marketing" }),
    });
    expect(plain.status).toBe(415);
    const foreign = await server.request(
      "/customers/cus_1/consent",
      postJson(
        { action: "grant", purpose: "marketing" },
        { ...bearer(), origin: "https://evil.example" },
      ),
    );
    expect(foreign.status).toBe(403);
    expect((await json(foreign)).error).toBe("origin_not_allowed");
  });

  it("answers CORS only for allowed origins", async () => {
    const server = app(undefined, { corsOrigins: ["https://care.example.com"] });
    const preflight = (origin: string) =>
      server.request("/metrics/nps", {
        method: "OPTIONS",
        headers: {
          origin,
          "access-control-request-method": "GET",
          "access-control-request-headers": "authorization",
        },
      });
    expect(
      (await preflight("https://care.example.com")).headers.get("access-control-allow-origin"),
    ).toBe("https://care.example.com");
    expect(
      (await preflight("https://evil.example")).headers.get("access-control-allow-origin"),
    ).toBeNull();
    const allowed = await server.request(
      "/customers/cus_1/consent",
      postJson(
        { action: "grant", purpose: "marketing" },
        { ...bearer(), origin: "https://care.example.com" },
      ),
    );
    expect(allowed.status).toBe(201);
  });
});

describe("the rate-limit hook", () => {
  it("answers 429 with Retry-After, keyed by the principal", async () => {
    const seen: string[] = [];
    const server = app(undefined, {
      rateLimit: (_request: Request, principal: Principal) => {
        seen.push(principal.subject);
        return seen.length > 2 ? { allowed: false, retryAfterSeconds: 12.2 } : { allowed: true };
      },
    });
    for (let i = 0; i < 2; i++)
      expect((await server.request("/metrics/nps", { headers: bearer() })).status).toBe(200);
    const refused = await server.request("/metrics/nps", { headers: bearer() });
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("13");
    expect(seen).toEqual(["agent:1", "agent:1", "agent:1"]);
  });
});

describe("the access log", () => {
  it("records who read whose personal data, when and by which route", async () => {
    const entries: AccessLogEntry[] = [];
    const server = app(undefined, {
      accessLog: (entry: AccessLogEntry) => void entries.push(entry),
    });
    await server.request(
      "/customers/cus_1/consent",
      postJson({ action: "grant", purpose: "marketing" }),
    );
    await server.request("/customers/cus_1/consent", { headers: bearer() });
    await server.request("/customers/cus_1/snapshot", { headers: bearer() });
    expect(entries).toEqual([
      {
        subject: "agent:1",
        tenant: "acme",
        customerId: "cus_1",
        at: NOW,
        route: "GET /customers/:id/consent",
      },
      {
        subject: "agent:1",
        tenant: "acme",
        customerId: "cus_1",
        at: NOW,
        route: "GET /customers/:id/snapshot",
      },
    ]);
  });

  it("records the caller as the one who captured a consent change, whatever the body claims", async () => {
    const server = app();
    const response = await server.request(
      "/customers/cus_1/consent",
      postJson({
        action: "grant",
        purpose: "marketing",
        proof: {
          capturedBy: "someone-else",
          method: "web_form",
          authorizedBy: { name: "Mallory", relation: "parent" },
        },
      }),
    );
    expect(response.status).toBe(201);
    expect((await json(response)).event.proof).toMatchObject({
      capturedBy: "agent:1",
      method: "web_form",
    });
  });
});
