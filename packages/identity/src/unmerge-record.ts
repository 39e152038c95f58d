import { expectedMessage } from "@rapport/stats";
import { fitEntries, withCarriedModel } from "./carried-model";
import type { IdentityResolution } from "./identity-resolution";
import type { IdentityRules } from "./identity-rules";
import { resolveCore } from "./resolve-core";
import { extendLog } from "./resolve-identities";

/**
 * Options of {@link unmergeRecord}.
 *
 * @example
 * ```ts
 * import type { UnmergeOptions } from "@rapport/identity";
 * const options: UnmergeOptions = { reason: "two people share the family e-mail" };
 * ```
 */
export interface UnmergeOptions {
  /** Why, in the person's words; kept in the log. */
  readonly reason?: string;
}

/**
 * Takes one record out of its identity and keeps it apart from the others from then on (later
 * {@link addRecords} calls keep the unmerge). The records are never changed: the record is its
 * own identity again, exactly as before it was merged, and the log gains an `unmerge` entry.
 * With `compare`, pairs are scored with the model of `resolution`, as in {@link addRecords}.
 * An unknown record id is a `RangeError`.
 *
 * @example
 * ```ts
 * import { resolveIdentities, unmergeRecord } from "@rapport/identity";
 * const rules = { identifiers: { email: { priority: 1 } } };
 * const merged = resolveIdentities(
 *   [
 *     { id: "a", fields: { email: "family@example.com" } },
 *     { id: "b", fields: { email: "family@example.com" } },
 *   ],
 *   rules,
 * );
 * const apart = unmergeRecord(merged, "b", rules, { reason: "two people" });
 * apart.identities.map((i) => i.recordIds); // [["a"], ["b"]]
 * ```
 */
export function unmergeRecord(
  resolution: IdentityResolution,
  recordId: string,
  rules: IdentityRules,
  options: UnmergeOptions = {},
): IdentityResolution {
  const identity = resolution.identities.find((i) => i.recordIds.includes(recordId));
  if (identity === undefined) {
    throw new RangeError(
      expectedMessage("unmergeRecord: recordId", "the id of a resolved record", recordId),
    );
  }
  const others = identity.recordIds.filter((id) => id !== recordId);
  const apart = [...resolution.apart, ...others.map((id) => [recordId, id] as const)];
  const carried = withCarriedModel(resolution, rules);
  const result = resolveCore(resolution.records, carried, apart);
  const before = resolution.identities.flatMap((i) => i.links);
  const entry = {
    action: "unmerge" as const,
    records: [recordId, ...others],
    ...(options.reason === undefined ? {} : { reason: options.reason }),
  };
  return {
    ...result,
    log: extendLog(resolution.log, before, result, [entry, ...fitEntries(carried, result)]),
  };
}
