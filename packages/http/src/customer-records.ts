import type { CustomerId } from "@rapport/core";
import type { ViewSources } from "@rapport/customer-view";
import type { CareStore, Repository } from "@rapport/store";

async function all<T>(repository: Repository<T, string>, customerId: CustomerId): Promise<T[]> {
  const items: T[] = [];
  for await (const page of repository.stream({ customerId, limit: 1000 })) items.push(...page);
  return items;
}

/** Loads everything the store holds about one customer, as the sources the domain functions take. */
export async function loadCustomerSources(
  store: CareStore,
  customerId: CustomerId,
): Promise<ViewSources & { readonly found: boolean }> {
  const [
    customer,
    interactions,
    cases,
    responses,
    journeyEvents,
    consentEvents,
    transactions,
    gestures,
  ] = await Promise.all([
    store.customers.get(customerId),
    all(store.interactions, customerId),
    all(store.cases, customerId),
    all(store.surveyResponses, customerId),
    all(store.journeyEvents, customerId),
    all(store.consentEvents, customerId),
    all(store.transactions, customerId),
    all(store.gestures, customerId),
  ]);
  const found =
    customer !== undefined ||
    [interactions, cases, responses, journeyEvents, consentEvents, transactions, gestures].some(
      (list) => list.length > 0,
    );
  return {
    found,
    customers: customer ? [customer] : [],
    interactions,
    cases,
    surveyResponses: responses,
    journeyEvents,
    consentEvents,
    transactions,
    careGestures: gestures,
  };
}
