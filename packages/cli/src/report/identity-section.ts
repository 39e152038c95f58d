import type { Customer } from "@rapport/core";
import {
  CUSTOMER_IDENTITY_RULES,
  goldenRecord,
  identityRecordsOf,
  resolveIdentities,
  unifyImports,
} from "@rapport/identity";
import type { ImportLists } from "@rapport/source-kit";
import type { IdentitySection } from "./identity-data";

/**
 * Resolves the customers of every system into one customer per person (an external id is
 * unique per system, then e-mail, then phone: `CUSTOMER_IDENTITY_RULES` of
 * `@rapport/identity`) and moves every record onto the canonical customer id. Returns the
 * unified lists and the report's "One customer, many systems" section.
 *
 * @example
 * ```ts
 * import { mergeImports, resolveCustomers, type ImportedFile } from "@rapport/cli";
 * declare const files: ImportedFile[];
 * const { lists, identity } = resolveCustomers(mergeImports(files));
 * console.log(`${identity.records} records, ${identity.customers} customers`);
 * ```
 */
export function resolveCustomers(merged: ImportLists): {
  lists: ImportLists;
  identity: IdentitySection;
} {
  const resolution = resolveIdentities(
    identityRecordsOf(merged.customers),
    CUSTOMER_IDENTITY_RULES,
  );
  const { lists } = unifyImports([merged], resolution);
  const names = new Map<string, Customer>(lists.customers.map((c) => [c.id, c]));
  const systemOf = new Map(resolution.records.map((r) => [r.id, r.system ?? "unknown"]));
  const count = (values: readonly string[]) => {
    const counts = new Map<string, number>();
    for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  };
  const links = resolution.identities.flatMap((i) => i.links);
  const recordOf = new Map(resolution.records.map((r) => [r.id, r]));
  // Names and other single fields of one customer that disagree: kept by the non-empty rule
  // (the one unifyImports applies), and listed. E-mails, phones and ids are united instead.
  const disagreements = resolution.identities
    .filter((i) => i.recordIds.length > 1)
    .flatMap((i) =>
      goldenRecord(i.recordIds.map((id) => recordOf.get(id)!))
        .conflicts.filter((c) => c.field === "name")
        .map((c) => ({
          customerId: i.id,
          field: c.field,
          chosen: c.chosen,
          offered: [...new Set(c.offered.map((o) => o.value))],
        })),
    );
  const merged_ = resolution.identities
    .filter((i) => i.recordIds.length > 1)
    .sort((a, b) => b.recordIds.length - a.recordIds.length || (a.id < b.id ? -1 : 1));
  return {
    lists,
    identity: {
      records: resolution.records.length,
      customers: resolution.identities.length,
      bySystem: count(resolution.records.map((r) => systemOf.get(r.id)!)).map(
        ([system, records]) => ({ system, records }),
      ),
      byRule: count(links.map((l) => (l.by === "identifier" ? l.field : "match score"))).map(
        ([rule, joins]) => ({ rule, joins }),
      ),
      merged: merged_.slice(0, 20).map((i) => ({
        customerId: i.id,
        name: names.get(i.id)?.name ?? null,
        systems: i.systems,
        recordIds: i.recordIds,
        via: i.links.map((l) =>
          l.by === "identifier" ? `${l.field} ${l.value}` : `score ${l.probability.toFixed(3)}`,
        ),
      })),
      disagreements,
      conflicts: resolution.conflicts.map((c) => ({ records: c.link.records, reason: c.reason })),
      unidentified: resolution.unidentified,
      invalid: resolution.invalid,
    },
  };
}
