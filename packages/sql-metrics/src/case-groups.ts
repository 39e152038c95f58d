import { expectedMessage, oneOf } from "@rapport/stats";
import { type RawBuilder, sql } from "kysely";
import type { CasesLayout } from "./warehouse-layout";

/**
 * The columns a case metric can be grouped by.
 *
 * @example
 * ```ts
 * import type { SqlCaseGroupBy } from "@rapport/sql-metrics";
 * const byAgent: SqlCaseGroupBy = "assigneeId";
 * ```
 */
export type SqlCaseGroupBy = "assigneeId" | "teamId" | "channel";

const CASE_GROUP_BYS: readonly SqlCaseGroupBy[] = ["assigneeId", "teamId", "channel"];

/** The grouping column (or NULL) of a case query, checked. */
export function caseGroup(
  fn: string,
  layout: CasesLayout,
  groupBy: SqlCaseGroupBy | undefined,
  alias = "",
): RawBuilder<string | null> {
  if (groupBy === undefined) return sql<null>`null`;
  if (!CASE_GROUP_BYS.includes(groupBy)) {
    throw new RangeError(expectedMessage(`${fn}: options.groupBy`, oneOf(CASE_GROUP_BYS), groupBy));
  }
  return sql<string>`${sql.ref(alias + layout[groupBy])}`;
}

/** `solved at least once`, as `reopenRate` counts it (the flat layout has no status history). */
export function solvedOnce(layout: CasesLayout, alias = ""): RawBuilder<boolean> {
  const ref = (column: string) => sql.ref(alias + column);
  return sql<boolean>`(${ref(layout.solvedAt)} is not null or ${ref(layout.closedAt)} is not null or ${ref(layout.status)} in ('solved', 'closed') or ${ref(layout.reopenCount)} > 0)`;
}

/** Groups ordered as every grouped result of this package is: NULL first, then by value. */
export function byGroup<T extends { readonly group: string | null }>(rows: T[]): T[] {
  return rows.sort((a, b) =>
    a.group === b.group
      ? 0
      : a.group === null
        ? -1
        : b.group === null
          ? 1
          : a.group < b.group
            ? -1
            : 1,
  );
}

/** A group value as JavaScript sees it. */
export function groupOf(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

/** `group by 1` when grouped; nothing otherwise (BigQuery refuses to group by a literal NULL). */
export function groupClause(groupBy: SqlCaseGroupBy | undefined): RawBuilder<unknown> {
  return groupBy === undefined ? sql`` : sql` group by 1`;
}
