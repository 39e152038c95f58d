import { customerSnapshot } from "@rapport/customer-view";
import type { Hono } from "hono";
import type { CareEnv } from "../access/guard";
import { loadCustomerSources } from "../customer-records";
import { jsonError } from "../json-error";
import { customerIdParam } from "./customer-id-param";
import type { RouteContext } from "./route-context";

/** `GET /customers/:id/snapshot` (scope `customers:read`, logged); internal. */
export function snapshotRoute(app: Hono<CareEnv>, context: RouteContext): void {
  app.get("/customers/:id/snapshot", context.guard("customers:read"), async (c) => {
    const param = customerIdParam(c);
    if (!param.ok) return param.response;
    const asOf = context.now();
    const sources = await loadCustomerSources(context.storeFor(c), param.id);
    if (!sources.found) {
      return jsonError(c, 404, {
        error: "customer_not_found",
        message: "no records for this customer",
      });
    }
    const principal = c.get("principal");
    await context.logAccess({
      subject: principal.subject,
      tenant: principal.tenant,
      customerId: param.id,
      at: asOf,
      route: "GET /customers/:id/snapshot",
    });
    return c.json(customerSnapshot(param.id, sources, { asOf }));
  });
}
