import { type ConsentDecision, evaluateConsent, type PurposeCatalog } from "@rapport/consent";
import type { ConsentEvent, CustomerId } from "@rapport/core";

/**
 * The one call into `@rapport/consent`: its decision on contacting `customerId` for `purpose`
 * at `asOf`, so that the snapshot and `evaluateConsent` always agree.
 */
export function consentDecision(
  ledger: readonly ConsentEvent[],
  customerId: CustomerId,
  purpose: string,
  options: { readonly asOf: Date; readonly purposes?: PurposeCatalog | undefined },
): ConsentDecision {
  return evaluateConsent(ledger, {
    customerId,
    purpose,
    asOf: options.asOf,
    ...(options.purposes === undefined ? {} : { purposes: options.purposes }),
  });
}
