import { describe, expect, it } from "vitest";
import { pagesOf } from "./pages-of";

describe("pagesOf", () => {
  it("follows nextCursor and skips empty pages", async () => {
    const pages = new Map<string | null, { items: number[]; nextCursor: string | null }>([
      [null, { items: [1, 2], nextCursor: "a" }],
      ["a", { items: [3], nextCursor: "b" }],
      ["b", { items: [], nextCursor: null }],
    ]);
    const cursors: (string | null | undefined)[] = [];
    const seen: number[][] = [];
    for await (const page of pagesOf(
      async (q) => {
        cursors.push(q.cursor);
        return pages.get(q.cursor ?? null)!;
      },
      { limit: 2 },
    )) {
      seen.push(page);
    }
    expect(seen).toEqual([[1, 2], [3]]);
    expect(cursors).toEqual([null, "a", "b"]);
  });
});
