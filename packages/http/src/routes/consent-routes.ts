import { consentState, evaluateConsent } from "@rapport/consent";
import { type CustomerId, formatPath, safeParseConsentEvent } from "@rapport/core";
import { expectedMessage, oneOf } from "@rapport/stats";
import type { Context, Hono } from "hono";
import type { CareEnv } from "../access/guard";
import { idProblem } from "../boundary/check-id";
import { readJsonBody } from "../boundary/json-body";
import { loadConsentLedger } from "../customer-records";
import { jsonError } from "../json-error";
import { customerIdParam } from "./customer-id-param";
import type { RouteContext } from "./route-context";

function invalid(c: Context, issues: { path: string; message: string }[]) {
  return jsonError(c, 400, {
    error: "invalid_consent_event",
    message: "the consent change is invalid",
    issues,
  });
}

/** `GET` (scope `consent:read`, logged) and `POST` (`consent:write`) of a customer's consent; internal. */
export function consentRoutes(app: Hono<CareEnv>, context: RouteContext): void {
  const { store, purposes } = context;
  const withPurposes = purposes ? { purposes } : {};

  /**
   * What consent is evaluated from: the stored ledger and, after an erasure, the customer's
   * suppression record, so that an opt-out outlives the data it was recorded in.
   */
  async function consentInputs(customerId: CustomerId) {
    const [ledger, suppression] = await Promise.all([
      loadConsentLedger(store, customerId),
      store.suppressions.get(customerId),
    ]);
    return { ledger, suppressions: suppression ? [suppression] : [] };
  }

  /** The consent decision for one purpose of a customer at `asOf`. */
  async function decide(customerId: CustomerId, purpose: string, asOf: Date) {
    const { ledger, suppressions } = await consentInputs(customerId);
    return evaluateConsent(ledger, { customerId, purpose, asOf, suppressions, ...withPurposes });
  }

  app.get("/customers/:id/consent", context.guard("consent:read"), async (c) => {
    const param = customerIdParam(c);
    if (!param.ok) return param.response;
    const asOf = context.now();
    const principal = c.get("principal");
    const { ledger, suppressions } = await consentInputs(param.id);
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
      // A retry with the id of a stored event changes nothing: the ledger keeps the original
      // (an upsert would move its capturedAt to now, or overwrite another customer's event).
      const stored = await store.consentEvents.get(eventId as never);
      if (stored !== undefined && stored.customerId !== id) {
        return invalid(c, [
          {
            path: "id",
            message: expectedMessage(
              "",
              "an id not used by another customer's consent event",
              eventId,
            ),
          },
        ]);
      }
      if (stored !== undefined) {
        return c.json({ event: stored, decision: await decide(id, stored.purpose, asOf) }, 201);
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
    await store.consentEvents.upsert(result.data);
    return c.json(
      { event: result.data, decision: await decide(id, result.data.purpose, asOf) },
      201,
    );
  });
}
