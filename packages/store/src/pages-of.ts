import type { Page, RecordQuery } from "./record-query";

/**
 * Reads every page of a query, one page at a time, by following `nextCursor`.
 *
 * @example
 * ```ts
 * import { pagesOf } from "@rapport/store";
 * const pages = pagesOf(async () => ({ items: [1, 2], nextCursor: null }), {});
 * for await (const page of pages) console.log(page); // [1, 2]
 * ```
 */
export async function* pagesOf<T>(
  query: (query: RecordQuery) => Promise<Page<T>>,
  base: Omit<RecordQuery, "cursor">,
): AsyncGenerator<T[], void, undefined> {
  let cursor: string | null = null;
  do {
    const page: Page<T> = await query({ ...base, cursor });
    if (page.items.length > 0) yield page.items;
    cursor = page.nextCursor;
  } while (cursor !== null);
}
