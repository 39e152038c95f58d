import type { PageResponse } from "@rapport/source-kit";
import { describe, expect, it } from "vitest";
import { zendeskPages } from "./zendesk-pages";

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

describe("zendeskPages", () => {
  it("follows after_url until end_of_stream", async () => {
    const bodies: Record<string, unknown> = {
      a: { tickets: [{ id: 1 }], after_url: "b", after_cursor: "B", end_of_stream: false },
      b: { tickets: [{ id: 2 }], after_url: "c", after_cursor: "C", end_of_stream: true },
    };
    const requested: string[] = [];
    const pages = await collect(
      zendeskPages({
        fetch: async (url) => {
          requested.push(url);
          return respond(bodies[url]);
        },
        startUrl: "a",
      }),
    );
    expect(requested).toEqual(["a", "b"]);
    expect(pages).toEqual([bodies["a"], bodies["b"]]);
  });

  it("follows links.next while meta.has_more, and next_page until null", async () => {
    const bodies: Record<string, unknown> = {
      a: { meta: { has_more: true }, links: { next: "b" } },
      b: { meta: { has_more: false }, links: { next: "c" }, next_page: null },
      x: { next_page: "y" },
      y: { next_page: null },
    };
    const fetch = async (url: string) => respond(bodies[url]);
    expect(await collect(zendeskPages({ fetch, startUrl: "a" }))).toHaveLength(2);
    expect(await collect(zendeskPages({ fetch, startUrl: "x" }))).toHaveLength(2);
  });

  it("stops at a repeated URL and at maxPages", async () => {
    const fetch = async () => respond({ after_url: "same", end_of_stream: false });
    expect(await collect(zendeskPages({ fetch, startUrl: "same" }))).toHaveLength(1);
    let n = 0;
    const endless = async () => respond({ after_url: `p${++n}`, end_of_stream: false });
    expect(
      await collect(zendeskPages({ fetch: endless, startUrl: "p0", maxPages: 3 })),
    ).toHaveLength(3);
    expect(
      await collect(zendeskPages({ fetch: async () => respond("text"), startUrl: "a" })),
    ).toEqual(["text"]);
  });

  it("throws on an HTTP error, naming the status and URL", async () => {
    const fetch = async () => respond({ error: "RecordNotFound" }, 429);
    await expect(
      collect(zendeskPages({ fetch, startUrl: "https://acme.zendesk.com/x" })),
    ).rejects.toThrow("Zendesk answered HTTP 429 for https://acme.zendesk.com/x");
  });
});
