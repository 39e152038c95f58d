import type { PageResponse } from "@rapport/source-kit";
import { describe, expect, it } from "vitest";
import { freshdeskPages } from "./freshdesk-pages";

const respond = (body: unknown, link: string | null = null, status = 200): PageResponse => ({
  ok: status >= 200 && status < 300,
  status,
  headers: { get: (name: string) => (name.toLowerCase() === "link" ? link : null) },
  json: async () => body,
});

async function collect(pages: AsyncGenerator<unknown>): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const page of pages) out.push(page);
  return out;
}

describe("freshdeskPages", () => {
  it("follows the Link rel=next header until there is none", async () => {
    const requested: string[] = [];
    const fetch = async (url: string) => {
      requested.push(url);
      return url.endsWith("page=2")
        ? respond([{ id: 2 }])
        : respond(
            [{ id: 1 }],
            '<https://acme.freshdesk.com/api/v2/tickets?per_page=1&page=2>; rel="next"',
          );
    };
    const pages = await collect(
      freshdeskPages({ fetch, startUrl: "https://acme.freshdesk.com/api/v2/tickets?per_page=1" }),
    );
    expect(pages).toEqual([[{ id: 1 }], [{ id: 2 }]]);
    expect(requested[1]).toBe("https://acme.freshdesk.com/api/v2/tickets?per_page=1&page=2");
  });

  it("stops at a repeated URL, at maxPages, and on other rels", async () => {
    expect(
      await collect(
        freshdeskPages({ fetch: async () => respond([], '<a>; rel="next"'), startUrl: "a" }),
      ),
    ).toHaveLength(1);
    let n = 0;
    const endless = async () => respond([], `<p${++n}>; rel="next"`);
    expect(
      await collect(freshdeskPages({ fetch: endless, startUrl: "p0", maxPages: 3 })),
    ).toHaveLength(3);
    expect(
      await collect(
        freshdeskPages({ fetch: async () => respond([], '<b>; rel="prev"'), startUrl: "a" }),
      ),
    ).toHaveLength(1);
  });

  it("throws on an HTTP error, naming the status and URL", async () => {
    await expect(
      collect(freshdeskPages({ fetch: async () => respond({}, null, 429), startUrl: "u" })),
    ).rejects.toThrow("Freshdesk answered HTTP 429 for u");
  });
});
