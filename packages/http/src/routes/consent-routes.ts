import { consentState, evaluateConsent } from "@rapport/consent";
import {
  type ConsentEvent,
  type CustomerId,
  formatPath,
  safeParseConsentEvent,
} from "@rapport/core";
import { expectedMessage, oneOf } from "@rapport/stats";
import type { TenantStore } from "@rapport/store";
import type { Context, Hono } from "hono";
import type { CareEnv } from "../access/guard";
import { idProblem } from "../boundary/check-id";
import { readJsonBody } from "../boundary/json-body";
import { loadConsentLedger } from "../customer-records";
import { jsonError } from "../json-error";
import { customerIdParam } from "./customer-id-param";
import type { RouteContext } from "./route-context";

/** Whether two events are the same change, apart from the moment the app stamped on each. */
function sameChange(a: ConsentEvent, b: ConsentEvent): boolean {
  return JSON.stringify({ ...a, capturedAt: null }) === JSON.stringify({ ...b, capturedAt: null });
}

function invalid(c: Context, issues: { path: string; message: string }[]) {
  return jsonError(c, 400, {
    error: "invalid_consent_event",
    message: "the consent change is invalid",
    issues,
  });
}

/** `GET` (scope `consent:read`, logged) and `POST` (`consent:write`) of a customer's consent; internal. */
export function consentRoutes(app: Hono<CareEnv>, context: RouteContext): void {
  const { purposes } = context;
  const withPurposes = purposes ? { purposes } : {};

  /**
   * What consent is evaluated from: the stored ledger and, after an erasure, the customer's
   * suppression record, so that an opt-out outlives the data it was recorded in.
   */
  async function consentInputs(store: TenantStore, customerId: CustomerId) {
    const [ledger, suppression] = await Promise.all([
      loadConsentLedger(store, customerId),
      store.suppressions.get(customerId),
    ]);
    return { ledger, suppressions: suppression ? [suppression] : [] };
  }

  /** The consent decision for one purpose of a customer at `asOf`. */
  async function decide(store: TenantStore, customerId: CustomerId, purpose: string, asOf: Date) {
    const { ledger, suppressions } = await consentInputs(store, customerId);
    return evaluateConsent(ledger, { customerId, purpose, asOf, suppressions, ...withPurposes });
  }

  app.get("/customers/:id/consent", context.guard("consent:read"), async (c) => {
    const param = customerIdParam(c);
    if (!param.ok) return param.response;
    const asOf = context.now();
    const principal = c.get("principal");
    const { ledger, suppressions } = await consentInputs(context.storeFor(c), param.id);
    await context.logAccess({
      subject: principal.subject,
      tenant: principal.tenant,
      customerId: param.id,
      at: asOf,
      route: "GET /customers/:id/consent",
    });
    return c.json({
      customerId: param.id,
      asOf,
      purposes: consentState(ledger, param.id, { asOf, suppressions, ...withPurposes }),
    });
  });

  app.post("/customers/:id/consent", context.guard("consent:write"), async (c) => {
    const param = customerIdParam(c);
    if (!param.ok) return param.response;
    const { id } = param;
    const store = context.storeFor(c);
    const asOf = context.now();
    const parsed = await readJsonBody(c);
    if (!parsed.ok)
      return jsonError(c, parsed.status, { error: parsed.error, message: parsed.message });
    const body = (
      typeof parsed.value === "object" && parsed.value !== null && !Array.isArray(parsed.value)
        ? parsed.value
        : {}
    ) as Record<string, unknown>;
    const action = body["action"];
    if (action !== "grant" && action !== "withdraw") {
      return invalid(c, [
        { path: "action", message: expectedMessage("", oneOf(["grant", "withdraw"]), action) },
      ]);
    }
    const eventId = body["id"];
    if (typeof eventId === "string") {
      const problem = idProblem(eventId);
      if (problem !== undefined) {
        return invalid(c, [
          { path: "id", message: expectedMessage("", problem, eventId.slice(0, 300)) },
        ]);
      }
    }
    const principal = c.get("principal");
    const result = safeParseConsentEvent({
      lawfulBasis: "consent",
      ...body,
      // Who captured the change is the authenticated caller, whatever the body claims.
      proof: {
        method: "api",
        ...(typeof body["proof"] === "object" && body["proof"] !== null ? body["proof"] : {}),
        capturedBy: principal.subject,
      },
      id: typeof eventId === "string" ? eventId : context.newId(),
      customerId: id,
      capturedAt: asOf,
    });
    if (!result.success) {
      return invalid(
        c,
        result.error.issues.map((issue) => ({
          path: formatPath(issue.path),
          message: issue.message,
        })),
      );
    }
    // The ledger is append-only and the store keeps ids unique: no read before the write.
    const report = await store.consentEvents.upsert(result.data);
    if (report.conflicts.length > 0) {
      // A retry of an acknowledged change gets the original back; any other event under the
      // id (another customer's, another action) is refused and the stored one stays.
      const stored = await store.consentEvents.get(result.data.id);
      if (stored !== undefined && sameChange(stored, result.data)) {
        return c.json(
          { event: stored, decision: await decide(store, id, stored.purpose, asOf) },
          201,
        );
      }
      return jsonError(c, 409, {
        error: "consent_event_conflict",
        message: "another consent event has this id; send the change with a new id",
      });
    }
    return c.json(
      { event: result.data, decision: await decide(store, id, result.data.purpose, asOf) },
      201,
    );
  });
}
