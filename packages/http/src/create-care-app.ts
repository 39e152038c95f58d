import { consentState, evaluateConsent } from "@rapport/consent";
import {
  CALENDAR_PERIODS,
  type CalendarPeriod,
  type CustomerId,
  formatPath,
  isTimeZone,
  safeParseConsentEvent,
  safeParseSurveyResponse,
} from "@rapport/core";
import { customerSnapshot } from "@rapport/customer-view";
import { npsFromCounts } from "@rapport/metrics";
import { expectedMessage, oneOf } from "@rapport/stats";
import type { CareStore } from "@rapport/store";
import { importZendesk, verifyZendeskWebhook } from "@rapport/zendesk";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { CareAppOptions } from "./care-app-options";
import { loadConsentLedger, loadCustomerSources } from "./customer-records";
import { jsonError } from "./json-error";

function readJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, message: `the body is not valid JSON: ${(error as Error).message}` };
  }
}

/**
 * Creates the Rapport HTTP API as a Hono app: web-standard `Request` in, `Response` out, so it
 * runs on Node (with `@hono/node-server`), Bun, Deno, Cloudflare Workers and in Next.js route
 * handlers (`export const POST = app.fetch`).
 *
 * Routes:
 * - `POST /surveys/responses`: one survey response or an array; valid ones are stored
 *   (idempotent on id); 400 lists every issue of the others.
 * - `POST /webhooks/zendesk`: verifies the signature (401 if bad or stale), imports the payload.
 * - `GET /customers/:id/snapshot`: the customer at a glance.
 * - `GET /metrics/nps?period=month&timeZone=Europe/Berlin&from=…&to=…`: NPS per calendar
 *   period (core's `CALENDAR_PERIODS`), computed from counts grouped in the store.
 * - `GET /customers/:id/consent` (every purpose's decision `asOf` now) and
 *   `POST /customers/:id/consent` (grant or withdraw).
 *
 * The app reads its clock (`options.now`) once per request and passes that moment down as
 * `asOf`; JSON bodies name entities by core's entity keys (`surveyResponses`, `careGestures`).
 * Without `secrets` no webhook is configured: `POST /webhooks/zendesk` answers 404.
 *
 * Bodies over the limit get 413, unknown routes 404, and errors a JSON body without a stack.
 *
 * @example
 * ```ts
 * import { createCareApp } from "@rapport/http";
 * import { createMemoryStore } from "@rapport/store";
 *
 * const app = createCareApp({ store: createMemoryStore() });
 * const response = await app.request("/metrics/nps?period=month&timeZone=UTC");
 * console.log(response.status, await response.json());
 * ```
 */
export function createCareApp(options: CareAppOptions): Hono {
  const { store } = options;
  const secrets = options.secrets ?? {};
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? (() => crypto.randomUUID());
  const maxSize = options.maxBodyBytes ?? 1024 * 1024;
  const app = new Hono();

  app.use(
    "*",
    bodyLimit({
      maxSize,
      onError: (c) =>
        jsonError(c, 413, {
          error: "payload_too_large",
          message: `the body is larger than the limit of ${maxSize} bytes`,
        }),
    }),
  );

  app.post("/surveys/responses", async (c) => {
    const parsed = readJson(await c.req.text());
    if (!parsed.ok) return jsonError(c, 400, { error: "invalid_json", message: parsed.message });
    const batch = Array.isArray(parsed.value) ? parsed.value : [parsed.value];
    const valid = [];
    const issues = [];
    for (const [index, input] of batch.entries()) {
      const result = safeParseSurveyResponse(input);
      if (result.success) valid.push(result.data);
      else {
        for (const issue of result.error.issues) {
          issues.push({ index, path: formatPath(issue.path), message: issue.message });
        }
      }
    }
    const report = valid.length > 0 ? await store.surveyResponses.upsert(valid) : { stored: 0 };
    if (issues.length > 0) {
      return jsonError(c, 400, {
        error: "invalid_survey_response",
        message: `${batch.length - valid.length} of ${batch.length} responses are invalid; ${report.stored} valid ones were stored`,
        issues,
      });
    }
    return c.json({ stored: report.stored }, 200);
  });

  app.post("/webhooks/zendesk", async (c) => {
    const asOf = now();
    const secret = secrets.zendeskWebhook;
    if (secret === undefined) {
      return jsonError(c, 404, {
        error: "not_found",
        message: "the Zendesk webhook is not configured",
      });
    }
    const body = await c.req.text();
    const verification = await verifyZendeskWebhook(
      {
        body,
        signature: c.req.header("x-zendesk-webhook-signature"),
        timestamp: c.req.header("x-zendesk-webhook-signature-timestamp"),
      },
      { secret, asOf },
    );
    if (!verification.valid) {
      return jsonError(c, 401, {
        error: "invalid_signature",
        message: verification.reason ?? "invalid signature",
      });
    }
    const parsed = readJson(body);
    if (!parsed.ok) return jsonError(c, 400, { error: "invalid_json", message: parsed.message });
    const result = importZendesk(parsed.value, { asOf });
    await Promise.all([
      store.customers.upsert(result.customers),
      store.cases.upsert(result.cases),
      store.interactions.upsert(result.interactions),
      store.surveyResponses.upsert(result.surveyResponses),
    ]);
    const { accepted, rejected, duplicates, ignored, records } = result.report;
    return c.json(
      {
        accepted,
        rejected,
        duplicates,
        ignored,
        problems: records.filter((r) => r.status === "rejected"),
      },
      202,
    );
  });

  app.get("/customers/:id/snapshot", async (c) => {
    const id = c.req.param("id") as CustomerId;
    const asOf = now();
    const sources = await loadCustomerSources(store, id);
    if (!sources.found) {
      return jsonError(c, 404, {
        error: "customer_not_found",
        message: `no records for customer "${id}"`,
      });
    }
    return c.json(customerSnapshot(id, sources, { asOf }));
  });

  app.get("/metrics/nps", async (c) => {
    const period = c.req.query("period") ?? "month";
    const timeZone = c.req.query("timeZone") ?? "UTC";
    const issues = [];
    if (!(CALENDAR_PERIODS as readonly string[]).includes(period)) {
      issues.push({
        path: "period",
        message: expectedMessage("", oneOf(CALENDAR_PERIODS), period),
      });
    }
    if (!isTimeZone(timeZone)) {
      issues.push({
        path: "timeZone",
        message: expectedMessage("", 'an IANA time-zone name such as "Europe/Berlin"', timeZone),
      });
    }
    const range: { from?: Date; to?: Date } = {};
    for (const key of ["from", "to"] as const) {
      const value = c.req.query(key);
      if (value === undefined) continue;
      const date = new Date(value);
      if (Number.isNaN(date.getTime())) {
        issues.push({ path: key, message: expectedMessage("", "an ISO 8601 date-time", value) });
      } else range[key] = date;
    }
    if (issues.length > 0) {
      return jsonError(c, 400, {
        error: "invalid_query",
        message: "the query has invalid parameters",
        issues,
      });
    }
    const histograms = await store.scoreCounts({
      metric: "nps",
      period: period as CalendarPeriod,
      timeZone,
      range,
    });
    const buckets = histograms.map((histogram) => {
      const count = (from: number, to: number) => {
        let total = 0;
        for (let score = from; score <= to; score++) total += histogram.counts[String(score)] ?? 0;
        return total;
      };
      return {
        periodStart: histogram.periodStart,
        ...npsFromCounts({
          promoters: count(9, 10),
          passives: count(7, 8),
          detractors: count(0, 6),
        }),
      };
    });
    return c.json({ metric: "nps", period, timeZone, buckets });
  });

  app.get("/customers/:id/consent", async (c) => {
    const asOf = now();
    const id = c.req.param("id") as CustomerId;
    const ledger = await loadConsentLedger(store, id);
    const purposes = options.purposes;
    return c.json({
      customerId: id,
      asOf,
      purposes: consentState(ledger, id, { asOf, ...(purposes ? { purposes } : {}) }),
    });
  });

  app.post("/customers/:id/consent", async (c) => {
    const asOf = now();
    const id = c.req.param("id");
    const parsed = readJson(await c.req.text());
    if (!parsed.ok) return jsonError(c, 400, { error: "invalid_json", message: parsed.message });
    const body = (
      typeof parsed.value === "object" && parsed.value !== null ? parsed.value : {}
    ) as Record<string, unknown>;
    const action = body["action"];
    if (action !== "grant" && action !== "withdraw") {
      return jsonError(c, 400, {
        error: "invalid_consent_event",
        message: "the consent change is invalid",
        issues: [
          {
            path: "action",
            message: expectedMessage("", oneOf(["grant", "withdraw"]), action),
          },
        ],
      });
    }
    // A retry with the id of a stored event changes nothing: the ledger keeps the original
    // (an upsert would move its capturedAt to now, or overwrite another customer's event).
    if (typeof body["id"] === "string") {
      const stored = await store.consentEvents.get(body["id"] as never);
      if (stored !== undefined && stored.customerId !== id) {
        return jsonError(c, 400, {
          error: "invalid_consent_event",
          message: "the consent change is invalid",
          issues: [
            {
              path: "id",
              message: expectedMessage(
                "",
                "an id not used by another customer's consent event",
                body["id"],
              ),
            },
          ],
        });
      }
      if (stored !== undefined) {
        return c.json({ event: stored, decision: await decide(id, stored.purpose, asOf) }, 201);
      }
    }
    const result = safeParseConsentEvent({
      lawfulBasis: "consent",
      proof: { capturedBy: "rapport-http", method: "api" },
      ...body,
      id: typeof body["id"] === "string" ? body["id"] : newId(),
      customerId: id,
      capturedAt: asOf,
    });
    if (!result.success) {
      return jsonError(c, 400, {
        error: "invalid_consent_event",
        message: "the consent change is invalid",
        issues: result.error.issues.map((issue) => ({
          path: formatPath(issue.path),
          message: issue.message,
        })),
      });
    }
    await store.consentEvents.upsert(result.data);
    return c.json(
      { event: result.data, decision: await decide(id, result.data.purpose, asOf) },
      201,
    );
  });

  /** The consent decision for one purpose of a customer at `asOf`, from the stored ledger. */
  async function decide(id: string, purpose: string, asOf: Date) {
    const ledger = await loadConsentLedger(store, id as CustomerId);
    return evaluateConsent(ledger, {
      customerId: id as CustomerId,
      purpose,
      asOf,
      ...(options.purposes ? { purposes: options.purposes } : {}),
    });
  }

  app.notFound((c) =>
    jsonError(c, 404, {
      error: "not_found",
      message: `no route for ${c.req.method} ${new URL(c.req.url).pathname}`,
    }),
  );
  app.onError((error, c) => {
    // Stores throw RangeError for out-of-range queries: the caller's mistake, not ours.
    if (error instanceof RangeError) {
      return jsonError(c, 400, { error: "bad_request", message: error.message });
    }
    return jsonError(c, 500, {
      error: "internal_error",
      message: "the request could not be completed",
    });
  });
  return app;
}
