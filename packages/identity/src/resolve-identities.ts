import { fitEntries } from "./carried-model";
import type { IdentityRecord } from "./identity-record";
import type { IdentityLink, IdentityLogEntry, IdentityResolution } from "./identity-resolution";
import type { IdentityRules } from "./identity-rules";
import { resolveCore } from "./resolve-core";
import { validateInput } from "./validate-input";

const linkKey = (link: IdentityLink) => `${link.records[0]}\u0000${link.records[1]}`;

/** The log of a new resolution: the previous log, then the merges made and undone since. */
export function extendLog(
  previous: readonly IdentityLogEntry[],
  before: readonly IdentityLink[],
  after: Omit<IdentityResolution, "log">,
  extra: readonly Omit<IdentityLogEntry, "seq">[] = [],
): IdentityLogEntry[] {
  const log = [...previous];
  const push = (entry: Omit<IdentityLogEntry, "seq">) =>
    log.push({ seq: log.length + 1, ...entry });
  for (const entry of extra) push(entry);
  const now = after.identities.flatMap((i) => i.links);
  const nowKeys = new Set(before.length === 0 ? [] : now.map(linkKey));
  const beforeKeys = new Set(before.map(linkKey));
  const unmerged = extra.some((e) => e.action === "unmerge");
  for (const link of before) {
    if (!nowKeys.has(linkKey(link)) && !unmerged) {
      push({
        action: "split",
        records: link.records,
        link,
        reason: "new records changed the joins",
      });
    }
  }
  for (const link of now)
    if (beforeKeys.size === 0 || !beforeKeys.has(linkKey(link)))
      push({ action: "merge", records: link.records, link });
  return log;
}

/**
 * Groups records into identities, one per customer. Deterministic rules join records that share
 * an identifier value, by priority, within each identifier's limit; a join that breaks a limit
 * (two different values of a unique identifier) is refused and listed in `conflicts`, so that
 * nothing merges transitively through a shared e-mail. With `compare`, a Fellegi-Sunter model
 * (m and u estimated by EM unless `model` is given) scores the pairs that blocking lets
 * through: from `matchThreshold` (default 0.95) they join, from `reviewThreshold` (default 0.5)
 * they are returned in `review`. Every link says which rule or which weights made it.
 *
 * Malformed e-mails and phones are listed in `invalid` and never join; blocked values are
 * listed in `blocked`; a record with no usable identifier is its own identity and listed in
 * `unidentified`. The result does not depend on the order of the records. When the model was
 * estimated, the log opens with a `fit` entry holding it; the result's `model` is the same
 * plain, serialisable object, and {@link addRecords} carries it on.
 *
 * @example
 * ```ts
 * import { resolveIdentities } from "@rapport/identity";
 * const { identities, conflicts } = resolveIdentities(
 *   [
 *     { id: "zendesk:1", system: "zendesk", fields: { email: "ada@example.com" } },
 *     { id: "intercom:a", system: "intercom", fields: { email: "ADA@example.com ", phone: "+44 20 7946 0000" } },
 *     { id: "segment:u9", system: "segment", fields: { phone: "020 7946 0000" } },
 *   ],
 *   { identifiers: { email: { priority: 1 }, phone: { priority: 2 } }, defaultRegion: "GB" },
 * );
 * identities[0]?.recordIds; // ["intercom:a", "segment:u9", "zendesk:1"]
 * conflicts.length; // 0
 * ```
 */
export function resolveIdentities(
  records: readonly IdentityRecord[],
  rules: IdentityRules,
): IdentityResolution {
  validateInput("resolveIdentities", records, rules);
  const result = resolveCore(records, rules, []);
  return { ...result, log: extendLog([], [], result, fitEntries(rules, result)) };
}
