import type { CustomerSources } from "@rapport/core";
import type { ImportLists } from "@rapport/source-kit";

type Mutable = {
  customers: ImportLists["customers"];
  interactions: ImportLists["interactions"];
  cases: ImportLists["cases"];
  responses: ImportLists["surveyResponses"];
  journeyEvents: ImportLists["journeyEvents"];
  consentEvents: ImportLists["consentEvents"];
  transactions: ImportLists["transactions"];
};

/**
 * Splits imported lists by customer, once, so that per-customer functions (churn signals,
 * effort) see only that customer's records: linear in the number of records, not quadratic.
 */
export function groupByCustomer(lists: ImportLists): Map<string, CustomerSources> {
  const groups = new Map<string, Mutable>();
  const of = (id: string) => {
    let group = groups.get(id);
    if (!group) {
      group = {
        customers: [],
        interactions: [],
        cases: [],
        responses: [],
        journeyEvents: [],
        consentEvents: [],
        transactions: [],
      };
      groups.set(id, group);
    }
    return group;
  };
  for (const customer of lists.customers) of(customer.id).customers.push(customer);
  for (const record of lists.interactions) of(record.customerId).interactions.push(record);
  for (const record of lists.cases) of(record.customerId).cases.push(record);
  for (const record of lists.surveyResponses) of(record.customerId).responses.push(record);
  for (const record of lists.journeyEvents) of(record.customerId).journeyEvents.push(record);
  for (const record of lists.consentEvents) of(record.customerId).consentEvents.push(record);
  for (const record of lists.transactions) of(record.customerId).transactions.push(record);
  return groups;
}
