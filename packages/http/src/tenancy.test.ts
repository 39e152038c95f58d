import { parseConsentEvent, parseCustomer, parseSurveyResponse } from "@rapport/core";
import { createMemoryStore } from "@rapport/store";
import { describe, expect, it } from "vitest";
import { bearerTokens } from "./access/bearer-tokens";
import { SCOPES } from "./access/principal";
import { createCareApp } from "./create-care-app";

const NOW = new Date("2024-04-02T12:00:00Z");
const TOKENS = {
  "token-for-acme-0123456789": { subject: "agent:a", tenant: "acme", scopes: SCOPES },
  "token-for-globex-01234567": { subject: "agent:g", tenant: "globex", scopes: SCOPES },
};
const as = (token: string, init: RequestInit = {}) => ({
  ...init,
  headers: { authorization: `Bearer ${token}`, ...(init.headers ?? {}) },
});
const ACME = "token-for-acme-0123456789";
const GLOBEX = "token-for-globex-01234567";

async function twoTenants() {
  const store = createMemoryStore();
  const globex = store.forTenant("globex");
  await globex.customers.upsert(parseCustomer({ id: "cus_1", name: "Grace Globex" }));
  await globex.surveyResponses.upsert(
    parseSurveyResponse({
      kind: "nps",
      id: "r1",
      customerId: "cus_1",
      score: 0,
      respondedAt: "2024-03-01T10:00:00Z",
    }),
  );
  await globex.consentEvents.upsert(
    parseConsentEvent({
      id: "con-1",
      customerId: "cus_1",
      purpose: "marketing",
      lawfulBasis: "consent",
      action: "grant",
      capturedAt: "2024-03-01T10:00:00Z",
      proof: { capturedBy: "web-form", method: "checkbox" },
    }),
  );
  const app = createCareApp({ store, authorize: bearerTokens(TOKENS), now: () => NOW });
  return { store, app };
}

describe("tenancy over HTTP", () => {
  it("answers 404 for another tenant's customer and never counts its records", async () => {
    const { app } = await twoTenants();
    const mine = await app.request("/customers/cus_1/snapshot", as(GLOBEX));
    const theirs = await app.request("/customers/cus_1/snapshot", as(ACME));
    expect([mine.status, theirs.status]).toEqual([200, 404]);
    const consent = await (await app.request("/customers/cus_1/consent", as(ACME))).json();
    expect(consent.purposes).toEqual([]);
    const metrics = async (token: string) =>
      (await (await app.request("/metrics/nps?period=month&timeZone=UTC", as(token))).json())
        .buckets;
    expect((await metrics(ACME)).length).toBe(0);
    expect((await metrics(GLOBEX)).map((p: { n: number }) => p.n)).toEqual([1]);
  });

  it("writes into the caller's tenant only: the same ids stay apart", async () => {
    const { store, app } = await twoTenants();
    const post = (body: unknown) =>
      as(ACME, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    const grant = { id: "con-1", purpose: "marketing", action: "withdraw" };
    expect((await app.request("/customers/cus_1/consent", post(grant))).status).toBe(201);
    const response = {
      kind: "nps",
      id: "r1",
      customerId: "cus_1",
      score: 10,
      respondedAt: "2024-03-01T10:00:00Z",
    };
    expect((await app.request("/surveys/responses", post(response))).status).toBe(200);
    const acme = store.forTenant("acme");
    const globex = store.forTenant("globex");
    expect((await acme.consentEvents.query()).items.map((e) => e.action)).toEqual(["withdraw"]);
    expect((await globex.consentEvents.query()).items.map((e) => e.action)).toEqual(["grant"]);
    expect((await globex.surveyResponses.query()).items.map((r) => r.score)).toEqual([0]);
  });
});
