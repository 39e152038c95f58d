import { RapportValidationError, safeParseTeam } from "@rapport/core";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { firstIssue, zodRecordIssue } from "./record-issue";

describe("firstIssue", () => {
  it("names the field of the first issue of a validation error", () => {
    const result = safeParseTeam({ id: "t1" });
    expect(result.success).toBe(false);
    if (!result.success) expect(firstIssue(result.error).field).toBe("name");
  });

  it("falls back to the root and the error's message when there is no issue", () => {
    const error = new RapportValidationError("Team", []);
    expect(firstIssue(error)).toEqual({ field: "(root)", reason: error.message });
  });
});

describe("zodRecordIssue", () => {
  const schema = z.object({ via: z.object({ channel: z.string() }) });
  it("puts the path under the prefix", () => {
    const result = schema.safeParse({ via: { channel: 4 } });
    if (result.success) throw new Error("expected a failure");
    expect(zodRecordIssue(result.error).field).toBe("via.channel");
    expect(zodRecordIssue(result.error, "ticket").field).toBe("ticket.via.channel");
  });

  it("names the prefix itself for a root issue, and (root) without one", () => {
    const result = z.string().safeParse(4);
    if (result.success) throw new Error("expected a failure");
    expect(zodRecordIssue(result.error, "ticket").field).toBe("ticket");
    expect(zodRecordIssue(result.error).field).toBe("(root)");
  });
});
