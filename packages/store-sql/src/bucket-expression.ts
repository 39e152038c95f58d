import { type RawBuilder, sql } from "kysely";

/**
 * A SQL expression mapping `column` to the start of its period, given the sorted period
 * starts covering every value (`starts[i] <= value < starts[i + 1]`): a balanced tree of
 * `CASE WHEN column < start THEN … ELSE … END`, so each row costs about log2(periods)
 * comparisons. This buckets by calendar period in SQLite, which has no time zones: the
 * starts are computed in the zone beforehand (see `periodBoundaries`).
 *
 * @example
 * ```ts
 * import { bucketExpression } from "@rapport/store-sql";
 * bucketExpression("at_ms", [0, 100, 200]); // CASE WHEN "at_ms" < 100 THEN 0 ELSE 100 END
 * ```
 */
export function bucketExpression(column: string, starts: readonly number[]): RawBuilder<number> {
  if (starts.length < 2 || starts.some((start) => !Number.isSafeInteger(start))) {
    throw new RangeError(
      `starts: expected at least two integer period starts, received ${JSON.stringify(starts)}`,
    );
  }
  const ref = sql.ref(column);
  // Values fall in [starts[lo], starts[hi]); the literals are integers we computed.
  const tree = (lo: number, hi: number): RawBuilder<number> => {
    if (hi - lo === 1) return sql.raw<number>(String(starts[lo]));
    const mid = (lo + hi) >> 1;
    return sql<number>`case when ${ref} < ${sql.raw(String(starts[mid]))} then ${tree(lo, mid)} else ${tree(mid, hi)} end`;
  };
  return tree(0, starts.length - 1);
}
