import { describe, expect, it } from "vitest";
import { followPages, type PageResponse } from "./follow-pages";

const page = (body: unknown, status = 200): PageResponse => ({
  ok: status >= 200 && status < 300,
  status,
  json: async () => body,
});

async function collect(pages: Record<string, PageResponse>, maxPages?: number) {
  const fetched: string[] = [];
  const bodies: unknown[] = [];
  const iterator = followPages({
    platform: "Example",
    fetch: async (url) => {
      fetched.push(url);
      return pages[url] ?? page({}, 404);
    },
    startUrl: "/1",
    nextUrl: (body) => (body as { next?: string }).next,
    ...(maxPages === undefined ? {} : { maxPages }),
  });
  for await (const body of iterator) bodies.push(body);
  return { fetched, bodies };
}

describe("followPages", () => {
  it("follows next links to the end, one page at a time", async () => {
    const { fetched } = await collect({
      "/1": page({ next: "/2" }),
      "/2": page({ next: "/3" }),
      "/3": page({}),
    });
    expect(fetched).toEqual(["/1", "/2", "/3"]);
  });

  it("stops on a loop and at maxPages", async () => {
    expect(
      (await collect({ "/1": page({ next: "/2" }), "/2": page({ next: "/1" }) })).fetched,
    ).toEqual(["/1", "/2"]);
    expect((await collect({ "/1": page({ next: "/2" }), "/2": page({}) }, 1)).fetched).toEqual([
      "/1",
    ]);
  });

  it("throws naming the platform, the status and the URL on an error answer", async () => {
    await expect(collect({ "/1": page({ next: "/2" }) })).rejects.toThrow(
      "Example answered HTTP 404 for /2",
    );
  });

  it("refuses options that cannot be right", async () => {
    const base = {
      platform: "Example",
      fetch: async () => page({}),
      startUrl: "/1",
      nextUrl: () => undefined,
    };
    const first = (options: unknown) => followPages(options as never).next();
    await expect(first({ ...base, fetch: undefined })).rejects.toThrow(
      new TypeError(
        "followPages: options.fetch: expected a function, received nothing (the field is missing)",
      ),
    );
    await expect(first({ ...base, startUrl: "" })).rejects.toThrow(TypeError);
    await expect(first({ ...base, maxPages: -1 })).rejects.toThrow(
      new RangeError("followPages: options.maxPages: expected a whole number ≥ 0, received -1"),
    );
    await expect(first({ ...base, maxPages: "2" })).rejects.toThrow(TypeError);
  });
});
