import { fitEntries, withCarriedModel } from "./carried-model";
import type { IdentityRecord } from "./identity-record";
import type { IdentityResolution } from "./identity-resolution";
import type { IdentityRules } from "./identity-rules";
import { resolveCore } from "./resolve-core";
import { extendLog } from "./resolve-identities";
import { validateInput } from "./validate-input";

/**
 * Adds records to a resolution: the identities are those of one batch run over every record so
 * far (whatever the order they came in), the unmerges are kept, and the log gains an entry for
 * each merge made and each merge the new records undid (`split`). A record id already resolved
 * is a `RangeError`.
 *
 * With `compare`, the new pairs are scored with the model of `resolution` (the m and u weights
 * and the prior fitted by the first run, kept in `resolution.model` and in the log's `fit`
 * entry) unless `rules.model` gives another: so records added in any order, in any chunks, give
 * the identities of one batch run with that model. To fit the weights again on every record,
 * resolve them afresh with {@link resolveIdentities}.
 *
 * @example
 * ```ts
 * import { addRecords, resolveIdentities } from "@rapport/identity";
 * const rules = { identifiers: { email: { priority: 1 } } };
 * const first = resolveIdentities([{ id: "a", fields: { email: "ada@example.com" } }], rules);
 * const next = addRecords(first, [{ id: "b", fields: { email: "ada@example.com" } }], rules);
 * next.identities.length; // 1
 * next.log.at(-1)?.action; // "merge"
 * ```
 */
export function addRecords(
  resolution: IdentityResolution,
  records: readonly IdentityRecord[],
  rules: IdentityRules,
): IdentityResolution {
  const all = [...resolution.records, ...records];
  validateInput("addRecords", all, rules);
  const carried = withCarriedModel(resolution, rules);
  const result = resolveCore(all, carried, resolution.apart);
  const before = resolution.identities.flatMap((i) => i.links);
  return { ...result, log: extendLog(resolution.log, before, result, fitEntries(carried, result)) };
}
