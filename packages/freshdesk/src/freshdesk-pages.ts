import { followPages, type PageResponse } from "@rapport/source-kit";

/**
 * Options of {@link freshdeskPages}.
 *
 * @example
 * ```ts
 * import type { FreshdeskPagesOptions } from "@rapport/freshdesk";
 * const options: FreshdeskPagesOptions = {
 *   fetch: (url) => fetch(url),
 *   startUrl: "https://acme.freshdesk.com/api/v2/tickets?include=stats&per_page=100",
 * };
 * ```
 */
export interface FreshdeskPagesOptions {
  /** Your HTTP client: `globalThis.fetch` or anything with its shape (auth, retries, rate limits are yours). */
  readonly fetch: (url: string) => Promise<PageResponse>;
  /** The first page, e.g. `https://acme.freshdesk.com/api/v2/tickets?include=stats&per_page=100`. */
  readonly startUrl: string;
  /** Stops after this many pages (default: no limit). */
  readonly maxPages?: number;
}

/** The `rel="next"` URL of a `Link` header, or `undefined`. */
function nextLink(link: string | null): string | undefined {
  if (!link) return undefined;
  for (const part of link.split(",")) {
    const match = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (match) return match[1];
  }
  return undefined;
}

/**
 * Yields the pages of a Freshdesk listing one at a time, following the `Link: <…>; rel="next"`
 * header until there is none. A non-2xx response throws an `Error` naming the status and the
 * URL; a URL seen before ends the stream.
 *
 * @example
 * ```ts
 * import { freshdeskPages, importFreshdesk } from "@rapport/freshdesk";
 *
 * const pages = [];
 * for await (const page of freshdeskPages({
 *   fetch: (url) => fetch(url, { headers: { Authorization: `Basic ${btoa("API_KEY:X")}` } }),
 *   startUrl: "https://acme.freshdesk.com/api/v2/tickets?include=stats&per_page=100",
 * })) {
 *   pages.push(page);
 * }
 * const result = importFreshdesk(pages, { asOf: new Date() });
 * ```
 */
export function freshdeskPages(options: FreshdeskPagesOptions): AsyncGenerator<unknown> {
  return followPages({
    ...options,
    platform: "Freshdesk",
    nextUrl: (_body, response) => nextLink(response.headers?.get("link") ?? null),
  });
}
