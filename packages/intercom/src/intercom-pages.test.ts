import type { PageResponse } from "@rapport/source-kit";
import { describe, expect, it } from "vitest";
import { intercomPages } from "./intercom-pages";

const respond = (body: unknown, status = 200): PageResponse => ({
  ok: status >= 200 && status < 300,
  status,
  json: async () => body,
});

async function collect(pages: AsyncGenerator<unknown>): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const page of pages) out.push(page);
  return out;
}

describe("intercomPages", () => {
  it("follows the starting_after cursor on the start URL", async () => {
    const requested: string[] = [];
    const fetch = async (url: string) => {
      requested.push(url);
      return respond(
        url.includes("starting_after=WzE")
          ? { conversations: [], pages: { next: null } }
          : { conversations: [], pages: { next: { page: 2, starting_after: "WzE" } } },
      );
    };
    const pages = await collect(
      intercomPages({ fetch, startUrl: "https://api.intercom.io/conversations?per_page=2" }),
    );
    expect(pages).toHaveLength(2);
    expect(requested).toEqual([
      "https://api.intercom.io/conversations?per_page=2",
      "https://api.intercom.io/conversations?per_page=2&starting_after=WzE",
    ]);
  });

  it("replaces a cursor already on the start URL", async () => {
    const requested: string[] = [];
    const fetch = async (url: string) => {
      requested.push(url);
      return respond({ pages: { next: requested.length < 2 ? { starting_after: "b c" } : null } });
    };
    await collect(
      intercomPages({ fetch, startUrl: "https://x/conversations?starting_after=a&per_page=2" }),
    );
    expect(requested[1]).toBe("https://x/conversations?per_page=2&starting_after=b%20c");
  });

  it("follows next URLs, stops at a repeat, at maxPages and without pages", async () => {
    const bodies: Record<string, unknown> = {
      a: { pages: { next: "b" } },
      b: { pages: { next: "b" } },
    };
    expect(
      await collect(intercomPages({ fetch: async (u) => respond(bodies[u]), startUrl: "a" })),
    ).toHaveLength(2);
    let n = 0;
    const endless = async () => respond({ pages: { next: `p${++n}` } });
    expect(
      await collect(intercomPages({ fetch: endless, startUrl: "p0", maxPages: 2 })),
    ).toHaveLength(2);
    expect(
      await collect(intercomPages({ fetch: async () => respond([]), startUrl: "a" })),
    ).toHaveLength(1);
  });

  it("throws on an HTTP error, naming the status and URL", async () => {
    await expect(
      collect(intercomPages({ fetch: async () => respond({}, 401), startUrl: "u" })),
    ).rejects.toThrow("Intercom answered HTTP 401 for u");
  });
});
