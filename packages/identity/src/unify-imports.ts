import {
  CUSTOMER_ENTITY_KEYS,
  type Customer,
  type CustomerId,
  type EntityLists,
} from "@rapport/core";
import { expectedMessage } from "@rapport/stats";
import type { IdentityResolution } from "./identity-resolution";

/**
 * What {@link unifyImports} returns: one set of lists on canonical customer ids, and the id map
 * both ways.
 *
 * @example
 * ```ts
 * import type { UnifiedImports } from "@rapport/identity";
 * const sourcesOf = (u: UnifiedImports, id: string) => u.fromCanonical[id] ?? [id];
 * ```
 */
export interface UnifiedImports {
  readonly lists: EntityLists;
  /** Every customer id seen, to its canonical id. */
  readonly toCanonical: Readonly<Record<string, string>>;
  /** Each canonical id, to the customer ids it stands for (itself included), sorted. */
  readonly fromCanonical: Readonly<Record<string, readonly string[]>>;
}

// Every list whose records carry a customer id, from core's entity table.
const LISTS = CUSTOMER_ENTITY_KEYS.filter((key) => key !== "customers");
const unique = <T>(values: readonly T[]) => [
  ...new Map(values.map((v) => [JSON.stringify(v), v])).values(),
];

function mergeCustomers(id: string, customers: readonly Customer[]): Customer {
  const ordered = [...customers].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const merged: Record<string, unknown> = {};
  for (const customer of [...ordered].reverse()) {
    for (const [key, value] of Object.entries(customer))
      if (value !== undefined) merged[key] = value;
  }
  return {
    ...(merged as Customer),
    id: id as CustomerId,
    externalIds: unique(ordered.flatMap((c) => c.externalIds)),
    emails: unique(ordered.flatMap((c) => c.emails)),
    phones: unique(ordered.flatMap((c) => c.phones)),
  };
}

/**
 * Joins import results onto one customer per identity: every case, interaction, survey
 * response, journey event, consent event, transaction, care gesture and data-subject request
 * gets the canonical customer id of its identity, and the customers of one identity become one customer (the
 * canonical id; external ids, e-mails and phones united; other fields from the first record
 * that has them, in code-unit order of ids). Customer ids the resolution does not know keep
 * their id. Inputs are not changed.
 *
 * @example
 * ```ts
 * import { CUSTOMER_IDENTITY_RULES, identityRecordsOf, resolveIdentities, unifyImports } from "@rapport/identity";
 * import type { EntityLists } from "@rapport/core";
 * declare const zendesk: EntityLists;
 * declare const intercom: EntityLists;
 * const records = identityRecordsOf([...zendesk.customers, ...intercom.customers]);
 * const unified = unifyImports([zendesk, intercom], resolveIdentities(records, CUSTOMER_IDENTITY_RULES));
 * unified.fromCanonical; // { "intercom:a": ["intercom:a", "zendesk:1"], … }
 * ```
 */
export function unifyImports(
  results: readonly Partial<EntityLists>[],
  resolution: Pick<IdentityResolution, "identities">,
): UnifiedImports {
  if (!Array.isArray(results))
    throw new TypeError(
      expectedMessage("unifyImports: results", "an array of import results", results),
    );
  const toCanonical: Record<string, string> = {};
  for (const identity of resolution.identities)
    for (const id of identity.recordIds) toCanonical[id] = identity.id;
  const canonical = (id: string) => toCanonical[id] ?? id;
  const lists = {
    customers: [],
    agents: [],
    teams: [],
    ...Object.fromEntries(LISTS.map((k) => [k, []])),
  } as unknown as EntityLists;
  const customers = new Map<string, Customer[]>();
  for (const result of results) {
    for (const customer of result.customers ?? []) {
      const id = canonical(customer.id);
      toCanonical[customer.id] = id;
      customers.set(id, [...(customers.get(id) ?? []), customer]);
    }
    lists.agents.push(...(result.agents ?? []));
    lists.teams.push(...(result.teams ?? []));
    for (const key of LISTS) {
      const target = lists[key] as { customerId: CustomerId }[];
      for (const record of (result[key] ?? []) as { customerId: CustomerId }[]) {
        const id = canonical(record.customerId);
        toCanonical[record.customerId] = id;
        target.push(
          id === record.customerId ? record : { ...record, customerId: id as CustomerId },
        );
      }
    }
  }
  for (const [id, group] of customers) lists.customers.push(mergeCustomers(id, group));
  const fromCanonical: Record<string, string[]> = {};
  for (const [id, to] of Object.entries(toCanonical)) {
    const ids = fromCanonical[to] ?? [];
    ids.push(id);
    fromCanonical[to] = ids;
  }
  for (const ids of Object.values(fromCanonical)) ids.sort();
  return { lists, toCanonical, fromCanonical };
}
