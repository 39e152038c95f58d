import { followPages, type PageResponse } from "@rapport/source-kit";

/**
 * Options of {@link intercomPages}.
 *
 * @example
 * ```ts
 * import type { IntercomPagesOptions } from "@rapport/intercom";
 * const options: IntercomPagesOptions = {
 *   fetch: (url) => fetch(url),
 *   startUrl: "https://api.intercom.io/conversations?per_page=150",
 * };
 * ```
 */
export interface IntercomPagesOptions {
  /** Your HTTP client: `globalThis.fetch` or anything with its shape (auth, retries, rate limits are yours). */
  readonly fetch: (url: string) => Promise<PageResponse>;
  /** The first page, e.g. `https://api.intercom.io/conversations?per_page=150`. */
  readonly startUrl: string;
  /** Stops after this many pages (default: no limit). */
  readonly maxPages?: number;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The next page's URL, or `undefined` on the last page. */
function nextUrl(body: unknown, startUrl: string): string | undefined {
  if (!isObject(body) || !isObject(body["pages"])) return undefined;
  const next = body["pages"]["next"];
  if (typeof next === "string" && next.length > 0) return next;
  if (isObject(next) && typeof next["starting_after"] === "string") {
    // Set the cursor on the start URL (string work: `URL` is not in every runtime's types).
    const cursor = `starting_after=${encodeURIComponent(next["starting_after"])}`;
    const base = startUrl.replace(/([?&])starting_after=[^&#]*&?/, "$1").replace(/[?&]$/, "");
    return `${base}${base.includes("?") ? "&" : "?"}${cursor}`;
  }
  return undefined;
}

/**
 * Yields the pages of an Intercom listing one at a time, following `pages.next`: a cursor
 * (`{ starting_after }`, set on the start URL) or, in older API versions, a URL. A non-2xx
 * response throws an `Error` naming the status and the URL; a URL seen before ends it.
 *
 * @example
 * ```ts
 * import { importIntercom, intercomPages } from "@rapport/intercom";
 *
 * const pages = [];
 * for await (const page of intercomPages({
 *   fetch: (url) => fetch(url, { headers: { Authorization: "Bearer …", "Intercom-Version": "2.11" } }),
 *   startUrl: "https://api.intercom.io/conversations?per_page=150",
 * })) {
 *   pages.push(page);
 * }
 * const result = importIntercom(pages, { asOf: new Date() });
 * ```
 */
export function intercomPages(options: IntercomPagesOptions): AsyncGenerator<unknown> {
  return followPages({
    ...options,
    platform: "Intercom",
    nextUrl: (body, _response) => nextUrl(body, options.startUrl),
  });
}
