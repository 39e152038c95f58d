/**
 * A bulk loader for a store's engine: puts `rows` (values in the order of `columns`) into
 * the empty temporary table `stage`, on the store's connection and inside its current
 * transaction, by the engine's fastest path (DuckDB's appender). With one, large upserts
 * stage their rows and merge them with a single `INSERT … SELECT … ON CONFLICT` instead of
 * many multi-row `VALUES` statements: the same tenancy, `updated_at` ordering and
 * idempotency, in one statement per batch.
 *
 * @example
 * ```ts
 * import type { StageRows } from "@rapport/store-sql";
 * const seen: unknown[][] = [];
 * const stageRows: StageRows = async (_stage, _columns, rows) => {
 *   seen.push(...rows.map((row) => [...row]));
 * };
 * ```
 */
export type StageRows = (
  stage: string,
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
) => Promise<void>;

/** Batches above this many records are staged when the store has a {@link StageRows}. */
export const STAGE_FROM = 500;
