import { expectedMessage } from "@rapport/stats";
import { type RawBuilder, sql } from "kysely";

/**
 * A SQL expression mapping `column` to the start of its period, given the sorted period
 * starts covering every value (`starts[i] <= value < starts[i + 1]`): a balanced tree of
 * `CASE WHEN column < start THEN … ELSE … END`, so each row costs about log2(periods)
 * comparisons. This buckets by calendar period in any dialect, time zones or not: the starts
 * are computed in the zone beforehand by core's `periodStarts`. Throws a `TypeError` when
 * `starts` is not an array and a `RangeError` when it holds fewer than two integers.
 *
 * @example
 * ```ts
 * import { bucketExpression } from "@rapport/store-sql";
 * bucketExpression("at_ms", [0, 100, 200]); // CASE WHEN "at_ms" < 100 THEN 0 ELSE 100 END
 * ```
 */
export function bucketExpression(column: string, starts: readonly number[]): RawBuilder<number> {
  const expected = "at least two integer period starts (epoch ms, ascending)";
  if (!Array.isArray(starts)) {
    throw new TypeError(expectedMessage("bucketExpression: starts", expected, starts));
  }
  if (
    starts.length < 2 ||
    starts.some((start, i) => !Number.isSafeInteger(start) || (i > 0 && start <= starts[i - 1]!))
  ) {
    throw new RangeError(expectedMessage("bucketExpression: starts", expected, starts));
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
