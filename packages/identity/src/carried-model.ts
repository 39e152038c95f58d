// The model a resolution was matched with, carried into the next run over the same records:
// addRecords and unmergeRecord score new pairs with the weights already fitted, so that the
// order the records came in never changes the weights, and so never the identities.
import type { IdentityLogEntry, IdentityResolution } from "./identity-resolution";
import type { IdentityRules } from "./identity-rules";

/** The rules of a later run: the resolution's model unless the rules give one. */
export function withCarriedModel(
  resolution: IdentityResolution,
  rules: IdentityRules,
): IdentityRules {
  return rules.compare === undefined || rules.model !== undefined || resolution.model === null
    ? rules
    : { ...rules, model: resolution.model };
}

/** The log entry of a model estimated by this run (none when the rules gave it). */
export function fitEntries(
  rules: IdentityRules,
  result: Pick<IdentityResolution, "model">,
): Omit<IdentityLogEntry, "seq">[] {
  return rules.model === undefined && result.model !== null
    ? [{ action: "fit", records: [], model: result.model }]
    : [];
}
