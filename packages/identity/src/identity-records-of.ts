import type { Customer } from "@rapport/core";
import type { IdentityRecord } from "./identity-record";
import type { IdentityRules } from "./identity-rules";

/**
 * The rules that suit {@link identityRecordsOf}: an external id is unique per system (two
 * Zendesk users never merge), then e-mail, then phone.
 *
 * @example
 * ```ts
 * import { CUSTOMER_IDENTITY_RULES, identityRecordsOf, resolveIdentities } from "@rapport/identity";
 * const resolution = resolveIdentities(identityRecordsOf([]), CUSTOMER_IDENTITY_RULES);
 * ```
 */
export const CUSTOMER_IDENTITY_RULES: IdentityRules = {
  identifiers: {
    externalId: { kind: "external", priority: 1, unique: true },
    email: { kind: "email", priority: 2 },
    phone: { kind: "phone", priority: 3 },
  },
};

/**
 * Identity records of core customers: the customer id as the record id, the system of its first
 * external id (or the id's `system:` prefix), and the fields `name`, `email`, `phone` and
 * `externalId` (each `system:id`).
 *
 * @example
 * ```ts
 * import { identityRecordsOf } from "@rapport/identity";
 * identityRecordsOf([
 *   { id: "zendesk:7", name: "Ada", emails: ["ada@example.com"], phones: [], externalIds: [{ system: "zendesk", id: "7" }], preferences: { channels: [] } },
 * ]);
 * // [{ id: "zendesk:7", system: "zendesk", fields: { name: "Ada", email: ["ada@example.com"], phone: [], externalId: ["zendesk:7"] } }]
 * ```
 */
export function identityRecordsOf(customers: readonly Customer[]): IdentityRecord[] {
  return customers.map((customer) => {
    const prefix = customer.id.includes(":")
      ? customer.id.slice(0, customer.id.indexOf(":"))
      : undefined;
    const system = customer.externalIds[0]?.system ?? prefix;
    const fields = {
      name: customer.name,
      email: customer.emails,
      phone: customer.phones,
      externalId: customer.externalIds.map((ref) => `${ref.system}:${ref.id}`),
    };
    return system === undefined ? { id: customer.id, fields } : { id: customer.id, system, fields };
  });
}
