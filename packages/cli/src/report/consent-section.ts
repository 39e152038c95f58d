import { evaluateConsent } from "@rapport/consent";
import {
  type CalendarPeriod,
  type ConsentEvent,
  type CustomerId,
  periodBounds,
  periodLabel,
} from "@rapport/core";
import { proportion } from "@rapport/stats";
import type { ConsentPurposeRow, ConsentSection } from "./consent-data";
import { shareFigure } from "./section-figures";

/**
 * Computes the consent section: for each purpose in the consent records, the share of the
 * report's customers whose data may be used for it at `asOf` (`evaluateConsent` of
 * @rapport/consent: the ledger replayed up to that moment, an unknown purpose read as opt-in
 * consent, so a customer without a record is not allowed), with a Wilson interval
 * (`proportion()`); how many granted, said no, or never chose; the withdrawals and objections
 * of a consent in effect in the period containing `asOf` (in `timeZone`) and the one before;
 * and the customers with a restriction or an objection in effect. Counts only. Null without
 * consent records.
 *
 * @example
 * ```ts
 * import { consentSection } from "./consent-section"; // internal
 * consentSection({ consentEvents: [], customers: [] }, { asOf: new Date(), timeZone: "UTC", period: "month" }); // null
 * ```
 */
export function consentSection(
  data: {
    readonly consentEvents: readonly ConsentEvent[];
    /** The ids of every customer of the report. */
    readonly customers: Iterable<string>;
  },
  options: { readonly asOf: Date; readonly timeZone: string; readonly period: CalendarPeriod },
): ConsentSection | null {
  const { asOf, timeZone, period } = options;
  const events = data.consentEvents.filter((e) => e.capturedAt <= asOf);
  if (events.length === 0) return null;
  const byCustomer = new Map<string, ConsentEvent[]>();
  for (const e of events) {
    const list = byCustomer.get(e.customerId);
    if (list) list.push(e);
    else byCustomer.set(e.customerId, [e]);
  }
  const customers = new Set<string>(data.customers);
  for (const id of byCustomer.keys()) customers.add(id);
  const purposes = [...new Set(events.map((e) => e.purpose))].sort();

  const current = periodBounds(asOf, period, { timeZone });
  const previousStart = periodBounds(new Date(current.start.getTime() - 1), period, { timeZone });
  const restricted = new Set<string>();
  const objected = new Set<string>();

  const rows = purposes.map((purpose): ConsentPurposeRow => {
    let allowed = 0;
    let granted = 0;
    let denied = 0;
    for (const id of customers) {
      const ledger = byCustomer.get(id) ?? [];
      const decision = evaluateConsent(ledger, { customerId: id as CustomerId, purpose, asOf });
      if (decision.allowed) allowed++;
      if (decision.state === "granted") granted++;
      else if (decision.state === "denied") denied++;
      if (decision.reason === "restricted") restricted.add(id);
      if (decision.reason === "objected") objected.add(id);
    }
    let withdrawals = 0;
    let previousWithdrawals = 0;
    for (const e of events) {
      if (e.purpose !== purpose || (e.action !== "withdraw" && e.action !== "object")) continue;
      const inCurrent = e.capturedAt >= current.start;
      if (!inCurrent && e.capturedAt < previousStart.start) continue;
      // Only the end of a consent in effect counts: a "no" without an earlier "yes" is not one.
      const before = evaluateConsent(byCustomer.get(e.customerId)!, {
        customerId: e.customerId,
        purpose,
        asOf: new Date(e.capturedAt.getTime() - 1),
      });
      if (!before.allowed) continue;
      if (inCurrent) withdrawals++;
      else previousWithdrawals++;
    }
    return {
      purpose,
      allowed: shareFigure(proportion(allowed, customers.size)),
      granted,
      denied,
      undecided: customers.size - granted - denied,
      withdrawals,
      previousWithdrawals,
    };
  });
  return {
    customers: customers.size,
    withRecords: byCustomer.size,
    records: events.length,
    period: periodLabel(asOf, period, { timeZone }),
    previousPeriod: periodLabel(previousStart.start, period, { timeZone }),
    purposes: rows,
    restricted: restricted.size,
    objected: objected.size,
  };
}
