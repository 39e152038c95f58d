import {
  CUSTOMER_ENTITY_KEYS,
  type CustomerEntityKey,
  type CustomerSources,
  type EntityRecords,
} from "@rapport/core";
import type { ImportLists } from "@rapport/source-kit";

type Group = { [K in CustomerEntityKey]: EntityRecords[K][] };

const ownerOf = (key: CustomerEntityKey, record: EntityRecords[CustomerEntityKey]): string =>
  key === "customers"
    ? (record as EntityRecords["customers"]).id
    : (record as { customerId: string }).customerId;

/**
 * Splits imported lists by customer, once, so that per-customer functions (churn signals,
 * effort) see only that customer's records: linear in the number of records, not quadratic.
 * The lists are core's customer entities, so every kind of record reaches the customer.
 */
export function groupByCustomer(lists: ImportLists): Map<string, CustomerSources> {
  const groups = new Map<string, Group>();
  for (const key of CUSTOMER_ENTITY_KEYS) {
    for (const record of lists[key]) {
      const id = ownerOf(key, record);
      let group = groups.get(id);
      if (!group) {
        group = Object.fromEntries(CUSTOMER_ENTITY_KEYS.map((k) => [k, []])) as unknown as Group;
        groups.set(id, group);
      }
      (group[key] as EntityRecords[CustomerEntityKey][]).push(record);
    }
  }
  return groups;
}
