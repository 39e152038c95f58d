import type { Case } from "@rapport/core";

/** Whether a case has been solved at least once (now or before a reopen); internal. */
export function resolvedOnce(item: Case): boolean {
  return (
    item.solvedAt !== undefined ||
    item.closedAt !== undefined ||
    item.status === "solved" ||
    item.status === "closed" ||
    item.reopenCount > 0 ||
    item.statusHistory.some((change) => change.status === "solved" || change.status === "closed")
  );
}
