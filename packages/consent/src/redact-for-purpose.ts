import type { Customer } from "@rapport/core";
import type { Purpose } from "./purposes";

/**
 * A purpose and whether processing for it is allowed (e.g. `allowed` from
 * {@link evaluateConsent}).
 *
 * @example
 * ```ts
 * import type { PurposeState } from "@rapport/consent";
 * declare const state: PurposeState;
 * state.allowed;
 * ```
 */
export interface PurposeState {
  /** The purpose, with the customer fields it may use. */
  readonly purpose: Purpose;
  /** Whether processing for it is allowed now. */
  readonly allowed: boolean;
}

/**
 * A copy of a customer with only the fields the purpose may use (data minimisation, GDPR
 * Art. 5(1)(c)): `id` plus the purpose's `fields` (all fields where it lists none) when
 * allowed; only `id` when not. The input is not changed.
 *
 * @example
 * ```ts
 * import { decodeCustomer } from "@rapport/core";
 * import { definePurposes, redactForPurpose } from "@rapport/consent";
 *
 * const [newsletter] = definePurposes([
 *   { id: "newsletter", description: "Monthly news", lawfulBasis: "consent", requirement: "opt_in", fields: ["emails", "locale"] },
 * ]).purposes;
 * const customer = decodeCustomer({ id: "cus_1", name: "Ada", emails: ["ada@example.com"] });
 * redactForPurpose(customer, { purpose: newsletter!, allowed: true });
 * // { id: "cus_1", emails: ["ada@example.com"] }
 * ```
 */
export function redactForPurpose(
  customer: Customer,
  purposeState: PurposeState,
): Partial<Customer> & Pick<Customer, "id"> {
  if (!purposeState.allowed) return { id: customer.id };
  const fields = purposeState.purpose.fields;
  if (fields === undefined) return { ...customer };
  const out: Partial<Customer> & Pick<Customer, "id"> = { id: customer.id };
  for (const field of fields) {
    if (customer[field] !== undefined) (out as Record<string, unknown>)[field] = customer[field];
  }
  return out;
}
