import { describe, expect, it } from "vitest";
import * as z from "zod";
import { withoutFastPaths } from "./fast-paths";
import { precompiledCheck } from "./precompiled-check";
import { safeParsePayload } from "./safe-parse-payload";

// A check that marks what it returns, to tell which path parsed the value.
const schema = precompiledCheck(z.object({ rating: z.int().min(1).max(5) }), (raw) => {
  const rating = (raw as { rating?: unknown } | null)?.rating;
  return Number.isInteger(rating) && (rating as number) >= 1 && (rating as number) <= 5
    ? { rating: 100 + (rating as number) }
    : undefined;
});

describe("safeParsePayload", () => {
  it("takes the check's output where it accepts", () => {
    expect(safeParsePayload(schema, { rating: 4 })).toEqual({
      success: true,
      data: { rating: 104 },
    });
  });

  it("leaves what the check refuses to zod, with zod's issue", () => {
    const result = safeParsePayload(schema, { rating: 6 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["rating"]);
    expect(result.error?.issues[0]?.code).toBe("too_big");
  });

  it("runs zod alone with the fast paths off", () => {
    expect(withoutFastPaths(() => safeParsePayload(schema, { rating: 4 }))).toMatchObject({
      success: true,
      data: { rating: 4 },
    });
  });
});
