/**
 * One read of a customer's personal data, as the app reports it to `accessLog`: who read it,
 * for which tenant, whose data, when, and why (the route).
 *
 * @example
 * ```ts
 * import type { AccessLogEntry } from "@rapport/http";
 * const entry: AccessLogEntry = {
 *   subject: "agent:42",
 *   tenant: "acme",
 *   customerId: "cus_1",
 *   at: new Date("2024-04-02T12:00:00Z"),
 *   route: "GET /customers/:id/snapshot",
 * };
 * ```
 */
export interface AccessLogEntry {
  readonly subject: string;
  readonly tenant: string;
  readonly customerId: string;
  readonly at: Date;
  /** The route that read the data: its purpose. */
  readonly route: string;
}

/**
 * Records a read of personal data; the app awaits it before answering, so a read that cannot
 * be logged is not served (500).
 *
 * @example
 * ```ts
 * import type { AccessLog, AccessLogEntry } from "@rapport/http";
 * const entries: AccessLogEntry[] = [];
 * const accessLog: AccessLog = (entry) => {
 *   entries.push(entry);
 * };
 * ```
 */
export type AccessLog = (entry: AccessLogEntry) => Promise<void> | void;
