import type { Interaction } from "@rapport/core";

/** Interactions by case id, in one pass (interactions without a case are left out). */
export function groupByCase(interactions: readonly Interaction[]): Map<string, Interaction[]> {
  const byCase = new Map<string, Interaction[]>();
  for (const item of interactions) {
    if (item.caseId === undefined) continue;
    const list = byCase.get(item.caseId);
    if (list) list.push(item);
    else byCase.set(item.caseId, [item]);
  }
  return byCase;
}
