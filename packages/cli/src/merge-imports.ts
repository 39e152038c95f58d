import type { Customer, CustomerId } from "@rapport/core";
import { emptyImportLists, type ImportLists } from "@rapport/source-kit";
import type { ImportedFile } from "./read-exports";

/**
 * Options of {@link mergeImports}.
 *
 * @example
 * ```ts
 * import type { MergeOptions } from "@rapport/cli";
 * const options: MergeOptions = { sharedIds: true };
 * ```
 */
export interface MergeOptions {
  /**
   * The exports identify customers by the same id (a survey CSV and an event stream that use
   * the helpdesk's requester id): ids lose their `<system>:` prefix so that records join.
   */
  readonly sharedIds?: boolean;
}

const unprefixed = (id: string) => id.slice(id.indexOf(":") + 1);

function withCustomer<T extends { customerId: CustomerId }>(record: T, sharedIds: boolean): T {
  return sharedIds
    ? { ...record, customerId: unprefixed(record.customerId) as CustomerId }
    : record;
}

function mergeCustomer(a: Customer, b: Customer): Customer {
  const unique = <T>(values: T[]) => [
    ...new Map(values.map((v) => [JSON.stringify(v), v])).values(),
  ];
  return {
    ...b,
    ...a,
    externalIds: unique([...a.externalIds, ...b.externalIds]),
    emails: unique([...a.emails, ...b.emails]),
    phones: unique([...a.phones, ...b.phones]),
  };
}

/**
 * Joins the records of several imported files into one set of lists. Customers with the same
 * id are merged (the first file's fields win; ids, e-mails and phones are united).
 *
 * @example
 * ```ts
 * import { mergeImports, type ImportedFile } from "@rapport/cli";
 * declare const files: ImportedFile[];
 * const { customers, cases, surveyResponses } = mergeImports(files, { sharedIds: true });
 * ```
 */
export function mergeImports(
  files: readonly ImportedFile[],
  options: MergeOptions = {},
): ImportLists {
  const shared = options.sharedIds ?? false;
  const customers = new Map<string, Customer>();
  const lists = emptyImportLists();
  for (const { result } of files) {
    for (const customer of result.customers) {
      const id = shared ? (unprefixed(customer.id) as CustomerId) : customer.id;
      const known = customers.get(id);
      const next = { ...customer, id };
      customers.set(id, known ? mergeCustomer(known, next) : next);
    }
    lists.agents.push(...result.agents);
    lists.teams.push(...result.teams);
    lists.cases.push(...result.cases.map((r) => withCustomer(r, shared)));
    lists.interactions.push(...result.interactions.map((r) => withCustomer(r, shared)));
    lists.surveyResponses.push(...result.surveyResponses.map((r) => withCustomer(r, shared)));
    lists.journeyEvents.push(...result.journeyEvents.map((r) => withCustomer(r, shared)));
    lists.consentEvents.push(...result.consentEvents.map((r) => withCustomer(r, shared)));
    lists.transactions.push(...result.transactions.map((r) => withCustomer(r, shared)));
    lists.dataSubjectRequests.push(
      ...(result.dataSubjectRequests ?? []).map((r) => withCustomer(r, shared)),
    );
  }
  lists.customers.push(...customers.values());
  return lists;
}
