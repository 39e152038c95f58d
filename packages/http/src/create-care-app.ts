import { expectedMessage } from "@rapport/stats";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { isOpenAccess } from "./access/allow-anyone";
import { type CareEnv, guard } from "./access/guard";
import { corsPolicy, originCheck } from "./access/origin-policy";
import type { CareAppOptions } from "./care-app-options";
import { jsonError } from "./json-error";
import { chatwootWebhookRoute } from "./routes/chatwoot-webhook-route";
import { consentRoutes } from "./routes/consent-routes";
import { helpScoutWebhookRoute } from "./routes/helpscout-webhook-route";
import { npsRoute } from "./routes/nps-route";
import type { RouteContext } from "./routes/route-context";
import { snapshotRoute } from "./routes/snapshot-route";
import { surveyRoutes } from "./routes/survey-routes";
import { zendeskWebhookRoute } from "./routes/zendesk-webhook-route";

/**
 * Creates the Rapport HTTP API as a Hono app: web-standard `Request` in, `Response` out, so it
 * runs on Node (with `@hono/node-server`), Bun, Deno, Cloudflare Workers and in Next.js route
 * handlers (`export const POST = app.fetch`).
 *
 * Closed by default: `options.authorize` is required and decides who calls. Every route needs
 * one scope (`SCOPES`): no principal gets 401, a missing scope 403, a refused rate limit 429.
 *
 * Routes:
 * - `POST /surveys/responses` (`surveys:write`): one survey response or an array; valid ones
 *   are stored (idempotent on id); 400 lists the issues of the others (at most 100, and
 *   `issueCount`).
 * - `POST /webhooks/zendesk` (`webhooks`): verifies the signature (401 if bad or stale),
 *   imports the payload.
 * - `POST /webhooks/chatwoot` and `POST /webhooks/helpscout` (`webhooks`): the same for
 *   chatwoot (`X-Chatwoot-Signature` over `X-Chatwoot-Timestamp` and the raw body, stale
 *   deliveries refused) and Help Scout (`X-HelpScout-Signature` over the raw body); 404 until
 *   `secrets.chatwootWebhook` / `secrets.helpScoutWebhook` is set.
 * - `GET /customers/:id/snapshot` (`customers:read`): the customer at a glance.
 * - `GET /metrics/nps?period=month&timeZone=Europe/Berlin&from=…&to=…` (`metrics:read`): NPS
 *   per calendar period (core's `CALENDAR_PERIODS`), computed from counts grouped in the store;
 *   a range of more than `maxPeriodBuckets` periods is 400.
 * - `GET /customers/:id/consent` (`consent:read`: every purpose's decision `asOf` now) and
 *   `POST /customers/:id/consent` (`consent:write`: grant or withdraw, captured by the caller).
 *
 * JSON bodies need `Content-Type: application/json` (415 otherwise). Browsers may call only
 * from `corsOrigins`; a state-changing request with another `Origin` is 403. Reads of personal
 * data go to `accessLog` first. Ids are 1–256 characters of well-formed Unicode without NUL.
 * The app reads its clock (`options.now`) once per request and passes that moment down as
 * `asOf`. Bodies over the limit get 413, unknown routes 404, and errors a JSON body without a
 * stack.
 *
 * @example
 * ```ts
 * import { bearerTokens, createCareApp } from "@rapport/http";
 * import { createMemoryStore } from "@rapport/store";
 *
 * const app = createCareApp({
 *   store: createMemoryStore(),
 *   authorize: bearerTokens({
 *     "a-long-random-token-for-reports": {
 *       subject: "service:reports",
 *       tenant: "acme",
 *       scopes: ["metrics:read"],
 *     },
 *   }),
 * });
 * const response = await app.request("/metrics/nps?period=month&timeZone=UTC", {
 *   headers: { authorization: "Bearer a-long-random-token-for-reports" },
 * });
 * console.log(response.status, await response.json());
 * ```
 */
export function createCareApp(options: CareAppOptions): Hono<CareEnv> {
  if (typeof options?.authorize !== "function") {
    throw new TypeError(
      expectedMessage(
        "createCareApp: options.authorize",
        "a function (request) => Principal | null; pass allowAnyone() to run open on purpose",
        options?.authorize,
      ),
    );
  }
  const { authorize, rateLimit, accessLog } = options;
  if (isOpenAccess(authorize)) {
    (options.warn ?? console.warn)(
      "@rapport/http: running open (allowAnyone): every caller may read and change every customer's records",
    );
  }
  const origins = options.corsOrigins ?? [];
  const maxSize = options.maxBodyBytes ?? 1024 * 1024;
  const context: RouteContext = {
    storeFor: (c) => options.store.forTenant(c.get("principal").tenant),
    purposes: options.purposes,
    secrets: options.secrets ?? {},
    now: options.now ?? (() => new Date()),
    newId: options.newId ?? (() => crypto.randomUUID()),
    maxBatchSize: options.maxBatchSize ?? 10_000,
    maxPeriodBuckets: options.maxPeriodBuckets ?? 5_000,
    guard: (scope) => guard(scope, authorize, rateLimit),
    logAccess: async (entry) => {
      if (accessLog) await accessLog(entry);
    },
  };
  const app = new Hono<CareEnv>();
  app.use("*", corsPolicy(origins));
  app.use("*", originCheck(origins));
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
  surveyRoutes(app, context);
  zendeskWebhookRoute(app, context);
  chatwootWebhookRoute(app, context);
  helpScoutWebhookRoute(app, context);
  snapshotRoute(app, context);
  npsRoute(app, context);
  consentRoutes(app, context);

  app.notFound((c) =>
    jsonError(c, 404, {
      error: "not_found",
      message: `no route for ${c.req.method} ${new URL(c.req.url).pathname.slice(0, 200)}`,
    }),
  );
  app.onError((error, c) => {
    // Stores throw RangeError for out-of-range queries: the caller's mistake, not ours. The
    // engine's own RangeErrors (a call stack overflow) are never echoed.
    if (error instanceof RangeError && !/call stack/i.test(error.message)) {
      return jsonError(c, 400, { error: "bad_request", message: error.message.slice(0, 500) });
    }
    return jsonError(c, 500, {
      error: "internal_error",
      message: "the request could not be completed",
    });
  });
  return app;
}
