import { createMemoryStore } from "@rapport/store";
import { describe, expect, it } from "vitest";
import { allowAnyone } from "../access/allow-anyone";
import { createCareApp } from "../create-care-app";

const NOW = new Date("2024-04-02T12:00:00Z");
const json = (response: Response): Promise<any> => response.json();

function setup(extra = {}) {
  const store = createMemoryStore();
  const app = createCareApp({
    store,
    authorize: allowAnyone(),
    warn: () => {},
    now: () => NOW,
    ...extra,
  });
  return { app, store };
}
const post = (body: string) => ({
  method: "POST",
  headers: { "content-type": "application/json" },
  body,
});
const nps = (id: string, customerId = "cus_1") => ({
  kind: "nps",
  id,
  customerId,
  score: 9,
  respondedAt: "2024-03-01T10:00:00Z",
});

describe("error answers stay small", () => {
  it("lists at most 100 issues and counts them all", async () => {
    const { app } = setup();
    const zeros = `[${new Array(5_000).fill(0).join(",")}]`;
    const response = await app.request("/surveys/responses", post(zeros));
    expect(response.status).toBe(400);
    const text = await response.text();
    const body = JSON.parse(text);
    expect(body.issues).toHaveLength(100);
    expect(body.issueCount).toBe(5_000);
    expect(text.length).toBeLessThan(zeros.length);
  });

  it("refuses a batch larger than maxBatchSize before validating it", async () => {
    const { app } = setup({ maxBatchSize: 3 });
    const response = await app.request("/surveys/responses", post(JSON.stringify([1, 2, 3, 4])));
    expect(response.status).toBe(413);
    expect((await json(response)).message).toBe(
      "the body holds 4 responses; send at most 3 a request",
    );
  });

  it("never echoes the engine's messages for deeply nested JSON", async () => {
    const { app } = setup();
    const deep = `{"action":${"[".repeat(100_000)}${"]".repeat(100_000)}}`;
    const response = await app.request("/customers/cus_1/consent", post(deep));
    expect(response.status).toBe(400);
    const body = await json(response);
    expect(body.message).not.toMatch(/call stack/i);
    expect(body.message).toMatch(
      /^the body (nests arrays and objects deeper than 64 levels|is not valid JSON: it nests too deeply)$/,
    );
  });
});

describe("ids at the boundary", () => {
  it("refuses NUL bytes, lone surrogates and over-long ids, and stores the good records beside them", async () => {
    const { app, store } = setup();
    const response = await app.request(
      "/surveys/responses",
      post(
        JSON.stringify([nps("good"), nps("nul\u0000id"), nps("lone\uD800"), nps("x".repeat(257))]),
      ),
    );
    expect(response.status).toBe(400);
    const body = await json(response);
    expect(
      body.issues.map((issue: { index: number; message: string }) => [issue.index, issue.message]),
    ).toEqual([
      [1, "expected an id without NUL characters"],
      [2, "expected an id of well-formed Unicode (no lone surrogates)"],
      [3, "expected an id of at most 256 characters"],
    ]);
    expect(
      (await store.forTenant("default").surveyResponses.query()).items.map((r) => r.id),
    ).toEqual(["good"]);
  });

  it("refuses a bad customer id in the path", async () => {
    const { app } = setup();
    const response = await app.request("/customers/a%00b/consent");
    expect(response.status).toBe(400);
    expect((await json(response)).issues[0].message).toMatch(
      /^expected an id without NUL characters, received /,
    );
  });
});

describe("metrics queries", () => {
  it("reads from and to only as ISO 8601", async () => {
    const { app } = setup();
    const response = await app.request("/metrics/nps?from=1&to=2");
    expect(response.status).toBe(400);
    expect((await json(response)).issues.map((i: { path: string }) => i.path)).toEqual([
      "from",
      "to",
    ]);
    expect((await app.request("/metrics/nps?from=2024-01-01&to=2024-02-01T00:00:00Z")).status).toBe(
      200,
    );
  });

  it("refuses a range of more periods than the maximum before any work", async () => {
    const { app } = setup({ maxPeriodBuckets: 5_000 });
    const response = await app.request("/metrics/nps?period=day&from=1800-01-01&to=2000-01-01");
    expect(response.status).toBe(400);
    expect((await json(response)).issues[0].message).toBe(
      "expected a range of at most 5000 day periods; narrow from and to, or choose a longer period",
    );
    // 200 years of years is fine.
    expect(
      (await app.request("/metrics/nps?period=year&from=1800-01-01&to=2000-01-01")).status,
    ).toBe(200);
  });

  it("answers periods with data only, and refuses more of them than the maximum", async () => {
    const { app, store } = setup({ maxPeriodBuckets: 12 });
    const years = Array.from({ length: 13 }, (_, i) => 1900 + 10 * i);
    await store.forTenant("default").surveyResponses.upsert(
      years.map((year) => ({
        ...nps(`r${year}`),
        respondedAt: new Date(`${year}-06-01T00:00:00Z`),
      })) as never,
    );
    const few = await app.request("/metrics/nps?period=year&from=1900-01-01&to=1909-12-31");
    expect((await json(few)).buckets.map((b: { periodStart: string }) => b.periodStart)).toEqual([
      "1900-01-01T00:00:00.000Z",
    ]);
    const response = await app.request("/metrics/nps?period=year");
    expect(response.status).toBe(400);
    expect((await json(response)).error).toBe("too_many_periods");
  });
});
