import type { CustomerId } from "@rapport/core";
import { checkDate, expectedMessage } from "@rapport/stats";
import { checkId } from "./check-id";

/**
 * What to read from a repository: optionally one customer's records, optionally a time range
 * `[from, to)` (from inclusive, to exclusive), in pages of `limit` records continued with the
 * `cursor` of the previous page. Records come ordered by time, then id.
 *
 * @example
 * ```ts
 * import type { RecordQuery } from "@rapport/store";
 * import { customerId } from "@rapport/core";
 * const query: RecordQuery = {
 *   customerId: customerId("c1"),
 *   from: new Date("2024-01-01T00:00:00Z"),
 *   to: new Date("2024-02-01T00:00:00Z"),
 *   limit: 50,
 * };
 * ```
 */
export interface RecordQuery {
  /** Only this customer's records. */
  customerId?: CustomerId;
  /** Only records at or after this instant. */
  from?: Date;
  /** Only records before this instant. */
  to?: Date;
  /** Records per page, an integer from 1 to {@link MAX_PAGE_SIZE} (default 100). */
  limit?: number;
  /** The `nextCursor` of the previous page; omit (or `null`) for the first page. */
  cursor?: string | null;
}

/**
 * One page of a query: its records and the cursor of the next page (`null` on the last page).
 *
 * @example
 * ```ts
 * import type { Page } from "@rapport/store";
 * const empty: Page<never> = { items: [], nextCursor: null };
 * ```
 */
export interface Page<T> {
  /** The records of this page, ordered by time then id. */
  items: T[];
  /** Pass it as `cursor` to read the next page; `null` when there is none. */
  nextCursor: string | null;
}

/**
 * The largest page a query may ask for.
 *
 * @example
 * ```ts
 * import { MAX_PAGE_SIZE } from "@rapport/store";
 * MAX_PAGE_SIZE; // 10000
 * ```
 */
export const MAX_PAGE_SIZE = 10_000;

/**
 * A query with its arguments checked and its cursor decoded: what an adapter runs.
 *
 * @example
 * ```ts
 * import { checkRecordQuery } from "@rapport/store";
 * checkRecordQuery({ limit: 10 }).limit; // 10
 * ```
 */
export interface CheckedRecordQuery {
  /** Only this customer's records. */
  customerId: CustomerId | undefined;
  /** Range start in epoch ms (inclusive), if any. */
  fromMs: number | undefined;
  /** Range end in epoch ms (exclusive), if any. */
  toMs: number | undefined;
  /** Records per page. */
  limit: number;
  /** Start after this position (time, id), if any. */
  after: { atMs: number; id: string } | undefined;
}

/**
 * Checks a {@link RecordQuery} and decodes its cursor: a `TypeError` for a value of the wrong
 * type (a `limit` that is not a number, a `from` that is not a `Date`, a `customerId` or
 * `cursor` that is not a string), a `RangeError` for one outside its domain (a `limit` outside
 * 1..{@link MAX_PAGE_SIZE}, an invalid date, `from` after `to`, an empty id, a cursor no page
 * gave).
 *
 * @example
 * ```ts
 * import { checkRecordQuery } from "@rapport/store";
 * checkRecordQuery({ limit: 0 }); // throws RangeError: query: limit: expected an integer from 1 to 10000, received 0
 * ```
 */
export function checkRecordQuery(query: RecordQuery = {}): CheckedRecordQuery {
  if (typeof query !== "object" || query === null) {
    throw new TypeError(
      expectedMessage("query", "an object { customerId, from, to, limit, cursor }", query),
    );
  }
  const limit = query.limit ?? 100;
  const pageSize = `an integer from 1 to ${MAX_PAGE_SIZE}`;
  if (typeof limit !== "number")
    throw new TypeError(expectedMessage("query: limit", pageSize, limit));
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw new RangeError(expectedMessage("query: limit", pageSize, limit));
  }
  const fromMs = instant("from", query.from);
  const toMs = instant("to", query.to);
  if (fromMs !== undefined && toMs !== undefined && fromMs > toMs) {
    throw new RangeError(
      expectedMessage(
        "query: from",
        `an instant not after to (${query.to?.toISOString()})`,
        query.from,
      ),
    );
  }
  if (query.customerId !== undefined) checkId("query: customerId", "customer", query.customerId);

  return {
    customerId: query.customerId,
    fromMs,
    toMs,
    limit,
    after: query.cursor == null ? undefined : decodeCursor(query.cursor),
  };
}

function instant(name: string, value: unknown): number | undefined {
  return value === undefined ? undefined : checkDate(`query: ${name}`, value).getTime();
}

/**
 * The cursor that continues a query after the record at `atMs` with id `id`.
 *
 * @example
 * ```ts
 * import { encodeCursor } from "@rapport/store";
 * encodeCursor(1709287200000, "r1"); // "1709287200000|r1"
 * ```
 */
export function encodeCursor(atMs: number, id: string): string {
  return `${atMs}|${id}`;
}

function decodeCursor(cursor: unknown): { atMs: number; id: string } {
  const expected = "the nextCursor of a previous page";
  if (typeof cursor !== "string")
    throw new TypeError(expectedMessage("query: cursor", expected, cursor));
  const bar = cursor.indexOf("|");
  const atMs = bar > 0 ? Number(cursor.slice(0, bar)) : Number.NaN;
  if (!Number.isSafeInteger(atMs) || bar === cursor.length - 1) {
    throw new RangeError(expectedMessage("query: cursor", expected, cursor));
  }
  return { atMs, id: cursor.slice(bar + 1) };
}
