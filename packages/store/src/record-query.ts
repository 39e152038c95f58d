import type { CustomerId } from "@rapport/core";

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
  customerId: string | undefined;
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
 * Checks a {@link RecordQuery}, throwing a `RangeError` or `TypeError` that names the bad
 * argument, and decodes its cursor.
 *
 * @example
 * ```ts
 * import { checkRecordQuery } from "@rapport/store";
 * checkRecordQuery({ limit: 0 }); // throws RangeError: limit: expected an integer from 1 to 10000, received 0
 * ```
 */
export function checkRecordQuery(query: RecordQuery = {}): CheckedRecordQuery {
  const limit = query.limit ?? 100;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw new RangeError(
      `limit: expected an integer from 1 to ${MAX_PAGE_SIZE}, received ${String(limit)}`,
    );
  }
  const fromMs = instant("from", query.from);
  const toMs = instant("to", query.to);
  if (fromMs !== undefined && toMs !== undefined && fromMs > toMs) {
    throw new RangeError(
      `from: expected an instant not after to (${query.to?.toISOString()}), received ${query.from?.toISOString()}`,
    );
  }
  if (
    query.customerId !== undefined &&
    (typeof query.customerId !== "string" || !query.customerId)
  ) {
    throw new TypeError(
      `customerId: expected a customer id (a non-empty string), received ${JSON.stringify(query.customerId)}`,
    );
  }
  return {
    customerId: query.customerId,
    fromMs,
    toMs,
    limit,
    after: query.cursor == null ? undefined : decodeCursor(query.cursor),
  };
}

function instant(name: string, value: Date | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new TypeError(`${name}: expected a valid Date, received ${String(value)}`);
  }
  return value.getTime();
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

function decodeCursor(cursor: string): { atMs: number; id: string } {
  const bar = typeof cursor === "string" ? cursor.indexOf("|") : -1;
  const atMs = bar > 0 ? Number(cursor.slice(0, bar)) : Number.NaN;
  if (!Number.isSafeInteger(atMs) || bar === cursor.length - 1) {
    throw new TypeError(
      `cursor: expected the nextCursor of a previous page, received ${JSON.stringify(cursor)}`,
    );
  }
  return { atMs, id: cursor.slice(bar + 1) };
}
