import type { CustomerEntityKey, CustomerId, EntityRecords } from "@rapport/core";
import type { CareStore, Repository } from "@rapport/store";

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
  store: CareStore,
  customerId: CustomerId,
): Promise<CustomerLists & { readonly found: boolean }> {
  const [
    customer,
    interactions,
    cases,
    surveyResponses,
    journeyEvents,
    consentEvents,
    transactions,
    careGestures,
  ] = await Promise.all([
    store.customers.get(customerId),
    all(store.interactions, customerId),
    all(store.cases, customerId),
    all(store.surveyResponses, customerId),
    all(store.journeyEvents, customerId),
    all(store.consentEvents, customerId),
    all(store.transactions, customerId),
    all(store.careGestures, customerId),
  ]);
  const lists = [
    interactions,
    cases,
    surveyResponses,
    journeyEvents,
    consentEvents,
    transactions,
    careGestures,
  ];
  return {
    found: customer !== undefined || lists.some((list) => list.length > 0),
    customers: customer ? [customer] : [],
    interactions,
    cases,
    surveyResponses,
    journeyEvents,
    consentEvents,
    transactions,
    careGestures,
  };
}
