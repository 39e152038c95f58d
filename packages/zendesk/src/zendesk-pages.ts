import { followPages, type PageResponse } from "@rapport/source-kit";

/**
 * Options of {@link zendeskPages}.
 *
 * @example
 * ```ts
 * import type { ZendeskPagesOptions } from "@rapport/zendesk";
 * const options: ZendeskPagesOptions = {
 *   fetch: (url) => fetch(url),
 *   startUrl: "https://acme.zendesk.com/api/v2/incremental/tickets/cursor.json?start_time=0",
 * };
 * ```
 */
export interface ZendeskPagesOptions {
  /** Your HTTP client: `globalThis.fetch` or anything with its shape (auth, retries, rate limits are yours). */
  readonly fetch: (url: string) => Promise<PageResponse>;
  /** The first page, e.g. `https://acme.zendesk.com/api/v2/incremental/tickets/cursor.json?start_time=0`. */
  readonly startUrl: string;
  /** Stops after this many pages (default: no limit). */
  readonly maxPages?: number;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The next page's URL, or `undefined` at the end of the stream. */
function nextUrl(body: unknown): string | undefined {
  if (!isObject(body)) return undefined;
  if (body["end_of_stream"] === true) return undefined;
  const after = body["after_url"];
  if (typeof after === "string" && after.length > 0) return after;
  const links = body["links"];
  const meta = body["meta"];
  if (isObject(links) && isObject(meta) && meta["has_more"] === true) {
    const next = links["next"];
    if (typeof next === "string" && next.length > 0) return next;
  }
  const next = body["next_page"];
  return typeof next === "string" && next.length > 0 ? next : undefined;
}

/**
 * Yields the pages of a Zendesk listing one at a time: incremental exports (follows
 * `after_url` until `end_of_stream`), cursor pagination (`links.next` while `meta.has_more`)
 * and offset pagination (`next_page` until `null`). Each page can go to `importZendesk` as
 * it comes, so memory holds one page. A non-2xx response throws an `Error` naming the
 * status and the URL; a URL seen before ends the stream (Zendesk repeats the last cursor
 * when nothing is new).
 *
 * @example
 * ```ts
 * import { importZendesk, zendeskPages } from "@rapport/zendesk";
 *
 * const pages = [];
 * for await (const page of zendeskPages({
 *   fetch: (url) => fetch(url, { headers: { Authorization: "Bearer …" } }),
 *   startUrl: "https://acme.zendesk.com/api/v2/incremental/tickets/cursor.json?start_time=0",
 * })) {
 *   pages.push(page);
 * }
 * const result = importZendesk(pages, { asOf: new Date() });
 * ```
 */
export function zendeskPages(options: ZendeskPagesOptions): AsyncGenerator<unknown> {
  return followPages({
    ...options,
    platform: "Zendesk",
    nextUrl: (body, _response) => nextUrl(body),
  });
}
