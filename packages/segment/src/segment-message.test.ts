import { describe, expect, it } from "vitest";
import { SEGMENT_MESSAGE_TYPES, SegmentMessageSchema } from "./segment-message";

describe("SegmentMessageSchema", () => {
  it("keeps unknown fields and reads numeric ids as text", () => {
    const message = SegmentMessageSchema.parse({
      type: "track",
      messageId: 17,
      userId: 42,
      rudderId: "r-1",
      event: "Signed Up",
    });
    expect(message).toMatchObject({ messageId: "17", userId: "42", rudderId: "r-1" });
  });

  it.each([
    [{ type: 3 }, "type"],
    [{ type: "track", traits: "x" }, "traits"],
    [{ type: "track", context: { traits: [] } }, "context.traits"],
    [{ type: "track", userId: { id: 1 } }, "userId"],
    [{ type: "track", timestamp: 1_700_000_000 }, "timestamp"],
  ])("is strict on the fields it reads: %j", (input, path) => {
    const result = SegmentMessageSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path.join(".")).toBe(path);
  });

  it("lists the six Spec types", () => {
    expect([...SEGMENT_MESSAGE_TYPES].sort()).toEqual([
      "alias",
      "group",
      "identify",
      "page",
      "screen",
      "track",
    ]);
  });
});
