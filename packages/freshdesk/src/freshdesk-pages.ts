/**
 * The part of a fetch `Response` that {@link freshdeskPages} uses.
 *
 * @example
 * ```ts
 * import type { PageResponse } from "@rapport/freshdesk";
 * const page: PageResponse = { ok: true, status: 200, headers: { get: () => null }, json: async () => [] };
 * ```
 */
export interface PageResponse {
  /** Whether the status is 2xx. */
  readonly ok: boolean;
  /** The HTTP status. */
  readonly status: number;
  /** The response headers (Freshdesk puts the next page in `Link`). */
  readonly headers: { get(name: string): string | null };
  /** The body, parsed as JSON. */
  json(): Promise<unknown>;
}

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
export async function* freshdeskPages(options: FreshdeskPagesOptions): AsyncGenerator<unknown> {
  const seen = new Set<string>();
  let url: string | undefined = options.startUrl;
  let count = 0;
  while (url !== undefined && !seen.has(url)) {
    if (options.maxPages !== undefined && count >= options.maxPages) return;
    seen.add(url);
    const response = await options.fetch(url);
    if (!response.ok) throw new Error(`Freshdesk answered HTTP ${response.status} for ${url}`);
    const body = await response.json();
    count++;
    yield body;
    url = nextLink(response.headers.get("link"));
  }
}
