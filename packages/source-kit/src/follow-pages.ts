import { checkCount, expectedMessage } from "@rapport/stats";

/**
 * What a page helper needs of an HTTP response: the status, the headers and the JSON body.
 * `fetch`'s `Response` has this shape; so does any client's, wrapped.
 *
 * @example
 * ```ts
 * import type { PageResponse } from "@rapport/source-kit";
 * const fetchPage = (url: string): Promise<PageResponse> => fetch(url);
 * ```
 */
export interface PageResponse {
  /** Whether the status is 2xx. */
  readonly ok: boolean;
  /** The HTTP status. */
  readonly status: number;
  /** The response headers (a `Link` header carries the next page on some platforms). */
  readonly headers?: { get(name: string): string | null };
  /** The body, parsed as JSON. */
  json(): Promise<unknown>;
}

/**
 * How to walk a platform's pages: your HTTP client, the first URL, and where the next page is.
 *
 * @example
 * ```ts
 * import type { FollowPagesOptions } from "@rapport/source-kit";
 * const options: FollowPagesOptions = {
 *   platform: "Example",
 *   fetch: (url) => fetch(url),
 *   startUrl: "https://api.example.com/items",
 *   nextUrl: (body) => (body as { next?: string }).next,
 * };
 * ```
 */
export interface FollowPagesOptions {
  /** The platform's name, for error messages. */
  readonly platform: string;
  /** Your HTTP client: `globalThis.fetch` or anything with its shape (auth, retries and rate limits stay yours). */
  readonly fetch: (url: string) => Promise<PageResponse>;
  /** The first page. */
  readonly startUrl: string;
  /** Stops after this many pages (default: no limit). */
  readonly maxPages?: number;
  /** The next page's URL, from the body or the response; `undefined` at the end. */
  readonly nextUrl: (body: unknown, response: PageResponse) => string | undefined;
}

function checkOptions(options: FollowPagesOptions): void {
  if (typeof options !== "object" || options === null) {
    throw new TypeError(expectedMessage("followPages: options", "an object", options));
  }
  for (const name of ["fetch", "nextUrl"] as const) {
    if (typeof options[name] !== "function") {
      throw new TypeError(
        expectedMessage(`followPages: options.${name}`, "a function", options[name]),
      );
    }
  }
  if (typeof options.startUrl !== "string" || options.startUrl === "") {
    throw new TypeError(
      expectedMessage("followPages: options.startUrl", "a non-empty string", options.startUrl),
    );
  }
  const { maxPages } = options;
  if (maxPages !== undefined) checkCount("followPages: options.maxPages", maxPages);
}

/**
 * Yields the JSON body of each page, following the platform's cursor until there is no next
 * page, a URL comes back a second time (a loop), or `maxPages` is reached. A non-2xx answer
 * throws an `Error` naming the platform, the status and the URL; options that cannot be right
 * throw a `TypeError` (a missing function or URL) or a `RangeError` (a negative `maxPages`) on
 * the first step. Pages are fetched one at a
 * time, so that a caller importing each page as it comes keeps memory flat.
 *
 * @example
 * ```ts
 * import { followPages } from "@rapport/source-kit";
 *
 * for await (const body of followPages({
 *   platform: "Example",
 *   fetch: (url) => fetch(url),
 *   startUrl: "https://api.example.com/items",
 *   nextUrl: (body) => (body as { next?: string }).next,
 * })) {
 *   console.log(body);
 * }
 * ```
 */
export async function* followPages(options: FollowPagesOptions): AsyncGenerator<unknown> {
  checkOptions(options);
  const seen = new Set<string>();
  let url: string | undefined = options.startUrl;
  let count = 0;
  while (url !== undefined && !seen.has(url)) {
    if (options.maxPages !== undefined && count >= options.maxPages) return;
    seen.add(url);
    const response = await options.fetch(url);
    if (!response.ok) {
      throw new Error(`${options.platform} answered HTTP ${response.status} for ${url}`);
    }
    const body = await response.json();
    count++;
    yield body;
    url = options.nextUrl(body, response);
  }
}
