import {
  CUSTOMER_ENTITY_KEYS,
  type CustomerEntityKey,
  type CustomerId,
  type EntityRecords,
} from "@rapport/core";
import type { Repository, TenantStore } from "@rapport/store";

/** One list per customer entity, named by core's entity keys. */
export type CustomerLists = { readonly [K in CustomerEntityKey]: EntityRecords[K][] };

async function all<T>(repository: Repository<T, string>, customerId: CustomerId): Promise<T[]> {
  const items: T[] = [];
  for await (const page of repository.stream({ customerId, limit: 1000 })) items.push(...page);
  return items;
}

/**
 * Loads everything the store holds about one customer, one list per entity key
 * (`surveyResponses`, `careGestures`, …), and whether anything was found.
 */
export async function loadCustomerSources(
  store: TenantStore,
  customerId: CustomerId,
): Promise<CustomerLists & { readonly found: boolean }> {
  // Every entity that belongs to a customer but the customer record itself, from core's table.
  const keys = CUSTOMER_ENTITY_KEYS.filter((key) => key !== "customers");
  const [customer, ...lists] = await Promise.all([
    store.customers.get(customerId),
    ...keys.map((key) => all(store[key] as Repository<unknown, string>, customerId)),
  ]);
  const records = Object.fromEntries(keys.map((key, index) => [key, lists[index]]));
  return {
    ...(records as Omit<CustomerLists, "customers">),
    found: customer !== undefined || lists.some((list) => list.length > 0),
    customers: customer ? [customer] : [],
  };
}

/** A customer's consent events, the one list the consent routes need. */
export function loadConsentLedger(
  store: TenantStore,
  customerId: CustomerId,
): Promise<EntityRecords["consentEvents"][]> {
  return all(store.consentEvents, customerId);
}
